import { Datagrid, DateField, List, NumberField, SelectInput, TextField } from 'react-admin';
import { oneLineCells } from '../common/layout';
import { DISPOSAL_STATUSES } from './disposalData';
import { DisposalStatusField } from './fields';

const statusChoices = DISPOSAL_STATUSES.map((s) => ({ id: s, name: `er.disposalStatus.${s}` }));

const filters = [<SelectInput key="status" source="status" choices={statusChoices} alwaysOn />];

/** 销毁清单: the archive's proposed, approved and executed disposal lists. */
export const DisposalListList = () => (
  <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} exporter={false}>
    <Datagrid rowClick="show" bulkActionButtons={false} sx={oneLineCells('note')}>
      <TextField source="number" />
      <DisposalStatusField source="status" />
      <NumberField source="itemCount" sortable={false} />
      <TextField source="note" sortable={false} />
      <TextField source="createdByName" sortable={false} />
      <DateField source="createdAt" showTime />
      <DateField source="executedAt" showTime sortable={false} emptyText="—" />
    </Datagrid>
  </List>
);
