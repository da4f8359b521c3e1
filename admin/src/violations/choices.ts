import { EVIDENCE_KINDS, VIOLATION_KINDS, VIOLATION_OUTCOMES } from './violationData';

const choicesOf = (values: readonly string[], prefix: string) =>
  values.map((value) => ({ id: value, name: `${prefix}.${value}` }));

export const kindChoices = choicesOf(VIOLATION_KINDS, 'resources.violations.kinds');
export const violationOutcomeChoices = choicesOf(VIOLATION_OUTCOMES, 'resources.violations.outcomes');
export const evidenceKindChoices = choicesOf(EVIDENCE_KINDS, 'resources.violations.evidenceKinds');
