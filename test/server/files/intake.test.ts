import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent, AuditOutcome } from '../../../server/src/audit/audit-event.entity.js';
import type { Case } from '../../../server/src/cases/case.entity.js';
import { CaseStatus } from '../../../server/src/cases/case.enums.js';
import { StoredFile } from '../../../server/src/files/stored-file.entity.js';
import { Upload, UploadStatus } from '../../../server/src/files/upload.entity.js';
import { RecordVersion } from '../../../server/src/records/record-version.entity.js';
import { EnforcementRecord } from '../../../server/src/records/record.entity.js';
import { RecordKind } from '../../../server/src/records/record.enums.js';
import { Role } from '../../../server/src/users/roles.js';
import { User } from '../../../server/src/users/user.entity.js';
import { buildCase, buildRecord, buildUnit, buildUser, TEST_PASSWORD } from '../../factories.js';
import { gql, login } from '../../support/graphql.js';
import { digestsOf, digestsOfBytes, jpeg, mp4, pdf, wav } from '../../support/media.js';
import { holdRow } from '../../support/row-lock.js';
import { startSecondInstance, startTestServer, type TestServer } from '../../support/server.js';
import { tusClient } from '../../support/tus.js';
import { rawStore, TEST_STORE } from '../../support/store.js';
import type { FileStoreDisk } from '../../../server/src/files/store.js';

let server: TestServer;
let officer: User;
let stranger: User;
let theCase: Case;
let token: string;

beforeAll(async () => {
  server = await startTestServer({ config: { maxUploadBytes: 50 * 1024 * 1024 } });
  const em = server.em();
  const unit = await buildUnit(em);
  officer = await buildUser(em, { unit, username: 'intake.officer' });
  const partner = await buildUser(em, { unit });
  stranger = await buildUser(em, { username: 'intake.stranger' });
  theCase = await buildCase(em, { unit, officers: [officer, partner] });
  token = await login(server.url, 'intake.officer', TEST_PASSWORD);
});
afterAll(() => server?.close());

/** Metadata of a video record of the test case, captured 10:00:00–10:00:02 China time on 20 Nov. */
const videoMeta = (over: Record<string, string> = {}) => ({
  filename: '现场检查-执法记录仪.mp4',
  caseId: theCase.id,
  kind: RecordKind.VIDEO,
  title: '现场检查录像',
  stage: 'ON_SITE_INSPECTION',
  capturedFrom: '2026-11-20T10:00:00+08:00',
  capturedTo: '2026-11-20T10:00:02+08:00',
  officerId: officer.id,
  partyNotified: 'true',
  deviceNumber: 'ZFJLY-001',
  ...over,
});

const bytesOf = (file: string) => new Uint8Array(fs.readFileSync(file));
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;
const raw = () => rawStore(server.services.intake.store);
const storeFiles = () => raw().list();

