import { Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import type { Session } from '../auth/session';
import { useDateTimeFormat } from '../common/format';

const Item = ({ label, children }: { label: string; children: ReactNode }) => (
  <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
    <Typography variant="body2" color="text.secondary" sx={{ minWidth: 120 }}>
      {label}
    </Typography>
    {children}
  </Stack>
);

export const WelcomeCard = ({ session }: { session: Session }) => {
  const translate = useTranslate();
  const format = useDateTimeFormat();
  const { user } = session;
  return (
    <Card>
      <CardContent>
        <Typography variant="overline" color="text.secondary">
          {translate('er.app.title')}
        </Typography>
        <Typography variant="h5" component="h2" gutterBottom>
          {translate('er.dashboard.welcome', { name: user.displayName })}
        </Typography>
        <Stack spacing={1}>
          <Item label={translate('er.dashboard.unit')}>
            <Typography variant="body2">{user.unit.name}</Typography>
          </Item>
          <Item label={translate('er.dashboard.roles')}>
            {user.roles.map((role) => (
              <Chip key={role} size="small" color="primary" variant="outlined" label={translate(`er.roles.${role}`)} />
            ))}
          </Item>
          {user.clearance && (
            <Item label={translate('er.dashboard.clearance')}>
              <Typography variant="body2">{translate(`er.clearance.${user.clearance}`)}</Typography>
            </Item>
          )}
          <Item label={translate('er.dashboard.session_expires')}>
            <Typography variant="body2">{format(session.sessionExpiresAt)}</Typography>
          </Item>
        </Stack>
      </CardContent>
    </Card>
  );
};
