import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoredFile } from '../../../server/src/files/stored-file.entity.js';
import { Upload, UploadStatus } from '../../../server/src/files/upload.entity.js';
import { EnforcementRecord } from '../../../server/src/records/record.entity.js';
import { RecordKind } from '../../../server/src/records/record.enums.js';
import { buildCase, buildUnit, buildUser, TEST_PASSWORD } from '../../factories.js';
import { login } from '../../support/graphql.js';
import { pdf } from '../../support/media.js';
import { startTestServer, type TestServer } from '../../support/server.js';
import { tusClient } from '../../support/tus.js';

/**
 * The upload folder runs out of space in the middle of an upload (a 4 MiB tmpfs mounted for the
 * test; this machine runs tests as root): the PATCH fails with a clear status, nothing is
 * registered, and once there is room again the same upload resumes from the server's offset and
 * finishes with the right hashes.
 */
const small = fs.mkdtempSync(path.join(os.tmpdir(), 'er-full-'));
let server: TestServer;
let mounted = false;

beforeAll(async () => {
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', small]);
  mounted = true;
  server = await startTestServer({ config: { uploadDir: small } });
});
afterAll(async () => {
  await server?.close();
  if (mounted) execFileSync('umount', [small]);
  fs.rmSync(small, { recursive: true, force: true });
});

describe('disk full during an upload', () => {
  it('fails the PATCH cleanly, registers nothing, and resumes once space returns', async () => {
    const em = server.em();
    const unit = await buildUnit(em);
    const officer = await buildUser(em, { unit, username: 'df.officer' });
    const theCase = await buildCase(em, { unit, officers: [officer] });
    const client = tusClient(server.url, await login(server.url, 'df.officer', TEST_PASSWORD));
    const head = fs.readFileSync(pdf());
    const bytes = new Uint8Array(Buffer.concat([head, randomBytes(6 * 1024 * 1024 - head.length)]));
    const meta = { caseId: theCase.id, kind: RecordKind.OTHER_TEXT, filename: '大文件.pdf', title: '扫描件' };

    const created = await client.create(bytes.length, meta);
    expect(created.status).toBe(201);
    const location = created.headers.get('location')!;
    const full = await client.patch(location, 0, bytes);
    expect(full.status).toBe(507);
    expect(JSON.parse(await full.clone().text()).error.code).toBe('INSUFFICIENT_STORAGE');
    expect(await full.text()).not.toMatch(/ENOSPC|\/tmp\//);
    expect(await server.em().count(EnforcementRecord, { case: theCase.id })).toBe(0);
    expect(await server.em().count(StoredFile, {})).toBe(0);

    execFileSync('mount', ['-o', 'remount,size=32m', small]);
    const probe = await client.head(location);
    expect(probe.status).toBe(200);
    const offset = Number(probe.headers.get('upload-offset'));
    expect(offset).toBeLessThan(bytes.length);
    const done = await client.patch(location, offset, bytes.subarray(offset));
    expect(done.status).toBe(204);
    const recordId = done.headers.get('x-record-id')!;
    const record = await server.em().findOneOrFail(EnforcementRecord, { id: recordId });
    const stored = await server.em().findOneOrFail(StoredFile, { id: record.fileId! });
    expect(stored.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(stored.sm3).toBe(createHash('sm3').update(bytes).digest('hex'));
    expect(await server.em().count(Upload, { status: { $ne: UploadStatus.COMPLETED } })).toBe(0);
  });
});
