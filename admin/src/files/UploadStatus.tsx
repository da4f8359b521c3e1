import { Alert, Typography } from '@mui/material';
import { Link, useGetOne, useTranslate } from 'react-admin';
import { useDateTimeFormat } from '../common/format';
import type { CaseRecord } from '../common/records';
import { formatBytes, splitSeconds } from './format';
import type { UploadItem } from './uploadItem';
import { useRefusalText } from './useRefusalText';

const percentOf = (sent: number, total: number) => (total ? Math.floor((sent / total) * 100) : 100);

function useRemainingText() {
  const translate = useTranslate();
  return (seconds: number) => {
    const { h, m, s } = splitSeconds(seconds);
    const key = h ? 'h' : m ? 'm' : 's';
    return translate(`resources.uploads.time.${key}`, { h, m, s });
  };
}

/** Percent, bytes, speed and time left while a file goes up; the phase otherwise. */
export const ProgressLine = ({ item }: { item: UploadItem }) => {
  const translate = useTranslate();
  const remaining = useRemainingText();
  const total = item.file.size;
  const parts = [
    translate(
      `resources.uploads.status.${item.phase === 'retrying' || item.phase === 'waiting' ? 'uploading' : item.phase}`,
    ),
    translate('resources.uploads.status.progress', {
      percent: percentOf(item.sent, total),
      sent: formatBytes(item.sent),
      total: formatBytes(total),
    }),
  ];
  if (item.phase === 'uploading' && item.speed !== null) {
    parts.push(translate('resources.uploads.status.speed', { speed: formatBytes(item.speed) }));
    if (item.remaining !== null)
      parts.push(translate('resources.uploads.status.remaining', { time: remaining(item.remaining) }));
  }
  return (
    <Typography variant="body2" color="text.secondary" data-testid="upload-progress">
      {parts.join(' · ')}
    </Typography>
  );
};

const CaseNumber = ({ caseId }: { caseId: string }) => {
  const translate = useTranslate();
  const { data } = useGetOne<CaseRecord>('cases', { id: caseId });
  if (!data) return null;
  return <>{translate('resources.uploads.earlier.case', { number: data.number })}</>;
};

/** What became of an earlier, interrupted upload of this file (picked up after a reload or a new sign-in). */
export const EarlierNotice = ({ item }: { item: UploadItem }) => {
  const translate = useTranslate();
  const format = useDateTimeFormat();
  const { earlier } = item;
  if (!earlier) return null;
  const message = item.restarted
    ? translate('resources.uploads.earlier.restarted')
    : item.resumedAt === null
      ? translate('resources.uploads.earlier.checking')
      : translate('resources.uploads.earlier.resumed', {
          time: format(new Date(earlier.startedAt).toISOString()),
          percent: percentOf(item.resumedAt, item.file.size),
        });
  return (
    <Alert severity="info" data-testid="upload-resumed" sx={{ mt: 1 }}>
      {message}
      {earlier.caseId && <CaseNumber caseId={earlier.caseId} />}
    </Alert>
  );
};

/** Retrying, refused, or done with a link to the record the upload became. */
export const Outcome = ({ item }: { item: UploadItem }) => {
  const translate = useTranslate();
  const refusalText = useRefusalText();
  if (item.phase === 'retrying' || item.phase === 'waiting') {
    const key = item.phase === 'retrying' ? 'retrying' : 'waiting';
    return (
      <Alert severity="warning" sx={{ mt: 1 }}>
        {translate(`resources.uploads.status.${key}`, { count: item.retries })}
      </Alert>
    );
  }
  if (item.phase === 'failed' && item.refusal) {
    return (
      <Alert severity="error" sx={{ mt: 1 }} data-testid="upload-refusal">
        {refusalText(item.refusal, item.kind)}
      </Alert>
    );
  }
  if (item.phase !== 'done') return null;
  return (
    <Alert severity="success" sx={{ mt: 1 }}>
      {item.recordId ? (
        <Link to={`/records/${item.recordId}/show`}>
          {translate('resources.uploads.actions.open_record', { title: item.title })}
        </Link>
      ) : item.caseId ? (
        <Link to={`/cases/${item.caseId}/show`}>{translate('resources.uploads.status.done_no_link')}</Link>
      ) : (
        translate('resources.uploads.status.done_no_link')
      )}
    </Alert>
  );
};
