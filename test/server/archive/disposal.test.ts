import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decodePDFRawStream, PDFDocument, PDFRawStream } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RetentionPeriod } from '../../../server/src/archive/archive.enums.js';
import { DisposalList } from '../../../server/src/archive/disposal.entity.js';
import { ApprovalStep } from '../../../server/src/approvals/approval-step.entity.js';
import { AuditEvent, AuditOutcome } from '../../../server/src/audit/audit-event.entity.js';
import { createBackup } from '../../../server/src/backup/backup.js';
import type { Case } from '../../../server/src/cases/case.entity.js';
import { CaseStatus } from '../../../server/src/cases/case.enums.js';
import { FixityTrigger } from '../../../server/src/files/fixity-check.entity.js';
import { Notification, NotificationKind } from '../../../server/src/notifications/notification.entity.js';
import { StoredFile } from '../../../server/src/files/stored-file.entity.js';
import { RecordVersion } from '../../../server/src/records/record-version.entity.js';
import { EnforcementRecord } from '../../../server/src/records/record.entity.js';
import { RecordKind } from '../../../server/src/records/record.enums.js';
import { User } from '../../../server/src/users/user.entity.js';
import { buildCase, buildRecord, storeFile } from '../../factories.js';
import { archivedCase, setRetention } from '../../support/archive.js';
import { askToView, codeOf, gql, login } from '../../support/graphql.js';
import { jpeg, mp4, pdf, wav } from '../../support/media.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../../support/server.js';
import { tusClient } from '../../support/tus.js';

let server: TestServer;
const t: Record<string, string> = {};
const rec: Record<string, EnforcementRecord> = {};
const file: Record<string, StoredFile> = {};
let due: Case;
let notDue: Case;
let open: Case;
let work: string;

const CANDIDATES = `{ disposalCandidates(perPage: 200) { total items { id title } } }`;
const CREATE = `mutation($in: CreateDisposalListInput!) {
  createDisposalList(input: $in) { id number status itemCount items { recordId title caseNumber archiveNumber retention retainUntil sha256 sm3 size } }
}`;
const EDIT = `mutation($in: EditDisposalListInput!) { editDisposalList(input: $in) { id note itemCount } }`;
const SUBMIT = `mutation($id: ID!) { submitDisposalList(id: $id) { id status approvalId } }`;
const CANCEL = `mutation($id: ID!) { cancelDisposalList(id: $id, reason: "拟制有误") { id status cancelReason cancelledAt } }`;
const EXECUTE = `mutation($id: ID!) { executeDisposalList(id: $id) { id status executedAt executedByName certificateUrl
  certificate { id sha256 sm3 size } items { recordId disposedAt bytesRemoved sha256 } } }`;
const LIST = `query($id: ID!) { disposalList(id: $id) { id number status certificateUrl certificate { sha256 size }
  items { recordId title caseNumber retention retainUntil sha256 sm3 size disposedAt bytesRemoved } } }`;
const APPROVE = `mutation($id: ID!) { decideApproval(stepId: $id, decision: APPROVE) { id } }`;
const QUEUE = `{ approvalQueue { items { id request { id type disposalListId } } } }`;
const PLACE = `mutation($id: ID!, $reason: String!, $lt: LongTermReason) { placeHold(recordId: $id, reason: $reason, longTermReason: $lt) { id } }`;
const RELEASE = `mutation($id: ID!) { releaseHold(holdId: $id, reason: "复核后解除") { id } }`;
const OPEN_FILE = `mutation($id: ID!) { openRecordFile(recordId: $id, mode: VIEW) { url sha256 } }`;
const RECORD = `query($id: ID!) { record(id: $id) { id title disposedAt retainUntil } }`;

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const stored = (sha256: string) => server.services.intake.store.exists(sha256);

async function candidates(token = t.archivist): Promise<string[]> {
  const r = await gql(server.url, CANDIDATES, {}, token);
  expect(r.errors).toBeUndefined();
  return (r.data!.disposalCandidates.items as { id: string }[]).map((x) => x.id);
}

/** The waiting step of `listId`'s approval in `who`'s queue, approved by them. */
async function approveAs(who: string, listId: string) {
  const q = await gql(server.url, QUEUE, {}, t[who]);
  const step = (q.data!.approvalQueue.items as { id: string; request: { disposalListId: string | null } }[]).find(
    (s) => s.request.disposalListId === listId,
  );
  expect(step, `the list waits in ${who}'s queue`).toBeDefined();
  const r = await gql(server.url, APPROVE, { id: step!.id }, t[who]);
  expect(r.errors).toBeUndefined();
}

