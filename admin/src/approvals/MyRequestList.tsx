import { Stack } from '@mui/material';
import { Datagrid, List, Pagination, SelectArrayInput, TextField, type FieldProps } from 'react-admin';
import { DateTimeField, EnumField } from '../common/fields';
import { oneLineCells } from '../common/layout';
import { REQUEST_STATUSES, REQUEST_TYPES } from './domain';
import { CurrentStepField, DueField, RequestStatusField, SensitivityField } from './fields';
import { CancelRequestButton, ResubmitButton } from './RequestButtons';

const statusChoices = REQUEST_STATUSES.map((status) => ({ id: status, name: `er.requestStatus.${status}` }));
const typeChoices = REQUEST_TYPES.map((type) => ({ id: type, name: `er.requestType.${type}` }));

const filters = [
  <SelectArrayInput key="statuses" source="statuses" choices={statusChoices} sx={{ minWidth: 200 }} alwaysOn />,
  <SelectArrayInput
    key="types"
    source="types"
    choices={typeChoices}
    label="resources.approvals.fields.type"
    sx={{ minWidth: 200 }}
    alwaysOn
  />,
];

const RowButtons = (_: Partial<FieldProps>) => (
  <Stack direction="row" spacing={0.5}>
    <ResubmitButton />
    <CancelRequestButton />
  </Stack>
);

/** 我的申请: the caller's requests, newest first (sortable by date, type, status, due and decision date), with who has each now. */
export const MyRequestList = () => (
  <List
    filters={filters}
    actions={false}
    perPage={25}
    sort={{ field: 'createdAt', order: 'DESC' }}
    pagination={<Pagination rowsPerPageOptions={[10, 25, 50, 100]} />}
    exporter={false}
    empty={false}
    title="resources.approvalRequests.mine"
  >
    <Datagrid rowClick="show" bulkActionButtons={false} sx={oneLineCells('summary', 'purpose')}>
      <DateTimeField source="createdAt" short label="resources.approvals.fields.createdAt" />
      <EnumField source="type" prefix="er.requestType" label="resources.approvals.fields.type" />
      <TextField source="summary" sortable={false} label="resources.approvals.fields.summary" />
      <TextField source="purpose" sortable={false} label="resources.approvals.fields.purpose" />
      <SensitivityField source="maxConfidentiality" sortable={false} label="resources.approvals.fields.sensitivity" />
      <RequestStatusField source="status" label="resources.approvalRequests.fields.status" />
      <CurrentStepField source="currentStep" sortable={false} label="resources.approvalRequests.fields.current" />
      <DueField source="dueAt" label="resources.approvals.fields.dueAt" />
      <DateTimeField source="decidedAt" short emptyText="—" label="resources.approvalRequests.fields.decidedAt" />
      <RowButtons source="id" sortable={false} label="resources.approvals.fields.actions" />
    </Datagrid>
  </List>
);
