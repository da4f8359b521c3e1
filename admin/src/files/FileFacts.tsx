import { Chip, Grid, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Labeled, useTranslate } from 'react-admin';
import { useDateTimeFormat } from '../common/format';
import type { EnforcementRecord } from '../common/records';
import { formatBytes, formatDuration } from './format';

const Fact = ({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) => (
  <Grid size={{ xs: 12, sm: wide ? 12 : 6, md: wide ? 12 : 4 }}>
    <Labeled label={label}>
      <Typography variant="body2" component="div" sx={{ wordBreak: 'break-all' }}>
        {children}
      </Typography>
    </Labeled>
  </Grid>
);

const hash = { fontFamily: 'monospace', fontSize: 13 } as const;
const FIXITY_COLOR = { OK: 'success', UNCHECKED: 'default', MISMATCH: 'error', MISSING: 'error' } as const;

/** What the server found in the stored file: name, size, real type, length, hashes and its fixity. */
export const FileFacts = ({ record }: { record: EnforcementRecord }) => {
  const translate = useTranslate();
  const format = useDateTimeFormat();
  const file = record.file;
  if (!file) return null;
  const fixity = translate(`er.file.fixity.${file.fixityStatus}`);
  return (
    <Grid container spacing={2}>
      <Fact label="er.file.fields.fileName">{record.fileName ?? '—'}</Fact>
      <Fact label="er.file.fields.size">
        {translate('er.file.bytes', { size: formatBytes(file.size), bytes: file.size.toLocaleString('en-US') })}
      </Fact>
      <Fact label="er.file.fields.mediaType">{file.mediaType}</Fact>
      {file.durationSeconds !== null && (
        <Fact label="er.file.fields.durationSeconds">{formatDuration(file.durationSeconds)}</Fact>
      )}
      {file.width !== null && file.height !== null && (
        <Fact label="er.file.fields.dimensions">{`${file.width} × ${file.height}`}</Fact>
      )}
      {file.recordedAt && <Fact label="er.file.fields.recordedAt">{format(file.recordedAt)}</Fact>}
      <Fact label="er.file.fields.storedAt">{format(file.storedAt)}</Fact>
      <Fact label="er.file.fields.fixityStatus">
        <Chip
          size="small"
          variant="outlined"
          color={FIXITY_COLOR[file.fixityStatus]}
          label={
            file.fixityCheckedAt
              ? translate('er.file.fixity_checked', { status: fixity, time: format(file.fixityCheckedAt) })
              : fixity
          }
        />
      </Fact>
      <Fact label="er.file.fields.sha256" wide>
        <span style={hash}>{file.sha256}</span>
      </Fact>
      <Fact label="er.file.fields.sm3" wide>
        <span style={hash}>{file.sm3}</span>
      </Fact>
    </Grid>
  );
};
