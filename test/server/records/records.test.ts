import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent, AuditOutcome } from '../../../server/src/audit/audit-event.entity.js';
import { Case } from '../../../server/src/cases/case.entity.js';
import { CaseStatus, Procedure } from '../../../server/src/cases/case.enums.js';
import { RecordVersion } from '../../../server/src/records/record-version.entity.js';
import { EnforcementRecord } from '../../../server/src/records/record.entity.js';
import { Confidentiality, RecordKind } from '../../../server/src/records/record.enums.js';
import { Clearance } from '../../../server/src/users/roles.js';
import { User } from '../../../server/src/users/user.entity.js';
import { buildCase, buildRecord } from '../../factories.js';
import { codeOf, gql, login } from '../../support/graphql.js';
import { holdRow } from '../../support/row-lock.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../../support/server.js';

let server: TestServer;
const t: Record<string, string> = {};
const u: Record<string, User> = {};
let theCase: Case;

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  for (const user of await server.em().find(User, {}, { populate: ['unit'] })) u[user.username] = user;
  for (const name of [
    'zhzf.officer1',
    'zhzf.officer2',
    'zhzf.clerk',
    'zhzf.head',
    'cgs.officer1',
    'leader',
    'deputy',
    'legal',
    'supervisor',
  ]) {
    t[name] = await login(server.url, name, DEMO_PASSWORD);
  }
  const em = server.em();
  theCase = await buildCase(em, {
    unit: u['zhzf.officer1'].unit,
    officers: [u['zhzf.officer1'], u['zhzf.officer2']].map((x) => em.getReference(User, x.id)),
  });
});
afterAll(() => server?.close());

const CREATE = `mutation($input: CreateRecordInput!) { createTextRecord(input: $input) { id version title confidentiality secretLevel case { number } } }`;
const text = (over: Record<string, unknown> = {}) => ({
  caseId: theCase.id,
  kind: 'INVESTIGATION_EVIDENCE',
  title: '询问笔录（李四）',
  body: '问：你是否知道所售食品已过保质期？答：不知道。',
  stage: 'INQUIRY',
  ...over,
});
async function create(over: Record<string, unknown> = {}, as = 'zhzf.officer1') {
  const r = await gql(server.url, CREATE, { input: text(over) }, t[as]);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.createTextRecord as { id: string; version: number };
}
const CORRECT = `mutation($id: ID!, $input: RecordMetadataInput!, $reason: String!) { correctRecord(id: $id, input: $input, reason: $reason) { version title stage } }`;

describe('creating records', () => {
  it('a handling officer or the unit clerk writes a text record: version 1, audited', async () => {
    const a = await create();
    await create({ title: '送达回证', kind: 'SERVICE_RECEIPT', stage: 'SERVICE' }, 'zhzf.clerk');
    expect(a.version).toBe(1);
    expect(await server.em().count(RecordVersion, { record: a.id })).toBe(1);
    expect(await server.em().count(AuditEvent, { action: 'record.create', subjectId: a.id })).toBe(1);
  });

  it('is refused to officers who do not handle the case, and to other units', async () => {
    await (async () => {
      const r = await gql(server.url, CREATE, { input: text() }, t['zhzf.head']);
      expect(codeOf(r)).toBe('FORBIDDEN');
    })();
    expect(codeOf(await gql(server.url, CREATE, { input: text() }, t['cgs.officer1']))).toBe('NOT_FOUND');
    // Roles that never handle cases have no create rule at all: the resolver guard refuses them.
    expect(codeOf(await gql(server.url, CREATE, { input: text() }, t.leader))).toBe('FORBIDDEN');
    expect(await server.em().count(AuditEvent, { action: 'mutation.createTextRecord', actorName: 'leader' })).toBe(1);
  });

  it('checks the metadata against the kind (Art. 3, 8, 15, 20)', async () => {
    const bad: Record<string, unknown>[] = [
      { kind: 'VIDEO' },
      { title: '   ' },
      { body: null },
      { confidentiality: 'STATE_SECRET' },
      { secretLevel: 'SECRET' },
      { longTerm: true },
      { partyNotified: true },
      { capturedFrom: '2026-11-02T10:00:00Z', capturedTo: '2026-11-02T09:00:00Z' },
    ];
    for (const over of bad)
      expect(
        codeOf(await gql(server.url, CREATE, { input: text(over) }, t['zhzf.officer1'])),
        JSON.stringify(over),
      ).toBe('BAD_USER_INPUT');
  });
});

