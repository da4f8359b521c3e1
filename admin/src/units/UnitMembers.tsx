import { Typography } from '@mui/material';
import { Datagrid, Pagination, ReferenceManyField, TextField, useTranslate } from 'react-admin';
import { useAppAbility } from '../auth/ability';
import { RolesField, UserStatusField } from '../common/fields';

/** The users of the shown unit, for those who may read the directory. */
export const UnitMembers = (_: { label?: false }) => {
  const ability = useAppAbility();
  const translate = useTranslate();
  if (!ability.can('read', 'User')) return null;
  return (
    <>
      <Typography variant="subtitle2" color="text.secondary" sx={{ mt: 2 }}>
        {translate('resources.units.members')}
      </Typography>
      <ReferenceManyField
        reference="users"
        target="unitId"
        sort={{ field: 'username', order: 'ASC' }}
        perPage={25}
        pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
      >
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="username" />
          <TextField source="displayName" />
          <RolesField source="roles" sortable={false} />
          <UserStatusField source="active" />
        </Datagrid>
      </ReferenceManyField>
    </>
  );
};
