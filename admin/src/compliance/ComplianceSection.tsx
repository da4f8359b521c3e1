import { Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Link, useGetOne, useRedirect, useTranslate } from 'react-admin';
import { useAppAbility } from '../auth/ability';
import { ComplianceCharts, KindFigures } from './ComplianceCharts';
import { defaultPeriod, type ComplianceSummary } from './complianceData';

const listOf = (filter: Record<string, unknown>) => ({
  pathname: '/complianceItems',
  search: `filter=${encodeURIComponent(JSON.stringify(filter))}`,
});

/**
 * 合规概况 on the home page of supervision and leaders: the last twelve months' figures per kind
 * and their trend per month and per unit; a figure opens its findings in the report.
 */
export const ComplianceSection = () => {
  const translate = useTranslate();
  const ability = useAppAbility();
  const [period] = useState(defaultPeriod);
  const allowed = ability.can('read', 'ComplianceReport');
  const filter = { ...period, unitId: null, officerId: null, kinds: null };
  const { data } = useGetOne<ComplianceSummary>(
    'complianceSummary',
    { id: JSON.stringify(filter) },
    { enabled: allowed },
  );
  const redirect = useRedirect();
  if (!allowed || !data) return null;
  return (
    <section aria-labelledby="compliance-title">
      <Stack direction="row" sx={{ mb: 1, alignItems: 'baseline', justifyContent: 'space-between' }}>
        <Typography id="compliance-title" variant="h6" component="h2">
          {translate('er.dashboard.compliance_title', { from: period.from, to: period.to })}
        </Typography>
        <Button component={Link} to={listOf(period)} size="small">
          {translate('resources.complianceItems.menu')}
        </Button>
      </Stack>
      <Card variant="outlined">
        <CardContent>
          <Stack spacing={2}>
            <KindFigures summary={data} onSelect={(kind) => redirect(() => listOf({ ...period, kinds: [kind] }))} />
            <ComplianceCharts summary={data} />
          </Stack>
        </CardContent>
      </Card>
    </section>
  );
};
