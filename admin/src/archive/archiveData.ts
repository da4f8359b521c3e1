import type { GetListParams } from 'react-admin';
import type {
  CatalogueEntryInput,
  RetentionRuleInput,
  TransferFieldsFragment,
  TransferFilter,
  TransferStatus,
} from '../gql/graphql';
import { pageArgs, text, type Values } from '../graphql/args';
import { request } from '../graphql/client';
import {
  AcceptTransferMutation,
  CaseTransferQuery,
  CheckTransferMutation,
  OpenTransferMutation,
  RetentionRulesQuery,
  ReturnTransferMutation,
  SaveCatalogueMutation,
  SetRetentionRuleMutation,
  SubmitTransferMutation,
  TransferQuery,
  TransfersQuery,
  WithdrawTransferMutation,
} from '../graphql/archive';

export type TransferRecord = TransferFieldsFragment;
export type CatalogueLine = TransferRecord['catalogue'][number];

export const TRANSFER_STATUSES: TransferStatus[] = ['DRAFT', 'IN_APPROVAL', 'SENT', 'RETURNED', 'ACCEPTED'];
/** Where the unit can still change the catalogue and submit. */
export const EDITABLE: TransferStatus[] = ['DRAFT', 'RETURNED'];

const transferFilter = (f: Values): TransferFilter => {
  const status = TRANSFER_STATUSES.find((s) => s === f.status);
  return { statuses: status ? [status] : undefined, unitId: text(f.unitId), q: text(f.q) };
};

export async function listTransfers(params: GetListParams) {
  const args = {
    ...pageArgs(params, null, { field: 'createdAt', order: 'DESC' }),
    filter: transferFilter(params.filter ?? {}),
  };
  const { transfers } = await request(TransfersQuery, args, params.signal);
  return { data: transfers.items, total: transfers.total };
}

export const getTransfer = async (id: string, signal?: AbortSignal) =>
  (await request(TransferQuery, { id }, signal)).transfer;

export const caseTransfer = async (caseId: string, signal?: AbortSignal) =>
  (await request(CaseTransferQuery, { id: caseId }, signal)).case.transfer;

export const openTransfer = async (caseId: string) => (await request(OpenTransferMutation, { caseId })).openTransfer;

export const saveCatalogue = async (transferId: string, entries: CatalogueEntryInput[]) =>
  (await request(SaveCatalogueMutation, { input: { transferId, entries } })).saveCatalogue;

export const checkTransfer = async (id: string) => (await request(CheckTransferMutation, { id })).checkTransfer;

export const submitTransfer = async (id: string, overrideReason?: string | null) =>
  (await request(SubmitTransferMutation, { id, overrideReason: overrideReason ?? null })).submitTransfer;

export const withdrawTransfer = async (id: string) =>
  (await request(WithdrawTransferMutation, { id })).withdrawTransfer;

export const acceptTransfer = async (id: string) => (await request(AcceptTransferMutation, { id })).acceptTransfer;

export const returnTransfer = async (id: string, reason: string) =>
  (await request(ReturnTransferMutation, { id, reason })).returnTransfer;

export async function listRetentionRules() {
  const { retentionRules } = await request(RetentionRulesQuery, {});
  return { data: retentionRules.map((r) => ({ ...r, id: r.procedure })), total: retentionRules.length };
}

export const setRetentionRule = async (input: RetentionRuleInput) => {
  const rule = (await request(SetRetentionRuleMutation, { input })).setRetentionRule;
  return { ...rule, id: rule.procedure };
};

/** A catalogue line as the server takes it back. */
export const toEntryInput = (e: CatalogueLine): CatalogueEntryInput => ({
  recordId: e.recordId,
  documentNumber: e.documentNumber?.trim() || null,
  title: e.title.trim(),
  date: e.date || null,
  pages: e.pages ?? null,
  remarks: e.remarks?.trim() || null,
});
