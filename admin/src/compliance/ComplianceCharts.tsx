import {
  Box,
  Card,
  CardActionArea,
  CardContent,
  Grid,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslate } from 'react-admin';
import type { ComplianceKind } from '../gql/graphql';
import type { ComplianceSummary } from './complianceData';
import { COMPLIANCE_KINDS, KIND_COLOURS, monthsOf } from './domain';

const kindLabel = (kind: ComplianceKind) => `resources.complianceItems.kinds.${kind}`;

/** The headline figure of each kind; a click picks the kind (again: all kinds). */
export const KindFigures = ({
  summary,
  selected,
  onSelect,
}: {
  summary: ComplianceSummary;
  selected?: ComplianceKind[] | null;
  onSelect: (kind: ComplianceKind) => void;
}) => {
  const translate = useTranslate();
  const count = (kind: ComplianceKind) => summary.totals.find((t) => t.kind === kind)?.count ?? 0;
  return (
    <Grid container spacing={1.5} data-testid="compliance-figures">
      {COMPLIANCE_KINDS.map((kind) => {
        const active = selected?.includes(kind);
        return (
          <Grid key={kind} size={{ xs: 6, sm: 4, md: 4, lg: 'grow' }}>
            <Card
              variant="outlined"
              sx={{
                height: '100%',
                borderColor: active ? KIND_COLOURS[kind] : undefined,
                borderWidth: active ? 2 : 1,
              }}
            >
              <CardActionArea
                onClick={() => onSelect(kind)}
                title={translate(`resources.complianceItems.kindHelp.${kind}`)}
                aria-pressed={active ? 'true' : 'false'}
                sx={{ height: '100%' }}
              >
                <CardContent sx={{ py: 1.5 }}>
                  <Typography variant="body2" color="text.secondary" sx={{ minHeight: '2.5em' }}>
                    {translate(kindLabel(kind))}
                  </Typography>
                  <Typography
                    variant="h5"
                    component="p"
                    data-testid={`compliance-count-${kind}`}
                    sx={{ color: count(kind) ? KIND_COLOURS[kind] : 'text.disabled' }}
                  >
                    {count(kind)}
                  </Typography>
                </CardContent>
              </CardActionArea>
            </Card>
          </Grid>
        );
      })}
    </Grid>
  );
};

/** The kinds that have findings, so an empty kind does not crowd the legend. */
const presentKinds = (summary: ComplianceSummary) =>
  COMPLIANCE_KINDS.filter((k) => summary.totals.some((t) => t.kind === k && t.count > 0));

/** Findings per month, stacked by kind, over the whole period (months without findings show as 0). */
export const TrendChart = ({ summary }: { summary: ComplianceSummary }) => {
  const translate = useTranslate();
  const months = monthsOf(summary.from, summary.to);
  const kinds = presentKinds(summary);
  return (
    <Box data-testid="compliance-trend">
      <Typography variant="subtitle2" component="h3">
        {translate('resources.complianceItems.charts.trend')}
      </Typography>
      {kinds.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>
          {translate('resources.complianceItems.charts.empty')}
        </Typography>
      ) : (
        <BarChart
          height={260}
          xAxis={[{ scaleType: 'band', data: months, valueFormatter: (m: string) => m.slice(2) }]}
          yAxis={[{ tickMinStep: 1 }]}
          series={kinds.map((kind) => ({
            id: kind,
            label: translate(kindLabel(kind)),
            color: KIND_COLOURS[kind],
            stack: 'all',
            data: months.map((m) => summary.byMonth.find((c) => c.month === m && c.kind === kind)?.count ?? 0),
          }))}
          slotProps={{ legend: { direction: 'horizontal', position: { vertical: 'bottom', horizontal: 'center' } } }}
        />
      )}
    </Box>
  );
};

