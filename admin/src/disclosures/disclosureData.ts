import type { GetListParams } from 'react-admin';
import type {
  DeliveryMethod,
  DisclosureFilter,
  DisclosureStatus,
  DisclosureType,
  ExclusionReason,
  ItemDecision,
} from '../gql/graphql';
import { bool, day, iso, pageArgs, required, text, type Values } from '../graphql/args';
import { request } from '../graphql/client';
import {
  BuildExportPackageMutation,
  CancelDisclosureMutation,
  CloseDisclosureMutation,
  DecideDisclosureItemsMutation,
  DisclosureQuery,
  DisclosuresQuery,
  ExportPackageQuery,
  RecordDeliveryMutation,
  RegisterCopyApplicationMutation,
  RegisterExternalRequestMutation,
  SubmitDisclosureMutation,
} from '../graphql/disclosures';
import { requestErrors } from '../approvals/errors';
import { BODY_KINDS, METHODS, OPEN, RELATIONS, STATUSES } from './domain';

const PREFIX = 'resources.disclosures';

const pick = <T extends string>(v: unknown, values: readonly T[]) =>
  typeof v === 'string' && (values as readonly string[]).includes(v) ? (v as T) : undefined;
const ids = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && !!x) : []);

export const disclosureFilter = (type: DisclosureType, f: Values): DisclosureFilter => {
  const status = pick(f.status, STATUSES);
  const statuses = status ? [status] : bool(f.open) ? OPEN : undefined;
  return { type, statuses, overdue: bool(f.overdue), q: text(f.q) };
};

export async function listDisclosures(type: DisclosureType, params: GetListParams) {
  const args = {
    ...pageArgs(params, null, { field: 'registeredAt', order: 'DESC' }),
    filter: disclosureFilter(type, (params.filter ?? {}) as Values),
  };
  const { disclosures } = await request(DisclosuresQuery, args, params.signal);
  return { data: disclosures.items, total: disclosures.total };
}

export async function getDisclosure(id: string, signal?: AbortSignal) {
  return (await request(DisclosureQuery, { id }, signal)).disclosure;
}

export const getPackage = async (id: string, signal?: AbortSignal) =>
  (await request(ExportPackageQuery, { id }, signal)).exportPackage;

/** The records asked for: every record of the case, or the ones ticked. */
const scopeOf = (data: Values) => (data.scope === 'records' ? { recordIds: ids(data.recordIds) } : {});

const registerErrors = requestErrors(PREFIX, [
  'bodyKind',
  'bodyName',
  'letterNumber',
  'letterDate',
  'letterId',
  'concerning',
  'purpose',
  'recordIds',
  'caseIds',
  'caseId',
  'dueAt',
  'applicantName',
  'applicantIdType',
  'applicantIdNumber',
  'applicationFormId',
  'identityDocumentId',
  'authorisationId',
  'relation',
]);

export async function registerExternal(data: Values) {
  const caseId = required(text(data.caseId), 'caseId');
  const scope = scopeOf(data);
  const input = {
    bodyKind: required(pick(data.bodyKind, BODY_KINDS), 'bodyKind'),
    bodyName: required(text(data.bodyName), 'bodyName'),
    letterNumber: required(text(data.letterNumber), 'letterNumber'),
    letterDate: required(day(data.letterDate), 'letterDate'),
    letterId: required(text(data.letterId), 'letterId'),
    concerning: required(text(data.concerning), 'concerning'),
    purpose: required(text(data.purpose), 'purpose'),
    dueAt: iso(data.dueAt) ?? null,
    ...('recordIds' in scope ? scope : { caseIds: [caseId] }),
  };
  return (await request(RegisterExternalRequestMutation, { input }).catch(registerErrors)).registerExternalRequest;
}

export async function registerCopy(data: Values) {
  const relation = required(pick(data.relation, RELATIONS), 'relation');
  const input = {
    applicantName: required(text(data.applicantName), 'applicantName'),
    applicantIdType: required(text(data.applicantIdType), 'applicantIdType'),
    applicantIdNumber: required(text(data.applicantIdNumber), 'applicantIdNumber'),
    relation,
    caseId: required(text(data.caseId), 'caseId'),
    purpose: required(text(data.purpose), 'purpose'),
    applicationFormId: required(text(data.applicationFormId), 'applicationFormId'),
    identityDocumentId: required(text(data.identityDocumentId), 'identityDocumentId'),
    authorisationId:
      relation === 'AGENT'
        ? required(text(data.authorisationId), 'authorisationId')
        : (text(data.authorisationId) ?? null),
    dueAt: iso(data.dueAt) ?? null,
    ...scopeOf(data),
  };
  return (await request(RegisterCopyApplicationMutation, { input }).catch(registerErrors)).registerCopyApplication;
}

/** A workflow step's refusal in Chinese: the field it names, or the state it was in. */
const actionErrors = requestErrors(PREFIX, [
  'items',
  'reason',
  'redactedId',
  'decision',
  'deliveredAt',
  'recipient',
  'receiptId',
  'note',
]);

export interface DecisionInput {
  recordId: string;
  decision: ItemDecision;
  reason?: ExclusionReason | null;
  note?: string | null;
  redactedId?: string | null;
}

export const decideItems = async (disclosureId: string, decisions: DecisionInput[]) =>
  (await request(DecideDisclosureItemsMutation, { input: { disclosureId, decisions } }).catch(actionErrors))
    .decideDisclosureItems;

export const submitDisclosure = async (id: string) =>
  (await request(SubmitDisclosureMutation, { id }).catch(actionErrors)).submitDisclosure;

export const cancelDisclosure = async (id: string, reason: string) =>
  (await request(CancelDisclosureMutation, { id, reason }).catch(actionErrors)).cancelDisclosure;

export const buildPackage = async (disclosureId: string) =>
  (await request(BuildExportPackageMutation, { disclosureId }).catch(actionErrors)).buildExportPackage;

export async function recordDelivery(disclosureId: string, data: Values) {
  const input = {
    disclosureId,
    method: required(pick(data.method, METHODS), 'method') as DeliveryMethod,
    recipient: required(text(data.recipient), 'recipient'),
    deliveredAt: required(iso(data.deliveredAt), 'deliveredAt'),
    receiptId: text(data.receiptId) ?? null,
    note: text(data.note) ?? null,
  };
  return (await request(RecordDeliveryMutation, { input }).catch(actionErrors)).recordDelivery;
}

export const closeDisclosure = async (id: string, note?: string) =>
  (await request(CloseDisclosureMutation, { id, note: text(note) ?? null }).catch(actionErrors)).closeDisclosure;

export type { DisclosureStatus };
