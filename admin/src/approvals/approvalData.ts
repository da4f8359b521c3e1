import type { GetListParams } from 'react-admin';
import { CONFIDENTIALITIES, someOf } from '../common/domain';
import type { ApprovalQueueFilter, Decision, GrantAction, PolicyRuleInput, RequestType } from '../gql/graphql';
import { bool, iso, nonEmpty, pageArgs, text, type Values } from '../graphql/args';
import { request } from '../graphql/client';
import {
  ApprovalPolicyQuery,
  ApprovalQueueQuery,
  ApprovalRequestQuery,
  CancelRequestMutation,
  DecideApprovalMutation,
  DecideApprovalsMutation,
  MyRequestsQuery,
  RequestViewingMutation,
  ResubmitRequestMutation,
  UpdateApprovalPolicyMutation,
} from '../graphql/approvals';
import { decisionErrors, requestErrors } from './errors';
import { REQUEST_STATUSES, REQUEST_TYPES, toRequestRecord, type QueueRow, type RequestRecord } from './domain';

export const queueFilter = (f: Values): ApprovalQueueFilter => ({
  types: nonEmpty(someOf(f.types, REQUEST_TYPES)),
  hasAv: bool(f.hasAv),
  confidentialities: nonEmpty(someOf(f.confidentialities, CONFIDENTIALITIES)),
  overdue: bool(f.overdue),
});

/** 待审批: the steps waiting for the caller, oldest request first (the server's order). */
export async function listQueue(params: GetListParams): Promise<{ data: QueueRow[]; total: number }> {
  const { approvalQueue } = await request(
    ApprovalQueueQuery,
    {
      page: params.pagination?.page ?? 1,
      perPage: params.pagination?.perPage ?? 25,
      filter: queueFilter((params.filter ?? {}) as Values),
    },
    params.signal,
  );
  return {
    data: approvalQueue.items.map((step) => ({ ...step, requestId: step.request.id })),
    total: approvalQueue.total,
  };
}

export const getRequest = async (id: string, signal?: AbortSignal): Promise<RequestRecord> =>
  toRequestRecord((await request(ApprovalRequestQuery, { id }, signal)).approvalRequest);

/** 我的申请: the caller's requests, a page at a time, filtered and sorted by the server (newest first). */
export async function listMyRequests(params: GetListParams): Promise<{ data: RequestRecord[]; total: number }> {
  const f = (params.filter ?? {}) as Values;
  const { myRequests } = await request(
    MyRequestsQuery,
    {
      ...pageArgs(params, null, { field: 'createdAt', order: 'DESC' }),
      filter: {
        statuses: nonEmpty(someOf(f.statuses, REQUEST_STATUSES)),
        types: nonEmpty(someOf(f.types, REQUEST_TYPES)),
      },
    },
    params.signal,
  );
  return { data: myRequests.items.map(toRequestRecord), total: myRequests.total };
}

export const decide = (stepId: string, decision: Decision, comment?: string) =>
  request(DecideApprovalMutation, { stepId, decision, comment: text(comment) ?? null }).catch(decisionErrors);

export const decideMany = (stepIds: string[], decision: Decision, comment?: string) =>
  request(DecideApprovalsMutation, { stepIds, decision, comment: text(comment) ?? null }).catch(decisionErrors);

export const resubmit = (id: string, purpose: string) =>
  request(ResubmitRequestMutation, { id, purpose }).catch(requestErrors('resources.approvalRequests', ['purpose']));

export const cancel = (id: string) =>
  request(CancelRequestMutation, { id }).catch(requestErrors('resources.approvalRequests', []));

const VIEWING_FIELDS = ['purpose', 'validUntil', 'validFrom', 'dueAt', 'actions', 'recordIds', 'caseId'];

/** 申请查阅: the whole case, or exactly the records picked (of one case). */
export async function requestViewing(data: Values): Promise<{ id: string }> {
  const recordIds = someOf(data.recordIds, (data.recordIds as string[] | undefined) ?? []);
  const whole = data.scope !== 'records';
  const input = {
    caseId: whole ? (text(data.caseId) ?? null) : null,
    recordIds: whole ? null : recordIds,
    actions: someOf(data.actions, ['VIEW', 'DOWNLOAD'] as GrantAction[]),
    purpose: String(data.purpose ?? '').trim(),
    validFrom: iso(data.validFrom) ?? null,
    validUntil: iso(data.validUntil) ?? '',
    dueAt: iso(data.dueAt) ?? null,
  };
  const { requestViewing } = await request(RequestViewingMutation, { input }).catch(
    requestErrors('resources.viewingRequests', VIEWING_FIELDS, { caseId: 'scope' }),
  );
  return { id: requestViewing.id };
}

export const getPolicy = async (type: RequestType, signal?: AbortSignal) =>
  (await request(ApprovalPolicyQuery, { type }, signal)).approvalPolicy;

/** Adds the next version of a type's policy; the server validates the rules (validatePolicyRules). */
export const updatePolicy = (type: RequestType, rules: PolicyRuleInput[], note?: string) =>
  request(UpdateApprovalPolicyMutation, { type, rules, note: text(note) ?? null });
