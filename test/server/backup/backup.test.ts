import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { verifyAuditChain } from '../../../server/src/audit/audit.verify.js';
import { ormConfig } from '../../../server/src/database/orm.config.js';
import { StoredFile } from '../../../server/src/files/stored-file.entity.js';
import { EnforcementRecord } from '../../../server/src/records/record.entity.js';
import { RecordKind } from '../../../server/src/records/record.enums.js';
import { buildCase, buildUnit, buildUser, TEST_PASSWORD } from '../../factories.js';
import { emptyDatabase } from '../../support/db.js';
import { login } from '../../support/graphql.js';
import { digestsOf, jpeg, mp4, pdf } from '../../support/media.js';
import { startTestServer, type TestServer } from '../../support/server.js';
import { queuedPackage } from '../../../bench/export/fixture.js';
import { ExportPackage } from '../../../server/src/exports/export-package.entity.js';
import { tusClient } from '../../support/tus.js';
import { startEmbeddedPostgres } from '../../../server/src/database/embedded.js';
import { freePort } from '../../support/global-setup.js';

const run = promisify(execFile);
const TOOL = path.resolve('dist/server/src/tools/backup.js');
let server: TestServer;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'er-backup-'));
const dropped: (() => Promise<void>)[] = [];
let packageSha256: string;
const media = [mp4(2, '2026-11-20T02:00:50Z'), jpeg(), pdf()];

beforeAll(async () => {
  server = await startTestServer();
  const em = server.em();
  const unit = await buildUnit(em);
  const officer = await buildUser(em, { unit, username: 'bk.officer' });
  const theCase = await buildCase(em, { unit, officers: [officer] });
  const client = tusClient(server.url, await login(server.url, 'bk.officer', TEST_PASSWORD));
  const av = {
    caseId: theCase.id,
    capturedFrom: '2026-11-20T10:00:00+08:00',
    capturedTo: '2026-11-20T10:00:02+08:00',
    officerId: officer.id,
    partyNotified: 'true',
  };
  const metas = [
    { ...av, kind: RecordKind.VIDEO, filename: 'v.mp4', title: '录像' },
    { ...av, kind: RecordKind.PHOTO, filename: 'p.jpg', title: '照片' },
    { caseId: theCase.id, kind: RecordKind.OTHER_TEXT, filename: 'd.pdf', title: '文书' },
  ];
  for (const [i, file] of media.entries()) {
    const { res } = await client.upload(new Uint8Array(fs.readFileSync(file)), metas[i]!);
    expect(res.status).toBe(204);
  }
  // An export package kept as given (Art. 17) is backed up with the files.
  const placed = media.map((f) => ({ ...digestsOf(f), size: fs.statSync(f).size }));
  const packageId = await queuedPackage(server.services, server.em(), placed);
  await server.services.exports.build(server.services, server.em(), packageId);
  packageSha256 = (await server.em().findOneOrFail(ExportPackage, { id: packageId })).sha256!;
  expect(packageSha256).toMatch(/^[0-9a-f]{64}$/);
});
afterAll(async () => {
  await server?.close();
  for (const drop of dropped) await drop();
});

const envFor = (databaseUrl: string, dataDir: string) => ({
  ...process.env,
  DATABASE_URL: databaseUrl,
  DATA_DIR: dataDir,
  FILE_STORE_DIR: path.join(dataDir, 'files'),
});

async function tool(command: 'backup' | 'restore', folder: string, env: NodeJS.ProcessEnv) {
  try {
    const { stdout } = await run('node', [TOOL, command, folder], { env });
    return { code: 0, out: stdout };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, out: `${err.stdout}${err.stderr}` };
  }
}