describe('classifying records by their case (Art. 11)', () => {
  it('filters by a handling officer, the procedure and the day the case was opened, counting only those', async () => {
    const em = server.em();
    const licensing = await buildCase(em, {
      unit: u['zhzf.officer1'].unit,
      officers: [u['zhzf.head'], u['zhzf.officer2']].map((x) => em.getReference(User, x.id)),
      procedure: Procedure.LICENSING,
      openedOn: '2026-03-04',
    });
    const inLicensing = await buildRecord(em, licensing, { title: '许可现场核查笔录' });
    const inTheCase = await create({ title: '分类用询问笔录' });
    const LIST = `query($f: RecordFilter) { records(filter: $f, perPage: 200) { total items { id } } }`;
    const ids = async (f: Record<string, unknown>) => {
      const r = await gql(server.url, LIST, { f }, t.leader);
      expect(r.errors).toBeUndefined();
      const items = (r.data!.records.items as { id: string }[]).map((x) => x.id);
      expect(r.data!.records.total).toBe(items.length);
      return items;
    };
    const byProcedure = await ids({ procedures: ['LICENSING'] });
    expect(byProcedure).toContain(inLicensing.id);
    expect(byProcedure).not.toContain(inTheCase.id);
    const byOfficer = await ids({ officerId: u['zhzf.head'].id });
    expect(byOfficer).toContain(inLicensing.id);
    expect(byOfficer).not.toContain(inTheCase.id);
    expect(await ids({ openedFrom: '2026-03-04', openedTo: '2026-03-04' })).toEqual([inLicensing.id]);
    expect(await ids({ openedFrom: '2026-03-05', procedures: ['LICENSING'] })).not.toContain(inLicensing.id);
  });
});

