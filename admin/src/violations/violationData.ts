import type { GetListParams } from 'react-admin';
import type {
  EvidenceKind,
  ViolationFieldsFragment,
  ViolationFilter,
  ViolationInput,
  ViolationKind,
  ViolationOutcome,
} from '../gql/graphql';
import { bool, day, pageArgs, required, text, type Values } from '../graphql/args';
import { inputErrorsUnder, request } from '../graphql/client';
import {
  CorrectViolationMutation,
  MyViolationsQuery,
  RegisterViolationMutation,
  ViolationHistoryQuery,
  ViolationQuery,
  ViolationsQuery,
} from '../graphql/violations';

export const VIOLATION_KINDS: readonly ViolationKind[] = [
  'NOT_RECORDED',
  'RECORD_TAMPERED',
  'RECORD_LEAKED',
  'IMPROPER_STORAGE',
  'MATERIALS_DESTROYED',
  'OTHER',
];
export const VIOLATION_OUTCOMES: readonly ViolationOutcome[] = [
  'CRITICISM_EDUCATION',
  'SUSPENSION',
  'DISCIPLINARY_SANCTION',
  'JUDICIAL_REFERRAL',
];
export const EVIDENCE_KINDS: readonly EvidenceKind[] = ['RECORD', 'CASE', 'AUDIT_EVENT'];

export type ViolationRecord = ViolationFieldsFragment;
/** A version in the history list: its own id, so react-admin keeps the versions apart. */
export type ViolationVersionRecord = ViolationFieldsFragment & { entryId: string };

const pick = <T extends string>(v: unknown, values: readonly T[]) =>
  typeof v === 'string' && (values as readonly string[]).includes(v) ? (v as T) : undefined;

const errors = inputErrorsUnder('er.validation', ['personId', 'occurredOn', 'finding', 'evidence', 'reason']);

export const violationFilter = (f: Values): ViolationFilter => ({
  kind: pick(f.kind, VIOLATION_KINDS),
  personId: text(f.personId),
  unitId: text(f.unitId),
  outcome: pick(f.outcome, VIOLATION_OUTCOMES),
  undecided: bool(f.undecided) || undefined,
  from: day(f.from),
  to: day(f.to),
});

export async function listViolations(params: GetListParams) {
  const args = { ...pageArgs(params, null), filter: violationFilter((params.filter ?? {}) as Values) };
  const { violations } = await request(ViolationsQuery, args, params.signal);
  return { data: violations.items, total: violations.total };
}

/** 我的违规登记: the entries about the caller, once an outcome is recorded on them. */
export async function listMyViolations(params: GetListParams) {
  const { myViolations } = await request(MyViolationsQuery, pageArgs(params, null), params.signal);
  return { data: myViolations.items, total: myViolations.total };
}

export async function getViolation(id: string, signal?: AbortSignal) {
  return (await request(ViolationQuery, { id }, signal)).violation;
}

export async function listViolationVersions(params: GetListParams) {
  const id = text((params.filter as Values | undefined)?.entryId);
  if (!id) return { data: [], total: 0 };
  const { violationHistory } = await request(ViolationHistoryQuery, { id }, params.signal);
  const data = violationHistory
    .map((v): ViolationVersionRecord => ({ ...v, entryId: v.id, id: v.versionId }))
    .sort((a, b) => b.version - a.version);
  return { data, total: data.length };
}

function violationInput(data: Values): ViolationInput {
  const evidence = Array.isArray(data.evidence) ? (data.evidence as Values[]) : [];
  return {
    kind: required(pick(data.kind, VIOLATION_KINDS), 'kind'),
    personId: required(text(data.personId), 'personId'),
    occurredOn: required(day(data.occurredOn), 'occurredOn'),
    finding: required(text(data.finding), 'finding'),
    outcome: pick(data.outcome, VIOLATION_OUTCOMES) ?? null,
    evidence: evidence.flatMap((e) => {
      const kind = pick(e?.kind, EVIDENCE_KINDS);
      const ref = text(e?.ref);
      return kind && ref ? [{ kind, ref }] : [];
    }),
  };
}

export async function registerViolation(data: Values) {
  return (await request(RegisterViolationMutation, { input: violationInput(data) }).catch(errors)).registerViolation;
}

export async function correctViolation(id: string, data: Values, previous: ViolationRecord) {
  const reason = required(text(data.reason), 'reason');
  const variables = { id, input: violationInput(data), reason, version: previous.version };
  return (await request(CorrectViolationMutation, variables).catch(errors)).correctViolation;
}
