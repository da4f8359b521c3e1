import type { DataProvider, GetListParams, Identifier } from 'react-admin';
import type { Values } from '../graphql/args';
import { ApiError, isApiError } from '../graphql/client';
import { listGrants, listMyGrants } from '../grants/grantData';
import { oneOf } from '../common/domain';
import { getPolicy, getRequest, listMyRequests, listQueue, requestViewing } from './approvalData';
import { REQUEST_TYPES } from './domain';

const lists: Record<string, (params: GetListParams) => Promise<{ data: unknown[]; total: number }>> = {
  approvals: listQueue,
  approvalRequests: listMyRequests,
  grants: listMyGrants,
  allGrants: listGrants,
};

async function getOne(resource: string, id: Identifier, signal?: AbortSignal) {
  if (resource === 'approvalRequests') return getRequest(String(id), signal);
  if (resource === 'approvalPolicies') {
    const type = oneOf(id, REQUEST_TYPES);
    if (type) return getPolicy(type, signal).then((policy) => ({ ...policy, id: type, policyId: policy.id }));
  }
  throw new ApiError('NOT_FOUND', `No single ${resource}`);
}

const owns = (resource: string) => resource in lists || ['viewingRequests', 'approvalPolicies'].includes(resource);

/**
 * Adds the approval queue (待审批), the caller's requests (我的申请) and grants (我的授权), and
 * viewing requests (申请查阅) to a data provider; decisions and the other steps are in approvalData.ts.
 */
export function withApprovals<T extends DataProvider>(base: T): T {
  return {
    ...base,
    getList: (resource, params) =>
      resource in lists ? (lists[resource](params) as Promise<never>) : base.getList(resource, params),
    getOne: async (resource, params) =>
      owns(resource)
        ? { data: (await getOne(resource, params.id, params.signal)) as never }
        : base.getOne(resource, params),
    async getMany(resource, params) {
      if (!owns(resource)) return base.getMany(resource, params);
      const results = await Promise.allSettled(params.ids.map((id) => getOne(resource, id, params.signal)));
      const failed = results.find((r) => r.status === 'rejected' && !isApiError(r.reason, 'NOT_FOUND'));
      if (failed?.status === 'rejected') throw failed.reason;
      return { data: results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])) as never[] };
    },
    create: async (resource, params) =>
      resource === 'viewingRequests'
        ? { data: (await requestViewing(params.data as Values)) as never }
        : base.create(resource, params),
  };
}