describe('uploading evidence', () => {
  it('stores a video under its SHA-256 and makes its record, with hashes equal to independent ones', async () => {
    const file = mp4();
    const { res } = await tusClient(server.url, token).upload(bytesOf(file), videoMeta());
    expect(res.status).toBe(204);
    const recordId = res.headers.get('x-record-id')!;
    const em = server.em();
    const record = await em.findOneOrFail(EnforcementRecord, { id: recordId });
    const stored = await em.findOneOrFail(StoredFile, { id: record.fileId! });
    const expected = digestsOf(file);
    expect(stored.sha256).toBe(expected.sha256);
    expect(stored.sm3).toBe(expected.sm3);
    expect(stored.size).toBe(fs.statSync(file).size);
    expect(stored.mediaType).toBe('video/mp4');
    expect(record).toMatchObject({
      kind: RecordKind.VIDEO,
      title: '现场检查录像',
      fileName: '现场检查-执法记录仪.mp4',
    });
    // Content-addressed, read-only, byte-identical.
    if (TEST_STORE === 'disk') {
      const onDisk = (server.services.intake.store as FileStoreDisk).pathOf(expected.sha256);
      expect(fs.statSync(onDisk).mode & 0o222).toBe(0);
    }
    expect(digestsOfBytes(await raw().read(expected.sha256))).toEqual(expected);
    // Facts from the file itself (ffprobe): duration, picture size, recording time.
    expect(stored.durationSeconds).toBeCloseTo(2, 0);
    expect([stored.width, stored.height]).toEqual([320, 240]);
    expect(stored.recordedAt?.toISOString()).toBe('2026-11-20T02:00:00.000Z');
    const version = await em.findOneOrFail(RecordVersion, { record: recordId, version: 1 });
    expect(version.fileId).toBe(stored.id);
    expect(
      await em.count(AuditEvent, {
        action: 'upload.finish',
        subjectId: (await em.findOneOrFail(Upload, { recordId })).id,
      }),
    ).toBe(1);
  });

  it('stores identical content once, whichever records carry it', async () => {
    const file = mp4();
    const before = await server.em().count(StoredFile, {});
    const { res } = await tusClient(server.url, token).upload(bytesOf(file), videoMeta({ title: '同一录像再次上传' }));
    expect(res.status).toBe(204);
    expect(await server.em().count(StoredFile, {})).toBe(before);
    const record = await server.em().findOneOrFail(EnforcementRecord, { id: res.headers.get('x-record-id')! });
    expect((await server.em().findOneOrFail(StoredFile, { id: record.fileId! })).sha256).toBe(digestsOf(file).sha256);
  });

  it('takes a photo, audio and a PDF for the kinds that allow them, with EXIF time for the photo', async () => {
    const client = tusClient(server.url, token);
    const photo = await client.upload(bytesOf(jpeg('2026:11:20 10:00:05')), {
      ...videoMeta({ kind: RecordKind.PHOTO, filename: 'scene.jpg', title: '现场照片' }),
    });
    expect(photo.res.status).toBe(204);
    const photoRecord = await server
      .em()
      .findOneOrFail(EnforcementRecord, { id: photo.res.headers.get('x-record-id')! });
    const photoFile = await server.em().findOneOrFail(StoredFile, { id: photoRecord.fileId! });
    expect(photoFile.mediaType).toBe('image/jpeg');
    expect(photoFile.recordedAt?.toISOString()).toBe('2026-11-20T02:00:05.000Z');
    const audio = await client.upload(bytesOf(wav()), videoMeta({ kind: RecordKind.AUDIO, filename: '询问.wav' }));
    expect(audio.res.status).toBe(204);
    const doc = await client.upload(bytesOf(pdf()), {
      filename: '检查笔录.pdf',
      caseId: theCase.id,
      kind: RecordKind.INVESTIGATION_EVIDENCE,
      title: '现场检查笔录（扫描件）',
    });
    expect(doc.res.status).toBe(204);
  });

  it('adds a new file version to an existing text record, keeping the old one', async () => {
    const record = await buildRecord(server.em(), theCase, { title: '调查终结报告' });
    const client = tusClient(server.url, token);
    const { res } = await client.upload(bytesOf(pdf()), {
      filename: '调查终结报告-签字版.pdf',
      recordId: record.id,
      reason: '补充签字扫描件',
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('x-record-id')).toBe(record.id);
    const versions = await server.em().find(RecordVersion, { record: record.id }, { orderBy: { version: 'asc' } });
    expect(versions.map((v) => [v.version, v.fileName, v.reason])).toEqual([
      [1, null, null],
      [2, '调查终结报告-签字版.pdf', '补充签字扫描件'],
    ]);
  });
});

describe('refusals leave nothing stored', () => {
  const refusedWithNothingStored = async (res: Response, status: number) => {
    expect(res.status).toBe(status);
    expect(await server.em().count(EnforcementRecord, { title: '不应存在' })).toBe(0);
  };

  it('refuses bad metadata at creation, before any byte', async () => {
    const client = tusClient(server.url, token);
    const cases: [Record<string, string>, string][] = [
      [videoMeta({ kind: 'MOVIE' }), 'kind'],
      [videoMeta({ capturedFrom: 'yesterday' }), 'capturedFrom'],
      [videoMeta({ partyNotified: 'maybe' }), 'partyNotified'],
      [{ ...videoMeta(), partyNotified: '' }, 'partyNotified'],
      [videoMeta({ filename: '../../etc/passwd' }), 'filename'],
      [videoMeta({ officerId: stranger.id }), 'officerId'],
      [videoMeta({ colour: 'red' }), 'colour'],
      [videoMeta({ capturedTo: '2026-11-20T09:00:00+08:00' }), 'capturedTo'],
    ];
    for (const [meta, field] of cases) {
      const res = await client.create(1000, { ...meta, title: '不应存在' });
      expect(res.status, field).toBe(400);
      const error = await errorOf(res);
      expect(error.code, field).toBe('BAD_USER_INPUT');
    }
    expect(fs.readdirSync(server.config.uploadDir).filter((f) => !f.endsWith('.json'))).toHaveLength(
      await server.em().count(Upload, { status: UploadStatus.RECEIVING }),
    );
  });

  it('refuses an empty file and one over the size limit', async () => {
    const client = tusClient(server.url, token);
    const empty = await client.create(0, videoMeta({ title: '不应存在' }));
    expect(empty.status).toBe(400);
    expect((await errorOf(empty)).message).toContain('empty');
    const huge = await client.create(51 * 1024 * 1024, videoMeta({ title: '不应存在' }));
    expect(huge.status).toBe(413);
  });

  it('refuses content whose real type the kind does not take (a PDF named .mp4), removing its bytes', async () => {
    const client = tusClient(server.url, token);
    const before = (await storeFiles()).length;
    const { location, res } = await client.upload(bytesOf(pdf()), videoMeta({ title: '不应存在' }));
    await refusedWithNothingStored(res, 415);
    expect((await errorOf(res)).message).toContain('application/pdf');
    const id = location.split('/').pop()!;
    expect(fs.existsSync(path.join(server.config.uploadDir, id))).toBe(false);
    expect((await server.em().findOneOrFail(Upload, { id })).status).toBe(UploadStatus.REJECTED);
    expect((await storeFiles()).length).toBe(before);
    expect(
      await server.em().count(AuditEvent, { action: 'upload.rejected', subjectId: id, outcome: AuditOutcome.DENIED }),
    ).toBe(1);
  });

  it('refuses random bytes of no known type', async () => {
    const junk = new Uint8Array(5000).map((_, i) => (i * 7919) % 251);
    const { res } = await tusClient(server.url, token).upload(junk, videoMeta({ title: '不应存在' }));
    await refusedWithNothingStored(res, 415);
  });

  it('refuses users who may not add records to the case, and hides the case from outsiders', async () => {
    await buildUser(server.em(), { username: 'intake.clerk.elsewhere', roles: [Role.unitClerk] });
    const clerk = await login(server.url, 'intake.clerk.elsewhere', TEST_PASSWORD);
    const res = await tusClient(server.url, clerk).create(1000, videoMeta({ title: '不应存在' }));
    expect(res.status).toBe(404);
    const infocenter = await buildUser(server.em(), { username: 'intake.ic', roles: [Role.infoCenter] });
    const ic = await login(server.url, 'intake.ic', TEST_PASSWORD);
    expect((await tusClient(server.url, ic).create(1000, videoMeta())).status).toBe(403);
    expect(await server.em().count(AuditEvent, { actorId: infocenter.id, outcome: AuditOutcome.DENIED })).toBe(1);
  });

  it('refuses a compiled case (no more records)', async () => {
    const em = server.em();
    const compiled = await buildCase(em, {
      unit: theCase.unit as never,
      officers: [officer],
      status: CaseStatus.COMPILED,
    });
    const res = await tusClient(server.url, token).create(1000, videoMeta({ caseId: compiled.id, title: '不应存在' }));
    expect(res.status).toBe(403);
  });

  it('lets nobody but its creator continue or inspect an upload', async () => {
    const client = tusClient(server.url, token);
    const created = await client.create(fs.statSync(mp4()).size, videoMeta());
    const location = created.headers.get('location')!;
    await buildUser(server.em(), { username: 'intake.partner', unit: theCase.unit as never });
    const partner = tusClient(server.url, await login(server.url, 'intake.partner', TEST_PASSWORD));
    // Someone else's upload does not exist for them.
    expect((await partner.head(location)).status).toBe(404);
    expect((await partner.patch(location, 0, bytesOf(mp4()))).status).toBe(404);
    expect(
      (
        await fetch(`${server.url}${location}`, {
          headers: { Authorization: `Bearer ${token}`, 'Tus-Resumable': '1.0.0' },
        })
      ).status,
    ).toBe(405);
  });
});

describe('resuming', () => {
  it('resumes after an interrupted request: the next PATCH continues at the stored offset', async () => {
    const file = mp4(3, '2026-11-20T02:00:00Z', '640x480');
    const bytes = bytesOf(file);
    const client = tusClient(server.url, token);
    const created = await client.create(bytes.length, videoMeta({ capturedTo: '2026-11-20T10:00:03+08:00' }));
    const location = created.headers.get('location')!;
    const half = Math.floor(bytes.length / 2);
    // The client sends the first part in pieces, then reconnects and asks where to go on.
    const quarter = Math.floor(bytes.length / 4);
    expect((await client.patch(location, 0, bytes.subarray(0, quarter))).status).toBe(204);
    expect((await client.patch(location, quarter, bytes.subarray(quarter, half))).status).toBe(204);
    expect((await client.patch(location, 1, bytes.subarray(1, 10))).status).toBe(409); // wrong offset
    const head = await client.head(location);
    expect(head.headers.get('upload-offset')).toBe(String(half));
    const done = await client.patch(location, half, bytes.subarray(half));
    expect(done.status).toBe(204);
    const record = await server.em().findOneOrFail(EnforcementRecord, { id: done.headers.get('x-record-id')! });
    const stored = await server.em().findOneOrFail(StoredFile, { id: record.fileId! });
    expect({ sha256: stored.sha256, sm3: stored.sm3 }).toEqual(digestsOf(file));
    // HEAD of a finished upload says it is complete, so a client resuming it stops.
    expect((await client.head(location)).headers.get('upload-offset')).toBe(String(bytes.length));
  });

  it('resumes after the client aborts in the middle of a request', async () => {
    const file = mp4(5, '2026-11-20T02:00:00Z', '640x480');
    const bytes = bytesOf(file);
    const client = tusClient(server.url, token);
    const created = await client.create(bytes.length, videoMeta({ capturedTo: '2026-11-20T10:00:05+08:00' }));
    const location = created.headers.get('location')!;
    // Send a first part, then cut the connection while the body is still streaming.
    const abort = new AbortController();
    const part = Math.floor(bytes.length / 3);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.subarray(0, part));
        setTimeout(() => abort.abort(), 300);
      },
    });
    await fetch(`${server.url}${location}`, {
      method: 'PATCH',
      headers: {
        'Tus-Resumable': '1.0.0',
        Authorization: `Bearer ${token}`,
        'Upload-Offset': '0',
        'Content-Type': 'application/offset+octet-stream',
      },
      body,
      duplex: 'half',
      signal: abort.signal,
    } as RequestInit).catch(() => null);
    // The server keeps what arrived; the client asks where to go on and sends the rest.
    let offset = -1;
    for (let i = 0; i < 40 && offset !== part; i++) {
      await new Promise((r) => setTimeout(r, 50));
      offset = Number((await client.head(location)).headers.get('upload-offset'));
    }
    expect(offset).toBe(part);
    const done = await client.patch(location, offset, bytes.subarray(offset));
    expect(done.status).toBe(204);
    const record = await server.em().findOneOrFail(EnforcementRecord, { id: done.headers.get('x-record-id')! });
    const stored = await server.em().findOneOrFail(StoredFile, { id: record.fileId! });
    expect({ sha256: stored.sha256, sm3: stored.sm3 }).toEqual(digestsOf(file));
  });

  it('resumes after a server restart, re-hashing the stored part once', async () => {
    const file = mp4(4, '2026-11-20T02:00:00Z', '640x480');
    const bytes = bytesOf(file);
    let client = tusClient(server.url, token);
    const created = await client.create(bytes.length, videoMeta({ capturedTo: '2026-11-20T10:00:04+08:00' }));
    const location = created.headers.get('location')!;
    const part = Math.floor(bytes.length / 3);
    expect((await client.patch(location, 0, bytes.subarray(0, part))).status).toBe(204);
    await server.restart();
    client = tusClient(server.url, token);
    expect((await client.head(location)).headers.get('upload-offset')).toBe(String(part));
    const done = await client.patch(location, part, bytes.subarray(part));
    expect(done.status).toBe(204);
    const record = await server.em().findOneOrFail(EnforcementRecord, { id: done.headers.get('x-record-id')! });
    const stored = await server.em().findOneOrFail(StoredFile, { id: record.fileId! });
    expect({ sha256: stored.sha256, sm3: stored.sm3 }).toEqual(digestsOf(file));
  });

  it.runIf(TEST_STORE === 's3')(
    'keeps an upload whose last byte arrived while the object store was down, and finishes it when the client asks again',
    async () => {
      const file = mp4(2, '2026-11-20T02:00:30Z');
      const bytes = bytesOf(file);
      const client = tusClient(server.url, token);
      const created = await client.create(bytes.length, videoMeta({ title: '对象存储中断时上传' }));
      const location = created.headers.get('location')!;
      const id = location.split('/').pop()!;
      await server.s3!.stop();
      try {
        const last = await client.patch(location, 0, bytes);
        expect(last.status).toBe(500);
        expect((await server.em().findOneOrFail(Upload, { id })).status).toBe(UploadStatus.STORING);
        // Not "complete" while it cannot be stored: the client keeps asking.
        const waiting = await client.head(location);
        expect(waiting.status).toBe(503);
        // Nor is it set aside by a start-up reconciliation that cannot reach the store.
        const reconciled = await server.services.intake.reconcile(server.services);
        expect(reconciled.quarantined).not.toContain(id);
        expect((await server.em().findOneOrFail(Upload, { id })).status).toBe(UploadStatus.STORING);
      } finally {
        await server.s3!.start();
      }
      const head = await client.head(location);
      expect(head.status).toBe(200);
      expect(head.headers.get('upload-offset')).toBe(String(bytes.length));
      const upload = await server.em().findOneOrFail(Upload, { id });
      expect(upload.status).toBe(UploadStatus.COMPLETED);
      const record = await server.em().findOneOrFail(EnforcementRecord, { id: upload.recordId! });
      const stored = await server.em().findOneOrFail(StoredFile, { id: record.fileId! });
      expect({ sha256: stored.sha256, sm3: stored.sm3 }).toEqual(digestsOf(file));
      expect(digestsOfBytes(await raw().read(stored.sha256))).toEqual(digestsOf(file));
      expect(stored.durationSeconds).toBeCloseTo(2, 0);
    },
  );

  it('takes ten uploads at once, each hashed right', async () => {
    const client = tusClient(server.url, token);
    const files = Array.from({ length: 10 }, (_, i) => mp4(1, `2026-11-20T02:00:${String(i).padStart(2, '0')}Z`));
    const results = await Promise.all(
      files.map((f, i) =>
        client.upload(bytesOf(f), videoMeta({ title: `并发上传 ${i}`, capturedTo: '2026-11-20T10:00:01+08:00' })),
      ),
    );
    const em = server.em();
    for (const [i, { res }] of results.entries()) {
      expect(res.status).toBe(204);
      const record = await em.findOneOrFail(EnforcementRecord, { id: res.headers.get('x-record-id')! });
      const stored = await em.findOneOrFail(StoredFile, { id: record.fileId! });
      expect({ sha256: stored.sha256, sm3: stored.sm3 }).toEqual(digestsOf(files[i]!));
    }
  });
});

