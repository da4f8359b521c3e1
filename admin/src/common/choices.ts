import { CLEARANCES, OUTCOMES, ROLES, UNIT_KINDS } from './domain';

/** Choices for select and checkbox inputs; react-admin translates each `name` key. */
const choicesOf = (values: readonly string[], prefix: string) =>
  values.map((value) => ({ id: value, name: `${prefix}.${value}` }));

export const roleChoices = choicesOf(ROLES, 'er.roles');
export const clearanceChoices = choicesOf(CLEARANCES, 'er.clearance');
export const unitKindChoices = choicesOf(UNIT_KINDS, 'er.unitKind');
export const outcomeChoices = choicesOf(OUTCOMES, 'er.outcome');
