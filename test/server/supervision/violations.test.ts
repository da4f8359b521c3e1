import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent, AuditOutcome } from '../../../server/src/audit/audit-event.entity.js';
import { Notification, NotificationKind } from '../../../server/src/notifications/notification.entity.js';
import { Role } from '../../../server/src/users/roles.js';
import { buildCase, buildRecord, buildUnit, buildUser, TEST_PASSWORD } from '../../factories.js';
import { codeOf, gql, login } from '../../support/graphql.js';
import { startTestServer, type TestServer } from '../../support/server.js';
import { appendSealed } from '../../support/audit.js';

let server: TestServer;
const users: Record<string, { id: string; token: string; unitId: string }> = {};
const refs: Record<string, string> = {};
const titles: Record<string, string> = {};

const FIELDS = `id versionId version kind personId person { id username } unit { id } occurredOn finding outcome
  evidence { kind ref } reason createdAt createdBy { id }`;
const REGISTER = `mutation($input: ViolationInput!) { registerViolation(input: $input) { ${FIELDS} } }`;
const CORRECT = `mutation($id: ID!, $input: ViolationInput!, $reason: String!, $version: Int) {
  correctViolation(id: $id, input: $input, reason: $reason, version: $version) { ${FIELDS} } }`;
const LIST = `query($f: ViolationFilter) { violations(filter: $f, perPage: 50) { total items { id version kind outcome } } }`;

const input = (overrides: Record<string, unknown> = {}) => ({
  kind: 'RECORD_TAMPERED',
  personId: users.officer.id,
  occurredOn: '2026-11-02',
  finding: '擅自删除现场检查录像片段',
  outcome: null,
  evidence: [
    { kind: 'RECORD', ref: refs.record },
    { kind: 'CASE', ref: refs.case },
    { kind: 'AUDIT_EVENT', ref: refs.seq },
  ],
  ...overrides,
});
const as = (who: string, query: string, variables: Record<string, unknown> = {}) =>
  gql(server.url, query, variables, users[who].token);
const listIds = async (who: string, f: Record<string, unknown> = {}) => {
  const r = await as(who, LIST, { f });
  expect(r.errors).toBeUndefined();
  return (r.data!.violations.items as { id: string }[]).map((i) => i.id).sort();
};

beforeAll(async () => {
  server = await startTestServer();
  const em = server.em();
  const unitA = await buildUnit(em);
  const unitB = await buildUnit(em);
  const make = async (name: string, roles: Role[], unit = unitA) => {
    const u = await buildUser(em, { roles, unit });
    users[name] = { id: u.id, token: await login(server.url, u.username, TEST_PASSWORD), unitId: unit.id };
  };
  await make('sup', [Role.supervisor]);
  await make('leader', [Role.leader]);
  await make('officer', [Role.officer]);
  await make('other', [Role.officer], unitB);
  await make('clerk', [Role.unitClerk]);
  const c = await buildCase(em, { unit: unitA });
  refs.case = c.id;
  titles.case = `${c.number} ${c.cause}`;
  const record = await buildRecord(em, c, { title: '现场检查录像说明' });
  refs.record = record.id;
  titles.record = record.title;
  refs.otherRecord = (await buildRecord(em, await buildCase(em, { unit: unitB }), { title: '丙所询问笔录' })).id;
  const event = await appendSealed(
    server,
    { id: null, username: 't', clientAddress: null },
    {
      action: 'record.view',
      subjectType: 'Record',
      subjectId: refs.record,
    },
  );
  refs.seq = String(event.seq);
});
afterAll(() => server?.close());

