import {
  AutocompleteInput,
  BooleanInput,
  CreateButton,
  Datagrid,
  DateInput,
  FilterButton,
  List,
  NumberField,
  ReferenceInput,
  SelectInput,
  TextField,
  TopToolbar,
} from 'react-admin';
import { Can } from '../auth/ability';
import { DateTimeField, DayField } from '../common/fields';
import type { UserRecord } from '../common/records';
import { kindChoices, violationOutcomeChoices } from './choices';
import { KindField, PersonField, ViolationOutcomeField } from './fields';

const userText = (u: UserRecord) => (u ? `${u.displayName}（${u.username}）` : '');

const filters = [
  <SelectInput key="kind" source="kind" choices={kindChoices} alwaysOn />,
  <ReferenceInput key="personId" source="personId" reference="users" alwaysOn>
    <AutocompleteInput optionText={userText} />
  </ReferenceInput>,
  <ReferenceInput key="unitId" source="unitId" reference="units">
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <SelectInput key="outcome" source="outcome" choices={violationOutcomeChoices} alwaysOn />,
  <BooleanInput key="undecided" source="undecided" />,
  <DateInput key="from" source="from" alwaysOn />,
  <DateInput key="to" source="to" alwaysOn />,
];

const actions = (
  <TopToolbar>
    <FilterButton />
    <Can I="create" a="Violation">
      <CreateButton label="resources.violations.actions.register" />
    </Can>
  </TopToolbar>
);

/** 责任追究登记: each entry as it stands now (its latest version). */
export const ViolationList = () => (
  <List
    filters={filters}
    actions={actions}
    sort={{ field: 'occurredOn', order: 'DESC' }}
    exporter={false}
    empty={false}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <DayField source="occurredOn" />
      <KindField source="kind" sortable={false} />
      <PersonField source="person" sortable={false} />
      <TextField source="unit.name" label="resources.violations.fields.unit" sortable={false} />
      <ViolationOutcomeField source="outcome" sortable={false} />
      <NumberField source="version" sortable={false} />
      <DateTimeField source="createdAt" />
    </Datagrid>
  </List>
);
