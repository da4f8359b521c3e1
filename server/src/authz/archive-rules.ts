import type { AbilityBuilder } from '@casl/ability';
import { TransferStatus } from '../archive/archive.enums.js';
import { Role } from '../users/roles.js';
import { type AppAbility, hasRole as has, type Principal } from './ability.js';

type Builder = AbilityBuilder<AppAbility>;

/** Transfers to the archive (Art. 13) and the retention schedule (Art. 14). */
export function archiveRules({ can }: Builder, p: Principal): void {
  if (has(p, Role.unitClerk, Role.unitHead)) {
    // The unit compiles and submits its own case files; once sent they are the archive's.
    can('read', 'Transfer', { 'unit.id': p.unitId });
    can(['create', 'update', 'transfer'], 'Transfer', {
      'unit.id': p.unitId,
      status: { $in: [TransferStatus.DRAFT, TransferStatus.RETURNED] },
    });
    can('cancel', 'Transfer', { 'unit.id': p.unitId, status: TransferStatus.IN_APPROVAL });
  }
  if (has(p, Role.archivist)) {
    can('read', 'Transfer');
    can('accept', 'Transfer', { status: TransferStatus.SENT });
  }
  if (has(p, Role.leader, Role.supervisor)) can('read', 'Transfer');
  if (has(p, Role.unitClerk, Role.unitHead, Role.archivist, Role.leader, Role.supervisor, Role.legal))
    can('read', 'RetentionRule');
  if (has(p, Role.archivist, Role.leader)) can('update', 'RetentionRule');
}
