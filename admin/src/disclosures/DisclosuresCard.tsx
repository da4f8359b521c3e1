import AssignmentLateIcon from '@mui/icons-material/AssignmentLate';
import MarkEmailReadIcon from '@mui/icons-material/MarkEmailRead';
import { Card, CardActions, CardContent, CardHeader, Skeleton, Stack, Typography } from '@mui/material';
import { Button, Link, useGetList, useTranslate } from 'react-admin';
import type { ReactElement, ReactNode } from 'react';
import { useAppAbility } from '../auth/ability';
import { useDateTimeFormat } from '../common/format';
import type { DisclosureType } from '../gql/graphql';
import { RESOURCE_OF, type DisclosureRow } from './domain';

const one = { page: 1, perPage: 1 };

/** The archive's or legal staff's queue at a glance: open, overdue, and the oldest due date. */
const QueueCard = ({ type }: { type: DisclosureType }) => {
  const translate = useTranslate();
  const format = useDateTimeFormat(true);
  const resource = RESOURCE_OF[type];
  const open = useGetList<DisclosureRow>(resource, {
    pagination: one,
    filter: { open: true },
    sort: { field: 'dueAt', order: 'ASC' },
  });
  const overdue = useGetList<DisclosureRow>(resource, { pagination: one, filter: { overdue: true } });
  const oldest = open.data?.[0];
  const testId = `disclosures-${type}`;
  const listOf = (filter: object) => ({
    pathname: `/${resource}`,
    search: `filter=${encodeURIComponent(JSON.stringify(filter))}`,
  });
  return (
    <Card variant="outlined" sx={{ height: '100%' }} data-testid={testId}>
      <CardHeader
        title={translate(`er.dashboard.disclosures.${type}`)}
        slotProps={{ title: { variant: 'subtitle1', component: 'h3' } }}
      />
      <CardContent sx={{ pt: 0 }}>
        {open.isPending || overdue.isPending ? (
          <Skeleton width={160} height={40} />
        ) : open.error || overdue.error ? (
          <Typography color="error">{translate((open.error ?? overdue.error)!.message)}</Typography>
        ) : (
          <Stack spacing={1}>
            <Stack direction="row" spacing={4}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <MarkEmailReadIcon color="primary" sx={{ fontSize: 36 }} />
                <div>
                  <Typography variant="body2" color="text.secondary">
                    {translate('er.dashboard.disclosures.open')}
                  </Typography>
                  <Typography variant="h4" component="p" data-testid={`${testId}-open`}>
                    {open.total ?? 0}
                  </Typography>
                </div>
              </Stack>
              <Link to={listOf({ overdue: true })} underline="none">
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <AssignmentLateIcon color={overdue.total ? 'error' : 'disabled'} sx={{ fontSize: 36 }} />
                  <div>
                    <Typography variant="body2" color="text.secondary">
                      {translate('er.dashboard.disclosures.overdue')}
                    </Typography>
                    <Typography
                      variant="h4"
                      component="p"
                      color={overdue.total ? 'error' : undefined}
                      data-testid={`${testId}-overdue`}
                    >
                      {overdue.total ?? 0}
                    </Typography>
                  </div>
                </Stack>
              </Link>
            </Stack>
            <Typography variant="body2" data-testid={`${testId}-oldest`}>
              {oldest?.dueAt ? (
                <Link to={`/${resource}/${oldest.id}/show`}>
                  {translate('er.dashboard.disclosures.oldest_due', {
                    time: format(oldest.dueAt),
                    number: oldest.number,
                  })}
                </Link>
              ) : (
                translate('er.dashboard.disclosures.no_due')
              )}
            </Typography>
          </Stack>
        )}
      </CardContent>
      <CardActions>
        <Button component={Link} to={`/${resource}`} label="er.dashboard.disclosures.open_queue" />
      </CardActions>
    </Card>
  );
};

/** A card per queue the user runs (the archive: 调取; the legal staff: 复制申请). */
export const DisclosureCards = ({ wrap }: { wrap: (type: DisclosureType, card: ReactElement) => ReactNode }) => {
  const ability = useAppAbility();
  const types = (['EXTERNAL', 'PARTY_COPY'] as const).filter((type) =>
    ability.can('create', { __typename: 'Disclosure', type }),
  );
  return <>{types.map((type) => wrap(type, <QueueCard type={type} />))}</>;
};
