import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';

/**
 * The database as one file of CSV blocks, one per table, written with COPY from the backup's
 * snapshot: for a server whose `pg_dump` is not at hand (the embedded PostgreSQL ships none) or is
 * older than the server. It holds the applied migrations too, so a restore first builds the same
 * schema with the migrations and then loads the rows. Layout: a JSON line (format, migrations),
 * then per table a JSON line (table, columns, bytes) followed by that many bytes of CSV and a
 * newline, then `{"end":true}`.
 */
export const TABLE_COPY_FORMAT = 'er-table-copy/1';

interface TableSpec {
  table: string;
  columns: string[];
}

/** Tables of the application's schema with their stored (not generated) columns, in name order. */
async function tablesOf(client: pg.Client): Promise<TableSpec[]> {
  const { rows } = await client.query<{ table: string; columns: string[] }>(
    `select c.relname as table, array_agg(a.attname::text order by a.attnum) as columns
       from pg_class c
       join pg_namespace n on n.oid = c.relnamespace
       join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
      where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
        and c.relname <> 'mikro_orm_migrations'
      group by c.relname order by c.relname`,
  );
  return rows;
}

/** Output that means the same on any server: ISO dates (zone as an offset), exact floats (as pg_dump sets them). */
const PORTABLE_SETTINGS = ['DateStyle = ISO', 'IntervalStyle = postgres', 'extra_float_digits = 3'];

/** The sequences of the schema with where each stands (not transactional: read as pg_dump reads them). */
async function sequencesOf(client: pg.Client): Promise<{ name: string; value: string; called: boolean }[]> {
  const names = (
    await client.query<{ name: string }>(
      `select c.relname as name from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind = 'S' order by 1`,
    )
  ).rows;
  const out = [];
  for (const { name } of names) {
    const row = (
      await client.query<{ last_value: string; is_called: boolean }>(
        `select last_value::text, is_called from ${client.escapeIdentifier(name)}`,
      )
    ).rows[0]!;
    out.push({ name, value: row.last_value, called: row.is_called });
  }
  return out;
}

/**
 * Writes every table to `file` from the snapshot `client` is in (a repeatable-read transaction),
 * each table share-locked first so no DDL changes it while it is read.
 */
export async function dumpTables(client: pg.Client, file: string): Promise<{ tables: number }> {
  for (const setting of PORTABLE_SETTINGS) await client.query(`set local ${setting}`);
  const migrations = (
    await client.query<{ name: string }>('select name from mikro_orm_migrations order by id')
  ).rows.map((r) => r.name);
  const tables = await tablesOf(client);
  if (tables.length)
    await client.query(
      `lock table ${tables.map((t) => client.escapeIdentifier(t.table)).join(', ')} in access share mode`,
    );
  const block = `${file}.block`;
  try {
    await fsp.writeFile(file, `${JSON.stringify({ format: TABLE_COPY_FORMAT, migrations })}\n`, { flag: 'wx' });
    for (const spec of tables) {
      const cols = spec.columns.map((c) => client.escapeIdentifier(c)).join(', ');
      await pipeline(
        client.query(
          copyTo(`copy (select ${cols} from ${client.escapeIdentifier(spec.table)}) to stdout with (format csv)`),
        ),
        fs.createWriteStream(block),
      );
      const bytes = (await fsp.stat(block)).size;
      await fsp.appendFile(file, `${JSON.stringify({ ...spec, bytes })}\n`);
      await pipeline(fs.createReadStream(block), fs.createWriteStream(file, { flags: 'a' }));
      await fsp.appendFile(file, '\n');
    }
    await fsp.appendFile(file, `${JSON.stringify({ end: true, sequences: await sequencesOf(client) })}\n`);
    const handle = await fsp.open(file, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } finally {
    await fsp.rm(block, { force: true });
  }
  return { tables: tables.length };
}

/** Whether this connection may load a dump (turning triggers off needs a superuser, or the right to set it). */
export async function canLoadTables(client: pg.Client): Promise<boolean> {
  const { rows } = await client.query<{ ok: boolean }>(
    `select rolsuper or has_parameter_privilege('session_replication_role', 'SET') as ok
       from pg_roles where rolname = current_user`,
  );
  return rows[0]?.ok === true;
}

/** Reads the JSON line at `position`; returns it and where the next byte is. */
async function lineAt(handle: fsp.FileHandle, position: number): Promise<{ value: unknown; next: number }> {
  const parts: Buffer[] = [];
  for (let at = position; ;) {
    const chunk = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, at);
    if (!bytesRead) throw new Error('the database file ends in the middle of a header');
    const end = chunk.subarray(0, bytesRead).indexOf(0x0a);
    if (end >= 0) {
      parts.push(chunk.subarray(0, end));
      const line = Buffer.concat(parts);
      return { value: JSON.parse(line.toString('utf8')) as unknown, next: position + line.length + 1 };
    }
    parts.push(chunk.subarray(0, bytesRead));
    at += bytesRead;
    if (at - position > 16 * 1024 * 1024) throw new Error('the database file has no header where one should be');
  }
}

