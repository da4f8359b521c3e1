import {
  BooleanInput,
  CreateButton,
  Datagrid,
  FilterButton,
  List,
  NumberField,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
} from 'react-admin';
import { Can } from '../auth/ability';
import { DateTimeField } from '../common/fields';
import { oneLineCells } from '../common/layout';
import type { DisclosureType } from '../gql/graphql';
import { choicesOf, STATUSES, type DisclosureRow } from './domain';
import { DisclosureDueField, DisclosureStatusField, RequesterField } from './fields';

const statusChoices = choicesOf(STATUSES, 'resources.disclosures.statuses');

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
  <BooleanInput key="overdue" source="overdue" />,
];

const Actions = ({ type }: { type: DisclosureType }) => (
  <TopToolbar>
    <FilterButton />
    <Can I="create" this={{ __typename: 'Disclosure', type }}>
      <CreateButton label="resources.disclosures.actions.register" />
    </Can>
  </TopToolbar>
);

const overdueRow = (row: DisclosureRow) =>
  row.overdue
    ? { backgroundColor: 'rgba(211, 47, 47, 0.06)', '& td:first-of-type': { borderLeft: '3px solid #d32f2f' } }
    : {};

/** A queue: 调取登记 for the archive, 复制申请 for the legal staff; overdue rows stand out. */
export const DisclosureList = ({ type }: { type: DisclosureType }) => (
  <List
    filters={filters}
    actions={<Actions type={type} />}
    sort={{ field: 'registeredAt', order: 'DESC' }}
    exporter={false}
    empty={false}
  >
    <Datagrid rowClick="show" bulkActionButtons={false} rowSx={overdueRow} sx={oneLineCells('purpose')}>
      <TextField source="number" />
      <RequesterField source="requester" sortable={false} />
      <TextField source="purpose" sortable={false} />
      <DisclosureStatusField source="status" />
      <DisclosureDueField source="dueAt" />
      <NumberField source="includedCount" sortable={false} />
      <DateTimeField source="registeredAt" short />
    </Datagrid>
  </List>
);

export const ExternalRequestList = () => <DisclosureList type="EXTERNAL" />;
export const CopyApplicationList = () => <DisclosureList type="PARTY_COPY" />;
