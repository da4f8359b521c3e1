import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../server/src/database/embedded.js';
import { ormConfig } from '../server/src/database/orm.config.js';

/** A whole number of at least `min` (default 1) from the environment (a benchmark's size), or `fallback`. */
export function envInt(name: string, fallback: number, min = 1): number {
  const raw = process.env[name];
  const v = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(v) || v < min)
    throw new Error(`${name} must be a whole number of at least ${min}, got "${raw}"`);
  return v;
}

/** A TCP port free on 127.0.0.1 just now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * The benchmark database (`er_bench`, or BENCH_DATABASE): on DATABASE_URL's server when set, else
 * in an embedded PostgreSQL under var/bench. Migrated on open; kept between runs so data is
 * generated once.
 */
export async function openBenchDatabase(): Promise<{ url: string; orm: MikroORM; close(): Promise<void> }> {
  let embedded: EmbeddedDatabase | null = null;
  let url: string;
  const name = process.env.BENCH_DATABASE || 'er_bench';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name))
    throw new Error(`BENCH_DATABASE must be a lower-case database name (letters, digits, _), got "${name}"`);
  if (process.env.DATABASE_URL) {
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    const exists = await admin.query(`select 1 from pg_database where datname = $1`, [name]);
    if (exists.rowCount === 0) await admin.query(`create database "${name}"`);
    await admin.end();
    const u = new URL(process.env.DATABASE_URL);
    u.pathname = `/${name}`;
    url = u.toString();
  } else {
    const dir = path.resolve('var/bench/postgres');
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    embedded = await startEmbeddedPostgres({
      dir,
      port: Number(process.env.BENCH_PG_PORT ?? 54339),
      database: name,
    });
    url = embedded.url;
  }
  const orm = await MikroORM.init(ormConfig(url, { pool: { min: 1, max: 4 } }));
  await orm.migrator.up();
  return {
    url,
    orm,
    close: async () => {
      await orm.close(true);
      await embedded?.stop();
    },
  };
}

/** p50 and p95 of `runs` timed calls of `fn`, after `warmup` untimed ones, in milliseconds. */
export async function measure(
  fn: () => Promise<unknown>,
  runs = 40,
  warmup = 5,
): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
  return { p50: at(0.5), p95: at(0.95) };
}

/**
 * The real server process (node dist/server/src/main.js) with `env`, started and waited for until
 * it prints its address; resolves with the process and its base URL (127.0.0.1). Its output keeps
 * being read (an unread pipe would stall it); `onError` receives what it writes to stderr.
 */
export async function spawnServer(
  env: NodeJS.ProcessEnv,
  opts: { nodeArgs?: string[]; onError?: (text: string) => void } = {},
): Promise<{ proc: ChildProcess; url: string }> {
  const proc = spawn(process.execPath, [...(opts.nodeArgs ?? []), 'dist/server/src/main.js'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 120_000);
    const seen = (d: Buffer) => {
      out += d.toString();
      const m = /health\s+(http:\/\/localhost:\d+)\/health/.exec(out);
      if (m) {
        clearTimeout(timer);
        proc.removeListener('exit', exited);
        resolve(m[1]!.replace('localhost', '127.0.0.1'));
      }
    };
    const exited = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}):\n${out}`));
    };
    proc.stdout!.on('data', seen);
    proc.stderr!.on('data', seen);
    proc.once('exit', exited);
  });
  proc.stdout!.removeAllListeners('data');
  proc.stderr!.removeAllListeners('data');
  proc.stdout!.resume();
  proc.stderr!.on('data', (d: Buffer) => opts.onError?.(d.toString()));
  return { proc, url };
}
