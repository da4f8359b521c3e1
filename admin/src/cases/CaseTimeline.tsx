import { Alert, Box, Chip, Stack, Typography } from '@mui/material';
import { Link, useGetList, useRecordContext, useTranslate } from 'react-admin';
import { useDateTimeFormat } from '../common/format';
import { Section } from '../common/layout';
import type { CaseRecord, EnforcementRecord } from '../common/records';
import { RecordMarkers } from '../records/RecordMarkers';

const PAGE = 200;

const momentOf = (record: EnforcementRecord) => record.capturedFrom ?? record.createdAt;

const TimelineItem = ({ record }: { record: EnforcementRecord }) => {
  const translate = useTranslate();
  const format = useDateTimeFormat();
  return (
    <Box component="li" sx={{ position: 'relative', pl: 3, pb: 2, borderLeft: 2, borderColor: 'divider' }}>
      <Box
        sx={{
          position: 'absolute',
          left: -7,
          top: 4,
          width: 12,
          height: 12,
          borderRadius: '50%',
          bgcolor: 'primary.main',
        }}
      />
      <Typography variant="caption" color="text.secondary">
        {format(momentOf(record))}
        {record.stage && ` · ${translate(`er.stage.${record.stage}`)}`}
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mt: 0.5 }}>
        <Chip size="small" label={translate(`er.recordKind.${record.kind}`)} />
        <Link to={`/records/${record.id}/show`} variant="body1">
          {record.title}
        </Link>
        {record.version > 1 && (
          <Typography variant="caption" color="text.secondary">
            {translate('resources.records.version_n', { version: record.version })}
          </Typography>
        )}
        <RecordMarkers record={record} />
      </Stack>
    </Box>
  );
};

/** The case's records in the order they were made (captured time, else entry time). */
export const CaseTimeline = () => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  const { data, total, isPending, error } = useGetList<EnforcementRecord>(
    'records',
    {
      filter: { caseId: record?.id },
      pagination: { page: 1, perPage: PAGE },
      sort: { field: 'createdAt', order: 'ASC' },
    },
    { enabled: !!record },
  );
  if (!record) return null;
  const items = [...(data ?? [])].sort((a, b) => momentOf(a).localeCompare(momentOf(b)));
  const listLink = `/records?filter=${encodeURIComponent(JSON.stringify({ caseId: record.id }))}`;
  return (
    <Section
      title="resources.cases.sections.timeline"
      action={total ? <Link to={listLink}>{translate('resources.cases.timeline.in_list', { total })}</Link> : null}
    >
      {isPending && <Typography variant="body2">{translate('ra.page.loading')}</Typography>}
      {error && <Alert severity="error">{translate(error.message)}</Alert>}
      {!isPending && !error && items.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.cases.timeline.empty')}
        </Typography>
      )}
      <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0, pl: 1 }}>
        {items.map((item) => (
          <TimelineItem key={item.id} record={item} />
        ))}
      </Box>
      {total !== undefined && total > items.length && (
        <Typography variant="caption" color="text.secondary">
          {translate('resources.cases.timeline.more', { total, shown: items.length })}
        </Typography>
      )}
    </Section>
  );
};
