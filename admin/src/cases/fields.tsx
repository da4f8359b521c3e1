import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { daysBetween, deadlineState, today } from '../common/dates';
import { useDateFormat } from '../common/format';
import type { CaseRecord } from '../common/records';
import type { CaseStatus } from '../gql/graphql';

const STATUS_COLOR: Record<CaseStatus, 'primary' | 'warning' | 'info' | 'success' | 'default'> = {
  OPEN: 'primary',
  CONCLUDED: 'warning',
  COMPILED: 'info',
  TRANSFERRED: 'success',
  ARCHIVED: 'default',
};

export const CaseStatusField = (_: FieldProps) => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={STATUS_COLOR[record.status]}
      label={translate(`er.caseStatus.${record.status}`)}
    />
  );
};

const DEADLINE_COLOR = { overdue: 'error', soon: 'warning', pending: 'default', met: 'success' } as const;

/** The archive transfer deadline (Art. 13): red when past and not transferred, orange within 7 days. */
export const DeadlineField = (_: FieldProps) => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  const format = useDateFormat();
  if (!record?.transferDeadline) return <Typography variant="body2">—</Typography>;
  const transferred = record.status === 'TRANSFERRED' || record.status === 'ARCHIVED';
  const state = deadlineState(record.transferDeadline, transferred);
  const days = Math.abs(daysBetween(today(), record.transferDeadline));
  const date = format(record.transferDeadline);
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <Typography variant="body2">{date}</Typography>
      <Chip
        size="small"
        color={DEADLINE_COLOR[state]}
        variant={state === 'pending' || state === 'met' ? 'outlined' : 'filled'}
        label={translate(`er.deadline.${state === 'soon' && days === 0 ? 'today' : state}`, {
          smart_count: days,
          days,
        })}
        data-testid="deadline-badge"
      />
    </Stack>
  );
};

/** The handling officers' names; officers the caller may not read count as "N more". */
export const OfficersField = (_: FieldProps) => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const hidden = record.handlingOfficerIds.length - record.handlingOfficers.length;
  return (
    <Typography variant="body2">
      {record.handlingOfficers.map((o) => o.displayName).join('、')}
      {hidden > 0 && ` ${translate('resources.cases.more_officers', { smart_count: hidden })}`}
    </Typography>
  );
};
