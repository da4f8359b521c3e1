import type {
  ApprovalRequestFieldsFragment,
  ApprovalStepFieldsFragment,
  Decision,
  GrantAction,
  RequestStatus,
  RequestType,
} from '../gql/graphql';

export const REQUEST_TYPES: RequestType[] = ['VIEWING', 'PARTY_COPY', 'EXTERNAL', 'DISPOSAL'];
export const REQUEST_STATUSES: RequestStatus[] = ['PENDING', 'RETURNED', 'APPROVED', 'REJECTED', 'CANCELLED'];
export const DECISIONS: Decision[] = ['APPROVE', 'REJECT', 'RETURN'];
export const GRANT_ACTIONS: GrantAction[] = ['VIEW', 'DOWNLOAD'];

export const STATUS_COLOR: Record<RequestStatus, 'default' | 'info' | 'success' | 'error' | 'warning'> = {
  PENDING: 'info',
  RETURNED: 'warning',
  APPROVED: 'success',
  REJECTED: 'error',
  CANCELLED: 'default',
};

export type ApprovalStepRecord = ApprovalStepFieldsFragment;

/** A row of the 待审批 queue: the waiting step (its id is the row's) with its request. */
export type QueueRow = ApprovalStepFieldsFragment & { request: ApprovalRequestFieldsFragment; requestId: string };

/** A request with its chain; `current` is the step now waiting, if any. */
export type RequestRecord = ApprovalRequestFieldsFragment & {
  steps: ApprovalStepFieldsFragment[];
  current: ApprovalStepFieldsFragment | null;
  viewing?: {
    recordIds: string[];
    actions: GrantAction[];
    validFrom: string;
    validUntil: string;
  } | null;
};

export const isOverdue = (request: Pick<ApprovalRequestFieldsFragment, 'dueAt' | 'status'>, now = Date.now()) =>
  request.status === 'PENDING' && request.dueAt !== null && new Date(request.dueAt).getTime() < now;

export const toRequestRecord = (
  r: ApprovalRequestFieldsFragment & { steps: ApprovalStepFieldsFragment[]; viewing?: RequestRecord['viewing'] },
): RequestRecord => ({ ...r, current: r.steps.find((s) => s.waiting) ?? null });
