import GppMaybeIcon from '@mui/icons-material/GppMaybe';
import { Card, CardContent, CardHeader, Grid, Typography } from '@mui/material';
import { useState } from 'react';
import { Datagrid, Link, ListBase, TextField, useTranslate } from 'react-admin';
import { useAppAbility } from '../auth/ability';
import { DateTimeField, OutcomeField } from '../common/fields';
import { ActionField } from '../audit/fields';
import { StatCard } from './StatCard';

const DAY_MS = 24 * 60 * 60 * 1000;

/** 执法监督: denied attempts of the last day and the newest audit events. */
export const SupervisionSection = () => {
  const translate = useTranslate();
  const ability = useAppAbility();
  const [since] = useState(() => new Date(Date.now() - DAY_MS).toISOString());
  if (!ability.can('read', 'AuditEvent')) return null;
  return (
    <section aria-labelledby="supervision-title">
      <Typography id="supervision-title" variant="h6" component="h2" sx={{ mb: 1 }}>
        {translate('er.dashboard.supervision_title')}
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 4 }}>
          <StatCard
            resource="auditEvents"
            filter={{ outcome: 'DENIED', from: since }}
            label="er.dashboard.denied_24h"
            icon={<GppMaybeIcon />}
            color="error.main"
          />
        </Grid>
        <Grid size={{ xs: 12, md: 8 }}>
          <Card variant="outlined">
            <CardHeader
              title={translate('er.dashboard.latest_events')}
              slotProps={{ title: { variant: 'subtitle1', component: 'h3' } }}
              action={<Link to="/auditEvents">{translate('er.actions.view_all')}</Link>}
            />
            <CardContent sx={{ pt: 0 }}>
              <ListBase
                resource="auditEvents"
                perPage={10}
                sort={{ field: 'seq', order: 'DESC' }}
                disableSyncWithLocation
                storeKey={false}
              >
                <Datagrid
                  rowClick="show"
                  bulkActionButtons={false}
                  empty={<span>{translate('er.dashboard.no_events')}</span>}
                >
                  <TextField source="seq" sortable={false} />
                  <DateTimeField source="at" sortable={false} />
                  <TextField source="actorName" sortable={false} />
                  <ActionField source="action" sortable={false} />
                  <OutcomeField source="outcome" sortable={false} />
                </Datagrid>
              </ListBase>
            </CardContent>
          </Card>
        </Grid>
      </Grid>
    </section>
  );
};