describe('nothing is altered in place (Art. 21)', () => {
  it('a correction is a new version with its reason; the old version stays as it was', async () => {
    const r = await create();
    expect(
      codeOf(
        await gql(
          server.url,
          CORRECT,
          { id: r.id, input: { title: '询问笔录（李四）第一次' }, reason: ' ' },
          t['zhzf.officer1'],
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    const c = await gql(
      server.url,
      CORRECT,
      { id: r.id, input: { title: '询问笔录（李四）第一次', stage: 'ON_SITE_INSPECTION' }, reason: '笔录标题漏写次数' },
      t['zhzf.officer1'],
    );
    expect(c.data!.correctRecord).toEqual({ version: 2, title: '询问笔录（李四）第一次', stage: 'ON_SITE_INSPECTION' });
    expect(
      codeOf(
        await gql(
          server.url,
          CORRECT,
          { id: r.id, input: { title: '询问笔录（李四）第一次' }, reason: '重复' },
          t['zhzf.officer1'],
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    const h = await gql(
      server.url,
      'query($id: ID!) { recordHistory(id: $id) { version title stage reason createdByName } }',
      { id: r.id },
      t['zhzf.officer2'],
    );
    expect(h.data!.recordHistory).toEqual([
      { version: 1, title: '询问笔录（李四）', stage: 'INQUIRY', reason: null, createdByName: '吴浩' },
      {
        version: 2,
        title: '询问笔录（李四）第一次',
        stage: 'ON_SITE_INSPECTION',
        reason: '笔录标题漏写次数',
        createdByName: '吴浩',
      },
    ]);
    const [event] = await server.em().find(AuditEvent, { action: 'record.correct', subjectId: r.id });
    expect(event.details).toMatchObject({ version: 2, changed: ['title', 'stage'], reason: '笔录标题漏写次数' });
  });

  it('PostgreSQL refuses UPDATE or DELETE of versions and DELETE of records, even by hand-written SQL', async () => {
    const r = await create();
    const em = server.em();
    await expect(em.execute(`update record_version set title = 'x' where record_id = ?`, [r.id])).rejects.toThrow(
      /never altered/,
    );
    await expect(em.execute(`delete from record_version where record_id = ?`, [r.id])).rejects.toThrow(/never altered/);
    await expect(em.execute(`delete from record where id = ?`, [r.id])).rejects.toThrow(/never altered/);
    await expect(em.execute(`truncate record cascade`)).rejects.toThrow(/never altered/);
    expect(await server.em().count(RecordVersion, { record: r.id })).toBe(1);
  });
});

describe('content', () => {
  it('handling officers read it before transfer, audited; others are refused, audited', async () => {
    const r = await create();
    const q = 'query($id: ID!) { recordContent(id: $id) { body } }';
    expect((await gql(server.url, q, { id: r.id }, t['zhzf.officer2'])).data!.recordContent.body).toContain('保质期');
    expect(
      await server.em().count(AuditEvent, { action: 'record.view', subjectId: r.id, outcome: AuditOutcome.ALLOWED }),
    ).toBe(1);
    for (const who of ['zhzf.clerk', 'leader', 'supervisor'])
      expect(codeOf(await gql(server.url, q, { id: r.id }, t[who])), who).toBe('FORBIDDEN');
    expect(
      await server.em().count(AuditEvent, { action: 'record.view', subjectId: r.id, outcome: AuditOutcome.DENIED }),
    ).toBe(3);
    const em = server.em();
    const other = await buildCase(em, {
      unit: u['zhzf.officer1'].unit,
      officers: [em.getReference(User, u['zhzf.officer1'].id), em.getReference(User, u['zhzf.officer2'].id)],
      status: CaseStatus.TRANSFERRED,
    });
    const archived = await buildRecord(em, other);
    expect(codeOf(await gql(server.url, q, { id: archived.id }, t['zhzf.officer1']))).toBe('FORBIDDEN');
  });
});

describe('state secrets (Art. 20)', () => {
  it('do not exist for a user below their level: not in lists, totals, search, direct reads or errors', async () => {
    const em = server.em();
    const secret = await buildRecord(em, theCase, {
      title: '涉密调查报告甲',
      confidentiality: Confidentiality.STATE_SECRET,
      secretLevel: Clearance.HIGHLY_SECRET,
      secretRank: 2,
    });
    const list = async (who: string, filter: Record<string, unknown> = {}) =>
      (
        await gql(
          server.url,
          'query($f: RecordFilter) { records(filter: $f, perPage: 200) { total items { id } } }',
          { f: filter },
          t[who],
        )
      ).data!.records;
    const ids = (p: { items: { id: string }[] }) => p.items.map((i) => i.id);
    for (const who of ['deputy', 'zhzf.officer1']) {
      const all = await list(who);
      expect(ids(all), who).not.toContain(secret.id);
      expect(all.total).toBe(all.items.length);
      expect((await list(who, { q: '涉密调查' })).total, who).toBe(0);
      const direct = await gql(server.url, 'query($id: ID!) { record(id: $id) { title } }', { id: secret.id }, t[who]);
      expect(codeOf(direct)).toBe('NOT_FOUND');
      expect(JSON.stringify(direct)).not.toContain('涉密');
    }
    expect(ids(await list('leader', { q: '涉密调查' }))).toEqual([secret.id]);
    expect((await list('leader')).total).toBe((await list('deputy')).total + 1);
  });

  it('cannot be created or corrected above one’s own clearance', async () => {
    const r = await gql(
      server.url,
      CREATE,
      { input: text({ confidentiality: 'STATE_SECRET', secretLevel: 'SECRET' }) },
      t['zhzf.officer1'],
    );
    expect(codeOf(r)).toBe('FORBIDDEN');
    const mine = await create();
    const c = await gql(
      server.url,
      CORRECT,
      { id: mine.id, input: { confidentiality: 'STATE_SECRET', secretLevel: 'SECRET' }, reason: '定密' },
      t['zhzf.officer1'],
    );
    expect(codeOf(c)).toBe('FORBIDDEN');
    expect((await server.em().findOneOrFail(EnforcementRecord, { id: mine.id })).version).toBe(1);
  });
});

describe('holds and flags', () => {
  it('legal places and releases holds, which stack; officers cannot', async () => {
    const r = await create();
    const place = 'mutation($id: ID!, $reason: String!) { placeHold(recordId: $id, reason: $reason) { id } }';
    const release = 'mutation($id: ID!, $reason: String!) { releaseHold(holdId: $id, reason: $reason) { releasedAt } }';
    expect(codeOf(await gql(server.url, place, { id: r.id, reason: '行政诉讼中' }, t['zhzf.officer1']))).toBe(
      'FORBIDDEN',
    );
    const h1 = (await gql(server.url, place, { id: r.id, reason: '行政诉讼中' }, t.legal)).data!.placeHold.id;
    await gql(server.url, place, { id: r.id, reason: '复议中' }, t.leader);
    const read = async () =>
      (
        await gql(
          server.url,
          'query($id: ID!) { record(id: $id) { holdCount holds { reason releasedAt } } }',
          { id: r.id },
          t.legal,
        )
      ).data!.record;
    expect((await read()).holdCount).toBe(2);
    await gql(server.url, release, { id: h1, reason: '诉讼结束' }, t.legal);
    expect(codeOf(await gql(server.url, release, { id: h1, reason: '诉讼结束' }, t.legal))).toBe('INVALID_STATE');
    const after = await read();
    expect(after.holdCount).toBe(1);
    expect(after.holds).toHaveLength(2);
    expect(
      after.holds
        .filter((h: { releasedAt: string | null }) => h.releasedAt === null)
        .map((h: { reason: string }) => h.reason),
    ).toEqual(['复议中']);
    const held = await gql(server.url, 'query { records(filter: { held: true }) { total } }', {}, t.legal);
    expect(held.data!.records.total).toBe(1);
  });

  it('flags audio/video made without telling the party (Art. 8)', async () => {
    const em = server.em();
    const officer = em.getReference(User, u['zhzf.officer1'].id);
    const av = {
      kind: RecordKind.VIDEO,
      body: null,
      officer,
      capturedFrom: new Date('2026-11-02T09:00:00Z'),
      capturedTo: new Date('2026-11-02T09:20:00Z'),
    };
    const told = await buildRecord(em, theCase, {
      ...av,
      title: '现场检查录像',
      partyNotified: true,
      deviceNumber: 'ZHZF-001',
    });
    const untold = await buildRecord(em, theCase, {
      ...av,
      title: '现场检查录像（未告知）',
      partyNotified: false,
      deviceNumber: 'ZHZF-002',
    });
    const r = await gql(
      server.url,
      'query { records(filter: { notNotified: true }) { total items { id notNotified officer { displayName } } } }',
      {},
      t['zhzf.officer2'],
    );
    expect(r.data!.records.items).toEqual([{ id: untold.id, notNotified: true, officer: { displayName: '吴浩' } }]);
    const byDevice = await gql(
      server.url,
      'query { records(filter: { deviceNumber: "ZHZF-001", kinds: [VIDEO] }) { items { id } } }',
      {},
      t['zhzf.officer2'],
    );
    expect(byDevice.data!.records.items).toEqual([{ id: told.id }]);
  });
});

describe('writes racing a compile, or each other', () => {
  it('a record written while the case is being compiled for transfer is refused, not added after the catalogue', async () => {
    const c = await buildCase(server.em(), {
      unit: u['zhzf.officer1']!.unit,
      officers: [server.em().getReference(User, u['zhzf.officer1']!.id)],
    });
    // The compile holds the case's row; the new record (its right checked before) waits behind it.
    const row = await holdRow(server.config.databaseUrl!, 'select id from enforcement_case where id = $1 for update', [
      c.id,
    ]);
    try {
      const created = gql(server.url, CREATE, { input: text({ caseId: c.id }) }, t['zhzf.officer1']);
      await row.waiting(1);
      await row.query(`update enforcement_case set status = 'COMPILED' where id = $1`, [c.id]);
      await row.release();
      expect(codeOf(await created)).toBe('FORBIDDEN');
    } finally {
      await row.end();
    }
    expect(await server.em().count(EnforcementRecord, { case: c.id })).toBe(0);
  });

  it('two corrections of one version: the first is kept, the second is told to reload (no lost change, no 500)', async () => {
    const r = await create();
    const row = await holdRow(server.config.databaseUrl!, 'select id from record where id = $1 for update', [r.id]);
    try {
      const correct = (title: string, as: string) => () =>
        gql(server.url, CORRECT, { id: r.id, input: { title }, reason: '更正题名' }, t[as]);
      const [a, b] = await row.inOrder(
        correct('询问笔录（甲）', 'zhzf.officer1'),
        correct('询问笔录（乙）', 'zhzf.officer2'),
      );
      expect(a.errors).toBeUndefined();
      expect(a.data!.correctRecord.version).toBe(2);
      expect(codeOf(b)).toBe('CONFLICT');
    } finally {
      await row.end();
    }
    const versions = await server.em().find(RecordVersion, { record: r.id }, { orderBy: { version: 'asc' } });
    expect(versions.map((v) => [v.version, v.title])).toEqual([
      [1, '询问笔录（李四）'],
      [2, '询问笔录（甲）'],
    ]);
  });
});
