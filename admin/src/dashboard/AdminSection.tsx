import AccountTreeIcon from '@mui/icons-material/AccountTree';
import PeopleIcon from '@mui/icons-material/People';
import PersonOffIcon from '@mui/icons-material/PersonOff';
import { Grid, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useAppAbility } from '../auth/ability';
import { StatCard } from './StatCard';

/** 信息中心: the size of the user register and the unit list. */
export const AdminSection = () => {
  const translate = useTranslate();
  const ability = useAppAbility();
  const users = ability.can('read', 'User');
  const units = ability.can('read', 'Unit');
  if (!users && !units) return null;
  return (
    <section aria-labelledby="admin-title">
      <Typography id="admin-title" variant="h6" component="h2" sx={{ mb: 1 }}>
        {translate('er.dashboard.admin_title')}
      </Typography>
      <Grid container spacing={2}>
        {users && (
          <Grid size={{ xs: 12, sm: 4 }}>
            <StatCard resource="users" label="er.dashboard.users_total" icon={<PeopleIcon />} />
          </Grid>
        )}
        {users && (
          <Grid size={{ xs: 12, sm: 4 }}>
            <StatCard
              resource="users"
              filter={{ active: false }}
              label="er.dashboard.users_disabled"
              icon={<PersonOffIcon />}
              color="warning.main"
            />
          </Grid>
        )}
        {units && (
          <Grid size={{ xs: 12, sm: 4 }}>
            <StatCard resource="units" label="er.dashboard.units_total" icon={<AccountTreeIcon />} />
          </Grid>
        )}
      </Grid>
    </section>
  );
};
