import { Chip, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useDateFormat, useDateTimeFormat } from '../common/format';
import { Section } from '../common/layout';
import type { DeviceCheckout, DeviceDetail } from './domain';

const COLUMNS = ['day', 'officer', 'checkedOutAt', 'preUse', 'returnedAt'];

const PreUse = ({ checkout }: { checkout: DeviceCheckout }) => {
  const translate = useTranslate();
  const facts = translate('resources.devices.checkouts.facts', {
    battery: checkout.batteryPercent,
    storage: checkout.freeStorageGb,
    clock: translate(checkout.clockCorrect ? 'er.yes' : 'er.no'),
  });
  const chip = (
    <Chip
      size="small"
      variant="outlined"
      color={checkout.checkPassed ? 'success' : 'warning'}
      label={translate(
        checkout.checkPassed ? 'resources.devices.checkouts.passed' : 'resources.devices.checkouts.failed',
      )}
    />
  );
  return (
    <>
      {checkout.overrideReason ? <Tooltip title={checkout.overrideReason}>{chip}</Tooltip> : chip}
      <Typography variant="caption" color="text.secondary" sx={{ ml: 1 }}>
        {facts}
        {checkout.overrideReason && ` · ${checkout.overrideReason}`}
      </Typography>
    </>
  );
};

/** 领用记录: who took the device on which day, the pre-use check, and the return (latest 100). */
export const CheckoutsSection = () => {
  const device = useRecordContext<DeviceDetail>();
  const translate = useTranslate();
  const formatDay = useDateFormat();
  const format = useDateTimeFormat(true);
  if (!device?.checkouts) return null;
  return (
    <Section title="resources.devices.sections.checkouts">
      {device.checkouts.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.devices.checkouts.none')}
        </Typography>
      ) : (
        <Table size="small" data-testid="device-checkouts">
          <TableHead>
            <TableRow>
              {COLUMNS.map((column) => (
                <TableCell key={column}>{translate(`resources.devices.checkouts.${column}`)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {device.checkouts.map((checkout) => (
              <TableRow key={checkout.id}>
                <TableCell>{formatDay(checkout.day)}</TableCell>
                <TableCell>{checkout.officer?.displayName ?? '—'}</TableCell>
                <TableCell>{format(checkout.checkedOutAt)}</TableCell>
                <TableCell>
                  <PreUse checkout={checkout} />
                </TableCell>
                <TableCell>{format(checkout.returnedAt) || translate('resources.devices.checkouts.held')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
};
