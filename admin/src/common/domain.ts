import type {
  AuditOutcome,
  CaseStatus,
  Clearance,
  Confidentiality,
  EnforcementStage,
  PartyKind,
  Procedure,
  RecordKind,
  Role,
  UnitKind,
} from '../gql/graphql';

const roleSet: Record<Role, true> = {
  officer: true,
  unitClerk: true,
  unitHead: true,
  archivist: true,
  leader: true,
  legal: true,
  infoCenter: true,
  supervisor: true,
};
const clearanceSet: Record<Clearance, true> = { NONE: true, SECRET: true, HIGHLY_SECRET: true, TOP_SECRET: true };
const unitKindSet: Record<UnitKind, true> = {
  LEADERSHIP: true,
  LEGAL: true,
  ARCHIVE: true,
  INFO_CENTER: true,
  SUPERVISION: true,
  ENFORCEMENT_TEAM: true,
  MARKET_OFFICE: true,
  OTHER: true,
};
const outcomeSet: Record<AuditOutcome, true> = { ALLOWED: true, DENIED: true, FAILED: true };

/** Every value of a GraphQL enum, in the order written; the type makes sure none is missing. */
const valuesOf = <T extends string>(set: Record<T, true>) => Object.keys(set) as T[];

export const ROLES = Object.keys(roleSet) as Role[];
export const CLEARANCES = Object.keys(clearanceSet) as Clearance[];
export const UNIT_KINDS = Object.keys(unitKindSet) as UnitKind[];
export const OUTCOMES = Object.keys(outcomeSet) as AuditOutcome[];

export const PROCEDURES = valuesOf<Procedure>({
  SIMPLE_PENALTY: true,
  GENERAL_PENALTY: true,
  COMPULSORY_MEASURE: true,
  LICENSING: true,
  INSPECTION: true,
  OTHER: true,
});
export const CASE_STATUSES = valuesOf<CaseStatus>({
  OPEN: true,
  CONCLUDED: true,
  COMPILED: true,
  TRANSFERRED: true,
  ARCHIVED: true,
});
export const PARTY_KINDS = valuesOf<PartyKind>({ PERSON: true, ORGANISATION: true });
export const RECORD_KINDS = valuesOf<RecordKind>({
  ENFORCEMENT_DOCUMENT: true,
  INVESTIGATION_EVIDENCE: true,
  HEARING_MATERIAL: true,
  INSPECTION_CONCLUSION: true,
  EXPERT_OPINION: true,
  INTERNAL_APPROVAL: true,
  SERVICE_RECEIPT: true,
  OTHER_TEXT: true,
  PHOTO: true,
  AUDIO: true,
  VIDEO: true,
  SURVEILLANCE: true,
});
export const AV_KINDS: RecordKind[] = ['PHOTO', 'AUDIO', 'VIDEO', 'SURVEILLANCE'];
/** Art. 3 text kinds: the ones a record written in the system may have. */
export const TEXT_KINDS = RECORD_KINDS.filter((kind) => !AV_KINDS.includes(kind));
export const STAGES = valuesOf<EnforcementStage>({
  FILING: true,
  ON_SITE_INSPECTION: true,
  INQUIRY: true,
  SAMPLING: true,
  SEIZURE: true,
  HEARING: true,
  PENALTY_DECISION: true,
  SERVICE: true,
  ENFORCEMENT: true,
  OTHER: true,
});
export const CONFIDENTIALITIES = valuesOf<Confidentiality>({
  NONE: true,
  PERSONAL_PRIVACY: true,
  TRADE_SECRET: true,
  STATE_SECRET: true,
});
/** State-secret levels (秘密, 机密, 绝密): the clearances above none. */
export const SECRET_LEVELS = CLEARANCES.filter((c) => c !== 'NONE');
/** Cases before transfer to the archive, whose transfer deadline still runs. */
export const UNTRANSFERRED: CaseStatus[] = ['CONCLUDED', 'COMPILED'];

/** Roles that work on their unit's cases: their dashboard counts its open and overdue cases. */
export const CASE_ROLES: Role[] = ['officer', 'unitHead', 'unitClerk'];

/** Roles whose dashboard shows a "my work" card (their queues arrive with later modules). */
export const WORK_ROLES: Role[] = ['leader', 'legal', 'archivist', 'unitHead', 'officer', 'unitClerk'];

export const oneOf = <T extends string>(value: unknown, values: readonly T[]): T | undefined =>
  values.find((v) => v === value);

export const someOf = <T extends string>(value: unknown, values: readonly T[]): T[] =>
  Array.isArray(value) ? values.filter((v) => value.includes(v)) : [];
