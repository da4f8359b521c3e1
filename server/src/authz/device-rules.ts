import type { AbilityBuilder } from '@casl/ability';
import { Role } from '../users/roles.js';
import { type AppAbility, hasRole as has, type Principal } from './ability.js';

type Builder = AbilityBuilder<AppAbility>;

/** Recording devices (Chapter 2): the unit keeps and uses them, the information centre registers them. */
export function deviceGrants({ can }: Builder, p: Principal): void {
  if (has(p, Role.officer, Role.unitClerk, Role.unitHead)) {
    can('read', 'Device', { 'unit.id': p.unitId });
    can('read', 'DeviceCheckout', { 'device.unit.id': p.unitId });
    can('reportFault', 'Device', { 'unit.id': p.unitId });
  }
  if (has(p, Role.leader, Role.supervisor, Role.infoCenter)) {
    can('read', ['Device', 'DeviceCheckout']);
  }
  if (has(p, Role.officer, Role.unitHead)) {
    can('checkout', 'Device', { 'unit.id': p.unitId });
    can('return', 'DeviceCheckout', { 'officer.id': p.id });
  }
  if (has(p, Role.unitClerk)) {
    // The unit's clerk keeps its devices: registers, maintains, takes returns, follows repairs (Art. 9, 10).
    can(['create', 'update', 'retire', 'maintain', 'repair'], 'Device', { 'unit.id': p.unitId });
    can('return', 'DeviceCheckout', { 'device.unit.id': p.unitId });
  }
  if (has(p, Role.infoCenter)) {
    can(['create', 'update', 'retire', 'repair', 'reportFault'], 'Device');
  }
}
