import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Action, defineAbilityFor, type SubjectType } from '../../../server/src/authz/ability.js';
import { accessibleFilter } from '../../../server/src/authz/to-filter.js';
import { Case } from '../../../server/src/cases/case.entity.js';
import { CaseStatus, Procedure } from '../../../server/src/cases/case.enums.js';
import { principalOf } from '../../../server/src/context.js';
import { EnforcementRecord } from '../../../server/src/records/record.entity.js';
import { Confidentiality, RecordKind } from '../../../server/src/records/record.enums.js';
import { Unit } from '../../../server/src/units/unit.entity.js';
import { Clearance, clearanceRank } from '../../../server/src/users/roles.js';
import { User } from '../../../server/src/users/user.entity.js';
import { seedDemo } from '../../../seeds/demo.js';
import { buildCase, buildRecord } from '../../factories.js';
import { startTestServer, type TestServer } from '../../support/server.js';

let server: TestServer;
let users: User[];
let cases: Case[];
let records: EnforcementRecord[];

/** Deterministic choice, so a failure reproduces. */
const pick = <T>(xs: readonly T[], i: number, salt: number): T => xs[(i * 7919 + salt * 104729) % xs.length];

beforeAll(async () => {
  server = await startTestServer();
  const em = server.em();
  await seedDemo(em, server.services.audit);
  users = await em.find(User, {}, { populate: ['unit'] });
  const officersOf = (unit: Unit) =>
    users.filter((u) => u.unit.id === unit.id && u.roles.some((r) => r === 'officer' || r === 'unitHead'));
  const units = (await em.find(Unit, { casePrefix: { $ne: null } })).filter((unit) => officersOf(unit).length >= 2);
  for (let i = 0; i < 30; i++) {
    const unit = pick(units, i, 1);
    const members = users.filter(
      (u) => u.unit.id === unit.id && u.roles.some((r) => r === 'officer' || r === 'unitHead'),
    );
    const officers = [pick(members, i, 2), pick(members, i + 1, 2)];
    if (officers[0].id === officers[1].id) officers[1] = members.find((m) => m.id !== officers[0].id)!;
    const c = await buildCase(em, {
      unit,
      officers,
      status: pick(Object.values(CaseStatus), i, 3),
      procedure: pick(Object.values(Procedure), i, 4),
    });
    for (let j = 0; j < 4; j++) {
      const level = pick(
        [null, null, null, Clearance.SECRET, Clearance.HIGHLY_SECRET, Clearance.TOP_SECRET],
        i * 4 + j,
        5,
      );
      await buildRecord(em, c, {
        kind: pick(Object.values(RecordKind), i * 4 + j, 6),
        confidentiality: level
          ? Confidentiality.STATE_SECRET
          : pick([Confidentiality.NONE, Confidentiality.PERSONAL_PRIVACY, Confidentiality.TRADE_SECRET], j, 7),
        secretLevel: level,
        secretRank: level ? clearanceRank(level) : 0,
      });
    }
  }
  const fresh = server.em();
  cases = await fresh.find(Case, {}, { populate: ['unit'] });
  records = await fresh.find(EnforcementRecord, {}, { populate: ['case', 'case.unit'] });
});
afterAll(() => server?.close());

async function agree(
  em: EntityManager,
  user: User,
  action: Action,
  type: SubjectType,
  rows: object[],
  entity: typeof Case | typeof EnforcementRecord,
) {
  const ability = defineAbilityFor(principalOf(user));
  const expected = rows
    .filter((r) => ability.can(action, r as never))
    .map((r) => (r as { id: string }).id)
    .sort();
  const filter = accessibleFilter(ability, action, type, em.getMetadata().get(entity.name));
  const actual =
    filter === null
      ? []
      : (await em.find(entity as typeof Case, filter as never, { fields: ['id'] })).map((r) => r.id).sort();
  expect(actual, `${user.username} ${action} ${type}`).toEqual(expected);
  return expected.length;
}

describe('the real rules, in SQL and in ability.can()', () => {
  it('agree row by row for every demo user on generated cases and records', async () => {
    const em = server.em();
    let granted = 0;
    for (const user of users) {
      for (const action of ['read', 'conclude', 'compile'] as Action[])
        granted += await agree(em, user, action, 'Case', cases, Case);
      for (const action of ['read', 'view', 'update', 'placeHold'] as Action[])
        granted += await agree(em, user, action, 'Record', records, EnforcementRecord);
    }
    expect(granted).toBeGreaterThan(500);
  });
});