/** The migrations the dump's schema was at (the first line of the file). */
export async function dumpedMigrations(file: string): Promise<string[]> {
  const handle = await fsp.open(file, 'r');
  try {
    const { value } = await lineAt(handle, 0);
    const head = value as { format?: string; migrations?: string[] };
    if (head.format !== TABLE_COPY_FORMAT || !Array.isArray(head.migrations))
      throw new Error(`not a ${TABLE_COPY_FORMAT} database file`);
    return head.migrations;
  } finally {
    await handle.close();
  }
}

/**
 * Loads a dump into a database whose schema the migrations have just built to the same point, in
 * one transaction: the rows the migrations seeded are replaced by the dumped ones, triggers (the
 * audit trail's guard, foreign keys) are off while loading (`session_replication_role`, which
 * needs a superuser: see `canLoadTables`), and every sequence is set where it stood. Returns the
 * rows loaded.
 */
export async function loadTables(client: pg.Client, file: string): Promise<{ tables: number; rows: number }> {
  const handle = await fsp.open(file, 'r');
  let rows = 0;
  let tables = 0;
  try {
    let { next } = await lineAt(handle, 0);
    const present = new Map((await tablesOf(client)).map((t) => [t.table, t.columns.join(',')]));
    await client.query('begin');
    await client.query('set local session_replication_role = replica');
    for (const setting of PORTABLE_SETTINGS) await client.query(`set local ${setting}`);
    if (present.size)
      await client.query(`truncate ${[...present.keys()].map((t) => client.escapeIdentifier(t)).join(', ')}`);
    for (;;) {
      const header = await lineAt(handle, next);
      const spec = header.value as {
        end?: boolean;
        sequences?: { name: string; value: string; called: boolean }[];
        table: string;
        columns: string[];
        bytes: number;
      };
      if (spec.end) {
        // Every sequence stands where it stood, also one no column owns.
        for (const s of spec.sequences ?? [])
          await client.query(`select setval($1::regclass, $2::bigint, $3)`, [
            client.escapeIdentifier(s.name),
            s.value,
            s.called,
          ]);
        break;
      }
      if (present.get(spec.table) !== spec.columns.join(','))
        throw new Error(`table ${spec.table} in the backup does not match the schema its migrations build`);
      if (spec.bytes > 0) {
        const copy = client.query(
          copyFrom(
            `copy ${client.escapeIdentifier(spec.table)} (${spec.columns.map((c) => client.escapeIdentifier(c)).join(', ')}) from stdin with (format csv)`,
          ),
        );
        await pipeline(fs.createReadStream(file, { start: header.next, end: header.next + spec.bytes - 1 }), copy);
        rows += copy.rowCount ?? 0;
      }
      tables++;
      next = header.next + spec.bytes + 1;
    }
    await client.query('commit');
    return { tables, rows };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await handle.close();
  }
}
