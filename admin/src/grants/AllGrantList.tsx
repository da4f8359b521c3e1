import {
  AutocompleteInput,
  Datagrid,
  List,
  NullableBooleanInput,
  Pagination,
  ReferenceField,
  ReferenceInput,
  TextField,
  useRecordContext,
  type FieldProps,
} from 'react-admin';
import { DateTimeField } from '../common/fields';
import { oneLineCells } from '../common/layout';
import type { GrantsQuery } from '../gql/graphql';
import { ActionsField, TimeLeftField } from './GrantList';
import { RevokeGrantButton } from './RevokeGrantButton';

type Grant = GrantsQuery['grants']['items'][number];

const Revoke = (_: Partial<FieldProps>) => {
  const grant = useRecordContext<Grant>();
  return grant ? <RevokeGrantButton userId={grant.userId} /> : null;
};

const filters = [
  <NullableBooleanInput key="inForce" source="inForce" alwaysOn />,
  <ReferenceInput key="userId" source="userId" reference="users" sort={{ field: 'username', order: 'ASC' }} alwaysOn>
    <AutocompleteInput
      optionText={(u: { displayName: string; username: string }) => `${u.displayName}（${u.username}）`}
    />
  </ReferenceInput>,
  // Who may open this record now: the record's grants, found by its title.
  <ReferenceInput key="recordId" source="recordId" reference="records" alwaysOn>
    <AutocompleteInput
      label="resources.allGrants.fields.record"
      optionText={(r: { title: string; case?: { number: string } | null }) =>
        r.case ? `${r.title}（${r.case.number}）` : r.title
      }
    />
  </ReferenceInput>,
];

/** 授权管理: everyone's grants for those who oversee them (a leader may revoke any early). */
export const AllGrantList = () => (
  <List
    filters={filters}
    filterDefaultValues={{ inForce: true }}
    sort={{ field: 'expiresAt', order: 'ASC' }}
    actions={false}
    perPage={25}
    pagination={<Pagination rowsPerPageOptions={[10, 25, 50, 100]} />}
    exporter={false}
    title="resources.allGrants.title"
  >
    <Datagrid bulkActionButtons={false} rowClick={false} sx={oneLineCells('recordId')}>
      <TextField source="user.displayName" sortable={false} label="resources.allGrants.fields.user" />
      <ReferenceField
        source="recordId"
        reference="records"
        link="show"
        sortable={false}
        label="resources.grants.fields.record"
      >
        <TextField source="title" />
      </ReferenceField>
      <ActionsField source="actions" sortable={false} label="resources.grants.fields.actions" />
      <DateTimeField source="validFrom" short sortable={false} label="resources.grants.fields.validFrom" />
      <DateTimeField source="expiresAt" short label="resources.grants.fields.expiresAt" />
      <TimeLeftField source="expiresAt" sortable={false} label="resources.grants.fields.timeLeft" />
      <DateTimeField source="revokedAt" short sortable={false} label="resources.allGrants.fields.revokedAt" />
      <Revoke source="id" sortable={false} label="resources.approvals.fields.actions" />
    </Datagrid>
  </List>
);
