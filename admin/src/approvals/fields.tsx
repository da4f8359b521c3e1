import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { useDateTimeFormat } from '../common/format';
import type { ApprovalRequestFieldsFragment, ApprovalStepFieldsFragment } from '../gql/graphql';
import { isOverdue, STATUS_COLOR, type QueueRow, type RequestRecord } from './domain';

type Row = QueueRow | RequestRecord;
const requestOf = (row: Row): ApprovalRequestFieldsFragment => ('request' in row ? row.request : row);

/** 已通过 / 已驳回 / … as a coloured chip. */
export const RequestStatusField = (_: Partial<FieldProps>) => {
  const row = useRecordContext<Row>();
  const translate = useTranslate();
  if (!row) return null;
  const { status } = requestOf(row);
  return (
    <Chip
      size="small"
      color={STATUS_COLOR[status]}
      label={translate(`er.requestStatus.${status}`)}
      data-testid="request-status"
    />
  );
};

/** When a decision is wanted by, red with a mark once passed. */
export const DueField = (_: Partial<FieldProps>) => {
  const row = useRecordContext<Row>();
  const format = useDateTimeFormat(true);
  const translate = useTranslate();
  if (!row) return null;
  const request = requestOf(row);
  if (!request.dueAt) return <Typography variant="body2">—</Typography>;
  const late = isOverdue(request);
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', color: late ? 'error.main' : undefined }}>
      {late && <WarningAmberIcon fontSize="small" titleAccess={translate('resources.approvals.overdue')} />}
      <Typography variant="body2" sx={{ fontWeight: late ? 600 : undefined }} data-overdue={late || undefined}>
        {format(request.dueAt)}
      </Typography>
    </Stack>
  );
};

/** The highest confidentiality of the records, and whether audio/video is among them. */
export const SensitivityField = (_: Partial<FieldProps>) => {
  const row = useRecordContext<Row>();
  const translate = useTranslate();
  if (!row) return null;
  const { maxConfidentiality, hasAv } = requestOf(row);
  return (
    <Stack direction="row" spacing={0.5}>
      <Chip
        size="small"
        variant="outlined"
        color={maxConfidentiality === 'NONE' ? 'default' : 'warning'}
        label={translate(`er.confidentiality.${maxConfidentiality}`)}
      />
      {hasAv && <Chip size="small" color="secondary" label={translate('resources.approvals.av')} />}
    </Stack>
  );
};

/** A step as its label (办案机构负责人…) or, without one, its role, with its place in the chain. */
export const StepName = ({ step }: { step: Pick<ApprovalStepFieldsFragment, 'seq' | 'label' | 'role'> }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" component="span">
      {translate('resources.approvals.step_n', { n: step.seq })} · {step.label ?? translate(`er.roles.${step.role}`)}
    </Typography>
  );
};

/** The step of a queue row. */
export const QueueStepField = (_: Partial<FieldProps>) => {
  const row = useRecordContext<QueueRow>();
  return row ? <StepName step={row} /> : null;
};

/** Who has the request now (the waiting step), or a dash once it is decided. */
export const CurrentStepField = (_: Partial<FieldProps>) => {
  const row = useRecordContext<RequestRecord>();
  if (!row) return null;
  return row.current ? <StepName step={row.current} /> : <Typography variant="body2">—</Typography>;
};