/** Findings per unit (most first), stacked by kind; a click on a unit's name narrows to it. */
export const UnitChart = ({ summary }: { summary: ComplianceSummary }) => {
  const translate = useTranslate();
  const kinds = presentKinds(summary);
  const units = new Map<string, { name: string; total: number }>();
  for (const row of summary.byUnit) {
    const key = row.unitId ?? '';
    const entry = units.get(key) ?? { name: row.unit?.name ?? '—', total: 0 };
    entry.total += row.count;
    units.set(key, entry);
  }
  const order = [...units.entries()].sort((a, b) => b[1].total - a[1].total).slice(0, 12);
  if (kinds.length === 0) return null;
  return (
    <Box data-testid="compliance-units">
      <Typography variant="subtitle2" component="h3">
        {translate('resources.complianceItems.charts.units')}
      </Typography>
      <BarChart
        height={Math.max(160, 40 + order.length * 32)}
        layout="horizontal"
        yAxis={[{ scaleType: 'band', data: order.map(([, u]) => u.name), width: 110 }]}
        xAxis={[{ tickMinStep: 1 }]}
        series={kinds.map((kind) => ({
          id: kind,
          label: translate(kindLabel(kind)),
          color: KIND_COLOURS[kind],
          stack: 'all',
          data: order.map(
            ([unitId]) => summary.byUnit.find((c) => (c.unitId ?? '') === unitId && c.kind === kind)?.count ?? 0,
          ),
        }))}
        hideLegend
      />
    </Box>
  );
};

/** The ten people with the most findings, with their count per kind; a click narrows to the person. */
export const OfficerTable = ({
  summary,
  onSelect,
}: {
  summary: ComplianceSummary;
  onSelect?: (officerId: string) => void;
}) => {
  const translate = useTranslate();
  const kinds = presentKinds(summary);
  const people = new Map<string, { name: string; unit: string; total: number; byKind: Record<string, number> }>();
  for (const row of summary.byOfficer) {
    const entry = people.get(row.officerId) ?? {
      name: row.officer?.displayName ?? row.officerId.slice(0, 8),
      unit: row.officer?.unit.name ?? '',
      total: 0,
      byKind: {},
    };
    entry.total += row.count;
    entry.byKind[row.kind] = row.count;
    people.set(row.officerId, entry);
  }
  const top = [...people.entries()].sort((a, b) => b[1].total - a[1].total).slice(0, 10);
  if (top.length === 0) return null;
  return (
    <Box data-testid="compliance-officers" sx={{ overflowX: 'auto' }}>
      <Typography variant="subtitle2" component="h3">
        {translate('resources.complianceItems.charts.officers')}
      </Typography>
      <Table size="small" sx={{ '& td, & th': { whiteSpace: 'nowrap' } }}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.complianceItems.fields.officer')}</TableCell>
            <TableCell>{translate('resources.complianceItems.fields.unit')}</TableCell>
            {kinds.map((k) => (
              <TableCell key={k} align="right">
                {translate(kindLabel(k))}
              </TableCell>
            ))}
            <TableCell align="right">{translate('resources.complianceItems.total')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {top.map(([id, p]) => (
            <TableRow
              key={id}
              hover={!!onSelect}
              onClick={onSelect ? () => onSelect(id) : undefined}
              sx={{ cursor: onSelect ? 'pointer' : undefined }}
            >
              <TableCell>{p.name}</TableCell>
              <TableCell>{p.unit}</TableCell>
              {kinds.map((k) => (
                <TableCell key={k} align="right">
                  {p.byKind[k] ?? 0}
                </TableCell>
              ))}
              <TableCell align="right">{p.total}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

/** Trend and units side by side: the charts of the dashboard and of the report page. */
export const ComplianceCharts = ({ summary }: { summary: ComplianceSummary }) => (
  <Grid container spacing={2}>
    <Grid size={{ xs: 12, lg: 7 }}>
      <TrendChart summary={summary} />
    </Grid>
    <Grid size={{ xs: 12, lg: 5 }}>
      <UnitChart summary={summary} />
    </Grid>
  </Grid>
);
