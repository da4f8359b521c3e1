import { Datagrid, DateTimeInput, List, NumberField, SelectInput, TextField, TextInput } from 'react-admin';
import { outcomeChoices } from '../common/choices';
import { DateTimeField, HashField, OutcomeField } from '../common/fields';
import { ActionField, SubjectField } from './fields';

const filters = [
  <TextInput key="action" source="action" helperText="resources.auditEvents.action_help" alwaysOn />,
  <SelectInput key="outcome" source="outcome" choices={outcomeChoices} alwaysOn />,
  <DateTimeInput key="from" source="from" alwaysOn />,
  <DateTimeInput key="to" source="to" alwaysOn />,
];

export const AuditEventList = () => (
  <List filters={filters} sort={{ field: 'seq', order: 'DESC' }} exporter={false} perPage={25}>
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
