import { Chip } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { MediaSetStatus } from '../gql/graphql';
import { formatBytes } from '../files/format';

const COLOR: Record<MediaSetStatus, 'info' | 'success' | 'error'> = {
  BUILDING: 'info',
  READY: 'success',
  FAILED: 'error',
};

export const MediaSetStatusField = (_: FieldProps) => {
  const record = useRecordContext<{ status: MediaSetStatus }>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      variant={record.status === 'READY' ? 'outlined' : 'filled'}
      color={COLOR[record.status]}
      label={translate(`er.mediaSetStatus.${record.status}`)}
      data-testid="media-set-status"
    />
  );
};

/** CD（700 MB）, or USB（1 MB） with the capacity the archivist gave. */
export const MediumField = (_: FieldProps) => {
  const record = useRecordContext<{ mediumType: string; capacity: number }>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <>
      {translate(`er.mediumType.${record.mediumType}`)}（{formatBytes(record.capacity)}）
    </>
  );
};

/** The last read-back or re-check: matched, did not match, or none yet. */
export const VerificationChip = ({ ok }: { ok: boolean | null | undefined }) => {
  const translate = useTranslate();
  if (ok == null) return <Chip size="small" variant="outlined" label={translate('resources.mediaSets.verify.never')} />;
  return (
    <Chip
      size="small"
      color={ok ? 'success' : 'error'}
      label={translate(ok ? 'resources.mediaSets.verify.ok' : 'resources.mediaSets.verify.mismatch')}
    />
  );
};
