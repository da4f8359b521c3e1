import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import type { Readable } from 'node:stream';
import { type ContentStore, copyHashed, FileStoreDisk } from '../files/store.js';

export const BACKUP_FORMAT = 'enforcement-records-backup/1';
const DUMP = 'database.dump';
const FILE_LIST = 'files.sha256';
const MANIFEST = 'manifest.json';

/** What a backup says about itself; `files.sha256` lists every file in `sha256sum -c` form. */
export interface Manifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  serverVersion: string;
  database: { file: string; sha256: string; size: number };
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
export async function createBackup(opts: { databaseUrl: string; store: ContentStore; target: string; log: Log }) {
  const { databaseUrl, store, target, log } = opts;
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
    const pgDump = await tool('pg_dump', major);
    await client.query('begin isolation level repeatable read read only');
    const snapshot = (await client.query<{ s: string }>('select pg_export_snapshot() as s')).rows[0]!.s;
    log(`database: dumping snapshot ${snapshot} of PostgreSQL ${version}`);
    const dumpFile = path.join(target, DUMP);
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
      database: { file: DUMP, sha256: dump.sha256, size: dump.size },
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
    const tables = Number(
      (await client.query<{ n: string }>(`select count(*) as n from pg_tables where schemaname = 'public'`)).rows[0]!.n,
    );
    if (tables) throw new BackupError('the target database is not empty: restore into a new, empty database');
    const major = Number(
      (await client.query<{ n: string }>(`select current_setting('server_version_num') as n`)).rows[0]!.n.slice(0, -4),
    );
    const pgRestore = await tool('pg_restore', major);
    const backupStore = new FileStoreDisk(path.join(source, 'files'), source);
    for (const sha256 of files) {
      // Each copy is hashed again as it is placed: a file changed since the check above is refused.
      const added = await store.placeCopy(backupStore.pathOf(sha256), sha256);
      if (!added && (await hashFile(await store.read(sha256))).sha256 !== sha256)
        throw new BackupError(`${store.locationOf(sha256)} exists with other content`);
    }
    log(`files: ${files.length} placed in the ${store.kind} store`);
    await run(
      pgRestore,
      [
        '--no-owner',
        '--no-privileges',
        '--single-transaction',
        '--exit-on-error',
        `--dbname=${databaseUrl}`,
        path.join(source, manifest.database.file),
      ],
      log,
    );
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
    log(`database restored: ${stored} stored files, audit trail up to #${manifest.audit.lastSeq}`);
    return manifest;
  } finally {
    await client.end();
  }
}
