import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditOutcome } from '../../../server/src/audit/audit-event.entity.js';
import { CaseStatus } from '../../../server/src/cases/case.enums.js';
import { DeviceCheckout } from '../../../server/src/devices/checkout.entity.js';
import { Device } from '../../../server/src/devices/device.entity.js';
import { DeviceKind } from '../../../server/src/devices/device.enums.js';
import type { EnforcementRecord } from '../../../server/src/records/record.entity.js';
import { Confidentiality, EnforcementStage, RecordKind } from '../../../server/src/records/record.enums.js';
import { Clearance, Role } from '../../../server/src/users/roles.js';
import type { User } from '../../../server/src/users/user.entity.js';
import { buildCase, buildRecord, buildUnit, buildUser, TEST_PASSWORD } from '../../factories.js';
import { codeOf, gql, login } from '../../support/graphql.js';
import { startTestServer, type TestServer } from '../../support/server.js';
import { appendSealed } from '../../support/audit.js';

let server: TestServer;
const tokens: Record<string, string> = {};
const people: Record<string, User> = {};
/** What was planted, per kind: the ids the report must find, and nothing else. */
const planted: Record<string, string[]> = {};
const refs: Record<string, string> = {};

const OCTOBER = { from: '2026-10-01', to: '2026-10-31' };
const SUMMARY = `query($f: ComplianceFilter!) { complianceSummary(filter: $f) {
  totals { kind count } byUnit { unitId kind count } byOfficer { officerId kind count } byMonth { month kind count } } }`;
const ITEMS = `query($f: ComplianceFilter!, $page: Int, $perPage: Int) {
  complianceItems(filter: $f, page: $page, perPage: $perPage) { total items { id kind at unitId officerId caseId recordId
    subjectType subjectId stage detail explanation { text author { id } } unit { name } officer { id } case { number } record { id title } } } }`;
const EXPLAIN = `mutation($c: ID!, $s: EnforcementStage!, $t: String!) {
  explainRecordingGap(caseId: $c, stage: $s, text: $t) { id stage text author { id } } }`;
const GAPS = `query($id: ID!) { case(id: $id) { recordingGaps { stage since records explanation { text } } } }`;

const as = (who: string, query: string, variables: Record<string, unknown> = {}) =>
  gql(server.url, query, variables, tokens[who]);

async function items(who: string, f: Record<string, unknown>) {
  const r = await as(who, ITEMS, { f, perPage: 200 });
  expect(r.errors).toBeUndefined();
  return r.data!.complianceItems as {
    total: number;
    items: {
      id: string;
      kind: string;
      subjectId: string;
      recordId: string | null;
      caseId: string | null;
      officerId: string | null;
      detail: Record<string, unknown>;
      explanation: { text: string; author: { id: string } } | null;
    }[];
  };
}

/** The subjects found, per kind. */
async function found(who: string, f: Record<string, unknown>) {
  const page = await items(who, f);
  const byKind: Record<string, string[]> = {};
  for (const i of page.items) (byKind[i.kind] ??= []).push(i.subjectId);
  for (const k of Object.keys(byKind)) byKind[k].sort();
  return byKind;
}

const at = (s: string) => new Date(s);

async function setCreatedAt(record: EnforcementRecord, when: string) {
  await server.em().execute('update record set created_at = ? where id = ?', [at(when), record.id]);
}

const plant = (kind: string, id: string) => (planted[kind] ??= []).push(id);

