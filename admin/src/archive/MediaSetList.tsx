import { Datagrid, DateField, FunctionField, List, NumberField, TextField } from 'react-admin';
import { formatBytes } from '../files/format';
import { oneLineCells } from '../common/layout';
import { MediaSetStatusField, MediumField } from './mediaFields';

/** 长期保存介质登记: the media sets made for held and long-term items (Art. 15), newest first. */
export const MediaSetList = () => (
  <List sort={{ field: 'createdAt', order: 'DESC' }} exporter={false}>
    <Datagrid rowClick="show" bulkActionButtons={false} sx={oneLineCells()}>
      <TextField source="number" />
      <MediumField source="mediumType" />
      <MediaSetStatusField source="status" />
      <NumberField source="volumeCount" emptyText="—" sortable={false} />
      <FunctionField<{ bytesTotal: number }>
        source="bytesTotal"
        sortable={false}
        render={(r) => (r.bytesTotal ? formatBytes(r.bytesTotal) : '—')}
      />
      <TextField source="createdBy.displayName" label="resources.mediaSets.fields.createdBy" sortable={false} />
      <DateField source="createdAt" showTime />
    </Datagrid>
  </List>
);
