import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import type { Readable } from 'node:stream';
import { MikroORM } from '@mikro-orm/postgresql';
import { migrationsList } from '../database/migrations/index.js';
import { ormConfig } from '../database/orm.config.js';
import { type ContentStore, copyHashed, FileStoreDisk } from '../files/store.js';
import { canLoadTables, dumpedMigrations, dumpTables, loadTables } from './table-copy.js';

export const BACKUP_FORMAT = 'enforcement-records-backup/1';
const DUMP = 'database.dump';
const TABLE_DUMP = 'database.copy';

/** How the database is written: pg_dump's custom format, or COPY per table (no client tools needed). */
export type DatabaseFormat = 'pg_dump' | 'copy';
const FILE_LIST = 'files.sha256';
const MANIFEST = 'manifest.json';

/** What a backup says about itself; `files.sha256` lists every file in `sha256sum -c` form. */
export interface Manifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  serverVersion: string;
  /** `format` absent: pg_dump (backups made before the COPY format existed). */
  database: { file: string; sha256: string; size: number; format?: DatabaseFormat };
  files: { list: string; listSha256: string; count: number; bytes: number };
  audit: { lastSeq: number; lastHash: string | null };
}

export class BackupError extends Error {}

type Log = (message: string) => void;

/** SHA-256 of a file, streamed; or, given `copyTo`, of the bytes copied there in the same pass. */
async function hashFile(file: string | Readable, copyTo?: string): Promise<{ sha256: string; size: number }> {
  if (copyTo) return copyHashed(file, copyTo);
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of typeof file === 'string' ? fs.createReadStream(file) : file) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size };
}

/** The PostgreSQL client tool, of a major version able to read this server. */
async function tool(name: 'pg_dump' | 'pg_restore', serverMajor: number): Promise<string> {
  const bin = process.env[name.toUpperCase()] || name;
  let out: string;
  try {
    out = (await promisify(execFile)(bin, ['--version'])).stdout;
  } catch {
    throw new BackupError(`${bin} not found: install the PostgreSQL client tools (Debian: postgresql-client)`);
  }
  const major = Number(/(\d+)(?:\.\d+)?/.exec(out)?.[1]);
  if (!(major >= serverMajor))
    throw new BackupError(
      `${bin} is version ${major}; the database server is ${serverMajor}: use ${name} ${serverMajor} or newer (set ${name.toUpperCase()})`,
    );
  return bin;
}

function run(bin: string, args: string[], log: Log): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (d: Buffer) => {
      errors += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (errors.trim()) log(errors.trim());
      if (code === 0) resolve();
      else reject(new BackupError(`${path.basename(bin)} failed (exit ${code}): ${errors.trim().slice(0, 500)}`));
    });
  });
}

/**
 * A consistent backup: the database dumped from one exported snapshot, and every stored file that
 * snapshot names, copied and hashed in one pass and checked against its recorded SHA-256. The audit
 * signing key is not included (it is kept apart from the database and its backups by design).
 */
