import AlarmIcon from '@mui/icons-material/Alarm';
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import FolderOpenIcon from '@mui/icons-material/FolderOpen';
import { Grid, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useAppAbility } from '../auth/ability';
import type { Session } from '../auth/session';
import { CASE_ROLES } from '../common/domain';
import { StatCard } from './StatCard';

/** 本单位案件: the unit's open cases, the user's own, and the cases past their transfer deadline. */
export const CasesSection = ({ session }: { session: Session }) => {
  const translate = useTranslate();
  const ability = useAppAbility();
  const { user } = session;
  if (!CASE_ROLES.some((role) => user.roles.includes(role)) || !ability.can('read', 'Case')) return null;
  const unitId = user.unit.id;
  const handles = user.roles.includes('officer') || user.roles.includes('unitHead');
  return (
    <section aria-labelledby="cases-title">
      <Typography id="cases-title" variant="h6" component="h2" sx={{ mb: 1 }}>
        {translate('er.dashboard.cases_title', { unit: user.unit.name })}
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 4 }}>
          <StatCard
            resource="cases"
            filter={{ unitId, statuses: ['OPEN'] }}
            label="er.dashboard.open_cases"
            icon={<FolderOpenIcon />}
          />
        </Grid>
        {handles && (
          <Grid size={{ xs: 12, sm: 4 }}>
            <StatCard
              resource="cases"
              filter={{ officerId: user.id, statuses: ['OPEN'] }}
              label="er.dashboard.my_open_cases"
              icon={<AssignmentIndIcon />}
            />
          </Grid>
        )}
        <Grid size={{ xs: 12, sm: 4 }}>
          <StatCard
            resource="cases"
            filter={{ unitId, overdue: true }}
            label="er.dashboard.overdue_transfers"
            icon={<AlarmIcon />}
            color="error.main"
          />
        </Grid>
      </Grid>
    </section>
  );
};
