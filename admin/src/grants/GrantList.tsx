import { Chip, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import {
  Datagrid,
  List,
  Pagination,
  ReferenceField,
  TextField,
  useRecordContext,
  useTranslate,
  type FieldProps,
} from 'react-admin';
import { useSession } from '../auth/session';
import { DateTimeField } from '../common/fields';
import { oneLineCells } from '../common/layout';
import type { AccessGrantFieldsFragment } from '../gql/graphql';
import { RevokeGrantButton } from './RevokeGrantButton';

const HOUR = 3_600_000;

export const ActionsField = (_: Partial<FieldProps>) => {
  const grant = useRecordContext<AccessGrantFieldsFragment>();
  const translate = useTranslate();
  if (!grant) return null;
  return (
    <Stack direction="row" spacing={0.5}>
      {grant.actions.map((a) => (
        <Chip key={a} size="small" label={translate(`er.grantAction.${a}`)} />
      ))}
    </Stack>
  );
};

/** How long the grant still runs: days, or hours on its last day (orange). */
export const TimeLeftField = (_: Partial<FieldProps>) => {
  const grant = useRecordContext<AccessGrantFieldsFragment>();
  const translate = useTranslate();
  const [now] = useState(() => Date.now());
  if (!grant) return null;
  const left = new Date(grant.expiresAt).getTime() - now;
  const soon = left < 24 * HOUR;
  const text = soon
    ? translate('resources.grants.hours_left', { smart_count: Math.max(0, Math.ceil(left / HOUR)) })
    : translate('resources.grants.days_left', { smart_count: Math.floor(left / (24 * HOUR)) });
  return (
    <Typography variant="body2" color={soon ? 'warning.main' : undefined} data-testid="grant-time-left">
      {text}
    </Typography>
  );
};

const Revoke = (_: Partial<FieldProps>) => {
  const session = useSession();
  return session ? <RevokeGrantButton userId={session.user.id} /> : null;
};

/** 我的授权: the records the caller may open thanks to approved requests, until when, and revoking one. */
export const GrantList = () => (
  <List
    actions={false}
    perPage={25}
    pagination={<Pagination rowsPerPageOptions={[10, 25, 50, 100]} />}
    exporter={false}
    empty={false}
    title="resources.grants.title"
  >
    <Datagrid bulkActionButtons={false} rowClick={false} sx={oneLineCells('recordId')}>
      <ReferenceField
        source="recordId"
        reference="records"
        link="show"
        sortable={false}
        label="resources.grants.fields.record"
      >
        <TextField source="title" />
      </ReferenceField>
      <ReferenceField
        source="recordId"
        reference="records"
        link={false}
        sortable={false}
        label="resources.grants.fields.case"
      >
        <TextField source="case.number" />
      </ReferenceField>
      <ActionsField source="actions" sortable={false} label="resources.grants.fields.actions" />
      <DateTimeField source="validFrom" short sortable={false} label="resources.grants.fields.validFrom" />
      <DateTimeField source="expiresAt" short sortable={false} label="resources.grants.fields.expiresAt" />
      <TimeLeftField source="expiresAt" sortable={false} label="resources.grants.fields.timeLeft" />
      <Revoke source="id" sortable={false} label="resources.approvals.fields.actions" />
    </Datagrid>
  </List>
);
