import GppGoodIcon from '@mui/icons-material/GppGood';
import PrintIcon from '@mui/icons-material/Print';
import {
  Alert,
  Button as MuiButton,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { type ReactNode, useState } from 'react';
import { Button, Link, useTranslate } from 'react-admin';
import { useAppAbility } from '../auth/ability';
import { useDateTimeFormat } from '../common/format';
import { messageOf } from '../disclosures/useStep';
import type { AuditCheckpointsQuery, VerifyAuditTrailQuery } from '../gql/graphql';
import { request } from '../graphql/client';
import {
  AuditCheckpointsQuery as CheckpointsDocument,
  VerifyAuditTrailQuery as VerifyDocument,
} from '../graphql/audit';

type Verification = VerifyAuditTrailQuery['verifyAuditTrail'];
type Checkpoint = AuditCheckpointsQuery['auditCheckpoints'][number];

const K = 'resources.auditEvents.verify';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * A printable page of the result and the signed checkpoints with the public key, for an outside
 * party who later confirms that the past was not rewritten (Art. 21). Opened in a window of its own.
 */
function printCheckpoints(
  translate: (key: string, options?: Record<string, unknown>) => string,
  result: Verification,
  checkpoints: Checkpoint[],
  at: string,
) {
  const t = (key: string, options?: Record<string, unknown>) => escapeHtml(translate(`${K}.${key}`, options));
  const rows = checkpoints
    .map(
      (c) =>
        `<tr><td>${escapeHtml(c.day)}</td><td>${c.lastSeq}</td><td class="h">${escapeHtml(c.lastHash)}</td>` +
        `<td class="h">${escapeHtml(c.signature)}</td><td class="h">${escapeHtml(c.keyFingerprint)}</td></tr>`,
    )
    .join('');
  const html =
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${t('print_title')}</title>` +
    `<style>body{font-family:sans-serif;margin:24px}table{border-collapse:collapse;width:100%;font-size:11px}` +
    `td,th{border:1px solid #999;padding:4px;text-align:left;vertical-align:top}.h{font-family:monospace;word-break:break-all}` +
    `pre{font-size:11px;white-space:pre-wrap}</style></head><body>` +
    `<h1>${t('print_title')}</h1>` +
    `<p>${t('print_result', { at, checked: result.checked, lastSeq: result.lastSeq, checkpoints: result.checkpointsChecked })}</p>` +
    `<p>${result.intact ? t('intact_short') : t('broken_short', { count: result.problems.length + result.checkpointProblems.length })}</p>` +
    `<p>${t('last_hash')}: <span class="h">${escapeHtml(result.lastHash)}</span></p>` +
    `<table><thead><tr><th>${t('day')}</th><th>${t('last_seq')}</th><th>${t('last_hash')}</th>` +
    `<th>${t('signature')}</th><th>${t('fingerprint')}</th></tr></thead><tbody>${rows}</tbody></table>` +
    `<h2>${t('public_key')}</h2><p>${t('public_key_help')}</p><pre>${escapeHtml(result.publicKey)}</pre>` +
    `</body></html>`;
  const win = window.open('', '_blank');
  if (!win) return false;
  win.document.write(html);
  win.document.close();
  win.focus();
  win.print();
  return true;
}

/** Problems found, each where (an event or a day) and what, in words; nothing when there are none. */
const ProblemTable = ({
  label,
  whereLabel,
  rows,
}: {
  label: string;
  whereLabel: string;
  rows: { key: string; where: ReactNode; problem: string }[];
}) => {
  const translate = useTranslate();
  if (rows.length === 0) return null;
  return (
    <Table size="small" aria-label={translate(label)} sx={{ mb: 2 }}>
      <TableHead>
        <TableRow>
          <TableCell>{translate(whereLabel)}</TableCell>
          <TableCell>{translate(`${K}.problem`)}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.key}>
            <TableCell>{r.where}</TableCell>
            <TableCell>{translate(`${K}.problems.${r.problem}`, { _: r.problem })}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/**
 * 校验审计链: walks the whole hash chain and the signed daily checkpoints now, on the server, and
 * shows whether the trail is intact, every problem found (by sequence number, linked to the event),
 * and the checkpoints with the public key that verifies them, printable for an outside party.
 */
export const VerifyChainButton = () => {
  const translate = useTranslate();
  const format = useDateTimeFormat();
  const allowed = useAppAbility().can('read', 'AuditEvent');
  const [open, setOpen] = useState(false);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<{ verification: Verification; checkpoints: Checkpoint[]; at: string } | null>(
    null,
  );
  const [printBlocked, setPrintBlocked] = useState(false);
  if (!allowed) return null;

  const run = async () => {
    setRunning(true);
    setError(null);
    setResult(null);
    try {
      const [{ verifyAuditTrail }, { auditCheckpoints }] = await Promise.all([
        request(VerifyDocument, {}),
        request(CheckpointsDocument, {}),
      ]);
      setResult({
        verification: verifyAuditTrail,
        checkpoints: auditCheckpoints,
        at: format(new Date().toISOString()),
      });
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setRunning(false);
    }
  };

  const v = result?.verification;
  const problemCount = v ? v.problems.length + v.checkpointProblems.length : 0;
  return (
    <>
      <Button
        label={`${K}.button`}
        onClick={() => {
          setOpen(true);
          void run();
        }}
      >
        <GppGoodIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="md" fullWidth aria-labelledby="verify-chain-title">
        <DialogTitle id="verify-chain-title">{translate(`${K}.title`)}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate(`${K}.help`)}
          </Typography>
          {running && (
            <Typography sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
              <CircularProgress size={20} /> {translate(`${K}.running`)}
            </Typography>
          )}
          {error && <Alert severity="error">{translate(error, { _: error })}</Alert>}
          {v && (
            <>
              <Alert severity={v.intact ? 'success' : 'error'} sx={{ mb: 2 }}>
                {v.intact
                  ? translate(`${K}.intact`, {
                      checked: v.checked,
                      lastSeq: v.lastSeq,
                      checkpoints: v.checkpointsChecked,
                    })
                  : translate(`${K}.broken`, { count: problemCount, checked: v.checked })}
              </Alert>
              <ProblemTable
                label={`${K}.chain_problems`}
                whereLabel={`${K}.seq`}
                rows={v.problems.map((p) => ({
                  key: `${p.seq}-${p.problem}`,
                  where: <Link to={`/auditEvents/${p.seq}/show`}>#{p.seq}</Link>,
                  problem: p.problem,
                }))}
              />
              <ProblemTable
                label={`${K}.checkpoint_problems`}
                whereLabel={`${K}.day`}
                rows={v.checkpointProblems.map((p) => ({
                  key: `${p.day}-${p.problem}`,
                  where: p.day,
                  problem: p.problem,
                }))}
              />
              <Typography variant="subtitle2">
                {translate(`${K}.checkpoints`, { count: result.checkpoints.length })}
              </Typography>
              {result.checkpoints.length === 0 ? (
                <Typography variant="body2" color="text.secondary">
                  {translate(`${K}.no_checkpoints`)}
                </Typography>
              ) : (
                <Table size="small" aria-label={translate(`${K}.checkpoints`, { count: result.checkpoints.length })}>
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate(`${K}.day`)}</TableCell>
                      <TableCell>{translate(`${K}.last_seq`)}</TableCell>
                      <TableCell>{translate(`${K}.last_hash`)}</TableCell>
                      <TableCell>{translate(`${K}.signed_at`)}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {result.checkpoints.slice(0, 31).map((c) => (
                      <TableRow key={c.day}>
                        <TableCell>{c.day}</TableCell>
                        <TableCell>{c.lastSeq}</TableCell>
                        <TableCell sx={{ fontFamily: 'monospace' }} title={c.lastHash}>
                          {c.lastHash.slice(0, 16)}…
                        </TableCell>
                        <TableCell>{format(c.signedAt)}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
              {printBlocked && (
                <Alert severity="warning" sx={{ mt: 2 }}>
                  {translate(`${K}.print_blocked`)}
                </Alert>
              )}
            </>
          )}
        </DialogContent>
        <DialogActions>
          {result && (
            <MuiButton
              startIcon={<PrintIcon />}
              onClick={() =>
                setPrintBlocked(!printCheckpoints(translate, result.verification, result.checkpoints, result.at))
              }
            >
              {translate(`${K}.print`)}
            </MuiButton>
          )}
          <MuiButton onClick={() => void run()} disabled={running}>
            {translate(`${K}.again`)}
          </MuiButton>
          <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.close')}</MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};