export async function createBackup(opts: {
  databaseUrl: string;
  store: ContentStore;
  target: string;
  log: Log;
  /** `auto` (default): pg_dump when one at least as new as the server is installed, else COPY. */
  databaseFormat?: DatabaseFormat | 'auto';
}) {
  const { databaseUrl, store, target, log } = opts;
  const wanted = opts.databaseFormat ?? 'auto';
  if (fs.existsSync(target) && fs.readdirSync(target).length)
    throw new BackupError(`${target} is not empty: back up into a new folder`);
  await fsp.mkdir(target, { recursive: true });
  const copy = new FileStoreDisk(path.join(target, 'files'), target);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const version = (await client.query<{ v: string }>(`select current_setting('server_version') as v`)).rows[0]!.v;
    const major = Number(
      (await client.query<{ n: string }>(`select current_setting('server_version_num') as n`)).rows[0]!.n.slice(0, -4),
    );
    let pgDump: string | null = null;
    if (wanted !== 'copy')
      pgDump = await tool('pg_dump', major).catch((error: unknown) => {
        if (wanted === 'pg_dump' || !(error instanceof BackupError)) throw error;
        log(
          `database: ${error.message}; writing the tables with COPY instead (restorable without client tools, by a PostgreSQL superuser)`,
        );
        return null;
      });
    const format: DatabaseFormat = pgDump ? 'pg_dump' : 'copy';
    await client.query('begin isolation level repeatable read read only');
    const snapshot = (await client.query<{ s: string }>('select pg_export_snapshot() as s')).rows[0]!.s;
    log(`database: dumping snapshot ${snapshot} of PostgreSQL ${version} (${format})`);
    const dumpFile = path.join(target, pgDump ? DUMP : TABLE_DUMP);
    if (pgDump)
      await run(
        pgDump,
        [
          '--format=custom',
          '--no-owner',
          '--no-privileges',
          `--snapshot=${snapshot}`,
          `--file=${dumpFile}`,
          `--dbname=${databaseUrl}`,
        ],
        log,
      );
    else await dumpTables(client, dumpFile);
    const head = (
      await client.query<{ seq: string; hash: string }>(
        'select seq, hash from audit_event where seq is not null order by seq desc limit 1',
      )
    ).rows[0];

    const lines: string[] = [];
    const problems: string[] = [];
    let bytes = 0;
    let after = '';
    for (;;) {
      const { rows } = await client.query<{ sha256: string; size: string }>(
        `select sha256, size from (select sha256, size from stored_file where disposed_at is null
           union select sha256, size from export_package where sha256 is not null) kept
          where sha256 > $1 order by sha256 limit 1000`,
        [after],
      );
      if (!rows.length) break;
      for (const row of rows) {
        after = row.sha256;
        const relative = path.relative(target, copy.pathOf(row.sha256));
        try {
          const got = await hashFile(await store.read(row.sha256), copy.pathOf(row.sha256));
          if (got.sha256 !== row.sha256) problems.push(`${row.sha256}: the stored bytes hash to ${got.sha256}`);
          else if (got.size !== Number(row.size))
            problems.push(`${row.sha256}: ${got.size} bytes, expected ${row.size}`);
          await fsp.chmod(copy.pathOf(row.sha256), 0o444);
          bytes += got.size;
          lines.push(`${row.sha256}  ${relative}`);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
          problems.push(`${row.sha256}: missing from the store`);
        }
      }
    }
    await client.query('commit');
    if (problems.length)
      throw new BackupError(
        `the store does not match the database, so the backup is incomplete:\n  ${problems.join('\n  ')}`,
      );

    const listFile = path.join(target, FILE_LIST);
    await fsp.writeFile(listFile, lines.map((l) => `${l}\n`).join(''));
    const dump = await hashFile(dumpFile);
    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      serverVersion: version,
      database: { file: path.basename(dumpFile), sha256: dump.sha256, size: dump.size, format },
      files: { list: FILE_LIST, listSha256: (await hashFile(listFile)).sha256, count: lines.length, bytes },
      audit: { lastSeq: head ? Number(head.seq) : 0, lastHash: head?.hash ?? null },
    };
    await fsp.writeFile(path.join(target, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    log(
      `backup: database ${(dump.size / 1024 ** 2).toFixed(1)} MiB, ${lines.length} files (${(bytes / 1024 ** 2).toFixed(1)} MiB), audit trail up to #${manifest.audit.lastSeq}`,
    );
    return manifest;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** Checks a backup against its manifest: the dump's and the list's hashes, then every file's. */
export async function verifyBackup(source: string): Promise<{ manifest: Manifest; files: string[] }> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await fsp.readFile(path.join(source, MANIFEST), 'utf8')) as Manifest;
  } catch {
    throw new BackupError(`${source} holds no readable ${MANIFEST}`);
  }
  if (manifest.format !== BACKUP_FORMAT) throw new BackupError(`unknown backup format ${String(manifest.format)}`);
  const problems: string[] = [];
  const dump = await hashFile(path.join(source, manifest.database.file)).catch(() => null);
  if (dump?.sha256 !== manifest.database.sha256) problems.push(`${manifest.database.file}: changed or missing`);
  const list = await hashFile(path.join(source, manifest.files.list)).catch(() => null);
  if (list?.sha256 !== manifest.files.listSha256) problems.push(`${manifest.files.list}: changed or missing`);
  const files: string[] = [];
  if (list) {
    const lines = (await fsp.readFile(path.join(source, manifest.files.list), 'utf8')).split('\n').filter(Boolean);
    for (const line of lines) {
      const [sha256, relative] = line.split(/ {2}/) as [string, string];
      const got = await hashFile(path.join(source, relative)).catch(() => null);
      if (got?.sha256 !== sha256) problems.push(`${relative}: ${got ? 'changed' : 'missing'}`);
      files.push(sha256);
    }
    if (lines.length !== manifest.files.count)
      problems.push(`${manifest.files.list}: ${lines.length} files, manifest says ${manifest.files.count}`);
  }
  if (problems.length)
    throw new BackupError(`the backup is damaged; nothing was restored:\n  ${problems.join('\n  ')}`);
  return { manifest, files };
}

/**
 * What the public schema holds (tables, views, sequences, functions, types of its own), as
 * droppable names: a restore needs none, and one that fails removes what it made.
 */
async function userObjects(client: pg.Client): Promise<string[]> {
  // Objects that belong to an extension (pg_trgm's functions) go with their extension.
  const own = `not exists (select 1 from pg_depend d where d.objid = x.oid and d.deptype = 'e')`;
  const { rows } = await client.query<{ o: string }>(
    `select 'table if exists ' || x.oid::regclass::text as o from pg_class x
       where x.relnamespace = 'public'::regnamespace and x.relkind in ('r', 'p', 'v', 'm', 'f') and ${own}
     union all
     select 'sequence if exists ' || x.oid::regclass::text from pg_class x
       where x.relnamespace = 'public'::regnamespace and x.relkind = 'S' and ${own}
     union all
     select 'function if exists ' || x.oid::regprocedure::text from pg_proc x
       where x.pronamespace = 'public'::regnamespace and ${own}
     union all
     select 'type if exists ' || x.oid::regtype::text from pg_type x
       where x.typnamespace = 'public'::regnamespace and x.typtype in ('e', 'd', 'r', 'm') and ${own}`,
  );
  return rows.map((r) => r.o);
}

