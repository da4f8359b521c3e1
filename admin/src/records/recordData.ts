import { HttpError, type GetListParams } from 'react-admin';
import {
  CONFIDENTIALITIES,
  PROCEDURES,
  RECORD_KINDS,
  SECRET_LEVELS,
  STAGES,
  TEXT_KINDS,
  oneOf,
  someOf,
  CASE_STATUSES,
} from '../common/domain';
import { toEnforcementRecord, type EnforcementRecord, type RecordHold } from '../common/records';
import type { CreateRecordInput, LongTermReason, RecordFilter, RecordMetadataInput } from '../gql/graphql';
import { bool, day, iso, nonEmpty, pageArgs, required, text, type Values } from '../graphql/args';
import { inputErrorsUnder, request } from '../graphql/client';
import {
  CorrectRecordMutation,
  CreateTextRecordMutation,
  PlaceHoldMutation,
  RecordContentQuery,
  RecordHistoryQuery,
  RecordQuery,
  RecordsQuery,
  ReleaseHoldMutation,
} from '../graphql/records';
import { correctionOf } from './correction';

/** The metadata fields the server may refuse, with messages under resources.records.errors. */
const METADATA_FIELDS = [
  'caseId',
  'kind',
  'title',
  'stage',
  'capturedFrom',
  'capturedTo',
  'location',
  'deviceNumber',
  'officerId',
  'partyNotified',
  'confidentiality',
  'secretLevel',
  'longTerm',
  'longTermReason',
  'documentNumber',
  'issuedTo',
  'body',
  'reason',
];
const recordErrors = inputErrorsUnder('resources.records.errors', METADATA_FIELDS);

export const recordFilter = (f: Values): RecordFilter => ({
  q: text(f.q),
  unitId: text(f.unitId),
  caseId: text(f.caseId),
  kinds: nonEmpty(someOf(f.kinds, RECORD_KINDS)),
  confidentialities: nonEmpty(someOf(f.confidentialities, CONFIDENTIALITIES)),
  stages: nonEmpty(someOf(f.stages, STAGES)),
  statuses: nonEmpty(someOf(f.statuses, CASE_STATUSES)),
  recordedById: text(f.recordedById),
  // The case's: one of its handling officers, its procedure, when it was opened (Art. 11's classification).
  officerId: text(f.handlingOfficerId),
  procedures: nonEmpty(someOf(f.procedures, PROCEDURES)),
  openedFrom: day(f.openedFrom),
  openedTo: day(f.openedTo),
  deviceNumber: text(f.deviceNumber),
  capturedFrom: iso(f.capturedFrom),
  capturedTo: iso(f.capturedTo),
  notNotified: bool(f.notNotified),
  longTerm: bool(f.longTerm),
  held: bool(f.held),
  fixityFailed: bool(f.fixityFailed),
});

export async function listRecords(params: GetListParams) {
  const args = {
    ...pageArgs(params, null, { field: 'createdAt', order: 'DESC' }),
    filter: recordFilter((params.filter ?? {}) as Values),
  };
  const { records } = await request(RecordsQuery, args, params.signal);
  return { data: records.items.map(toEnforcementRecord), total: records.total };
}

export const getRecord = async (id: string, signal?: AbortSignal) =>
  toEnforcementRecord((await request(RecordQuery, { id }, signal)).record);

/** Every version of a record, newest first (the reference list of its show page). */
export async function listVersions(params: GetListParams) {
  const id = text((params.filter as Values | undefined)?.recordId);
  if (!id) return { data: [], total: 0 };
  const { recordHistory } = await request(RecordHistoryQuery, { id }, params.signal);
  const data = [...recordHistory].sort((a, b) => b.version - a.version);
  return { data, total: data.length };
}

function createInput(data: Values): CreateRecordInput {
  const confidentiality = oneOf(data.confidentiality, CONFIDENTIALITIES) ?? 'NONE';
  const longTerm = bool(data.longTerm) ?? false;
  return {
    caseId: required(text(data.caseId), 'caseId'),
    kind: required(oneOf(data.kind, TEXT_KINDS), 'kind'),
    title: text(data.title),
    stage: oneOf(data.stage, STAGES),
    documentNumber: text(data.documentNumber),
    issuedTo: text(data.issuedTo),
    body: typeof data.body === 'string' && data.body.trim() ? data.body : undefined,
    confidentiality,
    secretLevel: confidentiality === 'STATE_SECRET' ? oneOf(data.secretLevel, SECRET_LEVELS) : undefined,
    longTerm,
    longTermReason: longTerm ? text(data.longTermReason) : undefined,
  };
}

export const createTextRecord = async (data: Values): Promise<EnforcementRecord> =>
  toEnforcementRecord(
    (await request(CreateTextRecordMutation, { input: createInput(data) }).catch(recordErrors)).createTextRecord,
  );

/** 更正: only the fields that differ from the shown version are sent, with the reason. */
export async function correctRecord(id: string, data: Values, previous: EnforcementRecord) {
  const input: RecordMetadataInput = correctionOf(data, previous);
  if (Object.keys(input).length === 0) throw new HttpError('resources.records.notifications.unchanged', 400);
  const reason = text(data.reason) ?? '';
  const { correctRecord } = await request(CorrectRecordMutation, { id, input, reason }).catch(recordErrors);
  return toEnforcementRecord(correctRecord);
}

export const recordContent = async (id: string) => (await request(RecordContentQuery, { id })).recordContent;

const holdErrors = inputErrorsUnder('resources.records.errors', ['reason']);

export const placeHold = async (
  recordId: string,
  reason: string,
  longTermReason: LongTermReason | null = null,
): Promise<RecordHold> =>
  (await request(PlaceHoldMutation, { recordId, reason, longTermReason }).catch(holdErrors)).placeHold;

export const releaseHold = async (holdId: string, reason: string): Promise<RecordHold> =>
  (await request(ReleaseHoldMutation, { holdId, reason }).catch(holdErrors)).releaseHold;
