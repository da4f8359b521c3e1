import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../../server/src/audit/audit-event.entity.js';
import type { Case } from '../../../server/src/cases/case.entity.js';
import { ExportPackage } from '../../../server/src/exports/export-package.entity.js';
import { FixityTrigger } from '../../../server/src/files/fixity-check.entity.js';
import { StoredFile } from '../../../server/src/files/stored-file.entity.js';
import type { EnforcementRecord } from '../../../server/src/records/record.entity.js';
import { Confidentiality, RecordKind } from '../../../server/src/records/record.enums.js';
import { Clearance } from '../../../server/src/users/roles.js';
import { User } from '../../../server/src/users/user.entity.js';
import { buildCase, buildRecord, storeFile } from '../../factories.js';
import { verifyBagZip } from '../../support/bagit-verify.js';
import { attachment, downloadPackage, packageBuilt, uploadAttachment } from '../../support/disclosures.js';
import { codeOf, gql, login } from '../../support/graphql.js';
import { jpeg, mp4, pdf } from '../../support/media.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../../support/server.js';
import { rawStore } from '../../support/store.js';

let server: TestServer;
let work: string;
const t: Record<string, string> = {};
let c: Case;
const rec: Record<string, EnforcementRecord> = {};

const REGISTER_EXTERNAL = `mutation($in: RegisterExternalRequestInput!) {
  registerExternalRequest(input: $in) { id number status items { recordId decision } }
}`;
const REGISTER_COPY = `mutation($in: RegisterCopyApplicationInput!) {
  registerCopyApplication(input: $in) { id number status applicantIdNumber items { recordId decision } }
}`;
const DECIDE = `mutation($in: DecideItemsInput!) { decideDisclosureItems(input: $in) { id items { recordId decision reason } } }`;
const SUBMIT = `mutation($id: ID!) { submitDisclosure(id: $id) { id status approvalId } }`;
const BUILD = `mutation($id: ID!) { buildExportPackage(disclosureId: $id) { id status fileCount } }`;
const DISCLOSURE = `query($id: ID!) { disclosure(id: $id) { id number status overdue applicantIdNumber includedCount
  packages { id status sha256 } letter { id url } items { recordId decision record { id title } } } }`;
const QUEUE = `{ approvalQueue { items { id request { id type disclosureId } } } }`;
const APPROVE = `mutation($id: ID!) { decideApproval(stepId: $id, decision: APPROVE) { id } }`;
const DELIVER = `mutation($in: RecordDeliveryInput!) { recordDelivery(input: $in) { id status deliveredTo deliveryMethod } }`;
const CLOSE = `mutation($id: ID!) { closeDisclosure(id: $id, note: "已结") { id status closedAt } }`;
const DISCLOSURE_PACKAGES = `query($id: ID!) { disclosure(id: $id) { packages { id fixityStatus } } }`;
const LIST = `query($f: DisclosureFilter) { disclosures(filter: $f) { total items { id number status } } }`;

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();
const sha256Of = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Every entry of a zip, name → bytes (test packages are small). */
async function unzip(file: string): Promise<Map<string, Buffer>> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
  const out = new Map<string, Buffer>();
  for await (const entry of zip.eachEntry()) {
    if (entry.fileName.endsWith('/')) continue;
    const chunks: Buffer[] = [];
    for await (const c of await zip.openReadStreamPromise(entry)) chunks.push(c as Buffer);
    out.set(entry.fileName, Buffer.concat(chunks));
  }
  zip.close();
  return out;
}

/** The leader approves the waiting step of approval request `requestId`. */
async function leaderApproves(requestId: string, disclosureId: string) {
  const q = await gql(server.url, QUEUE, {}, t.leader);
  const step = (q.data!.approvalQueue.items as { id: string; request: { id: string; disclosureId: string } }[]).find(
    (s) => s.request.id === requestId,
  );
  expect(step, 'the request waits in the leader queue').toBeDefined();
  expect(step!.request.disclosureId).toBe(disclosureId);
  const r = await gql(server.url, APPROVE, { id: step!.id }, t.leader);
  expect(r.errors).toBeUndefined();
}

