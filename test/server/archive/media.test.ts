import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usableBytes } from '../../../server/src/archive/media-split.js';
import { MediaVerification, MediaVolume } from '../../../server/src/archive/media.entity.js';
import { addYear } from '../../../server/src/archive/media.service.js';
import { AuditEvent, AuditOutcome } from '../../../server/src/audit/audit-event.entity.js';
import type { Case } from '../../../server/src/cases/case.entity.js';
import { CaseStatus } from '../../../server/src/cases/case.enums.js';
import { today } from '../../../server/src/common/dates.js';
import { FixityStatus, StoredFile } from '../../../server/src/files/stored-file.entity.js';
import { Notification, NotificationKind } from '../../../server/src/notifications/notification.entity.js';
import type { EnforcementRecord } from '../../../server/src/records/record.entity.js';
import { RecordKind } from '../../../server/src/records/record.enums.js';
import { User } from '../../../server/src/users/user.entity.js';
import { buildCase, buildRecord, storeFile } from '../../factories.js';
import { verifyBagZip } from '../../support/bagit-verify.js';
import { codeOf, gql, login } from '../../support/graphql.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../../support/server.js';
import { rawStore } from '../../support/store.js';

let server: TestServer;
let work: string;
const t: Record<string, string> = {};
let archived: Case;
let open: Case;
const rec: Record<string, EnforcementRecord> = {};
const USB = 1024 * 1024;

const CREATE = `mutation($in: CreateMediaSetInput!) { createMediaSet(input: $in) { id number status mediumType capacity recordIds } }`;
const SET = `query($id: ID!) { mediaSet(id: $id) { id number status error volumeCount bytesTotal createdBy { username }
  volumes { id seq size sha256 label location downloadUrl verifyUrl lastVerifiedAt lastVerificationOk recheckDue
    verifications { kind ok sha256 size verifiedBy { username } } } } }`;
const SETS = `{ mediaSets { total items { id number } } }`;
const REGISTER = `mutation($in: RegisterMediumInput!) { registerMedium(input: $in) { id label location registeredBy { username } } }`;
const DUE = `{ mediaDueForRecheck { id seq recheckDue set { number } } }`;

/** A file of `size` random bytes stored as a record's file would be. */
async function randomFile(name: string, size: number) {
  const file = path.join(work, name);
  fs.writeFileSync(file, randomBytes(size));
  return storeFile(server.services, server.em(), file, 'video/mp4', name);
}

