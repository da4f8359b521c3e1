import type { ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormConfig } from '../../../server/src/database/orm.config.js';
import { StoredFile } from '../../../server/src/files/stored-file.entity.js';
import { EnforcementRecord } from '../../../server/src/records/record.entity.js';
import { RecordKind } from '../../../server/src/records/record.enums.js';
import { User } from '../../../server/src/users/user.entity.js';
import { buildCase } from '../../factories.js';
import { freshDatabase } from '../../support/db.js';
import { login } from '../../support/graphql.js';
import { pdf } from '../../support/media.js';
import { DEMO_PASSWORD, startServerProcess } from '../../support/server.js';
import { encodeMetadata } from '../../support/tus.js';

/**
 * The real server process (node dist/…/main.js) killed with SIGKILL while twenty uploads are under
 * way, some of them in the middle of a PATCH; started again on the same database and disk, every
 * client resumes from the offset the server reports and finishes with the right hashes, and the
 * store holds exactly the finished files, each named by one record.
 */
const UPLOADS = 20;
const SIZE = 3 * 1024 * 1024;
let db: { url: string; drop(): Promise<void> };
let orm: MikroORM;
let dataDir: string;
let child: ChildProcess | null = null;

async function startServer(): Promise<string> {
  const started = await startServerProcess(db.url, dataDir, { jobs: false });
  child = started.proc;
  return started.url;
}

/** A valid PDF (its type is checked by magic bytes) made unique by random bytes after its end. */
function pdfOf(size: number): Buffer {
  const head = fs.readFileSync(pdf());
  return Buffer.concat([head, randomBytes(size - head.length)]);
}

beforeAll(async () => {
  db = await freshDatabase();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'er-kill-'));
  orm = await MikroORM.init(ormConfig(db.url));
});
afterAll(async () => {
  child?.kill('SIGKILL');
  await orm?.close(true);
  await db?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('SIGKILL during twenty uploads', () => {
  it('resumes every upload after a restart with the right hashes, and leaves no orphan file or record', async () => {
    let url = await startServer();
    const em = orm.em.fork() as EntityManager;
    const officers = await em.find(
      User,
      { username: { $in: ['zhzf.officer1', 'zhzf.officer2'] } },
      { populate: ['unit'] },
    );
    const theCase = await buildCase(em, { unit: officers[0]!.unit, officers });
    let token = await login(url, 'zhzf.officer1', DEMO_PASSWORD);
    const headers = () => ({ 'Tus-Resumable': '1.0.0', Authorization: `Bearer ${token}` });

    const files = Array.from({ length: UPLOADS }, () => pdfOf(SIZE));
    const locations: string[] = [];
    for (const [i, bytes] of files.entries()) {
      const meta = { caseId: theCase.id, kind: RecordKind.OTHER_TEXT, filename: `文书-${i}.pdf`, title: `文书 ${i}` };
      const created = await fetch(`${url}/files`, {
        method: 'POST',
        headers: { ...headers(), 'Upload-Length': String(bytes.length), 'Upload-Metadata': encodeMetadata(meta) },
      });
      expect(created.status).toBe(201);
      locations.push(created.headers.get('location')!);
    }
    const patch = (location: string, offset: number, body: Uint8Array | ReadableStream<Uint8Array>) =>
      fetch(`${url}${location}`, {
        method: 'PATCH',
        headers: { ...headers(), 'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream' },
        body,
        duplex: 'half',
      } as RequestInit);
    // Each sends a third; half of them are then killed in the middle of a slow second PATCH.
    await Promise.all(locations.map((l, i) => patch(l, 0, files[i]!.subarray(0, SIZE / 3))));
    const inFlight = locations.slice(0, UPLOADS / 2).map((l, i) => {
      const rest = files[i]!.subarray(SIZE / 3);
      let sent = 0;
      const slow = new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (sent >= rest.length) return controller.close();
          controller.enqueue(new Uint8Array(rest.subarray(sent, sent + 64 * 1024)));
          sent += 64 * 1024;
          await new Promise((r) => setTimeout(r, 20));
        },
      });
      return patch(l, SIZE / 3, slow).then(
        (r) => r.status,
        () => 'killed',
      );
    });
    await new Promise((r) => setTimeout(r, 400));
    child!.kill('SIGKILL');
    const outcomes = await Promise.all(inFlight);
    expect(outcomes.filter((o) => o === 'killed').length).toBeGreaterThan(0);

    url = await startServer();
    token = await login(url, 'zhzf.officer1', DEMO_PASSWORD);
    const recordIds = await Promise.all(
      locations.map(async (location, i) => {
        const head = await fetch(`${url}${location}`, { method: 'HEAD', headers: headers() });
        expect(head.status).toBe(200);
        const offset = Number(head.headers.get('upload-offset'));
        expect(offset).toBeGreaterThanOrEqual(SIZE / 3);
        const done = await patch(location, offset, files[i]!.subarray(offset));
        expect(done.status).toBe(204);
        return done.headers.get('x-record-id')!;
      }),
    );

    const check = orm.em.fork() as EntityManager;
    const records = await check.find(EnforcementRecord, { case: theCase.id });
    expect(records.map((r) => r.id).sort()).toEqual([...recordIds].sort());
    const stored = await check.find(StoredFile, {});
    const expected = files.map((b) => ({
      sha256: createHash('sha256').update(b).digest('hex'),
      sm3: createHash('sm3').update(b).digest('hex'),
    }));
    expect(stored.map((f) => [f.sha256, f.sm3]).sort()).toEqual(expected.map((e) => [e.sha256, e.sm3]).sort());
    for (const r of records) expect(stored.some((f) => f.id === r.fileId)).toBe(true);
    // On disk: exactly those files, each hashing to its name; nothing left in uploads or quarantine.
    const onDisk: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true }))
        if (e.isDirectory()) walk(path.join(dir, e.name));
        else onDisk.push(path.join(dir, e.name));
    };
    walk(path.join(dataDir, 'files'));
    expect(onDisk.map((f) => path.basename(f)).sort()).toEqual(expected.map((e) => e.sha256).sort());
    for (const f of onDisk)
      expect(createHash('sha256').update(fs.readFileSync(f)).digest('hex')).toBe(path.basename(f));
    const leftovers = fs.existsSync(path.join(dataDir, 'uploads'))
      ? fs.readdirSync(path.join(dataDir, 'uploads')).filter((n) => !n.startsWith('.'))
      : [];
    expect(leftovers).toEqual([]);
    expect(
      fs.existsSync(path.join(dataDir, 'quarantine')) ? fs.readdirSync(path.join(dataDir, 'quarantine')) : [],
    ).toEqual([]);
  });
});
