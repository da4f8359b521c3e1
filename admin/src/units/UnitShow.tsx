import { EditButton, Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { DateTimeField, EnumField } from '../common/fields';
import type { UnitRecord } from '../common/records';
import { UnitMembers } from './UnitMembers';

const UnitActions = () => {
  const record = useRecordContext<UnitRecord>();
  const ability = useAppAbility();
  return <TopToolbar>{record && ability.can('update', asSubject('Unit', record)) && <EditButton />}</TopToolbar>;
};

export const UnitShow = () => (
  <Show actions={<UnitActions />}>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name" />
      <EnumField source="kind" prefix="er.unitKind" />
      <TextField source="casePrefix" emptyText="resources.units.no_case_prefix" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
      <UnitMembers label={false} />
    </SimpleShowLayout>
  </Show>
);