beforeAll(async () => {
  server = await startTestServer({ seed: true, config: { jobs: true } });
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'er-export-'));
  const em = server.em();
  const users = Object.fromEntries((await em.find(User, {}, { populate: ['unit'] })).map((u) => [u.username, u]));
  for (const name of ['archivist', 'legal', 'leader', 'zhzf.officer1', 'supervisor'])
    t[name] = await login(server.url, name, DEMO_PASSWORD);
  c = await buildCase(em, { unit: users['zhzf.officer1']!.unit, officers: [users['zhzf.officer1']!] });
  const video = await storeFile(server.services, em, mp4(2), 'video/mp4', 'clip.mp4');
  const photo = await storeFile(server.services, em, jpeg(), 'image/jpeg', 'photo.jpg');
  const doc = await storeFile(server.services, em, pdf(), 'application/pdf', 'doc.pdf');
  const officer = users['zhzf.officer1']!;
  rec.video = await buildRecord(em, c, {
    kind: RecordKind.VIDEO,
    title: '现场检查录像',
    fileId: video.id,
    fileName: 'clip.mp4',
    officer,
    deviceNumber: 'ZFJLY-001',
    capturedFrom: new Date('2026-11-20T02:00:00Z'),
  });
  rec.photo = await buildRecord(em, c, {
    kind: RecordKind.PHOTO,
    title: '现场照片 当事人 13812345678',
    fileId: photo.id,
    fileName: 'photo.jpg',
  });
  rec.doc = await buildRecord(em, c, {
    kind: RecordKind.ENFORCEMENT_DOCUMENT,
    title: '行政处罚决定书',
    fileId: doc.id,
    fileName: 'doc.pdf',
  });
  rec.note = await buildRecord(em, c, { title: '询问笔录', body: '问：你是否知道……\n答：知道。' });
  rec.trade = await buildRecord(em, c, {
    title: '企业配方说明',
    confidentiality: Confidentiality.TRADE_SECRET,
    fileId: doc.id,
    fileName: 'doc.pdf',
  });
  rec.secret = await buildRecord(em, c, {
    title: '涉密检验报告',
    confidentiality: Confidentiality.STATE_SECRET,
    secretLevel: Clearance.SECRET,
    secretRank: 1,
    fileId: doc.id,
    fileName: 'doc.pdf',
  });
});