describe('supervisor', () => {
  it('registers a violation with its evidence links; audited', async () => {
    const r = await as('sup', REGISTER, { input: input() });
    expect(r.errors).toBeUndefined();
    const v = r.data!.registerViolation;
    expect(v).toMatchObject({
      version: 1,
      kind: 'RECORD_TAMPERED',
      personId: users.officer.id,
      unit: { id: users.officer.unitId },
      outcome: null,
      reason: null,
      createdBy: { id: users.sup.id },
    });
    expect(v.evidence).toHaveLength(3);
    refs.entry = v.id;
    const [event] = await server.em().find(AuditEvent, { action: 'violation.register', subjectId: v.id });
    expect(event).toMatchObject({ actorId: users.sup.id, subjectType: 'Violation' });
    expect(event.details).toMatchObject({ version: 1, kind: 'RECORD_TAMPERED', personId: users.officer.id });
  });

  it('corrects it as a new version with a required reason; the first version stays as it was', async () => {
    expect(codeOf(await as('sup', CORRECT, { id: refs.entry, input: input(), reason: '补充' }))).toBe(
      'BAD_USER_INPUT', // nothing changed
    );
    const noReason = await as('sup', CORRECT, {
      id: refs.entry,
      input: input({ outcome: 'DISCIPLINARY_SANCTION' }),
      reason: ' ',
    });
    expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
    const r = await as('sup', CORRECT, {
      id: refs.entry,
      input: input({ outcome: 'DISCIPLINARY_SANCTION' }),
      reason: '经局务会研究决定给予处分',
      version: 1,
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.correctViolation).toMatchObject({ id: refs.entry, version: 2, outcome: 'DISCIPLINARY_SANCTION' });
    const stale = await as('sup', CORRECT, {
      id: refs.entry,
      input: input({ outcome: 'SUSPENSION' }),
      reason: '过期的更正',
      version: 1,
    });
    expect(codeOf(stale)).toBe('CONFLICT');
    const h = await as(
      'sup',
      `query($id: ID!) { violationHistory(id: $id) { version outcome reason createdBy { id } } }`,
      {
        id: refs.entry,
      },
    );
    expect(h.data!.violationHistory).toEqual([
      { version: 1, outcome: null, reason: null, createdBy: { id: users.sup.id } },
      {
        version: 2,
        outcome: 'DISCIPLINARY_SANCTION',
        reason: '经局务会研究决定给予处分',
        createdBy: { id: users.sup.id },
      },
    ]);
    const one = await as('sup', `query($id: ID!) { violation(id: $id) { version outcome } }`, { id: refs.entry });
    expect(one.data!.violation).toEqual({ version: 2, outcome: 'DISCIPLINARY_SANCTION' });
    const [event] = await server.em().find(AuditEvent, { action: 'violation.correct', subjectId: refs.entry });
    expect(event.details).toMatchObject({ version: 2, changed: ['outcome'], reason: '经局务会研究决定给予处分' });
  });

  it('lists entries as they stand, filtered by kind, person, unit, outcome and period', async () => {
    const second = await as('sup', REGISTER, {
      input: input({ kind: 'NOT_RECORDED', personId: users.other.id, occurredOn: '2026-10-01', evidence: [] }),
    });
    refs.second = second.data!.registerViolation.id;
    expect(await listIds('sup')).toEqual([refs.entry, refs.second].sort());
    expect(await listIds('sup', { kind: 'NOT_RECORDED' })).toEqual([refs.second]);
    expect(await listIds('sup', { personId: users.officer.id })).toEqual([refs.entry]);
    expect(await listIds('sup', { unitId: users.other.unitId })).toEqual([refs.second]);
    expect(await listIds('sup', { outcome: 'DISCIPLINARY_SANCTION' })).toEqual([refs.entry]);
    // Outcome filters see the latest version only: version 1 had none.
    expect(await listIds('sup', { undecided: true })).toEqual([refs.second]);
    expect(await listIds('sup', { from: '2026-11-01', to: '2026-11-30' })).toEqual([refs.entry]);
    expect(await listIds('sup', { to: '2026-10-31' })).toEqual([refs.second]);
    const r = await as('sup', LIST, {});
    expect(r.data!.violations.total).toBe(2);
  });

  it('refuses bad evidence and a register entry about themselves', async () => {
    const missing = await as('sup', REGISTER, {
      input: input({ evidence: [{ kind: 'AUDIT_EVENT', ref: '99999999' }] }),
    });
    expect(codeOf(missing)).toBe('BAD_USER_INPUT');
    const bad = await as('sup', REGISTER, { input: input({ evidence: [{ kind: 'RECORD', ref: 'x' }] }) });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('sup', REGISTER, { input: input({ personId: users.sup.id }) }))).toBe('FORBIDDEN');
  });

  it('cannot change or delete a version or an entry: PostgreSQL refuses', async () => {
    const em = server.em();
    await expect(em.execute(`update violation_version set finding = 'x'`)).rejects.toThrow(/never altered/);
    await expect(em.execute(`delete from violation_version`)).rejects.toThrow(/never altered/);
    await expect(em.execute(`update violation_entry set created_at = now()`)).rejects.toThrow(/never altered/);
    await expect(em.execute(`delete from violation_entry`)).rejects.toThrow(/never altered/);
    await expect(em.execute(`truncate violation_version`)).rejects.toThrow(/never altered/);
  });
});