async function createList(recordIds: string[], token = t.archivist, note = '保管期满，经鉴定无继续保存价值') {
  return gql(server.url, CREATE, { in: { note, recordIds } }, token);
}

/** zhzf.officer1 uploads `media` (audio/video) into a new case of theirs, as fresh evidence; its record id. */
async function uploadAsNew(media: string, kind: RecordKind, title: string): Promise<string> {
  const em = server.em();
  const officer = await em.findOneOrFail(User, { username: 'zhzf.officer1' }, { populate: ['unit'] });
  const fresh = await buildCase(em, { unit: officer.unit, officers: [officer] });
  const { res } = await tusClient(server.url, t['zhzf.officer1']!).upload(new Uint8Array(fs.readFileSync(media)), {
    caseId: fresh.id,
    kind,
    filename: path.basename(media),
    title,
    capturedFrom: '2026-11-20T10:00:00+08:00',
    capturedTo: '2026-11-20T10:00:05+08:00',
    officerId: officer.id,
    partyNotified: 'true',
  });
  expect(res.status).toBe(204);
  return res.headers.get('x-record-id')!;
}

/** The record's file as zhzf.officer1 opens it for viewing. */
async function served(recordId: string): Promise<Response> {
  const opened = await gql(server.url, OPEN_FILE, { id: recordId }, t['zhzf.officer1']);
  expect(opened.errors).toBeUndefined();
  return fetch(`${server.url}${opened.data!.openRecordFile.url}`, {
    headers: { authorization: `Bearer ${t['zhzf.officer1']}` },
  });
}

/** Every character drawn in a pdfkit PDF, page by page, decoded through its ToUnicode maps. */
async function pdfText(bytes: Buffer): Promise<string> {
  const doc = await PDFDocument.load(bytes);
  const streams = doc.context
    .enumerateIndirectObjects()
    .filter(([, o]) => o instanceof PDFRawStream)
    .map(([, s]) => Buffer.from(decodePDFRawStream(s as PDFRawStream).decode()).toString('latin1'));
  const map = new Map<number, string>();
  const unicode = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');
  for (const cmap of streams.filter((s) => s.includes('beginbfrange'))) {
    for (const m of cmap.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*\[([^\]]*)\]/g)) {
      const start = parseInt(m[1]!, 16);
      [...m[3]!.matchAll(/<([0-9a-fA-F]+)>/g)].forEach((u, i) => map.set(start + i, unicode(u[1]!)));
    }
    const ranges = cmap.slice(cmap.indexOf('beginbfrange')).replace(/\[[^\]]*\]/g, '[]');
    for (const m of ranges.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const [start, end, first] = [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
      for (let c = start; c <= end; c++) map.set(c, String.fromCodePoint(first + c - start));
    }
  }
  let text = '';
  for (const content of streams.filter((s) => /\bTJ\b|\bTj\b/.test(s)))
    for (const m of content.matchAll(/<([0-9a-fA-F]+)>/g))
      for (let i = 0; i + 4 <= m[1]!.length; i += 4) text += map.get(parseInt(m[1]!.slice(i, i + 4), 16)) ?? '';
  return text;
}

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'er-disposal-'));
  for (const name of ['archivist', 'das.head', 'leader', 'legal', 'supervisor', 'zhzf.officer1'])
    t[name] = await login(server.url, name, DEMO_PASSWORD);
  const em = server.em();
  const officer = await em.findOneOrFail(User, { username: 'zhzf.officer1' });
  due = await archivedCase(em, { retainUntil: '2024-12-31' });
  notDue = await archivedCase(em, { archivedOn: '2020-05-01', retainUntil: '2099-12-31' });
  open = await archivedCase(em, { status: CaseStatus.CONCLUDED });
  file.video = await storeFile(server.services, em, mp4(2), 'video/mp4', 'clip.mp4');
  file.doc = await storeFile(server.services, em, pdf(), 'application/pdf', 'doc.pdf');
  file.v1 = await storeFile(server.services, em, jpeg('2014:03:02 10:00:00'), 'image/jpeg', 'v1.jpg');
  file.v2 = await storeFile(server.services, em, jpeg('2014:03:03 10:00:00'), 'image/jpeg', 'v2.jpg');
  file.a = await storeFile(server.services, em, mp4(1), 'video/mp4', 'a.mp4');
  file.b = await storeFile(server.services, em, wav(1), 'audio/wav', 'b.wav');
  const av = {
    officer,
    partyNotified: true,
    capturedFrom: new Date('2014-03-02T02:00:00Z'),
    capturedTo: new Date('2014-03-02T02:10:00Z'),
    body: null,
  };
  rec.video = await buildRecord(em, due, {
    ...av,
    kind: RecordKind.VIDEO,
    title: '现场检查录像',
    fileId: file.video.id,
  });
  rec.doc = await buildRecord(em, due, { title: '行政处罚决定书', fileId: file.doc.id, fileName: 'doc.pdf' });
  // The same bytes in a case kept to 2099: the stored file is shared and must survive.
  rec.twin = await buildRecord(em, notDue, { title: '同一文书（他案）', fileId: file.doc.id, fileName: 'doc.pdf' });
  rec.held = await buildRecord(em, due, { title: '被保全的询问笔录' });
  rec.longTerm = await buildRecord(em, due, { title: '长期保存的现场笔录' });
  rec.marked = await buildRecord(em, due, { title: '投诉相关录音笔录' });
  rec.notArchived = await buildRecord(em, open, { title: '未归档的笔录' });
  // A photo corrected once: version 1 carried another file, which goes too.
  rec.versions = await buildRecord(em, due, { kind: RecordKind.PHOTO, ...av, title: '现场照片', fileId: file.v1.id });
  const author = await em.findOneOrFail(User, { id: due.handlingOfficerIds[0] });
  em.create(RecordVersion, {
    record: rec.versions,
    kind: RecordKind.PHOTO,
    version: 2,
    title: '现场照片',
    fileId: file.v2.id,
    reason: '更换为清晰照片',
    createdBy: author,
  } as never);
  Object.assign(rec.versions, { fileId: file.v2.id, version: 2 });
  rec.a = await buildRecord(em, due, { ...av, kind: RecordKind.VIDEO, title: '执法录像甲', fileId: file.a.id });
  rec.b = await buildRecord(em, due, { ...av, kind: RecordKind.AUDIO, title: '执法录音乙', fileId: file.b.id });
  await em.flush();
  for (const r of Object.values(rec)) await setRetention(em, r.id, RetentionPeriod.Y10, '2024-12-31');
  await setRetention(em, rec.video.id, RetentionPeriod.SHORT, '2015-01-01');
  await setRetention(em, rec.twin.id, RetentionPeriod.Y10, '2099-12-31');
  await em
    .getConnection()
    .execute("update record set long_term = true, long_term_reason = '当事人上访' where id = ?", [rec.longTerm.id]);
  expect((await gql(server.url, PLACE, { id: rec.held.id, reason: '行政诉讼保全' }, t.legal)).errors).toBeUndefined();
  const mark = await gql(
    server.url,
    PLACE,
    { id: rec.marked.id, reason: '群体性事件处置录音', lt: 'MASS_INCIDENT' },
    t.leader,
  );
  expect(mark.errors).toBeUndefined();
});