/**
 * Brings a verified backup back into an empty database and file store: nothing is written unless
 * every hash matches, the database is restored in one transaction, and files are placed read-only
 * without overwriting (an existing file must hash to its name).
 */
export async function restoreBackup(opts: { databaseUrl: string; store: ContentStore; source: string; log: Log }) {
  const { databaseUrl, store, source, log } = opts;
  const { manifest, files } = await verifyBackup(source);
  log(`backup verified: ${files.length} files and the database dump match their hashes`);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    if ((await userObjects(client)).length)
      throw new BackupError('the target database is not empty: restore into a new, empty database');
    const major = Number(
      (await client.query<{ n: string }>(`select current_setting('server_version_num') as n`)).rows[0]!.n.slice(0, -4),
    );
    const dumpFile = path.join(source, manifest.database.file);
    const format = manifest.database.format ?? 'pg_dump';
    const pgRestore = format === 'pg_dump' ? await tool('pg_restore', major) : null;
    const migrations = format === 'copy' ? await dumpedMigrations(dumpFile) : [];
    const known = migrationsList.map((m) => m.name);
    if (migrations.some((name, i) => known[i] !== name))
      throw new BackupError(
        `the backup's database is at migration ${migrations.at(-1)}, which this version does not have: restore it with the version that made it, or a newer one`,
      );
    if (format === 'copy' && !(await canLoadTables(client)))
      throw new BackupError(
        'this backup (database.copy) loads its rows with triggers off, which needs a PostgreSQL superuser: restore with one (e.g. postgres)',
      );
    const backupStore = new FileStoreDisk(path.join(source, 'files'), source);
    for (const sha256 of files) {
      // Each copy is hashed again as it is placed: a file changed since the check above is refused.
      const added = await store.placeCopy(backupStore.pathOf(sha256), sha256);
      if (!added && (await hashFile(await store.read(sha256))).sha256 !== sha256)
        throw new BackupError(`${store.locationOf(sha256)} exists with other content`);
    }
    log(`files: ${files.length} placed in the ${store.kind} store`);
    /** The restored database against the manifest: the kept files and the audit trail's head. */
    const matches = async () => {
      const head = (
        await client.query<{ seq: string; hash: string }>(
          'select seq, hash from audit_event where seq is not null order by seq desc limit 1',
        )
      ).rows[0];
      const stored = Number(
        (
          await client.query<{ n: string }>(
            'select count(*) as n from (select sha256 from stored_file where disposed_at is null union select sha256 from export_package where sha256 is not null) kept',
          )
        ).rows[0]!.n,
      );
      if (
        stored !== files.length ||
        (head ? Number(head.seq) : 0) !== manifest.audit.lastSeq ||
        (head?.hash ?? null) !== manifest.audit.lastHash
      )
        throw new BackupError('the restored database does not match the manifest');
      return stored;
    };
    let stored: number;
    if (pgRestore) {
      await run(
        pgRestore,
        [
          '--no-owner',
          '--no-privileges',
          '--single-transaction',
          '--exit-on-error',
          `--dbname=${databaseUrl}`,
          dumpFile,
        ],
        log,
      );
      stored = await matches();
    } else {
      // Placing the files may have taken hours: still nobody else's database?
      if ((await userObjects(client)).length)
        throw new BackupError('the target database is no longer empty: restore into a new, empty database');
      // The schema as it was (the same migrations), then the rows in one transaction.
      const orm = await MikroORM.init(ormConfig(databaseUrl, { logger: () => undefined }));
      try {
        if (migrations.length) await orm.migrator.up({ to: migrations.at(-1)! });
        const loaded = await loadTables(client, dumpFile);
        log(`database: ${loaded.rows} rows in ${loaded.tables} tables loaded`);
        stored = await matches();
      } catch (error) {
        // Leave the database as it was found (extensions the migrations added aside), so the
        // restore can simply be repeated.
        for (const object of await userObjects(client))
          await client.query(`drop ${object} cascade`).catch(() => undefined);
        const left = (await userObjects(client)).length;
        const reason = error instanceof Error ? error.message : String(error);
        throw new BackupError(
          `the database could not be restored (${reason}); ${left ? `${left} objects could not be removed: drop the database and create a new one` : 'the database was left empty'}`,
          { cause: error },
        );
      } finally {
        await orm.close(true);
      }
    }
    log(`database restored: ${stored} stored files, audit trail up to #${manifest.audit.lastSeq}`);
    return manifest;
  } finally {
    await client.end();
  }
}
