import { Card, CardContent, CardHeader, List, ListItem, ListItemText, Typography } from '@mui/material';
import { Link, useGetList, useTranslate } from 'react-admin';
import { useDateTimeFormat } from '../common/format';
import type { DeviceRecord } from './domain';
import { ReturnButton } from './ReturnButton';

/** A unit rarely keeps more devices than one page holds; the holders come with the page. */
const PAGE = 200;

/** 正在领用的设备: the unit's devices out now (or only the user's own), each with its return. */
export const HeldDevicesCard = ({ unitId, officerId }: { unitId: string; officerId?: string }) => {
  const translate = useTranslate();
  const format = useDateTimeFormat(true);
  const {
    data = [],
    isPending,
    error,
  } = useGetList<DeviceRecord>('devices', {
    filter: { unitId },
    pagination: { page: 1, perPage: PAGE },
    sort: { field: 'number', order: 'ASC' },
  });
  const held = data.filter(
    (device) => device.currentCheckout && (!officerId || device.currentCheckout.officer?.id === officerId),
  );
  const title = officerId ? 'er.dashboard.devices.mine' : 'er.dashboard.devices.held';
  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      <CardHeader
        title={translate(title)}
        slotProps={{ title: { variant: 'subtitle1', component: 'h3' } }}
        action={
          <Typography variant="h5" component="p" sx={{ px: 1 }} data-testid="held-devices-count">
            {isPending ? '' : held.length}
          </Typography>
        }
      />
      <CardContent sx={{ pt: 0 }}>
        {error && <Typography color="error">{translate(error.message)}</Typography>}
        {!isPending && !error && held.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            {translate('er.dashboard.devices.none_held')}
          </Typography>
        )}
        <List dense disablePadding data-testid="held-devices">
          {held.map((device) => (
            <ListItem key={device.id} disableGutters secondaryAction={<ReturnButton device={device} />}>
              <ListItemText
                primary={<Link to={`/devices/${device.id}/show`}>{device.number}</Link>}
                secondary={translate('er.dashboard.devices.held_by', {
                  officer: device.currentCheckout?.officer?.displayName ?? '—',
                  time: format(device.currentCheckout?.checkedOutAt),
                })}
              />
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
};
