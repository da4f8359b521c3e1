import {
  CreateButton,
  Datagrid,
  FilterButton,
  List,
  NullableBooleanInput,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
} from 'react-admin';
import { Can } from '../auth/ability';
import { DateTimeField, EnumField, RolesField, UserStatusField } from '../common/fields';
import { roleChoices } from '../common/choices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
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
  <SelectInput key="role" source="role" choices={roleChoices} />,
  <NullableBooleanInput
    key="active"
    source="active"
    trueLabel="resources.users.filters.active"
    falseLabel="resources.users.filters.disabled"
  />,
];

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <Can I="create" a="User">
      <CreateButton />
    </Can>
  </TopToolbar>
);

export const UserList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'username', order: 'ASC' }} exporter={false}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="username" />
      <TextField source="displayName" />
      <TextField source="unit.name" sortable={false} />
      <RolesField source="roles" sortable={false} />
      <EnumField source="clearance" prefix="er.clearance" sortable={false} />
      <UserStatusField source="active" />
      <DateTimeField source="lastLoginAt" sortable={false} />
    </Datagrid>
  </List>
);
