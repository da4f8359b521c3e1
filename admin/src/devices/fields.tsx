import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { useDateTimeFormat } from '../common/format';
import type { OffloadState } from '../gql/graphql';
import { OFFLOAD_COLOR, STATUS_COLOR, type DeviceRecord } from './domain';

/** 在用 / 故障 / 维修中 / 报废 as a coloured chip. */
export const DeviceStatusField = (_: FieldProps) => {
  const device = useRecordContext<DeviceRecord>();
  const translate = useTranslate();
  if (!device) return null;
  return (
    <Chip
      size="small"
      color={STATUS_COLOR[device.status]}
      variant={device.status === 'IN_SERVICE' ? 'outlined' : 'filled'}
      label={translate(`er.deviceStatus.${device.status}`)}
      data-testid="device-status"
    />
  );
};

/** Who holds the device now (领用人) and since when, or a dash. */
export const HolderField = ({ short }: Partial<FieldProps> & { short?: boolean }) => {
  const device = useRecordContext<DeviceRecord>();
  const format = useDateTimeFormat(true);
  const translate = useTranslate();
  const checkout = device?.currentCheckout;
  if (!checkout) return <Typography variant="body2">—</Typography>;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} data-testid="device-holder">
      <Typography variant="body2">{checkout.officer?.displayName ?? translate('resources.devices.someone')}</Typography>
      {!short && (
        <Typography variant="caption" color="text.secondary">
          {translate('resources.devices.since', { time: format(checkout.checkedOutAt) })}
        </Typography>
      )}
    </Stack>
  );
};

export const OffloadStateChip = ({ state, count }: { state: OffloadState; count?: number }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={OFFLOAD_COLOR[state]}
      variant={state === 'PENDING' ? 'outlined' : 'filled'}
      label={translate(`er.offloadState.${state}`) + (count === undefined ? '' : ` ${count}`)}
    />
  );
};
