import type { AbilityBuilder } from '@casl/ability';
import { CaseStatus } from '../cases/case.enums.js';
import { clearanceRank, Role } from '../users/roles.js';
import { type Action, type AppAbility, hasRole as has, type Principal } from './ability.js';

type Builder = AbilityBuilder<AppAbility>;

/** Party fields that are personal data (DESIGN.md "Confidentiality"): masked unless allowed. */
export const CASE_PERSONAL_FIELDS = ['partyIdNumber', 'partyPhone', 'partyAddress'];

/** Before transfer to the archive the unit still works on the case and its records. */
const WORKING = [CaseStatus.OPEN, CaseStatus.CONCLUDED, CaseStatus.COMPILED];
/** Records can be added or corrected until the case file is compiled. */
const RECORDING = [CaseStatus.OPEN, CaseStatus.CONCLUDED];

/** What roles may do with cases and records (DESIGN.md "Who may do what"). */
export function caseGrants({ can }: Builder, p: Principal): void {
  if (has(p, Role.officer, Role.unitClerk, Role.unitHead)) {
    can('read', 'Case', { 'unit.id': p.unitId });
    can('read', 'Record', { 'unit.id': p.unitId });
    can('create', 'Case', { 'unit.id': p.unitId });
    // Uploads: who may start one; what it becomes is checked as a record create in its case.
    can('create', 'Upload');
    can(['read', 'update'], 'Upload', { 'createdBy.id': p.id });
  }
  if (has(p, Role.leader, Role.legal, Role.archivist, Role.supervisor)) {
    // Metadata across units: leaders and legal approve, the archive keeps, supervision reports.
    can('read', ['Case', 'Record']);
  }
  // Handling officers view their own case's content until it goes to the archive (Art. 18).
  // Only enforcement officers (and unit heads, who also handle cases) are ever handling officers.
  if (has(p, Role.officer, Role.unitHead)) {
    can('view', 'Record', { 'case.handlingOfficerIds': p.id, 'case.status': { $in: WORKING } });
    can(['create', 'update'], 'Record', { 'case.handlingOfficerIds': p.id, 'case.status': { $in: RECORDING } });
    can('conclude', 'Case', { handlingOfficerIds: p.id });
  }
  if (has(p, Role.unitClerk)) {
    // Unit clerks record and upload for the unit's officers (Art. 9); transfers: archive-rules.ts.
    can(['create', 'update'], 'Record', { 'unit.id': p.unitId, 'case.status': { $in: RECORDING } });
  }
  if (has(p, Role.unitHead)) {
    can('conclude', 'Case', { 'unit.id': p.unitId });
  }
  if (has(p, Role.legal, Role.leader, Role.archivist)) {
    can(['placeHold', 'releaseHold'], 'Record');
  }
}

/** Personal party data: masked for everyone but the case's handlers, their head, legal and leaders. */
export function casePersonalData({ can, cannot }: Builder, p: Principal): void {
  cannot('read', 'Case', CASE_PERSONAL_FIELDS);
  can('read', 'Case', CASE_PERSONAL_FIELDS, { handlingOfficerIds: p.id });
  if (has(p, Role.unitHead)) can('read', 'Case', CASE_PERSONAL_FIELDS, { 'unit.id': p.unitId });
  if (has(p, Role.legal, Role.leader)) can('read', 'Case', CASE_PERSONAL_FIELDS);
}

const RECORD_ACTIONS: Action[] = [
  'read',
  'view',
  'download',
  'copy',
  'export',
  'create',
  'update',
  'placeHold',
  'releaseHold',
];

/**
 * Art. 20: a state-secret record above the user's clearance does not exist for them. Defined
 * last, so no grant can override it.
 */
export function clearanceLimit({ cannot }: Builder, p: Principal): void {
  cannot(RECORD_ACTIONS, 'Record', { secretRank: { $gt: clearanceRank(p.clearance) } });
}
