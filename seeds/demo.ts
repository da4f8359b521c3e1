import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditService } from '../server/src/audit/audit.service.js';
import { Unit, UnitKind } from '../server/src/units/unit.entity.js';
import { hashPassword } from '../server/src/users/password.js';
import { Clearance, Role } from '../server/src/users/roles.js';
import { User } from '../server/src/users/user.entity.js';
import { seedDemoCases } from './demo-cases.js';

/** The password of every demo account. */
export const DEMO_PASSWORD = 'Demo@2026';

/** 平乡县市场监督管理局: its leadership, offices, the enforcement team and two market-supervision offices. */
export const demoUnits = [
  { code: 'LEAD', name: '局领导', kind: UnitKind.LEADERSHIP },
  { code: 'FGK', name: '法规科', kind: UnitKind.LEGAL },
  { code: 'DAS', name: '档案室', kind: UnitKind.ARCHIVE },
  { code: 'XXZX', name: '信息中心', kind: UnitKind.INFO_CENTER },
  { code: 'JDS', name: '执法监督室', kind: UnitKind.SUPERVISION },
  { code: 'ZHZF', name: '综合执法大队', kind: UnitKind.ENFORCEMENT_TEAM, casePrefix: '平市监综' },
  { code: 'CGS', name: '城关市场监管所', kind: UnitKind.MARKET_OFFICE, casePrefix: '平市监城' },
  { code: 'FZS', name: '丰州市场监管所', kind: UnitKind.MARKET_OFFICE, casePrefix: '平市监丰' },
];

export const demoUsers: {
  username: string;
  displayName: string;
  unit: string;
  roles: Role[];
  clearance?: Clearance;
}[] = [
  {
    username: 'leader',
    displayName: '张伟（局长）',
    unit: 'LEAD',
    roles: [Role.leader],
    clearance: Clearance.HIGHLY_SECRET,
  },
  {
    username: 'deputy',
    displayName: '李娜（副局长）',
    unit: 'LEAD',
    roles: [Role.leader],
    clearance: Clearance.SECRET,
  },
  { username: 'legal', displayName: '王芳', unit: 'FGK', roles: [Role.legal] },
  { username: 'archivist', displayName: '刘洋', unit: 'DAS', roles: [Role.archivist] },
  { username: 'das.head', displayName: '陈静', unit: 'DAS', roles: [Role.unitHead, Role.archivist] },
  { username: 'infocenter', displayName: '赵磊', unit: 'XXZX', roles: [Role.infoCenter] },
  { username: 'supervisor', displayName: '孙丽', unit: 'JDS', roles: [Role.supervisor] },
  { username: 'zhzf.head', displayName: '周强', unit: 'ZHZF', roles: [Role.unitHead, Role.officer] },
  { username: 'zhzf.officer1', displayName: '吴浩', unit: 'ZHZF', roles: [Role.officer] },
  { username: 'zhzf.officer2', displayName: '郑涛', unit: 'ZHZF', roles: [Role.officer] },
  { username: 'zhzf.clerk', displayName: '何敏', unit: 'ZHZF', roles: [Role.unitClerk] },
  { username: 'cgs.head', displayName: '马军', unit: 'CGS', roles: [Role.unitHead, Role.officer] },
  { username: 'cgs.officer1', displayName: '黄波', unit: 'CGS', roles: [Role.officer] },
  { username: 'cgs.officer2', displayName: '林雪', unit: 'CGS', roles: [Role.officer] },
  { username: 'cgs.clerk', displayName: '郭慧', unit: 'CGS', roles: [Role.unitClerk] },
  { username: 'fzs.officer1', displayName: '许峰', unit: 'FZS', roles: [Role.officer] },
];

/**
 * Adds whatever of the demo units, users and cases is missing (matched by unit code, username
 * and case number); never changes or removes existing rows, so it is safe to run again.
 */
export async function seedDemo(
  em: EntityManager,
  audit: AuditService,
  opts: { cases?: boolean } = {},
): Promise<{ units: number; users: number; cases: number }> {
  return em.transactional(async (tx) => {
    const units = new Map<string, Unit>();
    let addedUnits = 0;
    for (const u of demoUnits) {
      let unit = await tx.findOne(Unit, { code: u.code });
      if (!unit) {
        unit = tx.create(Unit, u);
        addedUnits++;
      }
      units.set(u.code, unit);
    }
    const existing = new Set(
      (await tx.find(User, { username: { $in: demoUsers.map((u) => u.username) } })).map((u) => u.username),
    );
    const missing = demoUsers.filter((u) => !existing.has(u.username));
    const passwordHash = missing.length ? await hashPassword(DEMO_PASSWORD) : '';
    for (const u of missing) {
      tx.create(User, {
        username: u.username,
        displayName: u.displayName,
        unit: units.get(u.unit)!,
        roles: u.roles,
        clearance: u.clearance ?? Clearance.NONE,
        passwordHash,
      });
    }
    await tx.flush();
    const users = new Map(
      (await tx.find(User, { username: { $in: demoUsers.map((u) => u.username) } })).map((u) => [u.username, u]),
    );
    const addedCases = opts.cases === false ? 0 : await seedDemoCases(tx, users, units);
    if (addedUnits || missing.length || addedCases) {
      await audit.append(
        tx,
        { id: null, username: 'system', clientAddress: null },
        {
          action: 'system.seedDemo',
          details: { unitsAdded: addedUnits, usersAdded: missing.map((u) => u.username), casesAdded: addedCases },
        },
      );
    }
    return { units: addedUnits, users: missing.length, cases: addedCases };
  });
}
