import AssignmentIcon from '@mui/icons-material/Assignment';
import {
  Card,
  CardContent,
  CardHeader,
  Grid,
  List,
  ListItem,
  ListItemIcon,
  ListItemText,
  Typography,
} from '@mui/material';
import { useGetOne, useTranslate } from 'react-admin';
import { ApprovalsCard } from '../approvals/ApprovalsCard';
import { useIsDecider } from '../approvals/useDecider';
import { asSubject, useAppAbility } from '../auth/ability';
import type { Session } from '../auth/session';
import { WORK_ROLES } from '../common/domain';
import { useDateTimeFormat } from '../common/format';
import type { UserRecord } from '../common/records';
import { DisclosureCards } from '../disclosures/DisclosuresCard';

const AccountCard = ({ userId }: { userId: string }) => {
  const translate = useTranslate();
  const format = useDateTimeFormat();
  const { data, isPending, error } = useGetOne<UserRecord>('users', { id: userId });
  const rows: [string, string][] = data
    ? [
        ['er.dashboard.unit', data.unit.name],
        ['er.dashboard.last_login', data.lastLoginAt ? format(data.lastLoginAt) : translate('er.dashboard.never')],
        [
          'er.dashboard.password_changed',
          data.passwordChangedAt ? format(data.passwordChangedAt) : translate('er.dashboard.never'),
        ],
        ...(data.failedLoginCount !== null
          ? [['er.dashboard.failed_logins', String(data.failedLoginCount)] as [string, string]]
          : []),
      ]
    : [];
  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      <CardHeader
        title={translate('er.dashboard.my_account')}
        slotProps={{ title: { variant: 'subtitle1', component: 'h3' } }}
      />
      <CardContent sx={{ pt: 0 }}>
        {isPending && <Typography variant="body2">{translate('ra.page.loading')}</Typography>}
        {error && <Typography color="error">{translate(error.message)}</Typography>}
        {rows.map(([label, value]) => (
          <Typography key={label} variant="body2" sx={{ display: 'flex', gap: 1, py: 0.5 }}>
            <Typography component="span" variant="body2" color="text.secondary" sx={{ minWidth: 140 }}>
              {translate(label)}
            </Typography>
            {value}
          </Typography>
        ))}
      </CardContent>
    </Card>
  );
};

/** The "my work" card of staff whose queues arrive with later modules, and their own account. */
export const WorkSection = ({ session }: { session: Session }) => {
  const translate = useTranslate();
  const ability = useAppAbility();
  const decider = useIsDecider();
  const { user } = session;
  const roles = WORK_ROLES.filter((role) => user.roles.includes(role));
  if (!roles.length) return null;
  const canReadSelf = ability.can('read', asSubject('User', { id: user.id, unit: { id: user.unit.id } }));
  return (
    <section aria-labelledby="work-title">
      <Typography id="work-title" variant="h6" component="h2" sx={{ mb: 1 }}>
        {translate('er.dashboard.work_title')}
      </Typography>
      <Grid container spacing={2}>
        {decider && (
          <Grid size={{ xs: 12, md: 5 }}>
            <ApprovalsCard />
          </Grid>
        )}
        <DisclosureCards
          wrap={(type, card) => (
            <Grid key={type} size={{ xs: 12, md: 5 }}>
              {card}
            </Grid>
          )}
        />
        <Grid size={{ xs: 12, md: 7 }}>
          <Card variant="outlined" sx={{ height: '100%' }}>
            <CardContent>
              <Typography variant="body2" color="text.secondary">
                {translate('er.dashboard.work_intro')}
              </Typography>
              <List dense>
                {roles.map((role) => (
                  <ListItem key={role} disableGutters>
                    <ListItemIcon sx={{ minWidth: 36 }}>
                      <AssignmentIcon color="primary" fontSize="small" />
                    </ListItemIcon>
                    <ListItemText
                      primary={translate(`er.dashboard.queues.${role}`)}
                      secondary={translate(`er.roles.${role}`)}
                    />
                  </ListItem>
                ))}
              </List>
            </CardContent>
          </Card>
        </Grid>
        {canReadSelf && (
          <Grid size={{ xs: 12, md: 5 }}>
            <AccountCard userId={user.id} />
          </Grid>
        )}
      </Grid>
    </section>
  );
};
