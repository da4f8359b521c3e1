import FactCheckIcon from '@mui/icons-material/FactCheck';
import {
  Alert,
  Chip,
  LinearProgress,
  List,
  ListItem,
  ListItemText,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useEffect } from 'react';
import { Button, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { DateTimeField } from '../common/fields';
import { Section } from '../common/layout';
import { useStep } from '../disclosures/useStep';
import { formatBytes } from '../files/format';
import { checkTransfer, EDITABLE, type TransferRecord } from './archiveData';

const KINDS = ['AUTHENTICITY', 'INTEGRITY', 'USABILITY', 'SECURITY'] as const;

/**
 * Runs the four checks now: the unit before submitting, the archive on receipt. A large case file
 * goes on re-hashing in the background; the panel then shows its progress.
 */
const RunChecksButton = () => {
  const record = useRecordContext<TransferRecord>();
  const ability = useAppAbility();
  const notify = useNotify();
  const { run, pending } = useStep();
  if (!record) return null;
  const subject = asSubject('Transfer', record);
  const unit = EDITABLE.includes(record.status) && ability.can('update', subject);
  if (!unit && !ability.can('accept', subject)) return null;
  const check = async () => {
    const after = await checkTransfer(record.id);
    notify(
      after.checkRun ? 'resources.transfers.notifications.checking' : 'resources.transfers.notifications.checked',
      { type: after.checkRun ? 'info' : 'success' },
    );
  };
  return (
    <Button label="resources.transfers.actions.check" onClick={() => run(check)} disabled={pending}>
      <FactCheckIcon />
    </Button>
  );
};

/** Checks re-hashing in the background: how far they are; the page reloads every two seconds until they end. */
const RunningChecks = ({ run }: { run: NonNullable<TransferRecord['checkRun']> }) => {
  const translate = useTranslate();
  const refresh = useRefresh();
  useEffect(() => {
    const timer = setInterval(refresh, 2000);
    return () => clearInterval(timer);
  }, [refresh]);
  const share = run.bytesTotal > 0 ? (100 * run.bytesDone) / run.bytesTotal : 0;
  return (
    <Stack spacing={1} data-testid="checks-running" sx={{ mb: 2 }}>
      <Typography variant="body2">
        {translate('resources.transfers.checks.running', {
          files: `${run.filesDone} / ${run.filesTotal}`,
          bytes: `${formatBytes(run.bytesDone)} / ${formatBytes(run.bytesTotal)}`,
        })}
      </Typography>
      <LinearProgress variant="determinate" value={share} />
    </Stack>
  );
};

/** 四性检测: authenticity, integrity, usability, security, each with what it found. */
export const ChecksPanel = () => {
  const record = useRecordContext<TransferRecord>();
  const translate = useTranslate();
  if (!record) return null;
  // A list row carries only whether the checks passed; the panel needs the whole result.
  const checks = record.checks?.results ? record.checks : null;
  return (
    <Section title="resources.transfers.sections.checks" action={<RunChecksButton />}>
      {record.checkRun && <RunningChecks run={record.checkRun} />}
      {!checks ? (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.transfers.checks.none')}
        </Typography>
      ) : (
        <Stack spacing={1}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography variant="body2">{translate('resources.transfers.checks.at')}</Typography>
            <DateTimeField source="checks.checkedAt" />
          </Stack>
          {record.overrideReason && (
            <Alert severity="warning">
              {translate('resources.transfers.checks.overridden', { reason: record.overrideReason })}
            </Alert>
          )}
          <Table size="small" aria-label={translate('resources.transfers.sections.checks')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.transfers.checks.kind')}</TableCell>
                <TableCell>{translate('resources.transfers.checks.result')}</TableCell>
                <TableCell>{translate('resources.transfers.checks.findings')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {KINDS.map((kind) => {
                const result = checks.results.find((r) => r.kind === kind);
                return (
                  <TableRow key={kind} data-testid={`check-${kind}`}>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate(`er.checkKind.${kind}`)}</TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        color={result?.passed ? 'success' : 'error'}
                        label={translate(
                          result?.passed ? 'resources.transfers.checks.pass' : 'resources.transfers.checks.fail',
                        )}
                      />
                    </TableCell>
                    <TableCell>
                      {result?.findings.length ? (
                        <List dense disablePadding>
                          {result.findings.map((f, i) => (
                            <ListItem key={i} disableGutters>
                              <ListItemText primary={f.message} secondary={f.code} />
                            </ListItem>
                          ))}
                        </List>
                      ) : (
                        '—'
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </Stack>
      )}
    </Section>
  );
};
