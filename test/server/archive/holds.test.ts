import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RetentionPeriod } from '../../../server/src/archive/archive.enums.js';
import { AuditEvent } from '../../../server/src/audit/audit-event.entity.js';
import type { Case } from '../../../server/src/cases/case.entity.js';
import { EnforcementRecord } from '../../../server/src/records/record.entity.js';
import { RecordHold } from '../../../server/src/records/record-hold.entity.js';
import { RecordKind } from '../../../server/src/records/record.enums.js';
import { User } from '../../../server/src/users/user.entity.js';
import { buildRecord } from '../../factories.js';
import { archivedCase, setRetention } from '../../support/archive.js';
import { codeOf, gql, login } from '../../support/graphql.js';
import { holdRow } from '../../support/row-lock.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../../support/server.js';

let server: TestServer;
const t: Record<string, string> = {};
let c: Case;
let text: EnforcementRecord;
let video: EnforcementRecord;

const PLACE_CASE = `mutation($id: ID!, $reason: String!, $lt: LongTermReason) {
  placeCaseHold(caseId: $id, reason: $reason, longTermReason: $lt) { id reason longTermReason placedAt placedByName releasedAt }
}`;
const RELEASE_CASE = `mutation($id: ID!, $reason: String!) { releaseCaseHold(holdId: $id, reason: $reason) { id releasedAt releaseReason releasedByName } }`;
const PLACE = `mutation($id: ID!, $reason: String!, $lt: LongTermReason) {
  placeHold(recordId: $id, reason: $reason, longTermReason: $lt) { id reason longTermReason }
}`;
const RELEASE = `mutation($id: ID!, $reason: String!) { releaseHold(holdId: $id, reason: $reason) { id releasedAt } }`;
const CASE = `query($id: ID!) { case(id: $id) { id holdCount retainUntil holds { id reason longTermReason releasedAt } } }`;
const RECORD = `query($id: ID!) { record(id: $id) { id holdCount retention retainUntil disposedAt holds { id longTermReason releasedAt } } }`;
const CANDIDATES = `{ disposalCandidates(perPage: 200) { total items { id } } }`;

async function candidates(): Promise<string[]> {
  const r = await gql(server.url, CANDIDATES, {}, t.archivist);
  expect(r.errors).toBeUndefined();
  return (r.data!.disposalCandidates.items as { id: string }[]).map((x) => x.id);
}

/** The last audit entry of `action` about `subjectId`. */
async function lastAudit(action: string, subjectId: string) {
  const [event] = await server.em().find(AuditEvent, { action, subjectId }, { orderBy: { id: 'desc' }, limit: 1 });
  return event;
}

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  for (const name of ['archivist', 'legal', 'leader', 'zhzf.officer1', 'supervisor'])
    t[name] = await login(server.url, name, DEMO_PASSWORD);
  const em = server.em();
  // Accepted 2014-07-01 with 10 years: kept to 2024-12-31, so due today.
  c = await archivedCase(em, { archivedOn: '2014-07-01', period: RetentionPeriod.Y10, retainUntil: '2024-12-31' });
  const officer = await em.findOneOrFail(User, { username: 'zhzf.officer1' });
  text = await buildRecord(em, c, { title: '询问笔录（保全测试）' });
  video = await buildRecord(em, c, {
    kind: RecordKind.VIDEO,
    title: '现场录像（保全测试）',
    officer,
    partyNotified: true,
    capturedFrom: new Date('2014-03-02T02:00:00Z'),
    capturedTo: new Date('2014-03-02T02:10:00Z'),
    body: null,
  });
  await setRetention(em, text.id, RetentionPeriod.Y10, '2024-12-31');
  await setRetention(em, video.id, RetentionPeriod.SHORT, '2015-01-01');
});

afterAll(async () => {
  await server?.close();
});

