import type { AbilityBuilder } from '@casl/ability';
import { clearanceRank, Role } from '../users/roles.js';
import { type AppAbility, hasRole as has, type Principal } from './ability.js';

type Builder = AbilityBuilder<AppAbility>;

/** Approvals (DESIGN.md "Approval chains") and the grants they give (Art. 18). */
export function approvalGrants({ can, cannot }: Builder, p: Principal): void {
  const rank = clearanceRank(p.clearance);
  // A waiting step is decided by a holder of its role, of its unit where it names one, whose
  // clearance reaches the step's; never by the requester.
  const decider = { role: { $in: p.roles }, waiting: true, minClearanceRank: { $lte: rank } };
  can('approve', 'ApprovalStep', { ...decider, unitId: null });
  can('approve', 'ApprovalStep', { ...decider, unitId: p.unitId });
  cannot('approve', 'ApprovalStep', { requesterId: p.id });
  // Whoever decided a step keeps sight of it, and so of its request (e.g. to see how it ended).
  can('read', 'ApprovalStep', { 'decidedBy.id': p.id });

  can(['read', 'cancel', 'resubmit'], 'ApprovalRequest', { 'requester.id': p.id });
  // 查阅申请 is for staff whose work uses evidence; the information centre and supervisors never
  // see content (DESIGN.md), so they may not ask for it either.
  if (!onlyWithoutContent(p)) can('create', 'ViewingRequest');
  can('read', 'AccessGrant', { 'user.id': p.id });
  can('revoke', 'AccessGrant', { 'user.id': p.id });
  can('read', 'ApprovalPolicy');
  if (has(p, Role.leader, Role.supervisor, Role.legal)) {
    can('read', ['ApprovalRequest', 'AccessGrant']);
  }
  if (has(p, Role.leader)) can('revoke', 'AccessGrant');
  if (has(p, Role.infoCenter)) can('update', 'ApprovalPolicy');
}

/** Roles that never see evidence content (separation of duties). */
const CONTENT_FREE: Role[] = [Role.infoCenter, Role.supervisor];
const onlyWithoutContent = (p: Principal) => p.roles.every((r) => CONTENT_FREE.includes(r));

/** The user's active grants: exactly these records, these actions, until they expire or are revoked. */
export function grantedRecords({ can, cannot }: Builder, p: Principal): void {
  // Nothing, not even a grant made before a role change, opens content to a content-free account.
  if (onlyWithoutContent(p)) {
    cannot(['view', 'download'], 'Record');
    return;
  }
  const grants = p.grants ?? [];
  if (grants.length === 0) return;
  can('read', 'Record', { id: { $in: [...new Set(grants.map((g) => g.recordId))] } });
  for (const action of ['view', 'download'] as const) {
    const ids = grants.filter((g) => g.actions.includes(action)).map((g) => g.recordId);
    if (ids.length) can(action, 'Record', { id: { $in: [...new Set(ids)] } });
  }
}
