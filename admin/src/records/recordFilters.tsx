import {
  AutocompleteInput,
  BooleanInput,
  DateInput,
  DateTimeInput,
  NullableBooleanInput,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  SelectInput,
  TextInput,
} from 'react-admin';
import {
  caseStatusChoices,
  confidentialityChoices,
  procedureChoices,
  recordKindChoices,
  stageChoices,
} from '../common/choices';
import { userOption } from '../common/format';
import type { CaseRecord } from '../common/records';

const caseOption = (c: CaseRecord) => `${c.number} ${c.partyName}`;

/** The records list's filters: search, where and by whom, kind, confidentiality, time and markers. */
export const recordFilters = [
  <SearchInput key="q" source="q" alwaysOn sx={{ minWidth: 280 }} />,
  <ReferenceInput key="unitId" source="unitId" reference="units" perPage={200} sort={{ field: 'code', order: 'ASC' }}>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <ReferenceInput key="caseId" source="caseId" reference="cases" sort={{ field: 'openedOn', order: 'DESC' }}>
    <AutocompleteInput optionText={caseOption} sx={{ minWidth: 300 }} />
  </ReferenceInput>,
  <SelectArrayInput key="kinds" source="kinds" choices={recordKindChoices} sx={{ minWidth: 200 }} alwaysOn />,
  <SelectArrayInput
    key="confidentialities"
    source="confidentialities"
    choices={confidentialityChoices}
    sx={{ minWidth: 200 }}
  />,
  <SelectArrayInput key="stages" source="stages" choices={stageChoices} sx={{ minWidth: 200 }} />,
  <SelectArrayInput key="statuses" source="statuses" choices={caseStatusChoices} sx={{ minWidth: 200 }} />,
  <ReferenceInput key="recordedById" source="recordedById" reference="users" sort={{ field: 'username', order: 'ASC' }}>
    <AutocompleteInput optionText={userOption} sx={{ minWidth: 240 }} />
  </ReferenceInput>,
  <ReferenceInput
    key="handlingOfficerId"
    source="handlingOfficerId"
    reference="users"
    sort={{ field: 'username', order: 'ASC' }}
  >
    <AutocompleteInput optionText={userOption} sx={{ minWidth: 240 }} />
  </ReferenceInput>,
  <SelectArrayInput key="procedures" source="procedures" choices={procedureChoices} sx={{ minWidth: 200 }} />,
  <DateInput key="openedFrom" source="openedFrom" />,
  <DateInput key="openedTo" source="openedTo" />,
  <TextInput key="deviceNumber" source="deviceNumber" />,
  <DateTimeInput key="capturedFrom" source="capturedFrom" />,
  <DateTimeInput key="capturedTo" source="capturedTo" />,
  <BooleanInput key="notNotified" source="notNotified" />,
  <NullableBooleanInput key="longTerm" source="longTerm" />,
  <NullableBooleanInput key="held" source="held" />,
  <BooleanInput key="fixityFailed" source="fixityFailed" />,
];
