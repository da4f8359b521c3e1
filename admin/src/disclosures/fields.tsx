import { Chip, Link, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { formatBytes } from '../files/format';
import { useDateTimeFormat } from '../common/format';
import type { AttachmentFieldsFragment } from '../gql/graphql';
import { STATUS_COLOR, type DisclosureRow } from './domain';

/** 已登记 / 审批中 / … as a coloured chip. */
export const DisclosureStatusField = (_: Partial<FieldProps>) => {
  const row = useRecordContext<DisclosureRow>();
  const translate = useTranslate();
  if (!row) return null;
  return (
    <Chip
      size="small"
      color={STATUS_COLOR[row.status]}
      label={translate(`resources.disclosures.statuses.${row.status}`)}
      data-testid="disclosure-status"
    />
  );
};

/** When the material is due; a red 已逾期 chip once passed while open. */
export const DisclosureDueField = (_: Partial<FieldProps>) => {
  const row = useRecordContext<DisclosureRow>();
  const translate = useTranslate();
  const format = useDateTimeFormat(true);
  if (!row) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Typography variant="body2" sx={{ color: row.overdue ? 'error.main' : undefined }}>
        {row.dueAt ? format(row.dueAt) : '—'}
      </Typography>
      {row.overdue && <Chip size="small" color="error" label={translate('resources.disclosures.overdue')} />}
    </Stack>
  );
};

/** Who asked: the body and its letter number, or the applicant. */
export const RequesterField = (_: Partial<FieldProps>) => {
  const row = useRecordContext<DisclosureRow>();
  const translate = useTranslate();
  if (!row) return null;
  if (row.type === 'EXTERNAL')
    return (
      <Stack spacing={0}>
        <Typography variant="body2">{row.bodyName}</Typography>
        <Typography variant="caption" color="text.secondary">
          {row.bodyKind ? translate(`resources.disclosures.bodyKinds.${row.bodyKind}`) : ''} {row.letterNumber}
        </Typography>
      </Stack>
    );
  return (
    <Stack spacing={0}>
      <Typography variant="body2">{row.applicantName}</Typography>
      <Typography variant="caption" color="text.secondary">
        {row.relation ? translate(`resources.disclosures.relations.${row.relation}`) : ''}
        {row.partyCase ? ` · ${row.partyCase.number}` : ''}
      </Typography>
    </Stack>
  );
};

/** A scanned paper: its name opens it; its size and SHA-256 beneath. */
export const AttachmentLink = ({
  attachment,
  testId,
}: {
  attachment?: AttachmentFieldsFragment | null;
  testId?: string;
}) => {
  if (!attachment) return <Typography variant="body2">—</Typography>;
  return (
    <Stack spacing={0} data-testid={testId}>
      <Link href={attachment.url} target="_blank" rel="noopener" underline="hover" variant="body2">
        {attachment.fileName}
      </Link>
      <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
        {formatBytes(attachment.file.size)} · SHA-256 {attachment.file.sha256}
      </Typography>
    </Stack>
  );
};