beforeAll(async () => {
  server = await startTestServer({ config: { unusualAccessCount: 12, unusualAccessMinutes: 10 } });
  const em = server.em();
  const unitA = await buildUnit(em);
  const unitB = await buildUnit(em);
  refs.unitA = unitA.id;
  refs.unitB = unitB.id;
  const make = async (name: string, roles: Role[], unit = unitA, clearance = Clearance.NONE) => {
    people[name] = await buildUser(em, { roles, unit, clearance });
    tokens[name] = await login(server.url, people[name].username, TEST_PASSWORD);
  };
  await make('sup', [Role.supervisor]);
  await make('supSecret', [Role.supervisor], unitA, Clearance.SECRET);
  await make('leader', [Role.leader]);
  await make('a1', [Role.officer]);
  await make('a2', [Role.officer]);
  await make('headA', [Role.unitHead]);
  await make('b1', [Role.officer], unitB);
  await make('b2', [Role.officer], unitB);
  await make('clerk', [Role.unitClerk]);

  // Art. 7: c1 has an on-site inspection with no audio/video (a finding), an inquiry with a video
  // (none), a penalty decision (not an on-site stage), and a seizure in September (outside).
  const c1 = await buildCase(em, { unit: unitA, officers: [people.a1, people.a2] });
  refs.c1 = c1.id;
  const inspection = await buildRecord(em, c1, {
    stage: EnforcementStage.ON_SITE_INSPECTION,
    capturedFrom: at('2026-10-05T09:00:00+08:00'),
    officer: people.a1,
  });
  refs.inspection = inspection.id;
  plant('MISSING_RECORDING', `${c1.id}:ON_SITE_INSPECTION`);
  await buildRecord(em, c1, { stage: EnforcementStage.INQUIRY, capturedFrom: at('2026-10-06T10:00:00+08:00') });
  const inquiryVideo = await buildRecord(em, c1, {
    kind: RecordKind.VIDEO,
    stage: EnforcementStage.INQUIRY,
    capturedFrom: at('2026-10-06T10:00:00+08:00'),
    capturedTo: at('2026-10-06T10:30:00+08:00'),
    partyNotified: true,
    officer: people.a1,
    deviceNumber: 'DEV-A-1',
  });
  await setCreatedAt(inquiryVideo, '2026-10-06T18:00:00+08:00');
  await buildRecord(em, c1, {
    kind: RecordKind.ENFORCEMENT_DOCUMENT,
    stage: EnforcementStage.PENALTY_DECISION,
    capturedFrom: at('2026-10-20T10:00:00+08:00'),
  });
  const seizure = await buildRecord(em, c1, {
    stage: EnforcementStage.SEIZURE,
    capturedFrom: at('2026-09-20T10:00:00+08:00'),
  });
  refs.seizure = seizure.id;

  // Art. 8: a photo without the notice (found), and a state secret one (only for a cleared reader).
  const photo = await buildRecord(em, c1, {
    kind: RecordKind.PHOTO,
    stage: EnforcementStage.INQUIRY,
    capturedFrom: at('2026-10-07T11:00:00+08:00'),
    partyNotified: false,
    officer: people.a2,
    deviceNumber: 'DEV-A-1',
  });
  await setCreatedAt(photo, '2026-10-07T20:00:00+08:00');
  plant('NO_NOTICE', photo.id);
  const c2 = await buildCase(em, { unit: unitB, officers: [people.b1, people.b2] });
  refs.c2 = c2.id;
  const secret = await buildRecord(em, c2, {
    kind: RecordKind.AUDIO,
    stage: EnforcementStage.INQUIRY,
    capturedFrom: at('2026-10-09T11:00:00+08:00'),
    partyNotified: false,
    officer: people.b1,
    confidentiality: Confidentiality.STATE_SECRET,
    secretLevel: Clearance.SECRET,
    secretRank: 1,
  });
  await setCreatedAt(secret, '2026-10-09T20:00:00+08:00');
  refs.secret = secret.id;
  // Its inquiry text record: the secret audio covers the stage for a cleared reader only, so for
  // the (uncleared) supervisor and leader the stage is a gap.
  await buildRecord(em, c2, { stage: EnforcementStage.INQUIRY, capturedFrom: at('2026-10-09T11:00:00+08:00') });
  plant('MISSING_RECORDING', `${c2.id}:INQUIRY`);

  // Art. 13: a video uploaded two days after its day (late); one uploaded by 09:00 next day (in time).
  const late = await buildRecord(em, c2, {
    kind: RecordKind.VIDEO,
    stage: EnforcementStage.SERVICE,
    capturedFrom: at('2026-10-10T10:00:00+08:00'),
    partyNotified: true,
    officer: people.b1,
    deviceNumber: 'DEV-B-1',
  });
  await setCreatedAt(late, '2026-10-12T15:00:00+08:00');
  plant('LATE_UPLOAD', late.id);
  const onTime = await buildRecord(em, c2, {
    kind: RecordKind.VIDEO,
    stage: EnforcementStage.SERVICE,
    capturedFrom: at('2026-10-11T22:00:00+08:00'),
    partyNotified: true,
    officer: people.b1,
    deviceNumber: 'DEV-B-1',
  });
  await setCreatedAt(onTime, '2026-10-12T08:30:00+08:00');

  // Daily offload: DEV-A-2 checked out on 8 October with nothing of that day (missing); DEV-B-1 on
  // 10 October has the late video (not missing: it is late instead); DEV-A-1 on 6 October has the video.
  const device = (number: string, unit = unitA) =>
    em.create(Device, { number, kind: DeviceKind.BODY_CAMERA, model: 'm', serial: number, unit });
  const checkout = (d: Device, officer: User, day: string) =>
    em.create(DeviceCheckout, {
      device: d,
      officer,
      day,
      batteryPercent: 90,
      freeStorageGb: 30,
      clockCorrect: true,
      checkPassed: true,
    });
  const dA1 = device('DEV-A-1');
  const dA2 = device('DEV-A-2');
  const dB1 = device('DEV-B-1', unitB);
  checkout(dA1, people.a1, '2026-10-06');
  const missing = checkout(dA2, people.a2, '2026-10-08');
  checkout(dB1, people.b1, '2026-10-10');
  await em.flush();
  plant('MISSING_OFFLOAD', missing.id);

  // Transfers: c3 deadline 15 October, never sent (overdue); c4 sent before its deadline (not);
  // c5 sent the day after its deadline (overdue).
  const c3 = await buildCase(em, {
    unit: unitA,
    officers: [people.a1, people.a2],
    status: CaseStatus.CONCLUDED,
    concludedOn: '2026-09-15',
    transferDeadline: '2026-10-15',
  });
  plant('OVERDUE_TRANSFER', c3.id);
  const c4 = await buildCase(em, {
    unit: unitA,
    officers: [people.a1, people.a2],
    status: CaseStatus.TRANSFERRED,
    concludedOn: '2026-09-20',
    transferDeadline: '2026-10-20',
  });
  const c5 = await buildCase(em, {
    unit: unitB,
    officers: [people.b1, people.b2],
    status: CaseStatus.TRANSFERRED,
    concludedOn: '2026-09-21',
    transferDeadline: '2026-10-21',
  });
  plant('OVERDUE_TRANSFER', c5.id);
  const transfer = (caseId: string, unitId: string, sentAt: string) =>
    em.execute(
      `insert into archive_transfer (id, number, case_id, unit_id, status, catalogue, created_by_id, created_at, sent_at, updated_at)
       values (?, ?, ?, ?, 'SENT', '[]', ?, ?, ?, now())`,
      [randomUUID(), `YJ-T-${caseId.slice(0, 8)}`, caseId, unitId, people.a1.id, at(sentAt), at(sentAt)],
    );
  await transfer(c4.id, unitA.id, '2026-10-18T10:00:00+08:00');
  await transfer(c5.id, unitB.id, '2026-10-22T10:00:00+08:00');

  // Fixity: a record's file failed a check on 9 October; another passed.
  const fileId = randomUUID();
  await em.execute(
    `insert into stored_file (id, sha256, sm3, size, media_type, extension, stored_at, fixity_status)
     values (?, ?, ?, 10, 'video/mp4', 'mp4', now(), 'MISMATCH')`,
    [fileId, 'ab'.repeat(32), 'cd'.repeat(32)],
  );
  const withFile = await buildRecord(em, c2, {
    kind: RecordKind.VIDEO,
    stage: EnforcementStage.SERVICE,
    capturedFrom: at('2026-10-13T10:00:00+08:00'),
    partyNotified: true,
    officer: people.b2,
    fileId,
  });
  await setCreatedAt(withFile, '2026-10-13T18:00:00+08:00');
  const check = async (status: string, when: string) => {
    const id = randomUUID();
    await em.execute(
      `insert into fixity_check (id, file_id, checked_at, status, trigger) values (?, ?, ?, ?, 'SCHEDULE')`,
      [id, fileId, at(when), status],
    );
    return id;
  };
  await check('OK', '2026-10-02T03:00:00+08:00');
  plant('FIXITY_FAILURE', `${withFile.id}:${await check('MISMATCH', '2026-10-09T03:00:00+08:00')}`);

  // Requests: one still in approval past its due date (found), one delivered (not).
  const disclosure = (status: string, due: string) => {
    const id = randomUUID();
    return em
      .execute(
        `insert into disclosure (id, type, number, status, unit_id, registered_by_id, registered_at, due_at, purpose, updated_at)
         values (?, 'EXTERNAL', ?, ?, ?, ?, ?, ?, '法院调取', now())`,
        [id, `DQ-${id.slice(0, 6)}`, status, unitA.id, people.a1.id, at('2026-10-01T10:00:00+08:00'), at(due)],
      )
      .then(() => id);
  };
  plant('OVERDUE_REQUEST', await disclosure('IN_APPROVAL', '2026-10-25T17:00:00+08:00'));
  await disclosure('DELIVERED', '2026-10-26T17:00:00+08:00');
  for (const k of Object.keys(planted)) planted[k].sort();
});
afterAll(() => server?.close());

