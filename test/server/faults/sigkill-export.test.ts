import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { approvedRequest, type PlacedFile } from '../../../bench/export/fixture.js';
import { AuditService } from '../../../server/src/audit/audit.service.js';
import { ormConfig } from '../../../server/src/database/orm.config.js';
import { Disclosure } from '../../../server/src/disclosures/disclosure.entity.js';
import { DisclosureStatus } from '../../../server/src/disclosures/disclosure.enums.js';
import { ExportPackage, PackageStatus } from '../../../server/src/exports/export-package.entity.js';
import { FileStoreDisk } from '../../../server/src/files/store.js';
import { verifyBagZip } from '../../support/bagit-verify.js';
import { freshDatabase } from '../../support/db.js';
import { gql, login } from '../../support/graphql.js';
import { DEMO_PASSWORD, startServerProcess } from '../../support/server.js';

/**
 * The real server process killed with SIGKILL in the middle of building an export package: nothing
 * is given or kept half-done (no package hash, the request still "approved", no zip in the store),
 * and the server started again rebuilds the package from the start into a valid bag.
 */
const SIZE = 512 * 1024 ** 2;
let db: { url: string; drop(): Promise<void> };
let orm: MikroORM;
let dataDir: string;
let child: ChildProcess | null = null;

async function startServer(): Promise<string> {
  const started = await startServerProcess(db.url, dataDir, { jobs: true });
  child = started.proc;
  return started.url;
}

/** A sparse file of zeros with one marker byte, placed in the server's store under its hashes. */
async function placed(store: FileStoreDisk, marker: number): Promise<PlacedFile> {
  const file = path.join(dataDir, `big-${marker}`);
  const fd = fs.openSync(file, 'wx');
  fs.ftruncateSync(fd, SIZE);
  fs.writeSync(fd, Buffer.from([marker]), 0, 1, SIZE - 1);
  fs.closeSync(fd);
  const sha256 = createHash('sha256');
  const sm3 = createHash('sm3');
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 4 << 20 }) as AsyncIterable<Buffer>) {
    sha256.update(chunk);
    sm3.update(chunk);
  }
  const f = { sha256: sha256.digest('hex'), sm3: sm3.digest('hex'), size: SIZE };
  await store.place(file, f.sha256);
  return f;
}

const storeHashes = async (store: FileStoreDisk) => {
  const all: string[] = [];
  for await (const h of store.hashes()) all.push(h);
  return all;
};

async function until<T>(what: string, probe: () => Promise<T | null>, timeoutMs: number): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const got = await probe();
    if (got) return got;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}

beforeAll(async () => {
  db = await freshDatabase();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'er-kill-export-'));
  orm = await MikroORM.init(ormConfig(db.url));
});
afterAll(async () => {
  child?.kill('SIGKILL');
  await orm?.close(true);
  await db?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

it('SIGKILL while a package is built: nothing half-done is kept, and a restart builds it whole', async () => {
  let url = await startServer();
  const store = new FileStoreDisk(path.join(dataDir, 'files'), path.join(dataDir, 'quarantine'));
  const files = [await placed(store, 1), await placed(store, 2)];
  const em = () => orm.em.fork() as EntityManager;
  const disclosureId = await approvedRequest(em(), new AuditService(), files);
  const token = await login(url, 'archivist', DEMO_PASSWORD);
  const built = await gql(
    url,
    'mutation($id: ID!) { buildExportPackage(disclosureId: $id) { id } }',
    { id: disclosureId },
    token,
  );
  expect(built.errors).toBeUndefined();
  const id = built.data!.buildExportPackage.id as string;

  await until(
    'the build to be under way',
    async () => {
      const p = await em().findOne(ExportPackage, { id });
      return p?.status === PackageStatus.BUILDING && p.bytesDone > 0 ? p : null;
    },
    60_000,
  );
  child!.kill('SIGKILL');
  await new Promise((resolve) => child!.once('exit', resolve));

  const killed = await em().findOneOrFail(ExportPackage, { id });
  expect(killed.status).toBe(PackageStatus.BUILDING);
  expect(killed.sha256 ?? null).toBeNull();
  expect((await em().findOneOrFail(Disclosure, { id: disclosureId })).status).toBe(DisclosureStatus.APPROVED);
  expect((await storeHashes(store)).sort()).toEqual(files.map((f) => f.sha256).sort());

  url = await startServer();
  const ready = await until(
    'the rebuilt package',
    async () => {
      const p = await em().findOneOrFail(ExportPackage, { id });
      if (p.status === PackageStatus.FAILED) throw new Error(`rebuild failed: ${p.error}`);
      return p.status === PackageStatus.READY ? p : null;
    },
    180_000,
  );
  expect(await em().count(ExportPackage, { disclosure: disclosureId })).toBe(1);
  expect((await em().findOneOrFail(Disclosure, { id: disclosureId })).status).toBe(DisclosureStatus.PACKAGE_READY);
  const report = await verifyBagZip(store.pathOf(ready.sha256!));
  expect(report.errors).toEqual([]);
  expect(report.payloadBytes).toBe(2 * SIZE);
  // The killed build's half-written folder is gone; the store holds the files and the one package.
  // (The rebuild removes its own folder just after the package is marked ready.)
  await until(
    `the work folders to be removed (${fs.readdirSync(path.join(dataDir, 'exports-work')).join(', ')}; package ${id})`,
    async () => fs.readdirSync(path.join(dataDir, 'exports-work')).length === 0 || null,
    20_000,
  );
  expect((await storeHashes(store)).sort()).toEqual([...files.map((f) => f.sha256), ready.sha256!].sort());
  void url;
}, 400_000);