afterAll(async () => {
  await server?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('disposal candidates', () => {
  it('lists only records due, archived, free of holds and long-term marks, and refuses those who do not dispose', async () => {
    const ids = await candidates();
    expect(ids).toEqual(expect.arrayContaining([rec.video.id, rec.doc.id, rec.versions.id, rec.a.id, rec.b.id]));
    for (const excluded of ['twin', 'held', 'longTerm', 'marked', 'notArchived'])
      expect(ids).not.toContain(rec[excluded]!.id);
    const officer = await gql(server.url, CANDIDATES, {}, t['zhzf.officer1']);
    expect(codeOf(officer)).toBe('FORBIDDEN');
    expect(codeOf(await gql(server.url, CANDIDATES, {}, t.leader))).toBe('FORBIDDEN');
  });

  it('sorts by the columns the console offers (kind, retention, retain-until, title), and refuses others', async () => {
    const sorted = `query($f: String, $o: SortOrder) {
      disposalCandidates(perPage: 200, sortField: $f, sortOrder: $o) { total items { id kind retention retainUntil title } }
    }`;
    for (const f of ['kind', 'retention', 'retainUntil', 'title']) {
      for (const o of ['ASC', 'DESC']) {
        const r = await gql(server.url, sorted, { f, o }, t.archivist);
        expect(r.errors, `${f} ${o}`).toBeUndefined();
        const values = (r.data!.disposalCandidates.items as Record<string, string>[]).map((x) => x[f]!);
        const inOrder = [...values].sort();
        expect(values, `${f} ${o}`).toEqual(o === 'ASC' ? inOrder : inOrder.reverse());
      }
    }
    const refused = await gql(server.url, sorted, { f: 'fileId', o: 'ASC' }, t.archivist);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
  });
});

describe('the daily notice of records due for disposal', () => {
  it('tells each archivist who may dispose, once, how many they may read; nobody else; audited', async () => {
    const announced = await server.services.disposals.notifyDue(server.em());
    expect(announced).toEqual(expect.arrayContaining([rec.video.id, rec.doc.id, rec.versions.id, rec.a.id, rec.b.id]));
    for (const excluded of ['twin', 'held', 'longTerm', 'marked', 'notArchived'])
      expect(announced).not.toContain(rec[excluded]!.id);
    const notices = await server
      .em()
      .find(Notification, { kind: NotificationKind.DISPOSAL_DUE }, { populate: ['user'] });
    const told = new Map(notices.map((n) => [n.user.username, n]));
    expect(told.size).toBe(notices.length);
    for (const who of ['archivist', 'das.head']) {
      const r = await gql(server.url, CANDIDATES, {}, t[who]);
      if (codeOf(r) === 'FORBIDDEN') expect(told.has(who)).toBe(false);
      else {
        const total = r.data!.disposalCandidates.total as number;
        expect(told.get(who)?.summary).toContain(`${total} 件材料保管期限已满（最早 2015-01-01 到期）`);
        expect(told.get(who)?.subjectId).toBe(rec.video.id);
      }
    }
    expect(told.has('archivist')).toBe(true);
    for (const name of told.keys()) expect(['archivist', 'das.head']).toContain(name);
    // Once per due date: the next scan announces nothing.
    expect(await server.services.disposals.notifyDue(server.em())).toEqual([]);
    expect(await server.em().count(Notification, { kind: NotificationKind.DISPOSAL_DUE })).toBe(notices.length);
    const [event] = await server
      .em()
      .find(AuditEvent, { action: 'disposal.dueNotice' }, { orderBy: { id: 'desc' }, limit: 1 });
    expect((event.details.records as string[]).sort()).toEqual([...announced].sort());
    expect(event.details.archivistsTold).toBe(notices.length);
  });
});

describe('a disposal list: crafted requests, two approvals, held items at execution, certificate, 410', () => {
  let listId: string;
  let ticket: string;

  it('refuses held, long-term, not-due and not-archived records however the request is made, naming each', async () => {
    const held = await createList([rec.video.id, rec.held.id]);
    expect(codeOf(held)).toBe('BAD_USER_INPUT');
    expect(held.errors![0]!.message).toContain('被保全的询问笔录');
    expect(held.errors![0]!.message).toContain('a hold stands on it');
    expect(held.errors![0]!.extensions!.details).toMatchObject({
      field: 'recordIds',
      reason: 'NOT_DISPOSABLE',
      problems: [{ recordId: rec.held.id, reasons: ['HELD'] }],
    });
    const cases: [string, RegExp][] = [
      ['longTerm', /long-term preservation/],
      ['marked', /a hold stands on it; it is marked for long-term preservation/],
      ['twin', /retention has not ended/],
      ['notArchived', /not archived/],
    ];
    for (const [name, why] of cases) {
      const r = await createList([rec[name]!.id]);
      expect(codeOf(r), name).toBe('BAD_USER_INPUT');
      expect(r.errors![0]!.message).toMatch(why);
    }
    const unknown = await createList(['6f1c1d9e-1111-4a4a-8b8b-000000000000']);
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    expect(codeOf(await createList([rec.video.id], t.supervisor))).toBe('FORBIDDEN');
    expect(codeOf(await createList([rec.video.id], t.leader))).toBe('FORBIDDEN');
    expect(await server.em().count(DisposalList, {})).toBe(0);
    const denied = await server.em().find(AuditEvent, { action: 'disposal.items', outcome: AuditOutcome.DENIED });
    expect(denied.length).toBeGreaterThanOrEqual(5);
  });

  it('lets legal open the video for viewing before disposal (a grant approved by a leader)', async () => {
    const requestId = await askToView(server.url, t.legal!, [rec.video.id]);
    const q = await gql(server.url, `{ approvalQueue { items { id request { id } } } }`, {}, t.leader);
    const step = (q.data!.approvalQueue.items as { id: string; request: { id: string } }[]).find(
      (s) => s.request.id === requestId,
    )!;
    expect((await gql(server.url, APPROVE, { id: step.id }, t.leader)).errors).toBeUndefined();
    const opened = await gql(server.url, OPEN_FILE, { id: rec.video.id }, t.legal);
    expect(opened.errors).toBeUndefined();
    ticket = opened.data!.openRecordFile.url;
    const res = await fetch(`${server.url}${ticket}`, { headers: { authorization: `Bearer ${t.legal}` } });
    expect(res.status).toBe(200);
    await res.arrayBuffer();
  });

  it('makes the list with what identifies each item, and keeps a record off two open lists', async () => {
    const r = await createList([rec.video.id, rec.doc.id, rec.versions.id]);
    expect(r.errors).toBeUndefined();
    const list = r.data!.createDisposalList;
    listId = list.id;
    expect(list).toMatchObject({ status: 'DRAFT', itemCount: 3 });
    expect(list.number).toMatch(/^XH-\d{4}-0001$/);
    expect(list.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          recordId: rec.video.id,
          retention: 'SHORT',
          retainUntil: '2015-01-01',
          sha256: file.video.sha256,
          sm3: file.video.sm3,
          size: file.video.size,
          caseNumber: due.number,
        }),
      ]),
    );
    const twice = await createList([rec.video.id]);
    expect(codeOf(twice)).toBe('BAD_USER_INPUT');
    expect(twice.errors![0]!.message).toContain(`another open disposal list (${list.number})`);
    expect(await candidates()).not.toContain(rec.video.id);
    const withHeld = await gql(
      server.url,
      EDIT,
      { in: { id: listId, recordIds: [rec.video.id, rec.doc.id, rec.versions.id, rec.held.id] } },
      t.archivist,
    );
    expect(codeOf(withHeld)).toBe('BAD_USER_INPUT');
    expect(withHeld.errors![0]!.message).toContain('被保全的询问笔录');
    const LISTS = `{ disposalLists { total items { id } } }`;
    for (const who of ['archivist', 'das.head', 'leader', 'supervisor'])
      expect((await gql(server.url, LISTS, {}, t[who])).data!.disposalLists.total, who).toBe(1);
    // Another unit's head (a unitHead too) sees none; an officer may not ask.
    t['zhzf.head'] ??= await login(server.url, 'zhzf.head', DEMO_PASSWORD);
    expect((await gql(server.url, LISTS, {}, t['zhzf.head'])).data!.disposalLists.total).toBe(0);
    expect(codeOf(await gql(server.url, LIST, { id: listId }, t['zhzf.head']))).toBe('NOT_FOUND');
    expect(codeOf(await gql(server.url, LISTS, {}, t['zhzf.officer1']))).toBe('FORBIDDEN');
    const edited = await gql(
      server.url,
      EDIT,
      { in: { id: listId, note: '保管期满，经鉴定小组鉴定无保存价值' } },
      t.archivist,
    );
    expect(edited.data!.editDisposalList).toMatchObject({ itemCount: 3, note: '保管期满，经鉴定小组鉴定无保存价值' });
  });

  it("cannot be approved by its own maker: the archive room's only head cannot submit a list no one else can decide", async () => {
    const own = await createList([rec.a.id], t['das.head']);
    expect(own.errors).toBeUndefined();
    const submitted = await gql(server.url, SUBMIT, { id: own.data!.createDisposalList.id }, t['das.head']);
    expect(codeOf(submitted)).toBe('BAD_USER_INPUT');
    expect(submitted.errors![0]!.message).toMatch(/Nobody can decide step 1/);
    const tooLong = await gql(
      server.url,
      'mutation($id: ID!, $r: String!) { cancelDisposalList(id: $id, reason: $r) { id } }',
      { id: own.data!.createDisposalList.id, r: '理'.repeat(501) },
      t['das.head'],
    );
    expect(tooLong.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'reason' } });
    const cancelled = await gql(server.url, CANCEL, { id: own.data!.createDisposalList.id }, t['das.head']);
    expect(cancelled.data!.cancelDisposalList).toMatchObject({ status: 'CANCELLED', cancelReason: '拟制有误' });
    expect(Date.now() - Date.parse(cancelled.data!.cancelDisposalList.cancelledAt)).toBeLessThan(60_000);
  });

  it("needs the archive room's head and then a leader; the archivist can neither approve nor execute before", async () => {
    const s = await gql(server.url, SUBMIT, { id: listId }, t.archivist);
    expect(s.errors).toBeUndefined();
    expect(s.data!.submitDisposalList.status).toBe('IN_APPROVAL');
    const approvalId = s.data!.submitDisposalList.approvalId as string;
    const steps = await server.em().find(ApprovalStep, { request: approvalId }, { orderBy: { seq: 'asc' } });
    expect(steps.map((x) => [x.role, x.label])).toEqual([
      ['unitHead', '档案室负责人'],
      ['leader', '机关负责人'],
    ]);
    const self = await gql(server.url, APPROVE, { id: steps[0]!.id }, t.archivist);
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(codeOf(self));
    // The leader cannot skip the room's head.
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(
      codeOf(await gql(server.url, APPROVE, { id: steps[1]!.id }, t.leader)),
    );
    expect(codeOf(await gql(server.url, EXECUTE, { id: listId }, t.archivist))).toBe('INVALID_STATE');
    await approveAs('das.head', listId);
    const early = await gql(server.url, EXECUTE, { id: listId }, t.archivist);
    expect(codeOf(early)).toBe('INVALID_STATE');
    expect(early.errors![0]!.message).toMatch(
      /in_approval: only a list approved by the archive room's head and then a leader/,
    );
    await approveAs('leader', listId);
    const got = await gql(server.url, LIST, { id: listId }, t.leader);
    expect(got.data!.disposalList.status).toBe('APPROVED');
  });

  it('refuses to execute while an item was put on hold after approval, naming it, and destroys nothing', async () => {
    const hold = await gql(server.url, PLACE, { id: rec.doc.id, reason: '批准后发现有复议' }, t.legal);
    expect(hold.errors).toBeUndefined();
    expect(codeOf(await gql(server.url, EXECUTE, { id: listId }, t.supervisor))).toBe('FORBIDDEN');
    expect(codeOf(await gql(server.url, EXECUTE, { id: listId }, t.leader))).toBe('FORBIDDEN');
    const refused = await gql(server.url, EXECUTE, { id: listId }, t.archivist);
    expect(codeOf(refused)).toBe('INVALID_STATE');
    expect(refused.errors![0]!.message).toContain('「行政处罚决定书」');
    expect(refused.errors![0]!.message).toContain('a hold stands on it');
    const video = await gql(server.url, RECORD, { id: rec.video.id }, t.archivist);
    expect(video.data!.record.disposedAt).toBeNull();
    expect(await stored(file.video.sha256)).toBe(true);
    expect((await gql(server.url, RELEASE, { id: hold.data!.placeHold.id }, t.legal)).errors).toBeUndefined();
  });

  it('executes: bytes removed, shared content kept, stubs and hashes kept, every item audited', async () => {
    const r = await gql(server.url, EXECUTE, { id: listId }, t.archivist);
    expect(r.errors).toBeUndefined();
    const list = r.data!.executeDisposalList;
    expect(list).toMatchObject({
      status: 'EXECUTED',
      executedByName: '刘洋',
      certificateUrl: `/disposals/${listId}/certificate`,
    });
    for (const f of [file.video, file.v1, file.v2]) {
      expect(await stored(f.sha256), f.sha256).toBe(false);
      const row = await server.em().findOneOrFail(StoredFile, { id: f.id });
      expect(row.disposedAt).toBeInstanceOf(Date);
      expect(row.sha256).toBe(f.sha256);
    }
    // The twin in the other case still carries the document: its bytes stay, its row is not disposed.
    expect(await stored(file.doc.sha256)).toBe(true);
    expect((await server.em().findOneOrFail(StoredFile, { id: file.doc.id })).disposedAt).toBeNull();
    const items = list.items as { recordId: string; disposedAt: string | null; bytesRemoved: boolean | null }[];
    expect(items.every((i) => i.disposedAt)).toBe(true);
    expect(items.find((i) => i.recordId === rec.doc.id)!.bytesRemoved).toBe(false);
    expect(items.find((i) => i.recordId === rec.video.id)!.bytesRemoved).toBe(true);
    // The stub: still readable as metadata.
    const stub = await gql(server.url, RECORD, { id: rec.versions.id }, t.archivist);
    expect(stub.data!.record).toMatchObject({ title: '现场照片', retainUntil: '2024-12-31' });
    expect(stub.data!.record.disposedAt).not.toBeNull();
    const audited = await server.em().find(AuditEvent, { action: 'disposal.item' });
    expect(audited.map((e) => e.subjectId).sort()).toEqual([rec.video.id, rec.doc.id, rec.versions.id].sort());
    expect(
      await server
        .em()
        .count(AuditEvent, { action: 'disposal.execute', subjectId: listId, outcome: AuditOutcome.ALLOWED }),
    ).toBe(1);
    const twin = await gql(server.url, RECORD, { id: rec.twin.id }, t.archivist);
    expect(twin.data!.record.disposedAt).toBeNull();
  });

  it('refuses to execute twice', async () => {
    const again = await gql(server.url, EXECUTE, { id: listId }, t.archivist);
    expect(codeOf(again)).toBe('INVALID_STATE');
    expect(again.errors![0]!.message).toMatch(/executed already/);
  });

  it('issues a Chinese destruction certificate listing each item with its hashes, for the archive and leaders', async () => {
    const got = (await gql(server.url, LIST, { id: listId }, t.leader)).data!.disposalList;
    const res = await fetch(`${server.url}/disposals/${listId}/certificate`, {
      headers: { authorization: `Bearer ${t.leader}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(sha256Of(bytes)).toBe(got.certificate.sha256);
    expect(res.headers.get('x-content-sha256')).toBe(got.certificate.sha256);
    const doc = await PDFDocument.load(bytes);
    expect(doc.getTitle()).toBe(`销毁证明 ${got.number}`);
    const text = (await pdfText(bytes)).replace(/\s+/g, '');
    for (const expected of [
      '销毁证明',
      got.number,
      '档案室负责人陈静',
      '机关负责人张伟',
      due.number,
      '现场检查录像',
      '现场照片（第1版文件）',
      '2024-12-31',
      '2015-01-01',
      file.video.sha256,
      file.video.sm3,
      file.v1.sha256,
      file.v2.sm3,
      file.doc.sha256,
      '与其他在存记录共用，字节保留',
      String(file.video.size),
    ])
      expect(text, expected).toContain(expected);
    const officer = await fetch(`${server.url}/disposals/${listId}/certificate`, {
      headers: { authorization: `Bearer ${t['zhzf.officer1']}` },
    });
    expect(officer.status).toBe(404);
    const supervisor = await fetch(`${server.url}/disposals/${listId}/certificate`, {
      headers: { authorization: `Bearer ${t.supervisor}` },
    });
    expect(supervisor.status).toBe(403);
  });

  it('answers 410 Gone for a disposed file, with the reason, and audits the attempt', async () => {
    const res = await fetch(`${server.url}${ticket}`, { headers: { authorization: `Bearer ${t.legal}` } });
    expect(res.status).toBe(410);
    const body = (await res.json()) as { errors: { message: string; extensions: { details: { reason: string } } }[] };
    expect(body.errors[0]!.message).toMatch(/destroyed on \d{4}-\d{2}-\d{2} at the end of its retention period/);
    expect(body.errors[0]!.extensions.details.reason).toBe('DISPOSED');
    const opened = await gql(server.url, OPEN_FILE, { id: rec.video.id }, t.legal);
    expect(codeOf(opened)).toBe('INVALID_STATE');
    expect(opened.errors![0]!.extensions!.details).toMatchObject({ reason: 'DISPOSED' });
    const denied = await server.em().find(AuditEvent, { subjectId: rec.video.id, outcome: AuditOutcome.DENIED });
    expect(denied.map((e) => e.action)).toEqual(expect.arrayContaining(['file.serve', 'record.view']));
    // The file is gone on purpose: not marked missing.
    expect((await server.em().findOneOrFail(StoredFile, { id: file.video.id })).fixityStatus).not.toBe('MISSING');
  });

  it('leaves disposed files out of fixity checks and backups', async () => {
    const report = await server.services.fixity.checkAll(server.em(), null, FixityTrigger.MANUAL);
    expect(report.failures).toEqual([]);
    const summary = await server.services.fixity.summary(server.em());
    expect(summary.missing).toBe(0);
    const target = path.join(work, 'backup');
    await createBackup({
      databaseUrl: server.config.databaseUrl!,
      store: server.services.intake.store,
      target,
      log: () => {},
    });
    const listed = fs.readFileSync(path.join(target, 'files.sha256'), 'utf8');
    expect(listed).not.toContain(file.video.sha256);
    expect(listed).toContain(file.doc.sha256);
  });

  it('keeps the same content uploaded again as new evidence: served, checked, backed up; the disposed record stays gone', async () => {
    const recordId = await uploadAsNew(mp4(2), RecordKind.VIDEO, '重新上传的录像');
    // The destroyed content's row stays as the disposal left it; the new evidence has a row of its own, live.
    const old = await server.em().findOneOrFail(StoredFile, { id: file.video.id });
    expect(old.disposedAt).toBeInstanceOf(Date);
    const record = await server.em().findOneOrFail(EnforcementRecord, { id: recordId });
    expect(record.fileId).not.toBe(file.video.id);
    const again = await server.em().findOneOrFail(StoredFile, { id: record.fileId! });
    expect([again.sha256, again.disposedAt ?? null, again.fixityStatus]).toEqual([
      file.video.sha256,
      null,
      'UNCHECKED',
    ]);
    expect(await stored(file.video.sha256)).toBe(true);
    // The new record's file is served; the disposed record's stays gone, and its list still says its bytes were removed.
    const res = await served(recordId);
    expect(res.status).toBe(200);
    expect(
      createHash('sha256')
        .update(Buffer.from(await res.arrayBuffer()))
        .digest('hex'),
    ).toBe(file.video.sha256);
    expect(codeOf(await gql(server.url, OPEN_FILE, { id: rec.video.id }, t.legal))).toBe('INVALID_STATE');
    const list = await gql(server.url, LIST, { id: listId }, t.archivist);
    const item = (list.data!.disposalList.items as { recordId: string; bytesRemoved: boolean }[]).find(
      (i) => i.recordId === rec.video.id,
    );
    expect(item!.bytesRemoved).toBe(true);
    // Checked and backed up with the rest of the live store.
    const report = await server.services.fixity.checkAll(server.em(), [again.id], FixityTrigger.MANUAL);
    expect([report.checked, report.failures]).toEqual([1, []]);
    const target = path.join(work, 'backup-after-restore');
    await createBackup({
      databaseUrl: server.config.databaseUrl!,
      store: server.services.intake.store,
      target,
      log: () => {},
    });
    expect(fs.readFileSync(path.join(target, 'files.sha256'), 'utf8')).toContain(file.video.sha256);
  });
});

describe('an execution that stopped half-way', () => {
  /** A list of `recordIds`, submitted and approved by the archive room's head and a leader; its id. */
  async function approvedList(recordIds: string[]): Promise<string> {
    const r = await createList(recordIds);
    expect(r.errors).toBeUndefined();
    const id = r.data!.createDisposalList.id as string;
    expect((await gql(server.url, SUBMIT, { id }, t.archivist)).errors).toBeUndefined();
    await approveAs('das.head', id);
    await approveAs('leader', id);
    return id;
  }

  /** What an execution that died after an item's commit leaves: record and file marked, bytes still there. */
  async function diedAfterMarking(recordId: string, fileId: string) {
    const conn = server.em().getConnection();
    await conn.execute('update record set disposed_at = now() where id = ?', [recordId]);
    await conn.execute('update stored_file set disposed_at = now() where id = ?', [fileId]);
  }

  it('is finished by the next run, item by item', async () => {
    const id = await approvedList([rec.a.id, rec.b.id]);
    // As a run that died after the first item's commit leaves it: record and file marked, bytes still there.
    await diedAfterMarking(rec.a.id, file.a.id);
    expect(await stored(file.a.sha256)).toBe(true);
    // Begun is never cancelled (destroyed records would be left without a certificate): it is finished.
    const cancel = await gql(server.url, CANCEL, { id }, t.archivist);
    expect(codeOf(cancel)).toBe('INVALID_STATE');
    expect(cancel.errors![0]!.message).toMatch(/has begun \(1 record\(s\) destroyed\)/);
    const done = await gql(server.url, EXECUTE, { id }, t.archivist);
    expect(done.errors).toBeUndefined();
    expect(done.data!.executeDisposalList.status).toBe('EXECUTED');
    expect(await stored(file.a.sha256)).toBe(false);
    expect(await stored(file.b.sha256)).toBe(false);
    const items = done.data!.executeDisposalList.items as { recordId: string; bytesRemoved: boolean }[];
    expect(items.map((i) => i.bytesRemoved)).toEqual([true, true]);
    // Only the item this run did is audited as disposed by it.
    expect(await server.em().count(AuditEvent, { action: 'disposal.item', subjectId: rec.b.id })).toBe(1);
  });

  it('keeps bytes uploaded again meanwhile when it finishes an item destroyed before', async () => {
    const em = server.em();
    const officer = await em.findOneOrFail(User, { username: 'zhzf.officer1' }, { populate: ['unit'] });
    const old = await storeFile(server.services, em, wav(3), 'audio/wav', 'old.wav');
    const doomed = await buildRecord(em, due, {
      officer,
      partyNotified: true,
      capturedFrom: new Date('2014-03-02T02:00:00Z'),
      capturedTo: new Date('2014-03-02T02:10:00Z'),
      body: null,
      kind: RecordKind.AUDIO,
      title: '执法录音丙',
      fileId: old.id,
    });
    await setRetention(em, doomed.id, RetentionPeriod.Y10, '2024-12-31');
    const id = await approvedList([doomed.id]);
    // A run died after marking the item, before removing its bytes; then the same bytes came in as new evidence.
    await diedAfterMarking(doomed.id, old.id);
    const recordId = await uploadAsNew(wav(3), RecordKind.AUDIO, '重新上传的录音');
    const done = await gql(server.url, EXECUTE, { id }, t.archivist);
    expect(done.errors).toBeUndefined();
    expect(await stored(old.sha256)).toBe(true);
    expect((await served(recordId)).status).toBe(200);
  });
});