describe('case holds: stacking, long-term marks, release without disposal', () => {
  let first: string;
  let mark: string;

  it('lets legal, leaders and the archive place holds on a case file; they stack and count', async () => {
    const a = await gql(server.url, PLACE_CASE, { id: c.id, reason: '行政诉讼中，保全案卷' }, t.legal);
    expect(a.errors).toBeUndefined();
    first = a.data!.placeCaseHold.id;
    expect(a.data!.placeCaseHold).toMatchObject({ longTermReason: null, placedByName: '王芳', releasedAt: null });
    const b = await gql(
      server.url,
      PLACE_CASE,
      { id: c.id, reason: '当事人投诉执法人员现场执法，长期保存', lt: 'OBJECTION' },
      t.archivist,
    );
    expect(b.errors).toBeUndefined();
    mark = b.data!.placeCaseHold.id;
    expect(b.data!.placeCaseHold.longTermReason).toBe('OBJECTION');
    const got = await gql(server.url, CASE, { id: c.id }, t.leader);
    expect(got.data!.case.holdCount).toBe(2);
    expect(got.data!.case.holds).toHaveLength(2);
    expect(await candidates()).not.toContain(text.id);
  });

  it('refuses officers and supervisors (FORBIDDEN, audited) and a long-term mark without its ground', async () => {
    const officer = await gql(server.url, PLACE_CASE, { id: c.id, reason: '我想保全' }, t['zhzf.officer1']);
    expect(codeOf(officer)).toBe('FORBIDDEN');
    const supervisor = await gql(server.url, PLACE_CASE, { id: c.id, reason: '监督保全' }, t.supervisor);
    expect(codeOf(supervisor)).toBe('FORBIDDEN');
    const bare = await gql(server.url, PLACE_CASE, { id: c.id, reason: '投诉', lt: 'OBJECTION' }, t.archivist);
    expect(codeOf(bare)).toBe('BAD_USER_INPUT');
    expect(bare.errors![0]!.message).toMatch(/Art\. 15/);
    const count = (await gql(server.url, CASE, { id: c.id }, t.leader)).data!.case.holdCount;
    expect(count).toBe(2);
  });

  it('releases one hold: the other stands, nothing is disposed, retention is re-evaluated and audited', async () => {
    const r = await gql(server.url, RELEASE_CASE, { id: first, reason: '诉讼终结' }, t.legal);
    expect(r.errors).toBeUndefined();
    expect(r.data!.releaseCaseHold).toMatchObject({ releaseReason: '诉讼终结', releasedByName: '王芳' });
    const again = await gql(server.url, RELEASE_CASE, { id: first, reason: '再次解除' }, t.legal);
    expect(codeOf(again)).toBe('INVALID_STATE');
    const got = (await gql(server.url, CASE, { id: c.id }, t.leader)).data!.case;
    expect(got.holdCount).toBe(1);
    expect(got.holds.filter((h: { releasedAt: string | null }) => !h.releasedAt)).toHaveLength(1);
    const event = await lastAudit('retention.reevaluate', c.id);
    expect(event?.details).toMatchObject({
      holdId: first,
      accepted: true,
      caseRetainUntil: '2024-12-31',
      caseHeld: true,
    });
    // Still held by the long-term mark: due, but not a candidate.
    expect(await candidates()).not.toContain(text.id);
  });

  it('releases the long-term mark: due again, listed as a candidate, still not disposed', async () => {
    const r = await gql(
      server.url,
      RELEASE_CASE,
      { id: mark, reason: '投诉已处理完毕，经复核不再长期保存' },
      t.archivist,
    );
    expect(r.errors).toBeUndefined();
    const event = await lastAudit('retention.reevaluate', c.id);
    expect(event?.details).toMatchObject({ caseDue: true, caseHeld: false, dueRecords: 2 });
    const records = (event!.details as { records: { recordId: string; due: boolean; retainUntil: string }[] }).records;
    expect(records.find((x) => x.recordId === text.id)).toMatchObject({ due: true, retainUntil: '2024-12-31' });
    const got = (await gql(server.url, RECORD, { id: text.id }, t.archivist)).data!.record;
    expect(got.disposedAt).toBeNull();
    expect(await candidates()).toEqual(expect.arrayContaining([text.id, video.id]));
  });
});

