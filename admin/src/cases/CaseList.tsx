import {
  AutocompleteInput,
  BooleanInput,
  CreateButton,
  Datagrid,
  DateInput,
  FilterButton,
  List,
  Pagination,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  SelectInput,
  TextField,
  TopToolbar,
} from 'react-admin';
import { Can } from '../auth/ability';
import { caseStatusChoices, procedureChoices } from '../common/choices';
import { DayField, EnumField } from '../common/fields';
import { oneLineCells } from '../common/layout';
import { userOption } from '../common/format';
import { CaseStatusField, DeadlineField, OfficersField } from './fields';

const filters = [
  <SearchInput key="q" source="q" alwaysOn sx={{ minWidth: 280 }} />,
  <ReferenceInput key="unitId" source="unitId" reference="units" perPage={200} sort={{ field: 'code', order: 'ASC' }}>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <ReferenceInput key="officerId" source="officerId" reference="users" sort={{ field: 'username', order: 'ASC' }}>
    <AutocompleteInput optionText={userOption} sx={{ minWidth: 240 }} />
  </ReferenceInput>,
  <SelectArrayInput key="procedures" source="procedures" choices={procedureChoices} sx={{ minWidth: 200 }} />,
  <SelectArrayInput key="statuses" source="statuses" choices={caseStatusChoices} sx={{ minWidth: 200 }} alwaysOn />,
  <DateInput key="openedFrom" source="openedFrom" />,
  <DateInput key="openedTo" source="openedTo" />,
  <BooleanInput key="overdue" source="overdue" alwaysOn />,
];

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <Can I="create" a="Case">
      <CreateButton label="resources.cases.actions.open" />
    </Can>
  </TopToolbar>
);

export const CaseList = () => (
  <List
    filters={filters}
    actions={<ListActions />}
    sort={{ field: 'openedOn', order: 'DESC' }}
    perPage={25}
    pagination={<Pagination rowsPerPageOptions={[10, 25, 50, 100]} />}
    exporter={false}
    empty={false}
  >
    <Datagrid rowClick="show" bulkActionButtons={false} sx={oneLineCells('cause', 'partyName')}>
      <TextField source="number" />
      <TextField source="cause" sortable={false} />
      <TextField source="partyName" sortable={false} />
      <EnumField source="procedure" prefix="er.procedure" sortable={false} />
      <CaseStatusField source="status" />
      <TextField source="unit.name" sortable={false} />
      <OfficersField source="handlingOfficers" sortable={false} />
      <DayField source="openedOn" />
      <DeadlineField source="transferDeadline" />
    </Datagrid>
  </List>
);
