import {
  CreateButton,
  Datagrid,
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
import { EnumField } from '../common/fields';
import { oneLineCells } from '../common/layout';
import { DEVICE_KINDS, DEVICE_STATUSES } from './domain';
import { DeviceStatusField, HolderField } from './fields';

const kindChoices = DEVICE_KINDS.map((kind) => ({ id: kind, name: `er.deviceKind.${kind}` }));
const statusChoices = DEVICE_STATUSES.map((status) => ({ id: status, name: `er.deviceStatus.${status}` }));

const filters = [
  <SearchInput key="q" source="q" alwaysOn sx={{ minWidth: 260 }} />,
  <ReferenceInput key="unitId" source="unitId" reference="units" perPage={200} sort={{ field: 'code', order: 'ASC' }}>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <SelectArrayInput key="statuses" source="statuses" choices={statusChoices} sx={{ minWidth: 200 }} alwaysOn />,
  <SelectArrayInput key="kinds" source="kinds" choices={kindChoices} sx={{ minWidth: 200 }} />,
];

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <Can I="create" a="Device">
      <CreateButton label="resources.devices.actions.register" />
    </Can>
  </TopToolbar>
);

/** 执法记录设备: the devices the user may see, with status chips and who holds each now. */
export const DeviceList = () => (
  <List
    filters={filters}
    actions={<ListActions />}
    sort={{ field: 'number', order: 'ASC' }}
    perPage={25}
    pagination={<Pagination rowsPerPageOptions={[10, 25, 50, 100]} />}
    exporter={false}
    empty={false}
  >
    <Datagrid rowClick="show" bulkActionButtons={false} sx={oneLineCells()}>
      <TextField source="number" />
      <EnumField source="kind" prefix="er.deviceKind" />
      <TextField source="model" sortable={false} />
      <TextField source="unit.name" sortable={false} />
      <DeviceStatusField source="status" />
      <HolderField source="currentCheckout" sortable={false} />
      <TextField source="custodian.displayName" sortable={false} emptyText="—" />
    </Datagrid>
  </List>
);
