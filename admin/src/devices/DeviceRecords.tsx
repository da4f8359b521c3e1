import { Alert, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, useGetList, useRecordContext, useTranslate } from 'react-admin';
import { useAppAbility } from '../auth/ability';
import { useDateTimeFormat } from '../common/format';
import { Section } from '../common/layout';
import { DEVICE_FLAGS, type DeviceMadeRecord, type DeviceRecord } from './domain';

const PAGE = 10;
const COLUMNS = ['capturedFrom', 'title', 'kind', 'case', 'officer', 'flags'];

const Flags = ({ record }: { record: DeviceMadeRecord }) => {
  const translate = useTranslate();
  const flags = record.captureFlags.filter((flag) => DEVICE_FLAGS.includes(flag));
  if (flags.length === 0) return <>—</>;
  return (
    <Stack direction="row" spacing={0.5}>
      {flags.map((flag) => (
        <Chip key={flag} size="small" color="warning" label={translate(`resources.devices.records.flag.${flag}`)} />
      ))}
    </Stack>
  );
};

/** 以本设备制作的记录: the newest records naming this device, what they flag, and the full filtered list. */
export const DeviceRecords = () => {
  const device = useRecordContext<DeviceRecord>();
  const ability = useAppAbility();
  const translate = useTranslate();
  const format = useDateTimeFormat(true);
  const mayRead = ability.can('read', 'Record');
  const {
    data = [],
    total,
    isPending,
    error,
  } = useGetList<DeviceMadeRecord>(
    'deviceRecords',
    {
      filter: { deviceNumber: device?.number },
      pagination: { page: 1, perPage: PAGE },
      sort: { field: 'capturedFrom', order: 'DESC' },
    },
    { enabled: !!device && mayRead },
  );
  if (!device || !mayRead) return null;
  const listLink = `/records?filter=${encodeURIComponent(JSON.stringify({ deviceNumber: device.number }))}`;
  return (
    <Section
      title="resources.devices.sections.records"
      action={total ? <Link to={listLink}>{translate('resources.devices.records.in_list', { total })}</Link> : null}
    >
      {isPending && <Typography variant="body2">{translate('ra.page.loading')}</Typography>}
      {error && <Alert severity="error">{translate(error.message)}</Alert>}
      {!isPending && !error && data.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.devices.records.none')}
        </Typography>
      )}
      {data.length > 0 && (
        <Table size="small" data-testid="device-records">
          <TableHead>
            <TableRow>
              {COLUMNS.map((column) => (
                <TableCell key={column}>{translate(`resources.devices.records.${column}`)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((record) => (
              <TableRow key={record.id}>
                <TableCell>{format(record.capturedFrom) || '—'}</TableCell>
                <TableCell>
                  <Link to={`/records/${record.id}/show`}>{record.title}</Link>
                </TableCell>
                <TableCell>{translate(`er.recordKind.${record.kind}`)}</TableCell>
                <TableCell>{record.case.number}</TableCell>
                <TableCell>{record.officer?.displayName ?? '—'}</TableCell>
                <TableCell>
                  <Flags record={record} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
};
