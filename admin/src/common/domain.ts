import type { AuditOutcome, Clearance, Role, UnitKind } from '../gql/graphql';

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
const outcomeSet: Record<AuditOutcome, true> = { ALLOWED: true, DENIED: true };

export const ROLES = Object.keys(roleSet) as Role[];
export const CLEARANCES = Object.keys(clearanceSet) as Clearance[];
export const UNIT_KINDS = Object.keys(unitKindSet) as UnitKind[];
export const OUTCOMES = Object.keys(outcomeSet) as AuditOutcome[];

/** Roles whose dashboard shows a "my work" card (their queues arrive with later modules). */
export const WORK_ROLES: Role[] = ['leader', 'legal', 'archivist', 'unitHead', 'officer', 'unitClerk'];

export const oneOf = <T extends string>(value: unknown, values: readonly T[]): T | undefined =>
  values.find((v) => v === value);

export const someOf = <T extends string>(value: unknown, values: readonly T[]): T[] =>
  Array.isArray(value) ? values.filter((v) => value.includes(v)) : [];
