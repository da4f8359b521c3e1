import type { zhApprovalDashboard, zhApprovals, zhApprovalTerms } from './zhApprovals';

/** Approval vocabulary under `er` (English). */
export const enApprovalTerms: typeof zhApprovalTerms = {
  requestType: {
    VIEWING: 'Viewing request',
    PARTY_COPY: 'Party copy',
    EXTERNAL: 'External request',
    DISPOSAL: 'Disposal',
  },
  requestStatus: {
    PENDING: 'Pending',
    RETURNED: 'Returned',
    APPROVED: 'Approved',
    REJECTED: 'Rejected',
    CANCELLED: 'Withdrawn',
  },
  decision: { APPROVE: 'Approve', RETURN: 'Return for changes', REJECT: 'Reject' },
  grantAction: { VIEW: 'View', DOWNLOAD: 'Download' },
};

export const enApprovalDashboard: typeof zhApprovalDashboard = {
  approvals: {
    title: 'Waiting for your approval',
    waiting: 'Requests waiting for you',
    oldest: 'Oldest: %{summary} (%{requester}, submitted %{time})',
    none: 'Nothing is waiting for your approval',
    open_queue: 'Open the queue',
  },
};

const approvalFields = {
  dueAt: 'Deadline',
  createdAt: 'Submitted',
  requester: 'Requester',
  type: 'Type',
  types: 'Type',
  summary: 'Request',
  purpose: 'Purpose',
  sensitivity: 'Confidentiality / AV',
  hasAv: 'Includes audio/video',
  confidentialities: 'Highest confidentiality',
  overdue: 'Overdue only',
  step: 'Step',
  actions: 'Actions',
  decision: 'Decision',
  comment: 'Comment',
  decidedBy: 'Signed by',
  decidedAt: 'Signed at',
};

export const enApprovals: typeof zhApprovals = {
  approvals: {
    name: 'Approval queue |||| Approval queue',
    fields: approvalFields,
    overdue: 'Overdue',
    av: 'AV',
    waiting: 'In progress',
    step_n: 'Step %{n}',
    actions: { approve: 'Approve', opinion: 'Comment…', submit: 'Submit', batch_approve: 'Approve selected' },
    decide: {
      title: 'Decision',
      comment_help: 'Required to reject or return; optional to approve',
    },
    batch: {
      title: 'Approve selected',
      help: 'Approve the selected request; the comment goes with it. |||| Approve the %{smart_count} selected requests; the comment goes with each.',
    },
    notifications: { approved: 'Approved', decided: 'Decision recorded', batch_approved: 'Selected requests approved' },
    errors: {
      comment: 'Say why you reject or return it',
      already_decided: 'Someone else has decided this step; refresh to see it',
      forbidden: 'You cannot decide this step (your own request, or not yours to decide)',
    },
  },
  approvalRequests: {
    name: 'My requests |||| My requests',
    mine: 'My requests',
    fields: { status: 'Status', statuses: 'Status', current: 'With', decidedAt: 'Decided' },
    sections: { request: 'Request', records: 'Records asked for', chain: 'Approval chain' },
    scope:
      '%{smart_count} record · %{actions} · %{from} to %{until} |||| %{smart_count} records · %{actions} · %{from} to %{until}',
    unreadable: 'Record %{id} (you may not see its details)',
    more: '%{smart_count} more not listed |||| %{smart_count} more not listed',
    actions: { cancel: 'Withdraw', resubmit: 'Edit and resubmit' },
    cancel: { title: 'Withdraw the request?', content: 'Withdrawing “%{summary}” ends its approval for good.' },
    resubmit: {
      title: 'Edit and resubmit',
      help: 'Returned because: %{reason}. After you edit the purpose, the chain starts again under the original policy.',
    },
    notifications: { cancelled: 'Request withdrawn', resubmitted: 'Request resubmitted' },
    errors: {
      purpose: 'Say what it is for (at least 4 characters)',
      state: 'The request has changed meanwhile; refresh to see it',
      input: 'Invalid input; check and try again',
      no_decider: 'Nobody can approve this request now; contact the information centre',
    },
  },
  grants: {
    name: 'My grants |||| My grants',
    fields: {
      record: 'Record',
      case: 'Case number',
      actions: 'Allowed',
      validFrom: 'From',
      expiresAt: 'Until',
      timeLeft: 'Time left',
    },
    days_left: '%{smart_count} day left |||| %{smart_count} days left',
    hours_left: '%{smart_count} hour left |||| %{smart_count} hours left',
    actions: { revoke: 'Revoke' },
    revoke: { title: 'Revoke the grant', help: 'It stops at once and cannot be restored. Give the reason.' },
    notifications: { revoked: 'Grant revoked' },
    errors: {
      reason: 'Give the reason',
      state: 'This grant was already revoked',
      input: 'Invalid input; check and try again',
      no_decider: 'Nobody can approve this request now; contact the information centre',
    },
  },
  viewingRequests: {
    name: 'Viewing requests |||| Viewing requests',
    title: 'Request to view',
    case: 'Case %{number}: %{cause}',
    no_case: 'Start a viewing request from a case or a record page',
    help: 'Viewing or downloading records needs approval (Art. 18); an approval covers only the records and the period asked for.',
    purpose_help: 'What the records are needed for, e.g. answering an administrative reconsideration',
    until_help: 'At most 90 days',
    fields: {
      scope: 'Scope',
      recordIds: 'Records',
      actions: 'Asking to',
      purpose: 'Purpose',
      validFrom: 'From (empty: on approval)',
      validUntil: 'Until',
      dueAt: 'Decision wanted by',
    },
    scope: { case: 'The whole case (every record you can see)', records: 'Chosen records' },
    actions: { request: 'Request to view' },
    errors: {
      purpose: 'Say what it is for (at least 4 characters)',
      validUntil: 'The end must be in the future and after the start',
      validFrom: 'Invalid start',
      too_long: 'At most 90 days',
      dueAt: 'Invalid date',
      actions: 'Choose view, download or both',
      recordIds: 'Choose at least one record, all of one case',
      caseId: 'The case has no records you can ask for',
      state: 'No approval rule covers this request; contact the information centre',
      input: 'Invalid input; check and try again',
      no_decider: 'Nobody can approve this request now (e.g. the unit has no head); contact the information centre',
    },
  },
};
