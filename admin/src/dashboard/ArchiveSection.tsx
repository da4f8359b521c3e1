import AlarmIcon from '@mui/icons-material/Alarm';
import MoveToInboxIcon from '@mui/icons-material/MoveToInbox';
import { Grid, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useAppAbility } from '../auth/ability';
import type { Session } from '../auth/session';
import { StatCard } from './StatCard';

/**
 * 档案移交: for the archive, the case files waiting to be accepted; for the archive, leaders and
 * supervisors, every unit's cases past their transfer deadline (Art. 13).
 */
export const ArchiveSection = ({ session }: { session: Session }) => {
  const translate = useTranslate();
  const ability = useAppAbility();
  const { roles } = session.user;
  const archivist = roles.includes('archivist');
  const overseer = archivist || roles.includes('leader') || roles.includes('supervisor');
  if (!overseer || !ability.can('read', 'Case')) return null;
  return (
    <section aria-labelledby="archive-title">
      <Typography id="archive-title" variant="h6" component="h2" sx={{ mb: 1 }}>
        {translate('er.dashboard.archive_title')}
      </Typography>
      <Grid container spacing={2}>
        {archivist && ability.can('accept', 'Transfer') && (
          <Grid size={{ xs: 12, sm: 4 }}>
            <StatCard
              resource="transfers"
              filter={{ status: 'SENT' }}
              label="er.dashboard.transfers_waiting"
              icon={<MoveToInboxIcon />}
            />
          </Grid>
        )}
        <Grid size={{ xs: 12, sm: 4 }}>
          <StatCard
            resource="cases"
            filter={{ overdue: true }}
            label="er.dashboard.overdue_transfers_all"
            icon={<AlarmIcon />}
            color="error.main"
          />
        </Grid>
      </Grid>
    </section>
  );
};
