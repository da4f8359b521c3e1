import { Grid } from '@mui/material';
import { EditButton, Labeled, Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext } from 'react-admin';
import { TrailButton } from '../audit/TrailButton';
import { asSubject, useAppAbility } from '../auth/ability';
import { DateTimeField, EnumField, RolesField, UserStatusField } from '../common/fields';
import type { UserRecord } from '../common/records';
import { DisableButton } from './DisableButton';
import { EnableButton } from './EnableButton';
import { ResetPasswordButton } from './ResetPasswordButton';
import { UnlockButton } from './UnlockButton';

const UserEditButton = () => {
  const record = useRecordContext<UserRecord>();
  const ability = useAppAbility();
  return record && ability.can('update', asSubject('User', record)) ? <EditButton /> : null;
};

const UserActions = () => (
  <TopToolbar>
    <UserEditButton />
    <ResetPasswordButton />
    <UnlockButton />
    <EnableButton />
    <DisableButton />
    <TrailButton filter="actorId" />
  </TopToolbar>
);

type Unlabeled = { label?: false };

const SecurityFields = (_: Unlabeled) => {
  const record = useRecordContext<UserRecord>();
  if (!record) return null;
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, sm: 6, md: 3 }}>
        <Labeled source="active">
          <UserStatusField source="active" />
        </Labeled>
      </Grid>
      {record.lastLoginAt !== null && (
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <Labeled source="lastLoginAt">
            <DateTimeField source="lastLoginAt" />
          </Labeled>
        </Grid>
      )}
      {record.passwordChangedAt !== null && (
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <Labeled source="passwordChangedAt">
            <DateTimeField source="passwordChangedAt" />
          </Labeled>
        </Grid>
      )}
      {record.failedLoginCount !== null && (
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <Labeled source="failedLoginCount">
            <TextField source="failedLoginCount" />
          </Labeled>
        </Grid>
      )}
      {record.lockedUntil !== null && (
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <Labeled source="lockedUntil">
            <DateTimeField source="lockedUntil" />
          </Labeled>
        </Grid>
      )}
    </Grid>
  );
};

const ClearanceField = (_: Unlabeled) => {
  const record = useRecordContext<UserRecord>();
  return record?.clearance ? (
    <Labeled source="clearance">
      <EnumField source="clearance" prefix="er.clearance" />
    </Labeled>
  ) : null;
};

export const UserShow = () => (
  <Show actions={<UserActions />}>
    <SimpleShowLayout>
      <TextField source="username" />
      <TextField source="displayName" />
      <TextField source="unit.name" />
      <RolesField source="roles" />
      <ClearanceField label={false} />
      <SecurityFields label={false} />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
