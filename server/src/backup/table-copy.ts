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

/** Writes every table to `file` from the snapshot `client` is in (a repeatable-read transaction). */
export async function dumpTables(client: pg.Client, file: string): Promise<{ tables: number }> {
  const migrations = (
    await client.query<{ name: string }>('select name from mikro_orm_migrations order by id')
  ).rows.map((r) => r.name);
  const tables = await tablesOf(client);
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
    await fsp.appendFile(file, `${JSON.stringify({ end: true })}\n`);
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
 * needs a superuser, as any restore does), and every sequence continues after its column's largest
 * value. Returns the rows loaded.
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
    if (present.size)
      await client.query(`truncate ${[...present.keys()].map((t) => client.escapeIdentifier(t)).join(', ')}`);
    for (;;) {
      const header = await lineAt(handle, next);
      const spec = header.value as { end?: boolean; table: string; columns: string[]; bytes: number };
      if (spec.end) break;
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
    const sequences = await client.query<{ seq: string; tbl: string; col: string }>(
      `select s.oid::regclass::text as seq, t.relname as tbl, a.attname as col
         from pg_class s
         join pg_depend d on d.objid = s.oid and d.classid = 'pg_class'::regclass and d.deptype in ('a', 'i')
         join pg_class t on t.oid = d.refobjid
         join pg_namespace n on n.oid = t.relnamespace and n.nspname = 'public'
         join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
        where s.relkind = 'S'`,
    );
    for (const s of sequences.rows) {
      const max = `(select max(${client.escapeIdentifier(s.col)}) from ${client.escapeIdentifier(s.tbl)})`;
      await client.query(`select setval($1::regclass, coalesce(${max}, 1), ${max} is not null)`, [s.seq]);
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
