import { Chip } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { DisposalStatus, TransferStatus } from '../gql/graphql';

const COLOR: Record<TransferStatus, 'default' | 'info' | 'warning' | 'success' | 'error' | 'primary'> = {
  DRAFT: 'default',
  IN_APPROVAL: 'info',
  SENT: 'primary',
  RETURNED: 'error',
  ACCEPTED: 'success',
};

export const TransferStatusField = (_: FieldProps) => {
  const record = useRecordContext<{ status: TransferStatus }>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      variant={record.status === 'SENT' || record.status === 'RETURNED' ? 'filled' : 'outlined'}
      color={COLOR[record.status]}
      label={translate(`er.transferStatus.${record.status}`)}
      data-testid="transfer-status"
    />
  );
};

/** Whether the last 四性 run passed (a dash before any run). */
export const ChecksField = (_: FieldProps) => {
  const record = useRecordContext<{ checks: { passed: boolean } | null }>();
  const translate = useTranslate();
  if (!record) return null;
  if (!record.checks) return <>—</>;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={record.checks.passed ? 'success' : 'warning'}
      label={translate(
        record.checks.passed ? 'resources.transfers.checks.passed' : 'resources.transfers.checks.failed',
      )}
    />
  );
};

const DISPOSAL_COLOR: Record<DisposalStatus, 'default' | 'info' | 'warning' | 'success' | 'error' | 'primary'> = {
  DRAFT: 'default',
  IN_APPROVAL: 'info',
  RETURNED: 'warning',
  APPROVED: 'primary',
  REJECTED: 'error',
  EXECUTED: 'success',
  CANCELLED: 'default',
};

export const DisposalStatusField = (_: FieldProps) => {
  const record = useRecordContext<{ status: DisposalStatus }>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      variant={record.status === 'APPROVED' || record.status === 'EXECUTED' ? 'filled' : 'outlined'}
      color={DISPOSAL_COLOR[record.status]}
      label={translate(`er.disposalStatus.${record.status}`)}
      data-testid="disposal-status"
    />
  );
};