describe('leader', () => {
  it('reads the register but cannot write it', async () => {
    expect(await listIds('leader')).toEqual([refs.entry, refs.second].sort());
    expect(codeOf(await as('leader', REGISTER, { input: input() }))).toBe('FORBIDDEN');
  });
});

describe('the responsible person', () => {
  it('reads entries about them once decided, never others or undecided ones, and cannot write', async () => {
    expect(await listIds('officer')).toEqual([refs.entry]);
    const h = await as('officer', `query($id: ID!) { violationHistory(id: $id) { version } }`, { id: refs.entry });
    expect(h.data!.violationHistory).toHaveLength(2);
    // `other`'s entry has no outcome yet: it does not exist for them.
    expect(await listIds('other')).toEqual([]);
    expect(codeOf(await as('other', `query($id: ID!) { violation(id: $id) { id } }`, { id: refs.second }))).toBe(
      'NOT_FOUND',
    );
    const correct = await as('officer', CORRECT, {
      id: refs.entry,
      input: input({ finding: '我没有删除' }),
      reason: '申辩',
    });
    expect(codeOf(correct)).toBe('FORBIDDEN');
  });
});

describe('anyone else', () => {
  it('sees nothing, and a refused write is audited', async () => {
    expect(await listIds('clerk')).toEqual([]);
    expect(codeOf(await as('clerk', `query($id: ID!) { violation(id: $id) { id } }`, { id: refs.entry }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await as('clerk', REGISTER, { input: input() }))).toBe('FORBIDDEN');
    const [denied] = await server
      .em()
      .find(
        AuditEvent,
        { actorId: users.clerk.id, outcome: AuditOutcome.DENIED },
        { orderBy: { id: 'desc' }, limit: 1 },
      );
    expect(denied.action).toBe('mutation.registerViolation');
  });
});

const MINE = `{ myViolations(perPage: 50) { total items { id version outcome } } }`;
const mine = async (who: string) => {
  const r = await as(who, MINE);
  expect(r.errors).toBeUndefined();
  return (r.data!.myViolations.items as { id: string }[]).map((i) => i.id).sort();
};
/** Every VIOLATION_OUTCOME notification about an entry, whoever it went to. */
const toldAbout = (entryId: string) =>
  server
    .em()
    .find(
      Notification,
      { kind: NotificationKind.VIOLATION_OUTCOME, subjectId: entryId },
      { orderBy: { createdAt: 'asc' } },
    );

describe('my register entries (myViolations)', () => {
  it('are the entries about the caller that have an outcome, for every role', async () => {
    expect(await mine('officer')).toEqual([refs.entry]);
    // `other`'s entry is undecided: not theirs to see yet.
    expect(await mine('other')).toEqual([]);
    // The leader and the supervisor read the whole register, but nothing in it is about them.
    expect(await mine('leader')).toEqual([]);
    expect(await mine('sup')).toEqual([]);
    expect(await mine('clerk')).toEqual([]);
  });

  it('name the evidence the person may read, and only that', async () => {
    const q = `query($id: ID!) { violation(id: $id) { evidence { kind ref readable title } } }`;
    const r = await as('sup', REGISTER, {
      input: input({
        outcome: 'CRITICISM_EDUCATION',
        evidence: [
          { kind: 'RECORD', ref: refs.record },
          { kind: 'RECORD', ref: refs.otherRecord },
          { kind: 'CASE', ref: refs.case },
          { kind: 'AUDIT_EVENT', ref: refs.seq },
        ],
      }),
    });
    expect(r.errors).toBeUndefined();
    refs.third = r.data!.registerViolation.id;
    const before = await server.em().count(AuditEvent, { actorId: users.officer.id, outcome: AuditOutcome.DENIED });
    const seen = await as('officer', q, { id: refs.third });
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.violation.evidence).toEqual([
      { kind: 'RECORD', ref: refs.record, readable: true, title: titles.record },
      // Another unit's record: the officer may not read it, so it stays a bare reference.
      { kind: 'RECORD', ref: refs.otherRecord, readable: false, title: null },
      { kind: 'CASE', ref: refs.case, readable: true, title: titles.case },
      { kind: 'AUDIT_EVENT', ref: refs.seq, readable: false, title: null },
    ]);
    // Looking at the links asked nothing of the items themselves: no refusal in the trail.
    expect(await server.em().count(AuditEvent, { actorId: users.officer.id, outcome: AuditOutcome.DENIED })).toBe(
      before,
    );
    const sup = await as('sup', q, { id: refs.third });
    expect(sup.data!.violation.evidence.map((e: { readable: boolean }) => e.readable)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(await mine('officer')).toEqual([refs.entry, refs.third].sort());
  });
});

describe('the bell', () => {
  it('tells the person when an outcome is recorded, not before, and nobody else', async () => {
    const r = await as('sup', REGISTER, { input: input({ personId: users.other.id, evidence: [] }) });
    const id = r.data!.registerViolation.id as string;
    expect(await toldAbout(id)).toEqual([]);
    const fix = await as('sup', CORRECT, {
      id,
      input: input({ personId: users.other.id, evidence: [], finding: '未按规定上传当日执法录像' }),
      reason: '补充事实',
    });
    expect(fix.errors).toBeUndefined();
    expect(await toldAbout(id)).toEqual([]);
    expect(await mine('other')).toEqual([]);

    const decided = await as('sup', CORRECT, {
      id,
      input: input({
        personId: users.other.id,
        evidence: [],
        finding: '未按规定上传当日执法录像',
        outcome: 'SUSPENSION',
      }),
      reason: '经局务会研究决定',
    });
    expect(decided.errors).toBeUndefined();
    const told = await toldAbout(id);
    expect(told.map((n) => n.user.id)).toEqual([users.other.id]);
    expect(told[0]).toMatchObject({ subjectType: 'Violation', readAt: null });
    expect(told[0].summary).toBe('2026-11-02 未按规定上传当日执法录像');
    const bell = await as('other', `{ myNotifications { unread items { kind subjectType subjectId summary } } }`);
    expect(bell.data!.myNotifications.items).toContainEqual({
      kind: 'VIOLATION_OUTCOME',
      subjectType: 'Violation',
      subjectId: id,
      summary: '2026-11-02 未按规定上传当日执法录像',
    });
    expect(await mine('other')).toEqual([id]);

    // A correction of the finding alone tells no one again; a different outcome does.
    const wording = await as('sup', CORRECT, {
      id,
      input: input({
        personId: users.other.id,
        evidence: [],
        finding: '未按规定上传当日执法录像。',
        outcome: 'SUSPENSION',
      }),
      reason: '文字更正',
    });
    expect(wording.errors).toBeUndefined();
    expect(await toldAbout(id)).toHaveLength(1);
    const changed = await as('sup', CORRECT, {
      id,
      input: input({
        personId: users.other.id,
        evidence: [],
        finding: '未按规定上传当日执法录像。',
        outcome: 'CRITICISM_EDUCATION',
      }),
      reason: '复核后改为批评教育',
    });
    expect(changed.errors).toBeUndefined();
    expect((await toldAbout(id)).map((n) => n.user.id)).toEqual([users.other.id, users.other.id]);
  });

  it('tells the person at once of an entry registered with its outcome', async () => {
    const r = await as('sup', REGISTER, { input: input({ outcome: 'DISCIPLINARY_SANCTION', evidence: [] }) });
    const told = await toldAbout(r.data!.registerViolation.id);
    expect(told.map((n) => n.user.id)).toEqual([users.officer.id]);
  });

  it('has told only the responsible people of the register, never a supervisor, leader or colleague', async () => {
    const all = await server.em().find(Notification, { kind: NotificationKind.VIOLATION_OUTCOME });
    const people = new Set(all.map((n) => n.user.id));
    expect([...people].sort()).toEqual([users.officer.id, users.other.id].sort());
    for (const who of ['sup', 'leader', 'clerk']) {
      const bell = await as(who, `{ myNotifications { total } }`);
      expect(bell.data!.myNotifications.total).toBe(0);
    }
  });
});

describe('an entry corrected onto another person', () => {
  it('shows that person only the versions about them, and the keepers every version', async () => {
    const r = await as('sup', REGISTER, {
      input: input({ personId: users.other.id, outcome: 'CRITICISM_EDUCATION', finding: '未按规定存储执法音像资料' }),
    });
    expect(r.errors).toBeUndefined();
    const id = r.data!.registerViolation.id as string;
    const moved = await as('sup', CORRECT, {
      id,
      input: input({ personId: users.officer.id, outcome: 'CRITICISM_EDUCATION', finding: '未按规定存储执法音像资料' }),
      reason: '经核实，责任人认定有误',
      version: 1,
    });
    expect(moved.errors).toBeUndefined();
    const history = (who: string) =>
      as(who, `query($id: ID!) { violationHistory(id: $id) { version personId } }`, { id });
    expect((await history('officer')).data!.violationHistory).toEqual([{ version: 2, personId: users.officer.id }]);
    expect((await history('sup')).data!.violationHistory).toHaveLength(2);
    expect((await history('leader')).data!.violationHistory).toHaveLength(2);
    // The first person no longer reads the entry at all.
    expect(codeOf(await history('other'))).toBe('NOT_FOUND');
  });
});

describe('an entry about a keeper of the register', () => {
  it('is hidden from that supervisor or leader until its outcome is recorded, like anyone else’s', async () => {
    const sup2 = await buildUser(server.em(), { roles: [Role.supervisor] });
    users.sup2 = { id: sup2.id, token: await login(server.url, sup2.username, TEST_PASSWORD), unitId: sup2.unit.id };
    const aboutLeader = await as('sup', REGISTER, { input: input({ personId: users.leader.id }) });
    const aboutSup = await as('sup2', REGISTER, { input: input({ personId: users.sup.id }) });
    expect(aboutLeader.errors).toBeUndefined();
    expect(aboutSup.errors).toBeUndefined();
    const leaderEntry = aboutLeader.data!.registerViolation.id as string;
    const supEntry = aboutSup.data!.registerViolation.id as string;
    const get = (who: string, id: string) => as(who, `query($id: ID!) { violation(id: $id) { id outcome } }`, { id });
    // Not in their lists, not even in the totals, and not by id.
    expect(await listIds('leader')).not.toContain(leaderEntry);
    expect(await listIds('sup')).not.toContain(supEntry);
    const totals = async (who: string) => (await as(who, LIST, { f: {} })).data!.violations.total as number;
    expect(await totals('sup2')).toBe((await totals('sup')) + 1);
    expect(codeOf(await get('leader', leaderEntry))).toBe('NOT_FOUND');
    expect(codeOf(await get('sup', supEntry))).toBe('NOT_FOUND');
    // The other keepers see them.
    expect(await listIds('sup')).toContain(leaderEntry);
    expect(await listIds('leader')).toContain(supEntry);
    // Decided: the person reads it, as every responsible person does.
    const decided = await as('sup2', CORRECT, {
      id: supEntry,
      input: input({ personId: users.sup.id, outcome: 'CRITICISM_EDUCATION' }),
      reason: '作出处理',
      version: 1,
    });
    expect(decided.errors).toBeUndefined();
    expect((await get('sup', supEntry)).data!.violation).toEqual({ id: supEntry, outcome: 'CRITICISM_EDUCATION' });
  });
});
