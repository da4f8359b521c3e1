import {
  CreateButton,
  Datagrid,
  FilterButton,
  List,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
} from 'react-admin';
import { Can } from '../auth/ability';
import { DateTimeField, EnumField } from '../common/fields';
import { unitKindChoices } from '../common/choices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={unitKindChoices} alwaysOn />,
];

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <Can I="create" a="Unit">
      <CreateButton />
    </Can>
  </TopToolbar>
);

export const UnitList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'code', order: 'ASC' }} exporter={false}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="code" />
      <TextField source="name" />
      <EnumField source="kind" prefix="er.unitKind" />
      <TextField source="casePrefix" sortable={false} />
      <DateTimeField source="createdAt" />
    </Datagrid>
  </List>
);
