import BrokenImageIcon from '@mui/icons-material/BrokenImage';
import HistoryIcon from '@mui/icons-material/History';
import InventoryIcon from '@mui/icons-material/Inventory2';
import { Card, CardContent, Grid, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useGetOne, useTranslate } from 'react-admin';
import { useAppAbility } from '../auth/ability';
import { useDateTimeFormat } from '../common/format';
import type { FixitySummaryQuery } from '../gql/graphql';
import { StatCard } from './StatCard';

type Summary = FixitySummaryQuery['fixitySummary'] & { id: string };

const Figure = ({
  label,
  value,
  icon,
  color,
  testId,
}: {
  label: string;
  value: number;
  icon: ReactNode;
  color: string;
  testId: string;
}) => (
  <Card variant="outlined" sx={{ height: '100%' }}>
    <CardContent sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
      <Typography component="span" sx={{ color, display: 'flex', '& svg': { fontSize: 40 } }}>
        {icon}
      </Typography>
      <div>
        <Typography variant="body2" color="text.secondary">
          {label}
        </Typography>
        <Typography variant="h4" component="p" data-testid={testId}>
          {value}
        </Typography>
      </div>
    </CardContent>
  </Card>
);

/**
 * 存储完整性: the scheduled fixity checks at a glance. Counts for whoever watches the store (the
 * information centre sees no record); those who may read records get the failing records' list.
 */
export const FixitySection = () => {
  const translate = useTranslate();
  const format = useDateTimeFormat(true);
  const ability = useAppAbility();
  const allowed = ability.can('read', 'FixitySummary');
  const { data } = useGetOne<Summary>('fixitySummary', { id: 'store' }, { enabled: allowed });
  if (!allowed || !data) return null;
  const failed = data.mismatch + data.missing;
  return (
    <section aria-labelledby="fixity-title">
      <Typography id="fixity-title" variant="h6" component="h2" sx={{ mb: 1 }}>
        {translate('er.dashboard.fixity.title')}
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 4 }}>
          <Figure
            label={translate('er.dashboard.fixity.files')}
            value={data.files}
            icon={<InventoryIcon />}
            color="primary.main"
            testId="fixity-files"
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          {ability.can('read', 'Record') ? (
            <StatCard
              resource="records"
              filter={{ fixityFailed: true }}
              label="er.dashboard.fixity.failed_records"
              icon={<BrokenImageIcon />}
              color={failed ? 'error.main' : 'success.main'}
            />
          ) : (
            <Figure
              label={translate('er.dashboard.fixity.failed')}
              value={failed}
              icon={<BrokenImageIcon />}
              color={failed ? 'error.main' : 'success.main'}
              testId="fixity-failed"
            />
          )}
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <Figure
            label={translate('er.dashboard.fixity.overdue', { days: data.cycleDays })}
            value={data.overdue}
            icon={<HistoryIcon />}
            color={data.overdue ? 'warning.main' : 'success.main'}
            testId="fixity-overdue"
          />
        </Grid>
      </Grid>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {data.lastCheckedAt
          ? translate('er.dashboard.fixity.last', { time: format(data.lastCheckedAt) })
          : translate('er.dashboard.fixity.never')}
      </Typography>
    </section>
  );
};
