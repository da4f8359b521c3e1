import type { GetListParams } from 'react-admin';
import { request } from '../graphql/client';
import { MyGrantsQuery, RevokeGrantMutation } from '../graphql/approvals';
import { requestErrors } from '../approvals/errors';

/** 我的授权: the caller's grants in force, soonest to expire first. */
export async function listMyGrants(params: GetListParams) {
  const { myGrants } = await request(MyGrantsQuery, {}, params.signal);
  const page = params.pagination?.page ?? 1;
  const perPage = params.pagination?.perPage ?? 25;
  return { data: myGrants.slice((page - 1) * perPage, page * perPage), total: myGrants.length };
}

export const revokeGrant = (id: string, reason: string) =>
  request(RevokeGrantMutation, { id, reason }).catch(requestErrors('resources.grants', ['reason']));
