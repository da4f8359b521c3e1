import { Alert, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, useGetList, useTranslate } from 'react-admin';
import { useAppAbility } from '../auth/ability';
import { today } from '../common/dates';
import { addDays } from './deviceData';
import type { OffloadRecord } from './domain';

const WEEKS = 4;

interface UnitHistory {
  unitId: string;
  unitName: string;
  missingByWeek: number[];
  missing: number;
  late: number;
  checkouts: number;
}

/** Missing and late offloads per unit, week by week (oldest first), over the window ending `to`. */
export function historyByUnit(offloads: OffloadRecord[], to: string): UnitHistory[] {
  const units = new Map<string, UnitHistory>();
  for (const o of offloads) {
    const unit = o.device.unit;
    const row = units.get(unit.id) ?? {
      unitId: unit.id,
      unitName: unit.name,
      missingByWeek: Array<number>(WEEKS).fill(0),
      missing: 0,
      late: 0,
      checkouts: 0,
    };
    units.set(unit.id, row);
    row.checkouts += 1;
    if (o.state === 'LATE') row.late += 1;
    if (o.state !== 'MISSING') continue;
    row.missing += 1;
    const weeksAgo = Math.floor((Date.parse(to) - Date.parse(o.day)) / (7 * 86_400_000));
    if (weeksAgo < WEEKS) row.missingByWeek[WEEKS - 1 - weeksAgo] += 1;
  }
  return [...units.values()].sort((a, b) => b.missing - a.missing || a.unitName.localeCompare(b.unitName, 'zh-CN'));
}

/** 执法监督: each unit's missing daily offloads over the last four weeks (Art. 13). */
export const OffloadHistorySection = () => {
  const translate = useTranslate();
  const ability = useAppAbility();
  const to = today();
  const from = addDays(to, 1 - WEEKS * 7);
  const {
    data = [],
    isPending,
    error,
  } = useGetList<OffloadRecord>(
    'offloads',
    { filter: { from, to }, pagination: { page: 1, perPage: 10_000 } },
    { enabled: ability.can('read', 'DeviceCheckout') },
  );
  if (!ability.can('read', 'DeviceCheckout')) return null;
  const rows = historyByUnit(data, to);
  const week = (i: number) => `${addDays(from, i * 7).slice(5)}–${addDays(from, i * 7 + 6).slice(5)}`;
  const boardLink = (unitId: string) =>
    `/offloads?filter=${encodeURIComponent(JSON.stringify({ from, to, unitId, states: ['MISSING'] }))}`;
  return (
    <section aria-labelledby="offload-history-title">
      <Typography id="offload-history-title" variant="h6" component="h2" sx={{ mb: 1 }}>
        {translate('er.dashboard.offloads.title')}
      </Typography>
      <Card variant="outlined">
        <CardContent>
          {isPending && <Typography variant="body2">{translate('ra.page.loading')}</Typography>}
          {error && <Alert severity="error">{translate(error.message)}</Alert>}
          {!isPending && !error && rows.length === 0 && (
            <Typography variant="body2" color="text.secondary">
              {translate('er.dashboard.offloads.none')}
            </Typography>
          )}
          {rows.length > 0 && (
            <Table size="small" data-testid="offload-history">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('er.dashboard.offloads.unit')}</TableCell>
                  {Array.from({ length: WEEKS }, (_, i) => (
                    <TableCell key={i} align="right">
                      {week(i)}
                    </TableCell>
                  ))}
                  <TableCell align="right">{translate('er.dashboard.offloads.missing')}</TableCell>
                  <TableCell align="right">{translate('er.dashboard.offloads.late')}</TableCell>
                  <TableCell align="right">{translate('er.dashboard.offloads.checkouts')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((row) => (
                  <TableRow key={row.unitId}>
                    <TableCell>
                      <Link to={boardLink(row.unitId)}>{row.unitName}</Link>
                    </TableCell>
                    {row.missingByWeek.map((n, i) => (
                      <TableCell key={i} align="right" sx={{ color: n ? 'error.main' : undefined }}>
                        {n}
                      </TableCell>
                    ))}
                    <TableCell align="right" sx={{ color: row.missing ? 'error.main' : undefined, fontWeight: 600 }}>
                      {row.missing}
                    </TableCell>
                    <TableCell align="right">{row.late}</TableCell>
                    <TableCell align="right">{row.checkouts}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </section>
  );
};
