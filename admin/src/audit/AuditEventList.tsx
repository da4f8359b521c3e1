import {
  AutocompleteInput,
  Datagrid,
  DateTimeInput,
  FilterButton,
  List,
  NumberField,
  ReferenceInput,
  SelectInput,
  TextField,
  TextInput,
  TopToolbar,
} from 'react-admin';
import { outcomeChoices } from '../common/choices';
import { userOption } from '../common/format';
import { DateTimeField, HashField, OutcomeField } from '../common/fields';
import { ExportCsvButton } from './ExportCsvButton';
import { VerifyChainButton } from './VerifyChainButton';
import { ActionField, SubjectField } from './fields';

const filters = [
  <TextInput key="action" source="action" helperText="resources.auditEvents.action_help" alwaysOn />,
  <SelectInput key="outcome" source="outcome" choices={outcomeChoices} alwaysOn />,
  <DateTimeInput key="from" source="from" alwaysOn />,
  <DateTimeInput key="to" source="to" alwaysOn />,
  <TextInput key="recordId" source="recordId" helperText="resources.auditEvents.record_help" />,
  <TextInput key="caseId" source="caseId" helperText="resources.auditEvents.case_help" />,
  <ReferenceInput key="actorId" source="actorId" reference="users" sort={{ field: 'username', order: 'ASC' }}>
    <AutocompleteInput label="resources.auditEvents.fields.actorId" optionText={userOption} />
  </ReferenceInput>,
];

const actions = (
  <TopToolbar>
    <FilterButton />
    <ExportCsvButton />
    <VerifyChainButton />
  </TopToolbar>
);

export const AuditEventList = () => (
  <List filters={filters} actions={actions} sort={{ field: 'seq', order: 'DESC' }} exporter={false} perPage={25}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <NumberField source="seq" options={{ useGrouping: false }} />
      <DateTimeField source="at" />
      <TextField source="actorName" sortable={false} />
      <ActionField source="action" sortable={false} />
      <SubjectField source="subject" sortable={false} />
      <OutcomeField source="outcome" sortable={false} />
      <TextField source="clientAddress" sortable={false} />
      <HashField source="hash" sortable={false} />
    </Datagrid>
  </List>
);