describe('record holds and long-term marks (the existing placeHold, extended)', () => {
  it('stacks a plain hold and an Art. 15 mark on a record; releasing recomputes its retention from the schedule', async () => {
    // Something set the wrong last day: the re-evaluation puts it back from the case's period.
    await setRetention(server.em(), video.id, RetentionPeriod.Y30, '2099-12-31');
    const a = await gql(server.url, PLACE, { id: video.id, reason: '复议中' }, t.leader);
    expect(a.errors).toBeUndefined();
    const b = await gql(
      server.url,
      PLACE,
      { id: video.id, reason: '当事人阻碍执法并辱骂执法人员', lt: 'OBSTRUCTION' },
      t.archivist,
    );
    expect(b.data!.placeHold.longTermReason).toBe('OBSTRUCTION');
    let got = (await gql(server.url, RECORD, { id: video.id }, t.archivist)).data!.record;
    expect(got.holdCount).toBe(2);
    expect(await candidates()).not.toContain(video.id);

    const r = await gql(server.url, RELEASE, { id: a.data!.placeHold.id, reason: '复议结束' }, t.leader);
    expect(r.errors).toBeUndefined();
    got = (await gql(server.url, RECORD, { id: video.id }, t.archivist)).data!.record;
    // AV not in an accepted catalogue of a simple-penalty case: the short period from acceptance (6 months).
    expect(got).toMatchObject({ holdCount: 1, retention: 'SHORT', retainUntil: '2015-01-01', disposedAt: null });
    const event = await lastAudit('retention.reevaluate', c.id);
    const records = (event!.details as { records: { recordId: string; due: boolean; stillHeld: boolean }[] }).records;
    expect(records).toEqual([
      expect.objectContaining({ recordId: video.id, due: true, stillHeld: true, retainUntil: '2015-01-01' }),
    ]);
    expect(await candidates()).not.toContain(video.id);

    await gql(server.url, RELEASE, { id: b.data!.placeHold.id, reason: '经复核解除长期保存' }, t.archivist);
    got = (await gql(server.url, RECORD, { id: video.id }, t.archivist)).data!.record;
    expect(got).toMatchObject({ holdCount: 0, disposedAt: null });
    expect(await candidates()).toContain(video.id);
  });

  it('keeps counts right when holds are placed at the same moment', async () => {
    const placed = await Promise.all(
      Array.from({ length: 6 }, (_, i) => gql(server.url, PLACE, { id: text.id, reason: `并发保全 ${i}` }, t.legal)),
    );
    for (const p of placed) expect(p.errors).toBeUndefined();
    const got = (await gql(server.url, RECORD, { id: text.id }, t.archivist)).data!.record;
    expect(got.holdCount).toBe(6);
    await Promise.all(
      placed.map((p) => gql(server.url, RELEASE, { id: p.data!.placeHold.id, reason: '并发解除' }, t.legal)),
    );
    const after = (await gql(server.url, RECORD, { id: text.id }, t.archivist)).data!.record;
    expect(after.holdCount).toBe(0);
  });
});

describe('a hold racing a disposal', () => {
  it('is refused when the record was destroyed after the hold was asked for', async () => {
    const em = server.em();
    const doomed = await buildRecord(em, c, { title: '询问笔录（待销毁）' });
    // The disposal holds the record's row and destroys it; the hold (checked before) waits behind it.
    const row = await holdRow(server.config.databaseUrl!, 'select id from record where id = $1 for update', [
      doomed.id,
    ]);
    try {
      const placed = gql(server.url, PLACE, { id: doomed.id, reason: '诉讼中' }, t.legal);
      await row.waiting(1);
      await row.query('update record set disposed_at = now() where id = $1', [doomed.id]);
      await row.release();
      const r = await placed;
      expect(codeOf(r)).toBe('INVALID_STATE');
      expect(r.errors![0]!.message).toMatch(/disposed of/);
    } finally {
      await row.end();
    }
    const after = await server.em().findOneOrFail(EnforcementRecord, { id: doomed.id });
    expect(after.holdCount).toBe(0);
    expect(await server.em().count(RecordHold, { record: doomed.id })).toBe(0);
  });
});