describe('after a crash', () => {
  it('finishes an upload whose bytes were all in but whose record was not written', async () => {
    const file = mp4(2, '2026-11-20T02:00:30Z');
    const bytes = bytesOf(file);
    const client = tusClient(server.url, token);
    const created = await client.create(bytes.length, videoMeta({ title: '崩溃后补完' }));
    const id = created.headers.get('location')!.split('/').pop()!;
    // The bytes reached the disk, then the process died before the finish hook ran.
    fs.writeFileSync(path.join(server.config.uploadDir, id), bytes);
    await server.restart();
    const upload = await server.em().findOneOrFail(Upload, { id });
    expect(upload.status).toBe(UploadStatus.COMPLETED);
    const record = await server.em().findOneOrFail(EnforcementRecord, { id: upload.recordId! });
    expect(record.title).toBe('崩溃后补完');
    expect((await server.em().findOneOrFail(StoredFile, { id: record.fileId! })).sha256).toBe(digestsOf(file).sha256);
  });

  it('finishes one caught between placing the file and writing the record, and quarantines one whose bytes changed', async () => {
    const em = server.em();
    const file = mp4(2, '2026-11-20T02:00:40Z');
    const digests = digestsOf(file);
    const place = async (id: string, sha256: string, sm3: string) => {
      em.create(Upload, {
        id,
        createdBy: officer,
        case: theCase,
        kind: RecordKind.VIDEO,
        metadata: { ...videoMeta({ title: `中断 ${id}` }), partyNotified: true },
        fileName: 'x.mp4',
        size: fs.statSync(file).size,
        status: UploadStatus.STORING,
        sha256,
        sm3,
        mediaType: 'video/mp4',
        expiresAt: new Date(Date.now() + 3_600_000),
      });
      await em.flush();
    };
    await raw().write(digests.sha256, fs.readFileSync(file));
    await place('crash-storing-ok', digests.sha256, digests.sm3);
    await place('crash-storing-bad', 'f'.repeat(64), 'f'.repeat(64));
    await raw().write('f'.repeat(64), 'not what was hashed');
    await server.restart();
    const ok = await server.em().findOneOrFail(Upload, { id: 'crash-storing-ok' });
    expect(ok.status).toBe(UploadStatus.COMPLETED);
    expect(await server.em().count(EnforcementRecord, { id: ok.recordId! })).toBe(1);
    const bad = await server.em().findOneOrFail(Upload, { id: 'crash-storing-bad' });
    expect(bad.status).toBe(UploadStatus.QUARANTINED);
    expect(bad.recordId).toBeNull();
    expect(await server.em().count(AuditEvent, { action: 'upload.quarantine', subjectId: 'crash-storing-bad' })).toBe(
      1,
    );
  });

  it('finishes such an upload once when two instances reconcile at the same time', async () => {
    const file = mp4(2, '2026-11-20T02:00:45Z');
    const digests = digestsOf(file);
    await raw().write(digests.sha256, fs.readFileSync(file));
    const em = server.em();
    em.create(Upload, {
      id: 'crash-two-instances',
      createdBy: officer,
      case: theCase,
      kind: RecordKind.VIDEO,
      metadata: { ...videoMeta({ title: '两实例同时补完' }), partyNotified: true },
      fileName: 'x.mp4',
      size: fs.statSync(file).size,
      status: UploadStatus.STORING,
      ...digests,
      mediaType: 'video/mp4',
      expiresAt: new Date(Date.now() + 3_600_000),
    });
    await em.flush();
    const second = await startSecondInstance(server);
    try {
      const both = await Promise.all([
        server.services.intake.reconcile(server.services),
        second.services.intake.reconcile(second.services),
      ]);
      expect(both.flatMap((r) => r.quarantined)).not.toContain('crash-two-instances');
    } finally {
      await second.close();
    }
    const upload = await server.em().findOneOrFail(Upload, { id: 'crash-two-instances' });
    expect(upload.status).toBe(UploadStatus.COMPLETED);
    expect(await server.em().count(EnforcementRecord, { title: '两实例同时补完' })).toBe(1);
    expect(await server.em().count(AuditEvent, { action: 'upload.finish', subjectId: 'crash-two-instances' })).toBe(1);
  });

  it('expires unfinished uploads (audited) and sets aside store files no record names', async () => {
    const client = tusClient(server.url, token);
    const created = await client.create(10_000, videoMeta());
    const id = created.headers.get('location')!.split('/').pop()!;
    await client.patch(`/files/${id}`, 0, bytesOf(mp4()).subarray(0, 5000));
    // Left by a crash; it is older than the expiry by `later`.
    await raw().write('e'.repeat(64), 'left by a crash');
    const later = new Date(Date.now() + 25 * 3_600_000);
    const result = await server.services.intake.expire(server.services, later);
    expect(result.expired).toContain(id);
    // The quarantined upload of the test before left its bytes in the store: set aside now.
    expect(result.strays).toEqual(['f'.repeat(64)]);
    // A file no journal names is found by the full walk.
    expect(await server.services.intake.sweepStore(server.services, later)).toEqual(['e'.repeat(64)]);
    expect(fs.existsSync(path.join(server.config.uploadDir, id))).toBe(false);
    expect(await server.services.intake.store.exists('e'.repeat(64))).toBe(false);
    const setAside = await server.em().find(AuditEvent, { action: 'file.quarantine' }, { orderBy: { id: 'desc' } });
    const keptAt = String(setAside[0]!.details.keptAt);
    expect(keptAt.endsWith('e'.repeat(64))).toBe(true);
    if (TEST_STORE === 'disk') expect(fs.readFileSync(keptAt, 'utf8')).toBe('left by a crash');
    expect((await server.em().findOneOrFail(Upload, { id })).status).toBe(UploadStatus.EXPIRED);
    expect(await server.em().count(AuditEvent, { action: 'upload.expire', subjectId: id })).toBe(1);
  });

  it('does not expire an upload whose finish began after the expiry job read it', async () => {
    const client = tusClient(server.url, token);
    const created = await client.create(10_000, videoMeta());
    const id = created.headers.get('location')!.split('/').pop()!;
    await client.patch(`/files/${id}`, 0, bytesOf(mp4()).subarray(0, 5000));
    // The finish holds the upload's row and moves it on; the expiry job read it as still receiving.
    const row = await holdRow(server.config.databaseUrl!, 'select id from upload where id = $1 for update', [id]);
    try {
      const expiring = server.services.intake.expire(server.services, new Date(Date.now() + 25 * 3_600_000));
      await row.waiting(1);
      await row.query(`update upload set status = 'STORING' where id = $1`, [id]);
      await row.release();
      expect((await expiring).expired).not.toContain(id);
    } finally {
      await row.end();
    }
    expect((await server.em().findOneOrFail(Upload, { id })).status).toBe(UploadStatus.STORING);
    expect(fs.existsSync(path.join(server.config.uploadDir, id))).toBe(true);
    expect(await server.em().count(AuditEvent, { action: 'upload.expire', subjectId: id })).toBe(0);
    await server.em().nativeUpdate(Upload, { id }, { status: UploadStatus.CANCELLED });
  });
});

