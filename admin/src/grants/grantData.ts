import type { GetListParams } from 'react-admin';
import { request } from '../graphql/client';
import { GrantsQuery, MyGrantsQuery, RevokeGrantMutation } from '../graphql/approvals';
import { bool, pageArgs, text, type Values } from '../graphql/args';
import { requestErrors } from '../approvals/errors';

/** 我的授权: the caller's grants in force, soonest to expire first. */
export async function listMyGrants(params: GetListParams) {
  const { myGrants } = await request(MyGrantsQuery, {}, params.signal);
  const page = params.pagination?.page ?? 1;
  const perPage = params.pagination?.perPage ?? 25;
  return { data: myGrants.slice((page - 1) * perPage, page * perPage), total: myGrants.length };
}

/** 授权管理: every grant the caller may see (leaders, legal, supervisors), in force by default, soonest to end first. */
export async function listGrants(params: GetListParams) {
  const f = (params.filter ?? {}) as Values;
  const { grants } = await request(
    GrantsQuery,
    {
      ...pageArgs(params, null, { field: 'expiresAt', order: 'ASC' }),
      filter: { userId: text(f.userId), recordId: text(f.recordId), inForce: bool(f.inForce) },
    },
    params.signal,
  );
  return { data: grants.items, total: grants.total };
}

export const revokeGrant = (id: string, reason: string) =>
  request(RevokeGrantMutation, { id, reason }).catch(requestErrors('resources.grants', ['reason']));
