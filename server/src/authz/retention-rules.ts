import type { AbilityBuilder } from '@casl/ability';
import { DisposalStatus } from '../archive/archive.enums.js';
import { Role } from '../users/roles.js';
import { type AppAbility, hasRole as has, type Principal } from './ability.js';

type Builder = AbilityBuilder<AppAbility>;

/**
 * Retention, holds and disposal (Art. 14–15): legal, leaders and the archive place and release
 * holds on whole case files as on records; the archive proposes and executes disposal lists, the
 * archive room's head and a leader approve them (through the engine), leaders and supervisors follow.
 */
export function retentionRules({ can }: Builder, p: Principal): void {
  if (has(p, Role.legal, Role.leader, Role.archivist)) {
    can(['placeHold', 'releaseHold'], 'Case');
    can('read', 'CaseHold');
  }
  if (has(p, Role.supervisor)) can('read', 'CaseHold');
  if (has(p, Role.archivist)) {
    // create: propose; update: edit while a draft or returned; dispose: execute once approved.
    can(['create', 'read', 'update', 'cancel', 'dispose'], 'DisposalList');
  }
  // The archive room's head decides the first step, so reads the room's lists.
  if (has(p, Role.unitHead)) can('read', 'DisposalList', { 'unit.id': p.unitId });
  if (has(p, Role.leader, Role.supervisor)) can('read', 'DisposalList');
  // The destruction certificate: for the archive and leaders, once issued.
  if (has(p, Role.archivist, Role.leader)) can('download', 'DisposalList', { status: DisposalStatus.EXECUTED });
}
