import {
  CASE_STATUSES,
  CLEARANCES,
  CONFIDENTIALITIES,
  OUTCOMES,
  PARTY_KINDS,
  PROCEDURES,
  RECORD_KINDS,
  ROLES,
  SECRET_LEVELS,
  STAGES,
  TEXT_KINDS,
  UNIT_KINDS,
} from './domain';

/** Choices for select and checkbox inputs; react-admin translates each `name` key. */
const choicesOf = <T extends string>(values: readonly T[], prefix: string) =>
  values.map((value) => ({ id: value, name: `${prefix}.${value}` }));

export const roleChoices = choicesOf(ROLES, 'er.roles');
export const clearanceChoices = choicesOf(CLEARANCES, 'er.clearance');
export const unitKindChoices = choicesOf(UNIT_KINDS, 'er.unitKind');
export const outcomeChoices = choicesOf(OUTCOMES, 'er.outcome');
export const procedureChoices = choicesOf(PROCEDURES, 'er.procedure');
export const caseStatusChoices = choicesOf(CASE_STATUSES, 'er.caseStatus');
export const partyKindChoices = choicesOf(PARTY_KINDS, 'er.partyKind');
export const recordKindChoices = choicesOf(RECORD_KINDS, 'er.recordKind');
export const textKindChoices = choicesOf(TEXT_KINDS, 'er.recordKind');
export const stageChoices = choicesOf(STAGES, 'er.stage');
export const confidentialityChoices = choicesOf(CONFIDENTIALITIES, 'er.confidentiality');
export const secretLevelChoices = choicesOf(SECRET_LEVELS, 'er.clearance');
