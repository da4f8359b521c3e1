import {
  BooleanInput,
  BulkActionsToolbar,
  Datagrid,
  FilterButton,
  List,
  NullableBooleanInput,
  Pagination,
  SelectAllButton,
  SelectArrayInput,
  TextField,
  TopToolbar,
  useRecordContext,
  type FieldProps,
} from 'react-admin';
import { CONFIDENTIALITIES } from '../common/domain';
import { DateTimeField, EnumField } from '../common/fields';
import { oneLineCells } from '../common/layout';
import { BulkApproveButton, MAX_BATCH } from './BulkApproveButton';
import { DecideButtons } from './DecideButtons';
import { REQUEST_TYPES, type QueueRow } from './domain';
import { DueField, QueueStepField, SensitivityField } from './fields';

const typeChoices = REQUEST_TYPES.map((type) => ({ id: type, name: `er.requestType.${type}` }));
const confidentialityChoices = CONFIDENTIALITIES.map((c) => ({ id: c, name: `er.confidentiality.${c}` }));

const filters = [
  <SelectArrayInput key="types" source="types" choices={typeChoices} sx={{ minWidth: 180 }} />,
  <NullableBooleanInput key="hasAv" source="hasAv" alwaysOn />,
  <SelectArrayInput
    key="confidentialities"
    source="confidentialities"
    choices={confidentialityChoices}
    sx={{ minWidth: 200 }}
    alwaysOn
  />,
  <BooleanInput key="overdue" source="overdue" />,
];

const RowActions = (_: Partial<FieldProps>) => {
  const row = useRecordContext<QueueRow>();
  return row ? <DecideButtons stepId={row.id} summary={`${row.request.summary} — ${row.request.purpose}`} /> : null;
};

const openRequest = (_id: unknown, _resource: string, row: QueueRow) => `/approvalRequests/${row.requestId}/show`;

/** 待审批: what waits for the caller's decision, oldest request first, with one-click and batch approval. */
export const ApprovalQueue = () => (
  <List
    filters={filters}
    actions={
      <TopToolbar>
        <FilterButton />
      </TopToolbar>
    }
    perPage={25}
    pagination={<Pagination rowsPerPageOptions={[10, 25, 50, 100]} />}
    exporter={false}
    empty={false}
  >
    <Datagrid
      rowClick={openRequest as never}
      bulkActionButtons={<BulkApproveButton />}
      bulkActionsToolbar={
        // 全选 takes as many as one batch decision may (the server's MAX_BATCH_DECISIONS).
        <BulkActionsToolbar selectAllButton={<SelectAllButton limit={MAX_BATCH} />}>
          <BulkApproveButton />
        </BulkActionsToolbar>
      }
      sx={oneLineCells('request.summary', 'request.purpose')}
    >
      <DueField source="request.dueAt" sortable={false} label="resources.approvals.fields.dueAt" />
      <DateTimeField source="request.createdAt" short sortable={false} label="resources.approvals.fields.createdAt" />
      <TextField source="request.requester.displayName" sortable={false} label="resources.approvals.fields.requester" />
      <EnumField
        source="request.type"
        prefix="er.requestType"
        sortable={false}
        label="resources.approvals.fields.type"
      />
      <TextField source="request.summary" sortable={false} label="resources.approvals.fields.summary" />
      <TextField source="request.purpose" sortable={false} label="resources.approvals.fields.purpose" />
      <SensitivityField
        source="request.maxConfidentiality"
        sortable={false}
        label="resources.approvals.fields.sensitivity"
      />
      <QueueStepField source="seq" sortable={false} label="resources.approvals.fields.step" />
      <RowActions source="id" sortable={false} label="resources.approvals.fields.actions" />
    </Datagrid>
  </List>
);