async function built(id: string, token = t.archivist!) {
  const until = Date.now() + 60_000;
  for (;;) {
    const r = await gql(server.url, SET, { id }, token);
    expect(r.errors).toBeUndefined();
    const s = r.data!.mediaSet as Record<string, any>;
    if (s.status !== 'BUILDING') return s;
    if (Date.now() > until) throw new Error(`media set ${id} still building`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function download(volumeId: string, token: string, headers: Record<string, string> = {}) {
  return fetch(`${server.url}/media/${volumeId}`, { headers: { authorization: `Bearer ${token}`, ...headers } });
}

async function readBack(volumeId: string, token: string, bytes: Buffer, kind = 'READBACK') {
  const res = await fetch(`${server.url}/media/${volumeId}/verify?kind=${kind}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
    body: bytes,
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

beforeAll(async () => {
  server = await startTestServer({ seed: true, config: { jobs: true } });
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'er-media-'));
  const em = server.em();
  const users = Object.fromEntries((await em.find(User, {}, { populate: ['unit'] })).map((u) => [u.username, u]));
  for (const name of ['archivist', 'leader', 'zhzf.officer1']) t[name] = await login(server.url, name, DEMO_PASSWORD);
  const officer = users['zhzf.officer1']!;
  archived = await buildCase(em, { unit: officer.unit, officers: [officer], status: CaseStatus.ARCHIVED });
  open = await buildCase(em, { unit: officer.unit, officers: [officer] });
  // Three small files that do not fit two to a 1 MiB stick.
  for (const [key, size] of [
    ['a', 700_000],
    ['b', 600_000],
    ['c', 500_000],
  ] as const) {
    const file = await randomFile(`${key}.mp4`, size);
    rec[key] = await buildRecord(em, archived, {
      kind: RecordKind.VIDEO,
      title: `执法记录仪录像 ${key}`,
      fileId: file.id,
      fileName: `${key}.mp4`,
      officer,
      deviceNumber: 'ZFJLY-007',
    });
  }
  const big = await randomFile('big.mp4', 1_200_000);
  rec.big = await buildRecord(em, archived, { kind: RecordKind.VIDEO, title: '群体性事件现场录像', fileId: big.id });
  rec.openOne = await buildRecord(em, open, { title: '尚未归档的笔录' });
}, 120_000);

afterAll(async () => {
  await server?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('a media set on a tiny USB stick: three files, three volumes, each a valid bag', () => {
  let set: Record<string, any>;
  const zips: Buffer[] = [];

  it('refuses up front a file larger than one medium, naming it and suggesting a larger one', async () => {
    const r = await gql(
      server.url,
      CREATE,
      { in: { recordIds: [rec.a!.id, rec.big!.id], mediumType: 'USB', capacity: USB } },
      t.archivist,
    );
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0]!.message).toContain('"群体性事件现场录像" (1.2 MB) does not fit on one USB');
    expect(r.errors![0]!.message).toContain('choose a larger medium: a CD or larger');
    expect(r.errors![0]!.extensions!.details).toMatchObject({ reason: 'TOO_LARGE_FOR_MEDIUM', suggested: 'CD' });
    expect(
      codeOf(await gql(server.url, CREATE, { in: { recordIds: [rec.a!.id], mediumType: 'USB' } }, t.archivist)),
    ).toBe('BAD_USER_INPUT');
  });

  it('builds the set in the background from the records chosen', async () => {
    const r = await gql(
      server.url,
      CREATE,
      { in: { recordIds: [rec.a!.id, rec.b!.id, rec.c!.id], mediumType: 'USB', capacity: USB } },
      t.archivist,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.createMediaSet).toMatchObject({ status: 'BUILDING', mediumType: 'USB', capacity: USB });
    expect(r.data!.createMediaSet.number).toMatch(/^CC-\d{4}-\d{4}$/);
    set = await built(r.data!.createMediaSet.id);
    expect(set.error).toBeNull();
    expect(set.status).toBe('READY');
    expect(set.volumeCount).toBe(3);
    expect(set.bytesTotal).toBe(1_800_000);
    expect(set.createdBy.username).toBe('archivist');
    expect(set.volumes.map((v: { seq: number }) => v.seq)).toEqual([1, 2, 3]);
  });

  it('gives each volume for burning, whole or by range, and each validates alone as "n of 3"', async () => {
    const seen: string[] = [];
    for (const v of set.volumes) {
      expect(v.downloadUrl).toBe(`/media/${v.id}`);
      const res = await download(v.id, t.archivist!);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/zip');
      expect(res.headers.get('x-content-sha256')).toBe(v.sha256);
      const bytes = Buffer.from(await res.arrayBuffer());
      zips.push(bytes);
      expect(bytes.length).toBe(v.size);
      expect(bytes.length).toBeLessThanOrEqual(usableBytes(USB));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(v.sha256);
      const file = path.join(work, `vol-${v.seq}.zip`);
      fs.writeFileSync(file, bytes);
      const report = await verifyBagZip(file);
      expect(report.errors).toEqual([]);
      expect(report.valid).toBe(true);
      expect(report.payloadFiles).toBe(1);
      expect(report.bagInfo['Bag-Count']).toEqual([`${v.seq} of 3`]);
      expect(report.bagInfo['External-Identifier']).toEqual([`${set.number}-${v.seq}`]);
      expect(report.bagInfo['Bag-Group-Identifier']).toEqual([set.number]);
      seen.push(String(report.payloadBytes));
    }
    // Largest first: 700 000 bytes on the first medium, then 600 000, then 500 000.
    expect(seen).toEqual(['700000', '600000', '500000']);
    const part = await download(set.volumes[0].id, t.archivist!, { range: 'bytes=0-99' });
    expect(part.status).toBe(206);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(zips[0]!.subarray(0, 100));
    const events = await server.em().find(AuditEvent, { action: 'media.download' });
    expect(events.length).toBe(4);
  });

  it('takes whole archived cases: the records of the case the archive may export', async () => {
    const r = await gql(server.url, CREATE, { in: { caseIds: [archived.id], mediumType: 'CD' } }, t.archivist);
    expect(r.errors).toBeUndefined();
    expect([...r.data!.createMediaSet.recordIds].sort()).toEqual([rec.a!.id, rec.b!.id, rec.c!.id, rec.big!.id].sort());
    const cd = await built(r.data!.createMediaSet.id);
    expect(cd.status).toBe('READY');
    expect(cd.volumeCount).toBe(1);
  });

  it('registers each written medium with its label and location', async () => {
    const v = set.volumes[0];
    const r = await gql(
      server.url,
      REGISTER,
      { in: { volumeId: v.id, label: `${set.number}-1 / 3`, location: '档案室 3 号柜 2 层' } },
      t.archivist,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.registerMedium).toMatchObject({ label: `${set.number}-1 / 3`, location: '档案室 3 号柜 2 层' });
    expect(r.data!.registerMedium.registeredBy.username).toBe('archivist');
  });

  it('reads a medium back: the same bytes match, and the re-check is set a year on', async () => {
    const v = set.volumes[0];
    const r = await readBack(v.id, t.archivist!, zips[0]!);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ ok: true, kind: 'READBACK', sha256: v.sha256, size: v.size });
    expect(r.body.recheckDue).toBe(addYear(today()));
    const after = await built(set.id);
    expect(after.volumes[0]).toMatchObject({ lastVerificationOk: true, recheckDue: addYear(today()) });
    expect(after.volumes[0].verifications).toEqual([
      { kind: 'READBACK', ok: true, sha256: v.sha256, size: v.size, verifiedBy: { username: 'archivist' } },
    ]);
  });

  it('records a medium that does not match as a result, not an error, and audits it', async () => {
    const v = set.volumes[1];
    const damaged = Buffer.from(zips[1]!);
    damaged[damaged.length >> 1] ^= 0xff;
    const r = await readBack(v.id, t.archivist!, damaged, 'RECHECK');
    expect(r.status).toBe(200);
    expect(r.body.ok).toBe(false);
    expect(r.body.message).toMatch(/did NOT match/);
    expect(r.body.expectedSha256).toBe(v.sha256);
    expect(r.body.sha256).not.toBe(v.sha256);
    const short = await readBack(v.id, t.archivist!, zips[1]!.subarray(0, 1000), 'RECHECK');
    expect(short.body).toMatchObject({ ok: false, size: 1000, expectedSize: v.size });
    const em = server.em();
    const volume = await em.findOneOrFail(MediaVolume, { id: v.id });
    expect(volume.lastVerificationOk).toBe(false);
    // It stays due for re-check, from today, until a medium carrying it reads back intact.
    expect(volume.recheckDue).toBe(today());
    expect((await gql(server.url, DUE, {}, t.archivist)).data!.mediaDueForRecheck).toEqual([
      expect.objectContaining({ id: v.id, recheckDue: today() }),
    ]);
    expect(await em.count(MediaVerification, { volume: v.id, ok: false })).toBe(2);
    const audit = await em.find(AuditEvent, { action: 'media.verify', outcome: AuditOutcome.FAILED });
    expect(audit.length).toBe(2);
    expect(codeOf({ status: 400, errors: (await readBack(v.id, t.archivist!, zips[1]!, 'OTHER')).body.errors })).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('lists media whose yearly re-check has come, and tells the archivists once per due date', async () => {
    const v = set.volumes[0];
    const failed = set.volumes[1]; // did not read back intact (above): due since today
    const em = server.em();
    const dueIds = async (token: string) =>
      ((await gql(server.url, DUE, {}, token)).data!.mediaDueForRecheck as { id: string }[]).map((x) => x.id);
    expect(await dueIds(t.archivist!)).toEqual([failed.id]);
    // A year has passed since the read-back.
    await em.nativeUpdate(MediaVolume, { id: v.id }, { recheckDue: today(new Date(Date.now() - 86_400_000)) });
    expect(await dueIds(t.archivist!)).toEqual([v.id, failed.id]);
    expect(await dueIds(t.leader!)).toHaveLength(2);
    expect(await server.services.media.notifyDue(server.em())).toEqual([v.id, failed.id]);
    expect(await server.services.media.notifyDue(server.em())).toEqual([]);
    const notes = await server
      .em()
      .find(Notification, { kind: NotificationKind.MEDIA_RECHECK_DUE, subjectId: v.id }, { populate: ['user'] });
    expect(notes.map((n) => n.user.username).sort()).toEqual(['archivist', 'das.head']);
    expect(notes[0]!.subjectId).toBe(v.id);
    expect(notes[0]!.summary).toContain(`${set.number} 第 1 卷`);
    // The re-check done: due again a year on, and announced again only then.
    const r = await readBack(v.id, t.archivist!, zips[0]!, 'RECHECK');
    expect(r.body.ok).toBe(true);
    expect(await dueIds(t.archivist!)).toEqual([failed.id]);
    expect(await server.services.media.notifyDue(server.em(), addYear(today()))).toEqual([v.id]);
    // The failed volume written anew and read back intact: off the list, due a year on.
    expect((await readBack(failed.id, t.archivist!, zips[1]!, 'RECHECK')).body.ok).toBe(true);
    expect(await dueIds(t.archivist!)).toEqual([]);
  });
});

describe('the stored bytes are checked as they stream onto a volume', () => {
  it('fails the set, naming the file, when a stored file no longer matches its hash; its fixity is re-checked', async () => {
    const em = server.em();
    const file = await randomFile('d.mp4', 50_000);
    const record = await buildRecord(em, archived, { kind: RecordKind.VIDEO, title: '被篡改的录像', fileId: file.id });
    const raw = rawStore(server.services.intake.store);
    const bytes = await raw.read(file.sha256);
    bytes[100]! ^= 0xff;
    await raw.write(file.sha256, bytes);
    const r = await gql(server.url, CREATE, { in: { recordIds: [record.id], mediumType: 'CD' } }, t.archivist);
    expect(r.errors).toBeUndefined();
    const s = await built(r.data!.createMediaSet.id);
    expect(s.status).toBe('FAILED');
    expect(s.error).toMatch(/被篡改的录像.*not to the stored SHA-256/);
    expect(s.volumes).toEqual([]);
    const after = await server.em().findOneOrFail(StoredFile, { id: file.id });
    expect(after.fixityStatus).toBe(FixityStatus.MISMATCH);
    const failed = await server.em().find(AuditEvent, { action: 'media.failed', subjectId: s.id });
    expect(failed).toHaveLength(1);
  });
});

describe('who may make, fetch and check media', () => {
  let volumeId: string;
  beforeAll(async () => {
    volumeId = (await server.em().findOneOrFail(MediaVolume, { seq: 1 }, { orderBy: { id: 'asc' } })).id;
  });

  it('an officer may not make media, see them, fetch a volume or send a read-back', async () => {
    const officer = t['zhzf.officer1']!;
    const r = await gql(server.url, CREATE, { in: { recordIds: [rec.a!.id], mediumType: 'CD' } }, officer);
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(codeOf(await gql(server.url, SETS, {}, officer))).toBe('FORBIDDEN');
    expect(codeOf(await gql(server.url, DUE, {}, officer))).toBe('FORBIDDEN');
    const res = await download(volumeId, officer);
    expect(res.status).toBe(404);
    await res.body?.cancel();
    expect((await readBack(volumeId, officer, Buffer.from('x'))).status).toBe(404);
    expect((await download(volumeId, '')).status).toBe(401);
  });

  it('the register sorts by number either way, and refuses a field it cannot sort by', async () => {
    const SORTED = `query($f: String, $o: SortOrder) { mediaSets(sortField: $f, sortOrder: $o, perPage: 200) { total items { number } } }`;
    const numbers = async (order: string) =>
      (
        (await gql(server.url, SORTED, { f: 'number', o: order }, t.archivist)).data!.mediaSets.items as {
          number: string;
        }[]
      ).map((s) => s.number);
    const asc = await numbers('ASC');
    expect(asc.length).toBeGreaterThanOrEqual(2);
    expect(asc).toEqual([...asc].sort());
    expect(await numbers('DESC')).toEqual([...asc].reverse());
    expect(codeOf(await gql(server.url, SORTED, { f: 'recordIds', o: 'ASC' }, t.archivist))).toBe('BAD_USER_INPUT');
  });

  it('a leader follows the register but neither makes nor fetches media', async () => {
    expect((await gql(server.url, SETS, {}, t.leader)).data!.mediaSets.total).toBeGreaterThanOrEqual(2);
    const r = await gql(server.url, CREATE, { in: { recordIds: [rec.a!.id], mediumType: 'CD' } }, t.leader);
    expect(codeOf(r)).toBe('FORBIDDEN');
    const res = await download(volumeId, t.leader!);
    expect(res.status).toBe(403);
    await res.body?.cancel();
    expect((await readBack(volumeId, t.leader!, Buffer.from('x'))).status).toBe(403);
  });

  it('the archive may not write a record that is neither archived nor marked long-term', async () => {
    const r = await gql(server.url, CREATE, { in: { recordIds: [rec.openOne!.id], mediumType: 'CD' } }, t.archivist);
    expect(codeOf(r)).toBe('FORBIDDEN');
    const c = await gql(server.url, CREATE, { in: { caseIds: [open.id], mediumType: 'CD' } }, t.archivist);
    expect(codeOf(c)).toBe('BAD_USER_INPUT');
    const denied = await server.em().find(AuditEvent, { action: 'media.create', outcome: AuditOutcome.DENIED });
    expect(denied.length).toBeGreaterThanOrEqual(1);
  });
});