describe('backup and restore', () => {
  const backup = path.join(tmp, 'b1');

  it('writes the database from one snapshot, every stored file and a manifest of hashes', async () => {
    const r = await tool('backup', backup, {
      ...envFor(server.orm.config.get('clientUrl')!, server.config.dataDir),
      FILE_STORE_DIR: server.config.fileStoreDir,
    });
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/4 files/);
    const manifest = JSON.parse(fs.readFileSync(path.join(backup, 'manifest.json'), 'utf8'));
    expect(manifest.files.count).toBe(4);
    const list = fs.readFileSync(path.join(backup, 'files.sha256'), 'utf8');
    for (const file of media) expect(list).toContain(digestsOf(file).sha256);
    expect(list).toContain(packageSha256);
    // The list is in `sha256sum -c` form, checkable by anyone without this software.
    const { stdout } = await run('sha256sum', ['-c', 'files.sha256'], { cwd: backup });
    expect(
      stdout
        .trim()
        .split('\n')
        .every((l) => l.endsWith(': OK')),
    ).toBe(true);
    // A second backup into the same folder is refused.
    expect(
      (await tool('backup', backup, envFor(server.orm.config.get('clientUrl')!, server.config.dataDir))).code,
    ).toBe(1);
  });

  it('restores into an empty database and store: same records, every hash and the audit chain verified', async () => {
    const db = await emptyDatabase();
    dropped.push(db.drop);
    const dataDir = fs.mkdtempSync(path.join(tmp, 'restored-'));
    const r = await tool('restore', backup, envFor(db.url, dataDir));
    expect(r.code, r.out).toBe(0);
    const orm = await MikroORM.init(ormConfig(db.url));
    try {
      const em = orm.em.fork() as EntityManager;
      const original = server.em();
      expect(await em.count(EnforcementRecord, {})).toBe(await original.count(EnforcementRecord, {}));
      const files = await em.find(StoredFile, {});
      expect(files.map((f) => f.sha256).sort()).toEqual(media.map((m) => digestsOf(m).sha256).sort());
      for (const f of files) {
        const stored = path.join(dataDir, 'files', 'sha256', f.sha256.slice(0, 2), f.sha256.slice(2, 4), f.sha256);
        const { stdout } = await run('sha256sum', [stored]);
        expect(stdout.split(' ')[0]).toBe(f.sha256);
        expect(fs.statSync(stored).mode & 0o222).toBe(0);
      }
      const kept = await em.findOneOrFail(ExportPackage, { sha256: packageSha256 });
      const zip = path.join(
        dataDir,
        'files',
        'sha256',
        packageSha256.slice(0, 2),
        packageSha256.slice(2, 4),
        packageSha256,
      );
      expect((await run('sha256sum', [zip])).stdout.split(' ')[0]).toBe(kept.sha256);
      const chain = await verifyAuditChain(em);
      expect(chain.problems).toEqual([]);
      expect(chain.checked).toBeGreaterThan(0);
      expect(await orm.migrator.getPendingMigrations()).toEqual([]);
    } finally {
      await orm.close(true);
    }
    // Into a database that is not empty: refused.
    expect((await tool('restore', backup, envFor(db.url, dataDir))).out).toMatch(/not empty/);
  });

  it('refuses a damaged backup and writes nothing', async () => {
    const damaged = path.join(tmp, 'b2');
    fs.cpSync(backup, damaged, { recursive: true });
    const photo = digestsOf(media[1]!).sha256;
    const file = path.join(damaged, 'files', 'sha256', photo.slice(0, 2), photo.slice(2, 4), photo);
    fs.chmodSync(file, 0o644);
    const bytes = fs.readFileSync(file);
    bytes[100]! ^= 0x01;
    fs.writeFileSync(file, bytes);
    const db = await emptyDatabase();
    dropped.push(db.drop);
    const dataDir = fs.mkdtempSync(path.join(tmp, 'refused-'));
    const r = await tool('restore', damaged, envFor(db.url, dataDir));
    expect(r.code).toBe(1);
    expect(r.out).toContain('the backup is damaged');
    expect(r.out).toContain(photo);
    expect(fs.existsSync(path.join(dataDir, 'files'))).toBe(false);
    const orm = await MikroORM.init(ormConfig(db.url));
    try {
      const tables = await orm.em.getConnection().execute(`select 1 from pg_tables where schemaname = 'public'`);
      expect(tables).toEqual([]);
    } finally {
      await orm.close(true);
    }
  });

  it('backs up with COPY where pg_dump is not at hand, and restores into the embedded PostgreSQL 18 with no client tools', async () => {
    const copied = path.join(tmp, 'b-copy');
    const r = await tool('backup', copied, {
      ...envFor(server.orm.config.get('clientUrl')!, server.config.dataDir),
      FILE_STORE_DIR: server.config.fileStoreDir,
      PG_DUMP: path.join(tmp, 'no-pg_dump-here'),
    });
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('writing the tables with COPY instead');
    const manifest = JSON.parse(fs.readFileSync(path.join(copied, 'manifest.json'), 'utf8'));
    expect(manifest.database).toMatchObject({ file: 'database.copy', format: 'copy' });
    // A new machine: no DATABASE_URL (so the embedded PostgreSQL of DATA_DIR) and no client tools.
    const dataDir = fs.mkdtempSync(path.join(tmp, 'embedded-'));
    // As root, the embedded PostgreSQL runs as the OS user `postgres`, who must reach its folder.
    fs.chmodSync(tmp, 0o755);
    fs.chmodSync(dataDir, 0o755);
    const port = String(await freePort());
    const env: NodeJS.ProcessEnv = {
      ...envFor('', dataDir),
      EMBEDDED_PG_PORT: port,
      PG_DUMP: path.join(tmp, 'none'),
      PG_RESTORE: path.join(tmp, 'none'),
    };
    delete env.DATABASE_URL;
    const restored = await tool('restore', copied, env);
    expect(restored.code, restored.out).toBe(0);
    expect(restored.out).toMatch(/rows in \d+ tables loaded/);
    const pg = await startEmbeddedPostgres({
      dir: path.join(dataDir, 'postgres'),
      port: Number(port),
      database: 'enforcement_records',
    });
    const orm = await MikroORM.init(ormConfig(pg.url));
    try {
      const em = orm.em.fork() as EntityManager;
      const version = await em.execute<{ v: string }[]>(`select current_setting('server_version') as v`);
      expect(version[0]!.v).toMatch(/^18/);
      const original = server.em();
      expect(await em.count(EnforcementRecord, {})).toBe(await original.count(EnforcementRecord, {}));
      expect((await em.find(StoredFile, {})).map((f) => f.sha256).sort()).toEqual(
        (await original.find(StoredFile, {})).map((f) => f.sha256).sort(),
      );
      const chain = await verifyAuditChain(em);
      expect(chain.problems).toEqual([]);
      expect(chain.lastSeq).toBe(manifest.audit.lastSeq);
      expect(await orm.migrator.getPendingMigrations()).toEqual([]);
      // Sequences continue after the restored rows.
      const [ids] = await em.execute<{ next: string; max: string }[]>(
        `select nextval(pg_get_serial_sequence('audit_event', 'id')) as next, (select max(id) from audit_event) as max`,
      );
      expect(Number(ids!.next)).toBeGreaterThan(Number(ids!.max));
      for (const f of await em.find(StoredFile, {})) {
        const stored = path.join(dataDir, 'files', 'sha256', f.sha256.slice(0, 2), f.sha256.slice(2, 4), f.sha256);
        expect((await run('sha256sum', [stored])).stdout.split(' ')[0]).toBe(f.sha256);
      }
    } finally {
      await orm.close(true);
      await pg.stop();
    }
  }, 120_000);

  it('leaves the database empty when the rows do not fit the schema', async () => {
    const source = path.join(tmp, 'b-copy');
    const broken = path.join(tmp, 'b-copy-broken');
    fs.cpSync(source, broken, { recursive: true });
    // A table whose columns differ from what the migrations build; the manifest made to match, so
    // the hashes pass and the load itself must refuse.
    const dump = path.join(broken, 'database.copy');
    fs.chmodSync(dump, 0o644);
    const text = fs
      .readFileSync(dump, 'latin1')
      .replace('"table":"case_hold","columns":["', '"table":"case_hold","columns":["extra","');
    fs.writeFileSync(dump, text, 'latin1');
    const manifestFile = path.join(broken, 'manifest.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    manifest.database.sha256 = (await run('sha256sum', [dump])).stdout.split(' ')[0];
    manifest.database.size = fs.statSync(dump).size;
    fs.chmodSync(manifestFile, 0o644);
    fs.writeFileSync(manifestFile, JSON.stringify(manifest));
    const db = await emptyDatabase();
    dropped.push(db.drop);
    const r = await tool('restore', broken, envFor(db.url, fs.mkdtempSync(path.join(tmp, 'broken-'))));
    expect(r.code, r.out).toBe(1);
    expect(r.out).toContain('case_hold in the backup does not match');
    const orm = await MikroORM.init(ormConfig(db.url));
    try {
      const left = await orm.em
        .getConnection()
        .execute(
          `select c.relname from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'S', 'v')`,
        );
      expect(left).toEqual([]);
    } finally {
      await orm.close(true);
    }
  }, 120_000);

  it('refuses a COPY backup to a database owner who is no superuser, before placing any file', async () => {
    const db = await emptyDatabase();
    dropped.push(db.drop);
    const role = `er_bk_owner_${process.pid}`;
    const admin = server.em().getConnection();
    await admin.execute(`create role "${role}" login nosuperuser`);
    dropped.push(async () => {
      const c = new pg.Client({ connectionString: inject('adminUrl') });
      await c.connect();
      await c.query(`drop role if exists "${role}"`);
      await c.end();
    });
    const dbName = new URL(db.url).pathname.slice(1);
    await admin.execute(`alter database "${dbName}" owner to "${role}"`);
    const asOwner = new URL(db.url);
    asOwner.username = role;
    const dataDir = fs.mkdtempSync(path.join(tmp, 'owner-'));
    const r = await tool('restore', path.join(tmp, 'b-copy'), envFor(asOwner.toString(), dataDir));
    expect(r.code, r.out).toBe(1);
    expect(r.out).toContain('needs a PostgreSQL superuser');
    expect(fs.existsSync(path.join(dataDir, 'files'))).toBe(false);
  });
});