afterAll(async () => {
  await server?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('调取 by a court (Art. 16–17): the archive registers, a leader approves, the package is built, kept and delivered', () => {
  let id: string;
  let number: string;
  let packageId: string;
  const zip = () => path.join(work, 'external.zip');

  it('takes the scanned letter and refuses a file that is not a document', async () => {
    const refused = await uploadAttachment(server.url, t.archivist!, mp4(1), 'LETTER');
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].message).toMatch(/video\/mp4/);
    expect(refused.body.errors[0].extensions.details).toMatchObject({ field: 'file', reason: 'TYPE' });
    const officer = await uploadAttachment(server.url, t['zhzf.officer1']!, pdf(), 'LETTER');
    expect(officer.status).toBe(403);
  });

  it('registers the letter with the records asked for; other roles may not', async () => {
    const letterId = await attachment(server.url, t.archivist!, pdf(), 'LETTER');
    const input = {
      bodyKind: 'PEOPLES_COURT',
      bodyName: '某某县人民法院',
      letterNumber: '（2026）某行初字第12号',
      letterDate: '2026-11-25',
      letterId,
      concerning: '（2026）某0102行初12号 行政诉讼',
      purpose: '审理行政诉讼案件需调取执法全过程记录',
      recordIds: [rec.video!.id, rec.photo!.id, rec.doc!.id, rec.note!.id, rec.trade!.id],
      dueAt: inDays(10),
    };
    expect(codeOf(await gql(server.url, REGISTER_EXTERNAL, { in: input }, t['zhzf.officer1']))).toBe('FORBIDDEN');
    expect(codeOf(await gql(server.url, REGISTER_EXTERNAL, { in: input }, t.legal))).toBe('FORBIDDEN');
    expect(
      codeOf(await gql(server.url, REGISTER_EXTERNAL, { in: { ...input, letterDate: '2026-02-30' } }, t.archivist)),
    ).toBe('BAD_USER_INPUT');
    const r = await gql(server.url, REGISTER_EXTERNAL, { in: input }, t.archivist);
    expect(r.errors).toBeUndefined();
    const d = r.data!.registerExternalRequest;
    ({ id, number } = d);
    expect(number).toMatch(/^DQ-\d{4}-\d{4}$/);
    expect(d.status).toBe('REGISTERED');
    expect(d.items.map((i: { decision: string }) => i.decision)).toEqual([
      'INCLUDE',
      'INCLUDE',
      'INCLUDE',
      'INCLUDE',
      'INCLUDE',
    ]);
    const list = await gql(server.url, LIST, { f: { type: 'EXTERNAL' } }, t.archivist);
    expect(list.data!.disclosures.items.map((x: { id: string }) => x.id)).toContain(id);
    // The legal staff's queue holds parties' applications only: this request is not in it, nor in its total.
    const legal = await gql(server.url, LIST, {}, t.legal);
    expect(legal.data!.disclosures.total).toBe(0);
  });

  it('excludes a record with its ground, then goes through approval', async () => {
    const noReason = await gql(
      server.url,
      DECIDE,
      { in: { disclosureId: id, decisions: [{ recordId: rec.trade!.id, decision: 'EXCLUDE' }] } },
      t.archivist,
    );
    expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
    const decided = await gql(
      server.url,
      DECIDE,
      {
        in: {
          disclosureId: id,
          decisions: [
            { recordId: rec.trade!.id, decision: 'EXCLUDE', reason: 'TRADE_SECRET', note: '与本案诉讼请求无关' },
          ],
        },
      },
      t.archivist,
    );
    expect(decided.errors).toBeUndefined();
    expect(codeOf(await gql(server.url, BUILD, { id }, t.archivist))).toBe('INVALID_STATE');
    const submitted = await gql(server.url, SUBMIT, { id }, t.archivist);
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitDisclosure.status).toBe('IN_APPROVAL');
    await leaderApproves(submitted.data!.submitDisclosure.approvalId, id);
    const d = await gql(server.url, DISCLOSURE, { id }, t.archivist);
    expect(d.data!.disclosure.status).toBe('APPROVED');
    expect(d.data!.disclosure.includedCount).toBe(4);
  });

  it('builds the package in the background; only the archive may fetch it', async () => {
    expect(codeOf(await gql(server.url, BUILD, { id }, t.leader))).toBe('FORBIDDEN');
    const built = await gql(server.url, BUILD, { id }, t.archivist);
    expect(built.errors).toBeUndefined();
    packageId = built.data!.buildExportPackage.id;
    expect(codeOf(await gql(server.url, BUILD, { id }, t.archivist))).toBe('INVALID_STATE');
    const p = await packageBuilt(server.url, t.archivist!, packageId);
    expect(p.error).toBeNull();
    expect(p.status).toBe('READY');
    expect(p.progress).toBe(1);
    expect(p.fileCount).toBe(4);
    expect(p.downloadUrl).toBe(`/packages/${packageId}`);
    const d = await gql(server.url, DISCLOSURE, { id }, t.archivist);
    expect(d.data!.disclosure.status).toBe('PACKAGE_READY');

    const got = await downloadPackage(server.url, t.archivist!, packageId, zip());
    expect(got.status).toBe(200);
    expect(got.sha256).toBe(p.sha256);
    expect(sha256Of(zip())).toBe(p.sha256);
    expect(fs.statSync(zip()).size).toBe(p.size);
    expect((await downloadPackage(server.url, t.leader!, packageId, path.join(work, 'x.zip'))).status).toBe(403);
    expect((await downloadPackage(server.url, t['zhzf.officer1']!, packageId, path.join(work, 'x.zip'))).status).toBe(
      404,
    );
    expect((await downloadPackage(server.url, t.legal!, packageId, path.join(work, 'x.zip'))).status).toBe(404);
  });

  it('is a valid BagIt bag holding exactly the included files, with their stored hashes', async () => {
    const report = await verifyBagZip(zip());
    expect(report.errors).toEqual([]);
    expect(report.valid).toBe(true);
    expect(report.payloadFiles).toBe(4);
    expect(report.bagInfo['External-Identifier']).toEqual([number]);
    expect(report.bagInfo['Payload-Oxum']).toEqual([`${report.payloadBytes}.4`]);
    expect(report.bagInfo['Source-Organization']?.[0]).toBeTruthy();
    const entries = await unzip(zip());
    const names = [...entries.keys()];
    expect(names.every((n) => n.startsWith(`${number}/`))).toBe(true);
    const payload = names.filter((n) => n.startsWith(`${number}/data/`));
    expect(payload).toHaveLength(4);
    expect(payload.some((n) => n.includes('企业配方说明'))).toBe(false);
    // A text record entered without a file is given as its registered text.
    const note = payload.find((n) => n.endsWith('询问笔录.txt'))!;
    expect(entries.get(note)!.toString('utf8')).toContain('答：知道。');
    const catalogue = entries.get(`${number}/catalogue.csv`)!.toString('utf8');
    expect(catalogue).toContain('现场检查录像');
    expect(catalogue).toContain('ZFJLY-001');
    expect(catalogue).not.toContain('企业配方说明');
    const em = server.em();
    for (const r of [rec.video!, rec.photo!, rec.doc!]) {
      const stored = await em.findOneOrFail(StoredFile, { id: r.fileId! });
      const name = payload.find((n) => n.includes(r.title.slice(0, 4)))!;
      expect(createHash('sha256').update(entries.get(name)!).digest('hex')).toBe(stored.sha256);
      expect(catalogue).toContain(stored.sha256);
    }
    expect(entries.get(`${number}/catalogue.pdf`)!.subarray(0, 5).toString()).toBe('%PDF-');
    const custody = entries.get(`${number}/custody/001.txt`)!.toString('utf8');
    expect(custody).toContain('保管链');
    expect(custody).toContain(number);
    expect(entries.has(`${number}/checksums-sm3.txt`)).toBe(true);
  });

  it('fails verification after any change to the package', async () => {
    const entries = await unzip(zip());
    const dir = path.join(work, 'tampered');
    for (const [name, data] of entries) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), data);
    }
    const { verifyBagDir } = await import('../../support/bagit-verify.js');
    expect((await verifyBagDir(path.join(dir, number))).valid).toBe(true);
    const victim = [...entries.keys()].find((n) => n.includes('/data/') && n.endsWith('.pdf'))!;
    const bytes = Buffer.from(entries.get(victim)!);
    bytes[bytes.length - 20] ^= 0xff;
    fs.writeFileSync(path.join(dir, victim), bytes);
    const report = await verifyBagDir(path.join(dir, number));
    expect(report.valid).toBe(false);
    expect(report.errors.join('\n')).toMatch(/mismatch/i);
  });

  it('records the delivery with its receipt and closes; the kept package is the one delivered', async () => {
    const receiptId = await attachment(server.url, t.archivist!, pdf(), 'RECEIPT');
    const early = await gql(server.url, CLOSE, { id }, t.archivist);
    expect(codeOf(early)).toBe('INVALID_STATE');
    const future = await gql(
      server.url,
      DELIVER,
      {
        in: { disclosureId: id, method: 'IN_PERSON', recipient: '法院书记员 李某', deliveredAt: inDays(2), receiptId },
      },
      t.archivist,
    );
    expect(codeOf(future)).toBe('BAD_USER_INPUT');
    const delivered = await gql(
      server.url,
      DELIVER,
      {
        in: {
          disclosureId: id,
          method: 'IN_PERSON',
          recipient: '法院书记员 李某',
          deliveredAt: new Date().toISOString(),
          receiptId,
        },
      },
      t.archivist,
    );
    expect(delivered.errors).toBeUndefined();
    expect(delivered.data!.recordDelivery.status).toBe('DELIVERED');
    const closed = await gql(server.url, CLOSE, { id }, t.archivist);
    expect(closed.data!.closeDisclosure.status).toBe('CLOSED');
    // The kept copy, read from the store, equals what was downloaded and delivered, byte for byte.
    const em = server.em();
    const kept = await em.findOneOrFail(ExportPackage, { id: packageId });
    const chunks: Buffer[] = [];
    for await (const chunk of await server.services.exports.openPackage(kept)) chunks.push(chunk as Buffer);
    expect(Buffer.compare(Buffer.concat(chunks), fs.readFileSync(zip()))).toBe(0);
    // The SM3 of the kept package is added in the background once it is ready.
    const p = await packageBuilt(server.url, t.archivist!, packageId);
    expect(p.sm3 === null || /^[0-9a-f]{64}$/.test(p.sm3)).toBe(true);
  });

  it('leaves the export in each record’s audit trail', async () => {
    const r = await gql(
      server.url,
      `query($f: AuditEventFilter) { auditEvents(filter: $f, perPage: 100) { items { action } } }`,
      { f: { recordId: rec.video!.id } },
      t.supervisor,
    );
    expect(r.errors).toBeUndefined();
    const actions = r.data!.auditEvents.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['disclosure.register', 'package.ready']));
  });

  it('keeps the given package in the fixity cycle: a change to it is found, named, and it is not given again', async () => {
    const em = server.em();
    const kept = await em.findOneOrFail(ExportPackage, { id: packageId });
    // Once its SM3 is computed (in the background), the kept zip is a stored file, already checked.
    await server.services.exports.completeDigests(server.em(), packageId);
    const file = await server.em().findOneOrFail(StoredFile, { sha256: kept.sha256! });
    expect([file.fixityStatus, file.mediaType]).toEqual(['OK', 'application/zip']);
    const status = async () =>
      (await gql(server.url, DISCLOSURE_PACKAGES, { id }, t.archivist)).data!.disclosure.packages[0].fixityStatus;
    expect(await status()).toBe('OK');
    // Someone with access to the store changes the kept copy; the next fixity run finds and names it.
    const raw = rawStore(server.services.intake.store);
    const bytes = await raw.read(kept.sha256!);
    bytes[bytes.length >> 1]! ^= 0xff;
    await raw.write(kept.sha256!, bytes);
    const report = await server.services.fixity.checkAll(server.em(), [file.id], FixityTrigger.MANUAL);
    expect(report.failures).toHaveLength(1);
    expect(report.failures[0]!.status).toBe('MISMATCH');
    expect(report.failures[0]!.packages).toEqual([{ disclosureNumber: number, packageId }]);
    const [failed] = await server.em().find(AuditEvent, { action: 'file.fixityFailed', subjectId: file.id });
    expect(failed!.details.packageIds).toEqual([packageId]);
    expect(await status()).toBe('MISMATCH');
    // The damaged copy is not handed out as the one that was given.
    const res = await fetch(`${server.url}/packages/${packageId}`, {
      headers: { authorization: `Bearer ${t.archivist}` },
    });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'INVALID_STATE',
    );
    await raw.write(kept.sha256!, fs.readFileSync(zip()));
  });
});