describe('GraphQL view of a record file', () => {
  it('shows the file facts and flags a recording time far from the entered one', async () => {
    const file = mp4(2, '2026-11-19T02:00:00Z');
    const { res } = await tusClient(server.url, token).upload(bytesOf(file), videoMeta({ title: '时钟不准' }));
    const r = await gql(
      server.url,
      'query($id: ID!) { record(id: $id) { fileName captureFlags file { sha256 sm3 size mediaType durationSeconds width height recordedAt fixityStatus } } }',
      { id: res.headers.get('x-record-id') },
      token,
    );
    expect(r.data?.record.captureFlags).toEqual(['RECORDED_TIME', 'DEVICE_UNREGISTERED']);
    expect(r.data?.record.file).toMatchObject({
      ...digestsOf(file),
      mediaType: 'video/mp4',
      width: 320,
      fixityStatus: 'UNCHECKED',
    });
  });
});

describe('finishing twice at once', () => {
  it('makes one record when the finish runs twice concurrently (a client retrying its last request)', async () => {
    const file = mp4(2, '2026-11-20T02:01:10Z');
    const bytes = bytesOf(file);
    const client = tusClient(server.url, token);
    const created = await client.create(bytes.length, videoMeta({ title: '重复完成' }));
    const id = created.headers.get('location')!.split('/').pop()!;
    fs.writeFileSync(path.join(server.config.uploadDir, id), bytes);
    const { contextFor } = await import('../../../server/src/context.js');
    const em = server.em();
    const user = await em.findOneOrFail(User, { id: officer.id }, { populate: ['unit'] });
    const ctx = () => contextFor(server.services, server.em(), { user, session: null }, null);
    const [a, b] = await Promise.all([
      server.services.intake.finish(ctx(), id),
      server.services.intake.finish(ctx(), id),
    ]);
    expect(a.recordId).toBe(b.recordId);
    expect(await server.em().count(EnforcementRecord, { title: '重复完成' })).toBe(1);
  });
});