describe('compliance reports', () => {
  it('find exactly the planted findings of October, and nothing else', async () => {
    const f = await found('sup', { ...OCTOBER });
    expect(f).toEqual(planted);
    // The same for a leader; an officer, a unit head and a clerk may not read the reports.
    expect(await found('leader', { ...OCTOBER })).toEqual(planted);
    for (const who of ['a1', 'headA', 'clerk']) {
      expect(codeOf(await as(who, ITEMS, { f: OCTOBER }))).toBe('FORBIDDEN');
      expect(codeOf(await as(who, SUMMARY, { f: OCTOBER }))).toBe('FORBIDDEN');
    }
  });

  it('shows a state secret finding only to a reader cleared for it, in items and totals', async () => {
    const cleared = await found('supSecret', { ...OCTOBER, kinds: ['NO_NOTICE', 'MISSING_RECORDING'] });
    expect(cleared.NO_NOTICE).toEqual([...planted.NO_NOTICE, refs.secret].sort());
    // The secret audio covers c2's inquiry for the cleared reader; without it the stage is a gap.
    expect(cleared.MISSING_RECORDING).toEqual(planted.MISSING_RECORDING.filter((id) => id !== `${refs.c2}:INQUIRY`));
    const totals = async (who: string) =>
      (
        (await as(who, SUMMARY, { f: { ...OCTOBER, kinds: ['NO_NOTICE'] } })).data!.complianceSummary.totals as {
          kind: string;
          count: number;
        }[]
      )[0].count;
    expect(await totals('sup')).toBe(1);
    expect(await totals('supSecret')).toBe(2);
  });

  it('counts per kind, unit, person and month, and filters by unit and person', async () => {
    const r = await as('sup', SUMMARY, { f: { from: '2026-09-01', to: '2026-10-31' } });
    expect(r.errors).toBeUndefined();
    const s = r.data!.complianceSummary;
    const total = (kind: string) => s.totals.find((t: { kind: string }) => t.kind === kind)?.count;
    // September adds the seizure without audio/video.
    expect(total('MISSING_RECORDING')).toBe(3);
    expect(s.byMonth).toEqual(
      expect.arrayContaining([
        { month: '2026-09', kind: 'MISSING_RECORDING', count: 1 },
        { month: '2026-10', kind: 'MISSING_RECORDING', count: 2 },
        { month: '2026-10', kind: 'OVERDUE_TRANSFER', count: 2 },
      ]),
    );
    expect(s.byUnit).toEqual(
      expect.arrayContaining([
        { unitId: refs.unitA, kind: 'OVERDUE_TRANSFER', count: 1 },
        { unitId: refs.unitB, kind: 'OVERDUE_TRANSFER', count: 1 },
        { unitId: refs.unitB, kind: 'LATE_UPLOAD', count: 1 },
      ]),
    );
    expect(s.byOfficer).toEqual(
      expect.arrayContaining([
        { officerId: people.a2.id, kind: 'MISSING_OFFLOAD', count: 1 },
        { officerId: people.a2.id, kind: 'NO_NOTICE', count: 1 },
        { officerId: people.b1.id, kind: 'LATE_UPLOAD', count: 1 },
      ]),
    );
    const unitB = await found('sup', { ...OCTOBER, unitId: refs.unitB });
    expect(Object.keys(unitB).sort()).toEqual([
      'FIXITY_FAILURE',
      'LATE_UPLOAD',
      'MISSING_RECORDING',
      'OVERDUE_TRANSFER',
    ]);
    const a2 = await found('sup', { ...OCTOBER, officerId: people.a2.id });
    expect(a2).toEqual({ MISSING_OFFLOAD: planted.MISSING_OFFLOAD, NO_NOTICE: planted.NO_NOTICE });
  });

  it('finds refused attempts and unusual access in the trail', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const actor = (u: User) => ({ id: u.id, username: u.username, clientAddress: '127.0.0.1' });
    const denied = await appendSealed(server, actor(people.b2), {
      action: 'record.view',
      subjectType: 'Record',
      subjectId: refs.inspection,
      outcome: AuditOutcome.DENIED,
      details: { reason: 'FORBIDDEN' },
    });
    // a2 opens 12 records within minutes (the threshold set for this test), a1 only 5.
    for (let i = 0; i < 12; i++) {
      await server.services.audit.append(server.em(), actor(people.a2), {
        action: 'record.view',
        subjectType: 'Record',
        subjectId: refs.inspection,
      });
    }
    for (let i = 0; i < 5; i++) {
      await server.services.audit.append(server.em(), actor(people.a1), {
        action: 'record.download',
        subjectType: 'Record',
        subjectId: refs.inspection,
      });
    }
    const window = { from: addDays(today, -1), to: addDays(today, 1), kinds: ['DENIED_ACCESS', 'UNUSUAL_ACCESS'] };
    const page = await items('sup', window);
    // Refusals of this file's other tests are in the window too: b2's is the one planted.
    const deniedItems = page.items.filter((i) => i.kind === 'DENIED_ACCESS' && i.officerId === people.b2.id);
    expect(deniedItems.map((i) => i.subjectId)).toEqual([String(denied.seq)]);
    expect(deniedItems[0].detail).toMatchObject({ action: 'record.view', reason: 'FORBIDDEN' });
    const b2 = await found('sup', { ...window, officerId: people.b2.id });
    expect(b2).toEqual({ DENIED_ACCESS: [String(denied.seq)] });
    const unusual = page.items.filter((i) => i.kind === 'UNUSUAL_ACCESS');
    expect(unusual.map((i) => i.officerId)).toEqual([people.a2.id]);
    expect(unusual[0].detail).toMatchObject({ peak: 12, total: 12, windowMinutes: 10 });
  });

  it('lets a handling officer explain a missing recording, shown on the case and in the report', async () => {
    const text = '现场检查时执法记录仪电量耗尽，已拍照并制作现场笔录';
    // Another unit's officer may not read the case; a clerk may not explain; the stage must be a gap.
    expect(codeOf(await as('b1', EXPLAIN, { c: refs.c1, s: 'ON_SITE_INSPECTION', t: text }))).toBe('NOT_FOUND');
    expect(codeOf(await as('clerk', EXPLAIN, { c: refs.c1, s: 'ON_SITE_INSPECTION', t: text }))).toBe('FORBIDDEN');
    const noGap = await as('a1', EXPLAIN, { c: refs.c1, s: 'INQUIRY', t: text });
    expect(codeOf(noGap)).toBe('INVALID_STATE');
    expect(codeOf(await as('a1', EXPLAIN, { c: refs.c1, s: 'PENALTY_DECISION', t: text }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('a1', EXPLAIN, { c: refs.c1, s: 'ON_SITE_INSPECTION', t: '  ' }))).toBe('BAD_USER_INPUT');

    const gaps = await as('a1', GAPS, { id: refs.c1 });
    expect(gaps.data!.case.recordingGaps).toEqual([
      { stage: 'SEIZURE', since: '2026-09-20T02:00:00.000Z', records: 1, explanation: null },
      { stage: 'ON_SITE_INSPECTION', since: '2026-10-05T01:00:00.000Z', records: 1, explanation: null },
    ]);
    const r = await as('a1', EXPLAIN, { c: refs.c1, s: 'ON_SITE_INSPECTION', t: text });
    expect(r.errors).toBeUndefined();
    // The unit head may explain too; the later explanation is the one shown, the earlier is kept.
    const later = `${text}（补充：已由科长核实）`;
    expect((await as('headA', EXPLAIN, { c: refs.c1, s: 'ON_SITE_INSPECTION', t: later })).errors).toBeUndefined();
    const after = await as('a2', GAPS, { id: refs.c1 });
    expect(after.data!.case.recordingGaps[1].explanation).toEqual({ text: later });
    const page = await items('sup', { ...OCTOBER, kinds: ['MISSING_RECORDING'] });
    expect(page.items.find((i) => i.caseId === refs.c1)!.explanation).toEqual({
      text: later,
      author: { id: people.headA.id },
    });
    const kept = await server
      .em()
      .execute(`select count(*)::int as n from recording_explanation where case_id = ?`, [refs.c1]);
    expect(kept[0].n).toBe(2);
    const trail = await server.em().execute<{ outcome: string; n: number }[]>(
      `select outcome, count(*)::int as n from audit_event where action = 'compliance.explain' and subject_id = ?
         group by outcome order by outcome`,
      [refs.c1],
    );
    // Two explanations, and the other unit's officer's refused attempt.
    expect(trail).toEqual([
      { outcome: 'ALLOWED', n: 2 },
      { outcome: 'DENIED', n: 1 },
    ]);
    await expect(
      server.em().execute(`update recording_explanation set text = 'x' where case_id = ?`, [refs.c1]),
    ).rejects.toThrow();
  });

  it('refuses a bad period with a clear error', async () => {
    const bad = [
      { from: '2026-10-31', to: '2026-10-01' },
      { from: '2026-02-30', to: '2026-03-01' },
      { from: '2020-01-01', to: '2026-10-01' },
      { from: 'yesterday', to: '2026-10-01' },
    ];
    for (const f of bad) expect(codeOf(await as('sup', SUMMARY, { f }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('sup', ITEMS, { f: { ...OCTOBER, unitId: 'x' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('sup', ITEMS, { f: OCTOBER, page: 1, perPage: 500 }))).toBe('BAD_USER_INPUT');
  });

  it('pages the findings with a stable total', async () => {
    const first = await as('sup', ITEMS, { f: OCTOBER, page: 1, perPage: 3 });
    const second = await as('sup', ITEMS, { f: OCTOBER, page: 2, perPage: 3 });
    const all = Object.values(planted).flat().length;
    expect(first.data!.complianceItems.total).toBe(all);
    expect(second.data!.complianceItems.total).toBe(all);
    const ids = [...first.data!.complianceItems.items, ...second.data!.complianceItems.items].map(
      (i: { id: string }) => i.id,
    );
    expect(new Set(ids).size).toBe(6);
  });

  it('exports the findings as CSV and a printable PDF, audited; others are refused', async () => {
    const get = (who: string | null, format: string, query: string) =>
      fetch(`${server.url}/reports/compliance.${format}?${query}`, {
        headers: who ? { Authorization: `Bearer ${tokens[who]}` } : {},
      });
    const csv = await get('sup', 'csv', 'from=2026-10-01&to=2026-10-31');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect(bytes.subarray(0, 3).toString('hex')).toBe('efbbbf'); // BOM: Excel reads the Chinese right
    const text = bytes.subarray(3).toString('utf8');
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toBe('类型,时间,单位,人员,案件,记录,情况,书面说明');
    expect(lines).toHaveLength(1 + Object.values(planted).flat().length);
    expect(text).toContain('应录未录');
    expect(text).toContain('现场检查环节有1份文字记录，无录音录像');
    expect(text).toContain('逾期移交');

    const pdf = await get('leader', 'pdf', `from=2026-10-01&to=2026-10-31&unitId=${refs.unitB}&kinds=LATE_UPLOAD`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    expect((await get('a1', 'csv', 'from=2026-10-01&to=2026-10-31')).status).toBe(403);
    expect((await get(null, 'csv', 'from=2026-10-01&to=2026-10-31')).status).toBe(401);
    const bad = await get('sup', 'csv', 'from=2026-10-31&to=2026-10-01');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await get('sup', 'csv', 'from=2026-10-01&to=2026-10-31&kinds=NOPE')).status).toBe(400);

    const events = await server
      .em()
      .execute<{ actor_id: string; outcome: string; details: { format: string; findings: number } }[]>(
        `select actor_id, outcome, details from audit_event where action = 'compliance.export' order by id`,
      );
    expect(events.filter((e) => e.outcome === 'ALLOWED').map((e) => [e.actor_id, e.details.format])).toEqual([
      [people.sup.id, 'csv'],
      [people.leader.id, 'pdf'],
    ]);
    expect(events.find((e) => e.outcome === 'DENIED' && e.actor_id === people.a1.id)).toBeDefined();
  });
});

function addDays(date: string, days: number) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
