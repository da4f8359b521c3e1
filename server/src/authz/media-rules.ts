import type { AbilityBuilder } from '@casl/ability';
import { CaseStatus } from '../cases/case.enums.js';
import { Role } from '../users/roles.js';
import { type AppAbility, hasRole as has, type Principal } from './ability.js';

type Builder = AbilityBuilder<AppAbility>;

/**
 * Long-term media (Art. 15): the archive room writes what it keeps onto discs and sticks, registers
 * and re-checks them; leaders follow the register. The clearance limit (defined last) still hides
 * state secrets above the archivist's clearance, so those never go onto a medium.
 */
export function mediaRules({ can }: Builder, p: Principal): void {
  if (has(p, Role.archivist)) {
    // What the archive keeps: records of archived cases, and records marked for long-term preservation.
    can('export', 'Record', { 'case.status': CaseStatus.ARCHIVED });
    can('export', 'Record', { longTerm: true });
    can(['create', 'read'], 'MediaSet');
    // update: register the written medium (label, location); verify: read it back, re-check it yearly.
    can(['read', 'download', 'update', 'verify'], 'MediaVolume');
  }
  if (has(p, Role.leader)) can('read', ['MediaSet', 'MediaVolume']);
}
