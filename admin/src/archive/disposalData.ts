import type { GetListParams } from 'react-admin';
import type {
  CaseHoldFieldsFragment,
  DisposalListFieldsFragment,
  DisposalStatus,
  LongTermReason,
} from '../gql/graphql';
import { pageArgs } from '../graphql/args';
import { inputErrorsUnder, request } from '../graphql/client';
import {
  CancelDisposalListMutation,
  CaseHoldsQuery,
  CreateDisposalListMutation,
  DisposalCandidatesQuery,
  DisposalListQuery,
  DisposalListsQuery,
  EditDisposalListMutation,
  ExecuteDisposalListMutation,
  PlaceCaseHoldMutation,
  ReleaseCaseHoldMutation,
  SubmitDisposalListMutation,
} from '../graphql/disposals';

export type CaseHold = CaseHoldFieldsFragment;
export type DisposalListRecord = DisposalListFieldsFragment;

export const DISPOSAL_STATUSES: DisposalStatus[] = [
  'DRAFT',
  'IN_APPROVAL',
  'RETURNED',
  'APPROVED',
  'REJECTED',
  'EXECUTED',
  'CANCELLED',
];
/** Where the archivist can still change the list and (re)submit it. */
export const DISPOSAL_EDITABLE: DisposalStatus[] = ['DRAFT', 'RETURNED'];
/** Not yet executed nor closed: the list may still be withdrawn. */
export const DISPOSAL_CANCELLABLE: DisposalStatus[] = ['DRAFT', 'RETURNED', 'IN_APPROVAL', 'APPROVED'];

const holdErrors = inputErrorsUnder('resources.records.errors', ['reason']);
const listErrors = inputErrorsUnder('resources.disposalLists.errors', ['note', 'reason']);

export const caseHolds = async (caseId: string, signal?: AbortSignal) =>
  (await request(CaseHoldsQuery, { id: caseId }, signal)).case.holds;

export const placeCaseHold = async (caseId: string, reason: string, longTermReason: LongTermReason | null) =>
  (await request(PlaceCaseHoldMutation, { caseId, reason, longTermReason }).catch(holdErrors)).placeCaseHold;

export const releaseCaseHold = async (holdId: string, reason: string) =>
  (await request(ReleaseCaseHoldMutation, { holdId, reason }).catch(holdErrors)).releaseCaseHold;

export async function listDisposalCandidates(params: GetListParams) {
  const args = pageArgs(params, null, { field: 'retainUntil', order: 'ASC' });
  const { disposalCandidates } = await request(DisposalCandidatesQuery, args, params.signal);
  return { data: disposalCandidates.items, total: disposalCandidates.total };
}

export async function listDisposalLists(params: GetListParams) {
  const status = DISPOSAL_STATUSES.find((s) => s === params.filter?.status);
  const args = {
    ...pageArgs(params, null, { field: 'createdAt', order: 'DESC' }),
    statuses: status ? [status] : null,
  };
  const { disposalLists } = await request(DisposalListsQuery, args, params.signal);
  return { data: disposalLists.items, total: disposalLists.total };
}

export const getDisposalList = async (id: string, signal?: AbortSignal) =>
  (await request(DisposalListQuery, { id }, signal)).disposalList;

export const createDisposalList = async (note: string, recordIds: string[]) =>
  (await request(CreateDisposalListMutation, { input: { note, recordIds } }).catch(listErrors)).createDisposalList;

export const editDisposalList = async (id: string, note: string, recordIds: string[]) =>
  (await request(EditDisposalListMutation, { input: { id, note, recordIds } }).catch(listErrors)).editDisposalList;

export const submitDisposalList = async (id: string) =>
  (await request(SubmitDisposalListMutation, { id })).submitDisposalList;

export const cancelDisposalList = async (id: string, reason: string) =>
  (await request(CancelDisposalListMutation, { id, reason }).catch(listErrors)).cancelDisposalList;

export const executeDisposalList = async (id: string) =>
  (await request(ExecuteDisposalListMutation, { id })).executeDisposalList;
