import { Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useDateTimeFormat } from '../common/format';
import { Section } from '../common/layout';
import type { DeviceDetail } from './domain';
import { LogMaintenanceButton } from './LogMaintenanceButton';

/** The upkeep the schedule asks of this kind of device, overdue in red, and the log (Art. 9). */
export const MaintenanceSection = () => {
  const device = useRecordContext<DeviceDetail>();
  const translate = useTranslate();
  const format = useDateTimeFormat(true);
  if (!device?.maintenanceDue) return null;
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`resources.devices.maintenance.${key}`, options);
  return (
    <Section title="resources.devices.sections.maintenance" action={<LogMaintenanceButton />}>
      <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1, mb: 2 }} data-testid="maintenance-due">
        {device.maintenanceDue.map((due) => (
          <Chip
            key={due.kind}
            size="small"
            color={due.overdue ? 'error' : 'default'}
            variant={due.overdue ? 'filled' : 'outlined'}
            label={`${translate(`er.maintenanceKind.${due.kind}`)} · ${t(due.overdue ? 'overdue' : 'due', {
              days: due.everyDays,
              time: format(due.dueAt),
            })}`}
          />
        ))}
      </Stack>
      {device.maintenanceLog.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('none')}
        </Typography>
      ) : (
        <Table size="small" data-testid="maintenance-log">
          <TableHead>
            <TableRow>
              <TableCell>{t('performedAt')}</TableCell>
              <TableCell>{t('kind')}</TableCell>
              <TableCell>{t('note')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {device.maintenanceLog.map((entry) => (
              <TableRow key={entry.id}>
                <TableCell>{format(entry.performedAt)}</TableCell>
                <TableCell>{translate(`er.maintenanceKind.${entry.kind}`)}</TableCell>
                <TableCell>{entry.note ?? '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
};
