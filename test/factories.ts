import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Unit, UnitKind } from '../server/src/units/unit.entity.js';
import { hashPassword } from '../server/src/users/password.js';
import { Clearance, Role } from '../server/src/users/roles.js';
import { User } from '../server/src/users/user.entity.js';

export const TEST_PASSWORD = 'Test-pass-2026';
let cachedHash: Promise<string> | undefined;
const uniq = () => randomBytes(4).toString('hex');

export async function buildUnit(
  em: EntityManager,
  overrides: Partial<Pick<Unit, 'code' | 'name' | 'kind'>> = {},
): Promise<Unit> {
  const id = uniq().toUpperCase();
  const unit = em.create(Unit, { code: `U${id}`, name: `单位${id}`, kind: UnitKind.ENFORCEMENT_TEAM, ...overrides });
  await em.flush();
  return unit;
}

export async function buildUser(
  em: EntityManager,
  overrides: Partial<Pick<User, 'username' | 'displayName' | 'roles' | 'clearance' | 'active' | 'lockedUntil'>> & {
    unit?: Unit;
    password?: string;
  } = {},
): Promise<User> {
  const { password, unit, ...rest } = overrides;
  const passwordHash = password ? await hashPassword(password) : await (cachedHash ??= hashPassword(TEST_PASSWORD));
  const user = em.create(User, {
    username: `user.${uniq()}`,
    displayName: '测试用户',
    roles: [Role.officer],
    clearance: Clearance.NONE,
    ...rest,
    unit: unit ?? (await buildUnit(em)),
    passwordHash,
  });
  await em.flush();
  return user;
}
