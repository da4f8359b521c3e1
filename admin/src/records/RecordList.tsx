import {
  CreateButton,
  Datagrid,
  FilterButton,
  List,
  NumberField,
  Pagination,
  TextField,
  TopToolbar,
} from 'react-admin';
import { DateTimeField, EnumField } from '../common/fields';
import { oneLineCells } from '../common/layout';
import { recordFilters } from './recordFilters';
import { useMayAddRecords } from './recordableCases';
import { RecordMarkers } from './RecordMarkers';

const ListActions = () => {
  const mayAdd = useMayAddRecords();
  return (
    <TopToolbar>
      <FilterButton />
      {mayAdd && <CreateButton label="resources.records.actions.create" />}
    </TopToolbar>
  );
};

export const RecordList = () => (
  <List
    filters={recordFilters}
    actions={<ListActions />}
    sort={{ field: 'createdAt', order: 'DESC' }}
    perPage={25}
    pagination={<Pagination rowsPerPageOptions={[10, 25, 50, 100]} />}
    exporter={false}
    empty={false}
  >
    <Datagrid rowClick="show" bulkActionButtons={false} sx={oneLineCells('title', 'kind')}>
      <TextField source="case.number" sortable={false} />
      <EnumField source="kind" prefix="er.recordKind" />
      <TextField source="title" />
      <EnumField source="stage" prefix="er.stage" sortable={false} />
      <DateTimeField source="capturedFrom" short />
      <TextField source="officer.displayName" sortable={false} emptyText="—" />
      <RecordMarkers source="markers" sortable={false} />
      <NumberField source="version" />
      <DateTimeField source="createdAt" short />
    </Datagrid>
  </List>
);
