import CloudOffIcon from '@mui/icons-material/CloudOff';
import CloudUploadIcon from '@mui/icons-material/CloudUpload';
import { Grid, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useAppAbility } from '../auth/ability';
import type { Session } from '../auth/session';
import { today } from '../common/dates';
import { StatCard } from '../dashboard/StatCard';
import { addDays } from './deviceData';
import { HeldDevicesCard } from './HeldDevicesCard';

const DEVICE_ROLES = ['officer', 'unitClerk', 'unitHead'];
/** How far back the dashboard looks for offloads still missing. */
const MISSING_DAYS = 7;

/** 设备与每日导出: today's uploads still due, recent days missing, and the devices out now. */
export const DevicesSection = ({ session }: { session: Session }) => {
  const translate = useTranslate();
  const ability = useAppAbility();
  const { user } = session;
  if (!user.roles.some((role) => DEVICE_ROLES.includes(role)) || !ability.can('read', 'DeviceCheckout')) return null;
  // An officer follows their own checkouts; the clerk and the head follow the whole unit's.
  const ownOnly = !user.roles.includes('unitClerk') && !user.roles.includes('unitHead');
  const mine = ownOnly ? { officerId: user.id } : {};
  const unitId = user.unit.id;
  const day = today();
  return (
    <section aria-labelledby="devices-title">
      <Typography id="devices-title" variant="h6" component="h2" sx={{ mb: 1 }}>
        {translate('er.dashboard.devices.title')}
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <StatCard
            resource="offloads"
            filter={{ from: day, to: day, unitId, states: ['PENDING'], ...mine }}
            label="er.dashboard.devices.pending_today"
            icon={<CloudUploadIcon />}
            color="info.main"
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <StatCard
            resource="offloads"
            filter={{ from: addDays(day, 1 - MISSING_DAYS), to: day, unitId, states: ['MISSING'], ...mine }}
            label="er.dashboard.devices.missing_recent"
            icon={<CloudOffIcon />}
            color="error.main"
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <HeldDevicesCard unitId={unitId} officerId={ownOnly ? user.id : undefined} />
        </Grid>
      </Grid>
    </section>
  );
};
