import PlaylistAddCheckIcon from '@mui/icons-material/PlaylistAddCheck';
import { Card, CardActions, CardContent, CardHeader, Skeleton, Stack, Typography } from '@mui/material';
import { Button, Link, RecordContextProvider, useGetList, useTranslate } from 'react-admin';
import { useDateTimeFormat } from '../common/format';
import type { QueueRow } from './domain';
import { DueField } from './fields';

/** 待您审批: how many requests wait for the caller, and the oldest of them. */
export const ApprovalsCard = () => {
  const translate = useTranslate();
  const format = useDateTimeFormat(true);
  const { data, total, isPending, error } = useGetList<QueueRow>('approvals', { pagination: { page: 1, perPage: 1 } });
  const oldest = data?.[0];
  return (
    <Card variant="outlined" sx={{ height: '100%' }} data-testid="approvals-card">
      <CardHeader
        title={translate('er.dashboard.approvals.title')}
        slotProps={{ title: { variant: 'subtitle1', component: 'h3' } }}
      />
      <CardContent sx={{ pt: 0 }}>
        {isPending ? (
          <Skeleton width={120} height={40} />
        ) : error ? (
          <Typography color="error">{translate(error.message)}</Typography>
        ) : (
          <Stack spacing={1}>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              <PlaylistAddCheckIcon color="primary" sx={{ fontSize: 40 }} />
              <div>
                <Typography variant="body2" color="text.secondary">
                  {translate('er.dashboard.approvals.waiting')}
                </Typography>
                <Typography variant="h4" component="p" data-testid="approvals-waiting">
                  {total ?? 0}
                </Typography>
              </div>
            </Stack>
            {oldest ? (
              <RecordContextProvider value={oldest}>
                <Typography variant="body2" component="div">
                  <Link to={`/approvalRequests/${oldest.requestId}/show`} data-testid="approvals-oldest">
                    {translate('er.dashboard.approvals.oldest', {
                      summary: oldest.request.summary,
                      requester: oldest.request.requester?.displayName ?? '—',
                      time: format(oldest.request.createdAt),
                    })}
                  </Link>
                </Typography>
                {oldest.request.dueAt && <DueField />}
              </RecordContextProvider>
            ) : (
              <Typography variant="body2" color="text.secondary">
                {translate('er.dashboard.approvals.none')}
              </Typography>
            )}
          </Stack>
        )}
      </CardContent>
      <CardActions>
        <Button component={Link} to="/approvals" label="er.dashboard.approvals.open_queue" />
      </CardActions>
    </Card>
  );
};
