import { Alert, Box, Grid, LinearProgress, Stack, Typography } from '@mui/material';
import { useEffect } from 'react';
import { NumberField, Show, TextField, useRecordContext, useRefresh, useTranslate, type FieldProps } from 'react-admin';
import { DateTimeField } from '../common/fields';
import { Cell, Section } from '../common/layout';
import { formatBytes } from '../files/format';
import { mediaSetStatus, type MediaSetRecord } from './mediaData';
import { MediaSetStatusField, MediumField } from './mediaFields';
import { MediaVolumeCard } from './MediaVolumeCard';

const F = 'resources.mediaSets.fields';

/** While the set builds, asks for its status every second and reloads the page once it is done. */
function useBuildWatch(record: MediaSetRecord | undefined) {
  const refresh = useRefresh();
  const id = record?.id;
  const building = record?.status === 'BUILDING';
  useEffect(() => {
    if (!id || !building) return;
    const controller = new AbortController();
    const timer = setInterval(async () => {
      try {
        if ((await mediaSetStatus(id, controller.signal)) !== 'BUILDING') {
          clearInterval(timer);
          refresh();
        }
      } catch {
        // The next tick tries again; an aborted poll ends with the page.
      }
    }, 1000);
    return () => {
      clearInterval(timer);
      controller.abort();
    };
  }, [id, building, refresh]);
}

const BytesField = ({ source }: FieldProps & { source: 'bytesTotal' }) => {
  const record = useRecordContext<MediaSetRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const bytes = record[source];
  return (
    <Typography variant="body2">
      {bytes ? translate('er.file.bytes', { size: formatBytes(bytes), bytes: bytes.toLocaleString('en-US') }) : '—'}
    </Typography>
  );
};

const Details = () => {
  const record = useRecordContext<MediaSetRecord>();
  const translate = useTranslate();
  useBuildWatch(record?.volumes ? record : undefined);
  // The list's row stands in while the whole set loads: wait for its volumes.
  if (!record?.volumes) return null;
  const count = record.volumeCount ?? record.volumes.length;
  return (
    <Stack spacing={2} sx={{ mt: 1, mb: 4 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h5" component="h1" data-testid="media-set-number">
          {translate('resources.mediaSets.title', { number: record.number })}
        </Typography>
        <MediaSetStatusField source="status" />
      </Stack>
      {record.status === 'BUILDING' && (
        <Box data-testid="media-set-progress">
          <Typography variant="body2" sx={{ mb: 0.5 }}>
            {translate('resources.mediaSets.building')}
          </Typography>
          <LinearProgress aria-label={translate('resources.mediaSets.building')} />
        </Box>
      )}
      {record.status === 'FAILED' && (
        <Alert severity="error" data-testid="media-set-error">
          {translate('resources.mediaSets.failed')}
          {record.error ? `：${record.error}` : ''}
        </Alert>
      )}
      {record.status === 'READY' && (
        <Alert severity="info">{translate('resources.mediaSets.burn_help', { smart_count: count })}</Alert>
      )}
      <Section title="resources.mediaSets.sections.set">
        <Grid container spacing={2}>
          <Cell label={`${F}.mediumType`}>
            <MediumField source="mediumType" />
          </Cell>
          <Cell label={`${F}.volumeCount`}>
            <NumberField source="volumeCount" emptyText="—" />
          </Cell>
          <Cell label={`${F}.bytesTotal`}>
            <BytesField source="bytesTotal" />
          </Cell>
          <Cell label={`${F}.records`}>
            <Typography variant="body2">{record.recordIds.length}</Typography>
          </Cell>
          <Cell label={`${F}.createdBy`}>
            <TextField source="createdBy.displayName" />
          </Cell>
          <Cell label={`${F}.createdAt`}>
            <DateTimeField source="createdAt" />
          </Cell>
          <Cell label={`${F}.finishedAt`}>
            <DateTimeField source="finishedAt" emptyText="—" />
          </Cell>
        </Grid>
      </Section>
      {record.volumes.map((v) => (
        <MediaVolumeCard key={v.id} set={record} volume={v} count={count} />
      ))}
    </Stack>
  );
};

export const MediaSetShow = () => (
  <Show component="div" actions={false}>
    <Details />
  </Show>
);