describe('当事人复制 (Art. 19–20): legal decides per record, state secrets never go, copies carry a watermark', () => {
  let id: string;
  let number: string;
  let otherId: string;
  const zip = () => path.join(work, 'copy.zip');

  it('registers the application with identity and form; an agent needs the authorisation', async () => {
    const form = await attachment(server.url, t.legal!, pdf(), 'APPLICATION_FORM');
    const identity = await attachment(server.url, t.legal!, jpeg(), 'IDENTITY_DOCUMENT');
    const input = {
      applicantName: '张三',
      applicantIdType: '居民身份证',
      applicantIdNumber: '110101199001011234',
      relation: 'AGENT',
      caseId: c.id,
      recordIds: [rec.photo!.id, rec.doc!.id, rec.trade!.id, rec.video!.id],
      purpose: '申请行政复议需要',
      applicationFormId: form,
      identityDocumentId: identity,
    };
    expect(codeOf(await gql(server.url, REGISTER_COPY, { in: input }, t.legal))).toBe('BAD_USER_INPUT');
    expect(
      codeOf(await gql(server.url, REGISTER_COPY, { in: { ...input, applicationFormId: identity } }, t.legal)),
    ).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(server.url, REGISTER_COPY, { in: { ...input, relation: 'PARTY' } }, t.archivist))).toBe(
      'FORBIDDEN',
    );
    const r = await gql(server.url, REGISTER_COPY, { in: { ...input, relation: 'PARTY' } }, t.legal);
    expect(r.errors).toBeUndefined();
    ({ id, number } = r.data!.registerCopyApplication);
    expect(number).toMatch(/^FZ-\d{4}-\d{4}$/);
    expect(r.data!.registerCopyApplication.applicantIdNumber).toBe('110101199001011234');
    expect(r.data!.registerCopyApplication.items.every((i: { decision: string | null }) => i.decision === null)).toBe(
      true,
    );
    // A party's papers are for legal (and the leaders who approve), never for the archive's queue.
    const view = async (as: string) =>
      (await fetch(`${server.url}/attachments/${identity}`, { headers: { authorization: `Bearer ${t[as]}` } })).status;
    expect(await view('legal')).toBe(200);
    expect(await view('leader')).toBe(200);
    expect(await view('archivist')).toBe(404);
    expect(await view('supervisor')).toBe(404);
    const seen = await gql(server.url, DISCLOSURE, { id }, t.supervisor);
    expect(seen.data!.disclosure.applicantIdNumber).toBe('110101********1234');
    expect(codeOf(await gql(server.url, DISCLOSURE, { id }, t.archivist))).toBe('NOT_FOUND');
  });

  it('never includes a state secret, and submits only when every record is decided', async () => {
    // Cleared legal staff can name the state-secret record, but not include it.
    const em = server.em();
    await em.nativeUpdate(User, { username: 'legal' }, { clearance: Clearance.SECRET });
    const form = await attachment(server.url, t.legal!, pdf(), 'APPLICATION_FORM');
    const identity = await attachment(server.url, t.legal!, jpeg(), 'IDENTITY_DOCUMENT');
    const other = await gql(
      server.url,
      REGISTER_COPY,
      {
        in: {
          applicantName: '李四',
          applicantIdType: '居民身份证',
          applicantIdNumber: '110101199202021234',
          relation: 'PARTY',
          caseId: c.id,
          recordIds: [rec.secret!.id, rec.doc!.id],
          purpose: '申请复制执法文书',
          applicationFormId: form,
          identityDocumentId: identity,
        },
      },
      t.legal,
    );
    expect(other.errors).toBeUndefined();
    otherId = other.data!.registerCopyApplication.id;
    const include = await gql(
      server.url,
      DECIDE,
      { in: { disclosureId: otherId, decisions: [{ recordId: rec.secret!.id, decision: 'INCLUDE' }] } },
      t.legal,
    );
    expect(codeOf(include)).toBe('BAD_USER_INPUT');
    expect(include.errors![0]!.message).toMatch(/state-secret/);
    expect(codeOf(await gql(server.url, SUBMIT, { id: otherId }, t.legal))).toBe('BAD_USER_INPUT');
    await em.nativeUpdate(User, { username: 'legal' }, { clearance: Clearance.NONE });

    expect(codeOf(await gql(server.url, SUBMIT, { id }, t.legal))).toBe('BAD_USER_INPUT');
    const redacted = await attachment(server.url, t.legal!, pdf(), 'REDACTED_COPY');
    const decided = await gql(
      server.url,
      DECIDE,
      {
        in: {
          disclosureId: id,
          decisions: [
            { recordId: rec.photo!.id, decision: 'INCLUDE' },
            { recordId: rec.doc!.id, decision: 'INCLUDE' },
            { recordId: rec.trade!.id, decision: 'INCLUDE_REDACTED', redactedId: redacted, note: '遮盖配方数据' },
            { recordId: rec.video!.id, decision: 'EXCLUDE', reason: 'THIRD_PARTY_PRIVACY', note: '含其他当事人影像' },
          ],
        },
      },
      t.legal,
    );
    expect(decided.errors).toBeUndefined();
    const submitted = await gql(server.url, SUBMIT, { id }, t.legal);
    expect(submitted.errors).toBeUndefined();
    expect(
      codeOf(
        await gql(
          server.url,
          DECIDE,
          { in: { disclosureId: id, decisions: [{ recordId: rec.video!.id, decision: 'INCLUDE' }] } },
          t.legal,
        ),
      ),
    ).toBe('INVALID_STATE');
    await leaderApproves(submitted.data!.submitDisclosure.approvalId, id);
  });

  it('packages watermarked copies of the photo and the PDF, the redacted copy, and not the excluded video', async () => {
    const built = await gql(server.url, BUILD, { id }, t.legal);
    expect(built.errors).toBeUndefined();
    const p = await packageBuilt(server.url, t.legal!, built.data!.buildExportPackage.id);
    expect(p.error).toBeNull();
    expect((await downloadPackage(server.url, t.legal!, p.id, zip())).status).toBe(200);
    expect((await downloadPackage(server.url, t.archivist!, p.id, path.join(work, 'y.zip'))).status).toBe(404);
    const report = await verifyBagZip(zip());
    expect(report.errors).toEqual([]);
    expect(report.payloadFiles).toBe(3);
    const entries = await unzip(zip());
    const payload = [...entries.keys()].filter((n) => n.includes('/data/'));
    expect(payload.some((n) => n.endsWith('.mp4'))).toBe(false);
    const em = server.em();
    const storedSha = async (r: EnforcementRecord) => (await em.findOneOrFail(StoredFile, { id: r.fileId! })).sha256;
    const hashOf = (n: string) => createHash('sha256').update(entries.get(n)!).digest('hex');
    const photo = payload.find((n) => n.endsWith('.jpg'))!;
    const doc = payload.find((n) => n.includes('行政处罚决定书'))!;
    const redacted = payload.find((n) => n.includes('删节本'))!;
    // The copies differ from the originals (the watermark), the redacted copy is the one legal gave.
    expect(hashOf(photo)).not.toBe(await storedSha(rec.photo!));
    expect(hashOf(doc)).not.toBe(await storedSha(rec.doc!));
    expect(entries.get(redacted)!.subarray(0, 5).toString()).toBe('%PDF-');
    expect(entries.get(doc)!.subarray(0, 5).toString()).toBe('%PDF-');
    // A third party's phone number in a title is masked in the copy's names and catalogue.
    expect(photo).not.toContain('13812345678');
    const catalogue = entries.get(`${number}/catalogue.csv`)!.toString('utf8');
    expect(catalogue).not.toContain('13812345678');
    expect(catalogue).not.toContain('现场检查录像');
    // The package row says the same as the catalogue: which copies carry the watermark, which is redacted.
    expect(p.contents.map((f: { watermarked: boolean }) => f.watermarked)).toEqual([true, true, true]);
    expect(p.contents.map((f: { redacted: boolean }) => f.redacted)).toEqual([false, false, true]);
    expect(p.contents.map((f: { path: string }) => f.path).sort()).toEqual(
      payload.map((n) => n.slice(number.length + 1)).sort(),
    );
    const rows = catalogue
      .trim()
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(','));
    expect(rows.map((r) => r[10])).toEqual(['是', '是', '是']);
    expect(rows.map((r) => r[11])).toEqual(['否', '否', '是']);
    const custody = entries.get(`${number}/custody/001.txt`)!.toString('utf8');
    expect(custody).toContain('水印');
    // The PDF's report shows this application's events, and nothing of 李四's application for the same record.
    const docCustody = [...entries]
      .filter(([n]) => n.startsWith(`${number}/custody/`))
      .map(([, b]) => b.toString('utf8'))
      .find((text) => text.includes(`文件: data/${doc.slice(number.length + 6)}`))!;
    expect(docCustody).toBeDefined();
    const hashesOf = async (disclosureId: string) =>
      (await em.find(AuditEvent, { subjectType: 'Disclosure', subjectId: disclosureId })).map((ev) => ev.hash!);
    const own = await hashesOf(id);
    const others = await hashesOf(otherId);
    expect(others.length).toBeGreaterThan(0);
    expect(own.filter((h) => docCustody.includes(h)).length).toBeGreaterThan(0);
    expect(others.filter((h) => docCustody.includes(h))).toEqual([]);
    expect(docCustody).not.toContain(otherId);
  });
});

