import BuildIcon from '@mui/icons-material/Build';
import GavelIcon from '@mui/icons-material/Gavel';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import type { NotificationRecord } from './notificationProvider';

// A re-check notice names a volume: it opens the media due for re-check, each row leading to its set.
// A disposal notice opens the records due for disposal.
// An outcome on a register entry opens the entry on the person's own page, not the register's.
/** Where a notification leads. */
export const linkOf = (n: NotificationRecord) => {
  switch (n.subjectType) {
    case 'Device':
      return `/devices/${n.subjectId}/show`;
    case 'MediaVolume':
      return '/mediaRechecks';
    case 'DisposalCandidates':
      return '/disposalCandidates';
    case 'Transfer':
      return `/transfers/${n.subjectId}/show`;
    case 'Violation':
      return `/myViolations/${n.subjectId}/show`;
    default:
      return `/approvalRequests/${n.subjectId}/show`;
  }
};

export const iconOf = (n: NotificationRecord) =>
  n.kind === 'DEVICE_FAULT' ? (
    <BuildIcon fontSize="small" />
  ) : n.kind === 'VIOLATION_OUTCOME' ? (
    <GavelIcon fontSize="small" />
  ) : (
    <HowToRegIcon fontSize="small" />
  );

/** Its words (i18n key; the summary goes in as %{summary}). */
export const textKey = (n: NotificationRecord) =>
  n.kind === 'REQUEST_DECIDED'
    ? `er.notifications.decided.${n.decision ?? 'APPROVE'}`
    : n.kind === 'TRANSFER_DECIDED'
      ? `er.notifications.transfer.${n.decision ?? 'APPROVE'}`
      : `er.notifications.${n.kind}`;
