import DownloadIcon from '@mui/icons-material/Download';
import {
  Alert,
  Button as MuiButton,
  Grid,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Link, NumberField, Show, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeField } from '../common/fields';
import { useDateTimeFormat } from '../common/format';
import { Cell, Section } from '../common/layout';
import type { DisposalListRecord } from './disposalData';
import {
  CancelDisposalButton,
  EditDisposalButton,
  ExecuteDisposalButton,
  SubmitDisposalButton,
} from './DisposalButtons';
import { DisposalStatusField } from './fields';

const F = 'resources.disposalLists.fields';
const I = 'resources.disposalLists.item';
const COLUMNS = ['caseNumber', 'archiveNumber', 'title', 'retention', 'retainUntil', 'hashes', 'size', 'disposedAt'];

const Actions = () => (
  <TopToolbar>
    <EditDisposalButton />
    <SubmitDisposalButton />
    <CancelDisposalButton />
    <ExecuteDisposalButton />
  </TopToolbar>
);

const Hash = ({ label, value }: { label: string; value: string | null | undefined }) =>
  value ? (
    <Typography
      variant="caption"
      component="div"
      sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}
      title={value}
    >
      {label} {value}
    </Typography>
  ) : null;

const Items = ({ record }: { record: DisposalListRecord }) => {
  const translate = useTranslate();
  const format = useDateTimeFormat();
  return (
    <Section title="resources.disposalLists.sections.items">
      {record.items.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate(`${I}.none`)}
        </Typography>
      ) : (
        <Table size="small" data-testid="disposal-items">
          <TableHead>
            <TableRow>
              {COLUMNS.map((column) => (
                <TableCell key={column} sx={{ whiteSpace: 'nowrap' }}>
                  {translate(`${I}.${column}`)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {record.items.map((item) => (
              <TableRow key={item.id} data-testid="disposal-item">
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{item.caseNumber}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{item.archiveNumber ?? '—'}</TableCell>
                <TableCell>
                  <Link to={`/records/${item.recordId}/show`}>{item.title}</Link>
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate(`er.retentionPeriod.${item.retention}`)}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{item.retainUntil}</TableCell>
                <TableCell sx={{ maxWidth: 320 }}>
                  {item.sha256 || item.sm3 ? (
                    <>
                      <Hash label="SHA-256" value={item.sha256} />
                      <Hash label="SM3" value={item.sm3} />
                    </>
                  ) : (
                    translate(`${I}.text_only`)
                  )}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{item.size ?? '—'}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {item.disposedAt
                    ? format(item.disposedAt) +
                      (item.bytesRemoved === false ? `（${translate(`${I}.bytes_kept`)}）` : '')
                    : '—'}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
};

const Certificate = ({ record }: { record: DisposalListRecord }) => {
  const translate = useTranslate();
  if (record.status !== 'EXECUTED') return null;
  return (
    <Section title="resources.disposalLists.sections.certificate">
      <Stack spacing={1}>
        {record.certificateUrl && (
          <MuiButton
            href={record.certificateUrl}
            download={`销毁证明-${record.number}.pdf`}
            variant="outlined"
            startIcon={<DownloadIcon />}
            sx={{ alignSelf: 'flex-start' }}
          >
            {translate('resources.disposalLists.actions.certificate')}
          </MuiButton>
        )}
        <Hash label="SHA-256" value={record.certificate?.sha256} />
        <Hash label="SM3" value={record.certificate?.sm3} />
      </Stack>
    </Section>
  );
};

const Details = () => {
  const record = useRecordContext<DisposalListRecord>();
  const translate = useTranslate();
  const format = useDateTimeFormat();
  // The list's row stands in while the whole list loads: wait for the items.
  if (!record?.items) return null;
  return (
    <Stack spacing={2} sx={{ mt: 1, mb: 4 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h5" component="h1" data-testid="disposal-number">
          {translate('resources.disposalLists.title', { number: record.number })}
        </Typography>
        <DisposalStatusField source="status" />
      </Stack>
      {record.status === 'APPROVED' && (
        <Alert severity="warning">{translate('resources.disposalLists.approved')}</Alert>
      )}
      {record.status === 'RETURNED' && <Alert severity="info">{translate('resources.disposalLists.returned')}</Alert>}
      {record.status === 'CANCELLED' && record.cancelReason && (
        <Alert severity="info" data-testid="disposal-cancelled">
          {translate('resources.disposalLists.cancelled', {
            time: record.cancelledAt ? format(record.cancelledAt) : '—',
            reason: record.cancelReason,
          })}
        </Alert>
      )}
      {record.status === 'EXECUTED' && (
        <Alert severity="success" data-testid="disposal-executed">
          {translate('resources.disposalLists.executed', {
            count: record.itemCount,
            name: record.executedByName ?? '',
          })}
        </Alert>
      )}
      <Section title="resources.disposalLists.sections.list">
        <Grid container spacing={2}>
          <Cell label={`${F}.number`}>
            <TextField source="number" />
          </Cell>
          <Cell label={`${F}.itemCount`}>
            <NumberField source="itemCount" />
          </Cell>
          <Cell label={`${F}.createdByName`}>
            <TextField source="createdByName" />
          </Cell>
          <Cell label={`${F}.createdAt`}>
            <DateTimeField source="createdAt" />
          </Cell>
          <Cell label={`${F}.executedAt`}>
            <DateTimeField source="executedAt" emptyText="—" />
          </Cell>
          <Cell label={`${F}.executedByName`}>
            <TextField source="executedByName" emptyText="—" />
          </Cell>
          <Cell label={`${F}.note`} wide>
            <TextField source="note" />
          </Cell>
        </Grid>
      </Section>
      <Certificate record={record} />
      <Items record={record} />
    </Stack>
  );
};

export const DisposalListShow = () => (
  <Show actions={<Actions />} component="div">
    <Details />
  </Show>
);