describe('what was approved is what is given', () => {
  it('refuses the generic resubmit and withdraw, and gives the version approved even if the record is corrected after', async () => {
    const letterId = await attachment(server.url, t.archivist!, pdf(), 'LETTER');
    const reg = await gql(
      server.url,
      REGISTER_EXTERNAL,
      {
        in: {
          bodyKind: 'RECONSIDERATION_BODY',
          bodyName: '某某县人民政府',
          letterNumber: '某复〔2026〕5号',
          letterDate: '2026-11-26',
          letterId,
          concerning: '行政复议 某复〔2026〕5号',
          purpose: '行政复议答复需要',
          recordIds: [rec.doc!.id],
        },
      },
      t.archivist,
    );
    expect(reg.errors).toBeUndefined();
    const id = reg.data!.registerExternalRequest.id as string;
    const submitted = await gql(server.url, SUBMIT, { id }, t.archivist);
    const approvalId = submitted.data!.submitDisclosure.approvalId as string;
    // The engine's own mutations would skip this module's checks: refused for these request types.
    const cancel = await gql(
      server.url,
      `mutation($id: ID!) { cancelRequest(id: $id) { id } }`,
      { id: approvalId },
      t.archivist,
    );
    expect(codeOf(cancel)).toBe('INVALID_STATE');
    const resubmit = await gql(
      server.url,
      `mutation($id: ID!) { resubmitRequest(id: $id) { id } }`,
      { id: approvalId },
      t.archivist,
    );
    expect(codeOf(resubmit)).toBe('INVALID_STATE');
    await leaderApproves(approvalId, id);
    // The handling officer corrects the record after the approval.
    const corrected = await gql(
      server.url,
      `mutation($id: ID!, $in: RecordMetadataInput!) { correctRecord(id: $id, input: $in, reason: "文号更正") { id version } }`,
      { id: rec.doc!.id, in: { title: '行政处罚决定书（更正）' } },
      t['zhzf.officer1'],
    );
    expect(corrected.errors).toBeUndefined();
    const built = await gql(server.url, BUILD, { id }, t.archivist);
    const p = await packageBuilt(server.url, t.archivist!, built.data!.buildExportPackage.id);
    expect(p.error).toBeNull();
    expect(p.status).toBe('READY');
    const got = path.join(work, 'approved-version.zip');
    expect((await downloadPackage(server.url, t.archivist!, p.id, got)).status).toBe(200);
    const entries = await unzip(got);
    const names = [...entries.keys()];
    expect(names.some((n) => n.includes('/data/') && n.includes('行政处罚决定书.pdf'))).toBe(true);
    expect(names.some((n) => n.includes('更正'))).toBe(false);
    const catalogue = [...entries.entries()].find(([n]) => n.endsWith('catalogue.csv'))![1].toString('utf8');
    expect(catalogue).not.toContain('更正');
  });
});
