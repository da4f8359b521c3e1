import { Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useDateTimeFormat } from '../common/format';
import { Section } from '../common/layout';
import type { DeviceDetail, DeviceFault } from './domain';

const COLUMNS = [
  'state',
  'reportedAt',
  'description',
  'repairService',
  'sentAt',
  'repairedAt',
  'repairResult',
  'closedAt',
];

const FaultState = ({ fault }: { fault: DeviceFault }) => {
  const translate = useTranslate();
  const state = fault.closedAt ? 'closed' : fault.repairedAt ? 'repaired' : fault.sentAt ? 'sent' : 'open';
  return (
    <Chip
      size="small"
      color={state === 'closed' ? 'default' : state === 'open' ? 'error' : 'warning'}
      label={translate(`resources.devices.fault.state.${state}`)}
    />
  );
};

/** 故障与维修 (Art. 10): each report, where its repair stands, and when the check closed it. */
export const FaultsSection = () => {
  const device = useRecordContext<DeviceDetail>();
  const translate = useTranslate();
  const format = useDateTimeFormat(true);
  if (!device?.faults) return null;
  return (
    <Section title="resources.devices.sections.faults">
      {device.faults.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.devices.fault.none')}
        </Typography>
      ) : (
        <Table size="small" data-testid="device-faults">
          <TableHead>
            <TableRow>
              {COLUMNS.map((column) => (
                <TableCell key={column}>{translate(`resources.devices.fault.${column}`)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {device.faults.map((fault) => (
              <TableRow key={fault.id}>
                <TableCell>
                  <FaultState fault={fault} />
                </TableCell>
                <TableCell>{format(fault.reportedAt)}</TableCell>
                <TableCell>{fault.description}</TableCell>
                <TableCell>{fault.repairService ?? '—'}</TableCell>
                <TableCell>{format(fault.sentAt) || '—'}</TableCell>
                <TableCell>{format(fault.repairedAt) || '—'}</TableCell>
                <TableCell>{fault.repairResult ?? '—'}</TableCell>
                <TableCell>{format(fault.closedAt) || '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
};
