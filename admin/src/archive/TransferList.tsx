import {
  Datagrid,
  DateField,
  FunctionField,
  List,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextField,
} from 'react-admin';
import { useSession } from '../auth/session';
import { DeadlineField } from '../cases/fields';
import { oneLineCells } from '../common/layout';
import { RecordContextProvider } from 'react-admin';
import { TRANSFER_STATUSES, type TransferRecord } from './archiveData';
import { ChecksField, TransferStatusField } from './fields';

const statusChoices = TRANSFER_STATUSES.map((s) => ({ id: s, name: `er.transferStatus.${s}` }));

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
  // The archive's queue by sending unit (the units a user may read; a unit sees its own only).
  <ReferenceInput
    key="unitId"
    source="unitId"
    reference="units"
    perPage={200}
    sort={{ field: 'code', order: 'ASC' }}
    alwaysOn
  >
    <SelectInput optionText="name" />
  </ReferenceInput>,
];

type Row = Pick<TransferRecord, 'id' | 'number' | 'status'> & { case: TransferRecord['case'] };

/** 案卷移交: the unit's own transfers, or the archive's incoming queue (sent, waiting to be accepted). */
export const TransferList = () => {
  const session = useSession();
  const archivist = !!session?.user.roles.includes('archivist');
  return (
    <List
      filters={filters}
      filterDefaultValues={archivist ? { status: 'SENT' } : {}}
      sort={{ field: 'createdAt', order: 'DESC' }}
    >
      <Datagrid rowClick="show" bulkActionButtons={false} sx={oneLineCells('case.cause')}>
        <TextField source="number" />
        <TextField source="case.number" label="resources.transfers.fields.caseNumber" sortable={false} />
        <TextField source="case.cause" label="resources.transfers.fields.cause" sortable={false} />
        <TextField source="unit.name" label="resources.transfers.fields.unit" sortable={false} />
        <TransferStatusField source="status" />
        <FunctionField<Row>
          label="resources.transfers.fields.deadline"
          render={(r) => (
            <RecordContextProvider value={r.case}>
              <DeadlineField source="transferDeadline" />
            </RecordContextProvider>
          )}
        />
        <ChecksField source="checks" label="resources.transfers.fields.checks" sortable={false} />
        <DateField source="submittedAt" showTime />
        <TextField source="archiveNumber" emptyText="—" />
      </Datagrid>
    </List>
  );
};
