import type { AbilityBuilder } from '@casl/ability';
import { Role } from '../users/roles.js';
import { type AppAbility, hasRole, type Principal } from './ability.js';

type Builder = AbilityBuilder<AppAbility>;

/**
 * The Art. 21 register. Supervisors keep it (register, correct, read); leaders, who decide the
 * sanctions, read it. The responsible person reads the entries about them once an outcome is
 * recorded: a sanction must be made known to the person, with its grounds, so they can state
 * their case and seek review; before the outcome the finding stays within supervision, where
 * showing it (and its evidence) to the person could put the evidence at risk (Art. 21 (二)).
 * Nobody keeps the register about themselves, nor reads an undecided entry about themselves.
 */
export function violationRules({ can, cannot }: Builder, p: Principal): void {
  can('read', 'Violation', { 'person.id': p.id, outcome: { $ne: null } });
  // In an entry's history the person sees the versions about them, never those naming someone
  // else (an entry corrected onto them from another person); the register's keepers see all.
  can('read', 'ViolationVersion', { 'person.id': p.id });
  if (hasRole(p, Role.leader, Role.supervisor)) can('read', 'ViolationVersion');
  if (hasRole(p, Role.leader)) can('read', 'Violation');
  if (hasRole(p, Role.supervisor)) {
    can(['read', 'create', 'update'], 'Violation');
    cannot(['create', 'update'], 'Violation', { 'person.id': p.id });
  }
  // A keeper who is the entry's person waits for the outcome like anyone else: the undecided
  // finding and its evidence stay with the other keepers (the first rule gives it back once decided).
  if (hasRole(p, Role.leader, Role.supervisor)) cannot('read', 'Violation', { 'person.id': p.id, outcome: null });
}

/**
 * The compliance reports (监督报表): supervision reads them, and leaders, who answer for the
 * bureau's enforcement. What each finding is about is further limited by the rules of its subject
 * (records, cases, checkouts, the trail, requests). A stage of a case without audio/video (Art. 7)
 * is explained by its handling officers, or by the head of the case's unit.
 */
export function complianceRules({ can }: Builder, p: Principal): void {
  if (hasRole(p, Role.supervisor, Role.leader)) can('read', 'ComplianceReport');
  if (hasRole(p, Role.officer, Role.unitHead)) {
    can('create', 'RecordingExplanation', { 'case.handlingOfficerIds': p.id });
  }
  if (hasRole(p, Role.unitHead)) can('create', 'RecordingExplanation', { 'case.unit.id': p.unitId });
}
