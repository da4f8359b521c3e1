import { type ChildProcess, execFileSync, fork } from 'node:child_process';
import { createHash, randomFillSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { RecordKind } from '../../server/src/records/record.enums.js';
import { uploadByPatch, uploadByTusJsClient, type UploadResult } from './client.js';
import { BENCH_PASSWORD, freshDatabase, makeVideo, seedUploader, stamp } from './fixture.js';
import type { UploadTimings } from './full-server.js';
import { cpuSecondsOf, memoryOf, resetPeak, RssSampler, threadCpuOf } from './proc.js';

/**
 * bench:upload (issue #4) — a large video (default 1 GiB) uploaded through the whole server
 * (sign-in token, tus, intake: SHA-256 and SM3 on worker threads, type check, content store with
 * fsync, ffprobe, record in one transaction) and the same bytes to a bare `@tus/server` +
 * FileStore, alternately, several times; each server is a child process of its own. Also the
 * single-core SHA-256 and SM3 speeds of this machine, measured in the same run, and a second bare
 * server that hashes both digests inline on its main thread (what the worker threads buy).
 * Goal: full ≥ 0.8 × min(bare, SM3); memory flat (RSS after a 1 GiB upload ≈ after 100 MiB).
 *
 * BENCH_UPLOAD_MB (MiB, default 1024), BENCH_UPLOAD_RUNS (3), BENCH_UPLOAD_PROBE_MB (100: the
 * memory probe and warm-up), BENCH_UPLOAD_TUSJS (1: one more upload to bare and full by
 * tus-js-client), BENCH_UPLOAD_INLINE (1: the inline-hashing bare server), BENCH_UPLOAD_VARIANT
 * (the full-server.js of another build, e.g. a patched server, run beside the full stack for an
 * A/B in the same run), DATABASE_URL (a server to create the run's database on; else embedded
 * PostgreSQL). Throughput is in MB/s of 10^6 bytes.
 */
const MIB = 1024 * 1024;
const envInt = (name: string, fallback: number) => {
  const raw = process.env[name];
  const v = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(v) || v < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return v;
};
const size = envInt('BENCH_UPLOAD_MB', 1024) * MIB;
const runs = Math.max(1, envInt('BENCH_UPLOAD_RUNS', 3));
const probeSize = Math.min(size, envInt('BENCH_UPLOAD_PROBE_MB', 100) * MIB);
const withTusJs = envInt('BENCH_UPLOAD_TUSJS', 1) > 0;
const withInline = envInt('BENCH_UPLOAD_INLINE', 1) > 0;
const variantScript = process.env.BENCH_UPLOAD_VARIANT ? path.resolve(process.env.BENCH_UPLOAD_VARIANT) : null;

type ServerName = 'bare' | 'full' | 'variant' | 'inline';
type ClientName = 'patch' | 'tus-js-client';
const LABEL: Record<ServerName, string> = {
  bare: 'bare @tus/server + FileStore',
  full: 'full stack (auth, hashing, record)',
  variant: 'full stack, BENCH_UPLOAD_VARIANT build',
  inline: 'bare + SHA-256 & SM3 inline, main thread',
};
const hasTimings = (name: ServerName) => name === 'full' || name === 'variant';

interface Child {
  name: ServerName;
  proc: ChildProcess;
  pid: number;
  base: string;
  /** Where this server's bytes land (emptied after each upload). */
  dirs: string[];
}

interface Digests {
  sha256: string;
  sm3: string;
}

interface Measured {
  run: string;
  server: ServerName;
  client: ClientName;
  bytes: number;
  result: UploadResult;
  serverCpu: number;
  clientCpu: number;
  rssAfter: number;
  /** The full server's own step times, and CPU seconds per thread id during the upload. */
  timings: UploadTimings | null;
  threads: Map<number, number> | null;
  digests: Digests | null;
}

const log = (m: string) => console.log(`[bench:upload] ${m}`);
const mbps = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);
const speedOf = (m: Measured) => mbps(m.bytes, m.result.answered - m.result.started);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const mib = (bytes: number) => `${(bytes / MIB).toFixed(0)} MiB`;

function hashSpeed(algorithm: string, buffer: Buffer): number {
  let best = 0;
  for (let round = 0; round < 2; round++) {
    const start = performance.now();
    const h = createHash(algorithm);
    for (let at = 0; at < buffer.length; at += MIB) h.update(buffer.subarray(at, at + MIB));
    h.digest();
    best = Math.max(best, mbps(buffer.length, performance.now() - start));
  }
  return best;
}

async function startChild(
  name: ServerName,
  script: string,
  env: Record<string, string>,
  dirs: string[],
): Promise<Child> {
  const proc = fork(script, [], { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve, reject) => {
    proc.once('message', (m: { type: string; port: number }) => resolve(m.port));
    proc.once('exit', (code) => reject(new Error(`${name} server exited (${code}) before it was ready`)));
    proc.once('error', reject);
  });
  proc.removeAllListeners('exit');
  return { name, proc, pid: proc.pid!, base: `http://127.0.0.1:${port}`, dirs };
}

async function stopChild(child: Child) {
  if (child.proc.exitCode !== null || child.proc.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.proc.once('exit', () => resolve()));
  const timer = setTimeout(() => child.proc.kill('SIGKILL'), 15_000);
  try {
    child.proc.send({ type: 'stop' });
  } catch {
    child.proc.kill('SIGKILL');
  }
  await exited;
  clearTimeout(timer);
}

function timingsOf(child: Child, id: string): Promise<UploadTimings | null> {
  return new Promise((resolve) => {
    const onMessage = (m: { type: string; timings: UploadTimings | null }) => {
      if (m.type !== 'timings') return;
      child.proc.off('message', onMessage);
      resolve(m.timings);
    };
    child.proc.on('message', onMessage);
    child.proc.send({ type: 'timings', id });
  });
}

/** Removes what the server stored (so the disk does not fill and writeback does not spill into the next run). */
function emptyDirs(child: Child) {
  for (const dir of child.dirs) {
    if (!fs.existsSync(dir)) continue;
    for (const entry of fs.readdirSync(dir)) fs.rmSync(path.join(dir, entry), { recursive: true, force: true });
  }
  execFileSync('sync');
}

const here = (script: string) => fileURLToPath(new URL(script, import.meta.url));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'er-bench-upload-'));
fs.chmodSync(tmp, 0o755);
const children: Child[] = [];
let db: Awaited<ReturnType<typeof freshDatabase>> | null = null;
let check: pg.Client | null = null;
const load0 = os.loadavg();
try {
  log(`making a ${mib(size)} MP4 in ${tmp}`);
  const file = makeVideo(tmp, size);
  execFileSync('sync');

  db = await freshDatabase();
  const cast = await seedUploader(db.url);
  const fullServers: [ServerName, string][] = [['full', here('./full-server.js')]];
  if (variantScript) fullServers.push(['variant', variantScript]);
  for (const [name, script] of fullServers) {
    const data = path.join(tmp, name);
    const env = { BENCH_DATABASE_URL: db.url, BENCH_DATA_DIR: data };
    children.push(
      await startChild(name, script, env, [
        path.join(data, 'uploads'),
        path.join(data, 'files'),
        path.join(data, 'quarantine'),
      ]),
    );
  }
  for (const name of withInline ? (['bare', 'inline'] as const) : (['bare'] as const)) {
    const dir = path.join(tmp, name);
    fs.mkdirSync(dir);
    const env = { BENCH_UPLOAD_DIR: dir, BENCH_BARE_HASH: name === 'inline' ? 'inline' : 'none' };
    children.push(await startChild(name, here('./bare-server.js'), env, [dir]));
  }
  const server = (name: ServerName) => children.find((c) => c.name === name)!;

  const login = await fetch(`${server('full').base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }',
      variables: { u: cast.username, p: BENCH_PASSWORD },
    }),
  });
  const token = ((await login.json()) as { data?: { login: { token: string } } }).data?.login.token;
  if (!token) throw new Error('sign-in of the bench uploader failed');
  // The session is the database's, so the variant server (same database) takes the same token.
  const auth = { Authorization: `Bearer ${token}` };
  const meta = {
    filename: '现场检查-执法记录仪.mp4',
    filetype: 'video/mp4',
    caseId: cast.caseId,
    kind: RecordKind.VIDEO,
    title: '现场检查录像（压测）',
    stage: 'ON_SITE_INSPECTION',
    capturedFrom: '2026-11-20T10:00:00+08:00',
    capturedTo: '2026-11-20T10:00:02+08:00',
    officerId: cast.officerId,
    partyNotified: 'true',
    deviceNumber: 'ZFJLY-001',
  };
  const checker = new pg.Client({ connectionString: db.url });
  check = checker;
  checker.on('error', () => undefined);
  await checker.connect();

  const measurements: Measured[] = [];
  const upload = async (child: Child, run: string, bytes: number, client: ClientName): Promise<Measured> => {
    const cpu0 = cpuSecondsOf(child.pid);
    const threads0 = threadCpuOf(child.pid);
    const clientCpu0 = process.cpuUsage();
    const result =
      client === 'patch'
        ? await uploadByPatch(child.base, file, bytes, meta, auth)
        : await uploadByTusJsClient(child.base, file, meta, auth);
    const clientCpu = process.cpuUsage(clientCpu0);
    const serverCpu = cpuSecondsOf(child.pid) - cpu0;
    const threads = threadCpuOf(child.pid);
    for (const [tid, s] of threads) threads.set(tid, s - (threads0.get(tid) ?? 0));
    if (result.status !== 204) throw new Error(`${child.name}: last PATCH answered ${result.status}: ${result.body}`);
    let digests: Digests | null = null;
    if (hasTimings(child.name)) {
      const recordId = result.headers['x-record-id'];
      if (!recordId) throw new Error(`${child.name}: no record id in the answer`);
      const row = await checker.query<Digests & { size: string }>(
        'select f.sha256, f.sm3, f.size from record r join stored_file f on f.id = r.file_id where r.id = $1',
        [recordId],
      );
      if (Number(row.rows[0]?.size) !== bytes)
        throw new Error(`record ${recordId} has no stored file of ${bytes} bytes`);
      digests = { sha256: row.rows[0]!.sha256, sm3: row.rows[0]!.sm3 };
    } else if (result.headers['x-sm3']) {
      digests = { sha256: result.headers['x-sha256']!, sm3: result.headers['x-sm3'] };
    }
    const m: Measured = {
      run,
      server: child.name,
      client,
      bytes,
      result,
      serverCpu,
      clientCpu: (clientCpu.user + clientCpu.system) / 1e6,
      rssAfter: memoryOf(child.pid).rss,
      timings: hasTimings(child.name) ? await timingsOf(child, result.id) : null,
      threads,
      digests,
    };
    emptyDirs(child);
    measurements.push(m);
    return m;
  };

  // The single-core hash speeds of this machine, measured now (the servers are idle).
  const buffer = Buffer.allocUnsafe(256 * MIB);
  randomFillSync(buffer);
  const sha256Speed = hashSpeed('sha256', buffer);
  const sm3Speed = hashSpeed('sm3', buffer);
  log(`single-core hash speed: SHA-256 ${sha256Speed.toFixed(0)} MB/s, SM3 ${sm3Speed.toFixed(0)} MB/s`);

  // Memory probe and warm-up: a first, smaller upload to each server, with its peak RSS on its own.
  const memory = new Map<ServerName, { afterProbe: number; peakProbe: number; after: number; peakRuns: number }>();
  const resettable = children.every((c) => resetPeak(c.pid));
  for (const child of children) {
    resetPeak(child.pid);
    const sampler = new RssSampler(child.pid);
    const m = await upload(child, 'probe', probeSize, 'patch');
    const sampled = sampler.stop();
    const peakProbe = resettable ? memoryOf(child.pid).peak : sampled;
    memory.set(child.name, { afterProbe: m.rssAfter, peakProbe, after: 0, peakRuns: 0 });
    log(`probe: ${child.name.padEnd(7)} ${mib(probeSize)} at ${speedOf(m).toFixed(0)} MB/s`);
  }

  const samplers = new Map(children.map((c) => [c.name, (resetPeak(c.pid), new RssSampler(c.pid))]));
  const runOne = async (name: ServerName, run: string, client: ClientName) => {
    const m = await upload(server(name), run, size, client);
    log(`run ${run}: ${name.padEnd(7)} ${client.padEnd(13)} ${speedOf(m).toFixed(0)} MB/s`);
  };
  const rotating: ServerName[] = variantScript ? ['bare', 'full', 'variant'] : ['bare', 'full'];
  for (let i = 1; i <= runs; i++) {
    stamp(file, `run-${i}`);
    // Rotate which goes first, so none always follows another's disk writeback.
    const order = rotating.map((_, k) => rotating[(k + i - 1) % rotating.length]!);
    for (const name of order) await runOne(name, String(i), 'patch');
    if (withInline) await runOne('inline', String(i), 'patch');
  }
  if (withTusJs) {
    stamp(file, 'tus-js-client');
    await runOne('bare', 'tusjs', 'tus-js-client');
    await runOne('full', 'tusjs', 'tus-js-client');
  }
  for (const child of children) {
    const mem = memory.get(child.name)!;
    const sampled = samplers.get(child.name)!.stop();
    mem.peakRuns = resettable ? memoryOf(child.pid).peak : sampled;
    mem.after = measurements.filter((m) => m.server === child.name).at(-1)!.rssAfter;
  }
  // Whoever hashed the same bytes (full server, variant, inline hasher) must agree on the digests.
  for (const run of new Set(measurements.map((m) => m.run))) {
    const found = measurements.filter((m) => m.run === run && m.digests);
    for (const m of found)
      if (m.digests!.sha256 !== found[0]!.digests!.sha256 || m.digests!.sm3 !== found[0]!.digests!.sm3)
        throw new Error(`run ${run}: ${m.server} and ${found[0]!.server} disagree on the digests`);
  }
  report({ sha256Speed, sm3Speed, measurements, memory });
} catch (error) {
  console.error('[bench:upload] failed:', error);
  process.exitCode = 1;
} finally {
  await check?.end().catch(() => undefined);
  for (const child of children) await stopChild(child).catch(() => undefined);
  await db?.drop().catch((e: unknown) => console.error('dropping the bench database failed:', e));
  fs.rmSync(tmp, { recursive: true, force: true });
}
// Everything is stopped and removed; a leftover keep-alive socket must not hold the run open.
process.exit();

function report(r: {
  sha256Speed: number;
  sm3Speed: number;
  measurements: Measured[];
  memory: Map<ServerName, { afterProbe: number; peakProbe: number; after: number; peakRuns: number }>;
}) {
  const big = r.measurements.filter((m) => m.bytes === size);
  const seconds = (ms: number) => (ms / 1000).toFixed(2);
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
  console.log(
    `\nbench:upload — ${mib(size)} (${size} bytes) per upload, ${runs} runs, ${os.cpus().length} cores, Node ${process.version}; MB = 10^6 bytes`,
  );
  console.log(
    `load average at the start ${load(load0)}, at the end ${load(os.loadavg())} (above ~1, other work competes for the cores)`,
  );
  console.log(
    `single-core hash speed (this process, 256 MiB in 1 MiB chunks): SHA-256 ${r.sha256Speed.toFixed(0)} MB/s, SM3 ${r.sm3Speed.toFixed(0)} MB/s\n`,
  );
  const widths = [7, 42, 15, 7, 9, 17, 14, 14, 14];
  const row = (cells: string[]) => console.log(cells.map((c, i) => c.padEnd(widths[i]!)).join(''));
  row([
    'run',
    'server',
    'client',
    'MB/s',
    'total s',
    'after last byte',
    'server CPU s',
    'client CPU s',
    'RSS after MiB',
  ]);
  for (const m of big) {
    const total = m.result.answered - m.result.started;
    row([
      m.run,
      LABEL[m.server],
      m.client,
      speedOf(m).toFixed(0),
      seconds(total),
      seconds(m.result.answered - m.result.sent),
      m.serverCpu.toFixed(2),
      m.clientCpu.toFixed(2),
      (m.rssAfter / MIB).toFixed(0),
    ]);
  }
  const speeds = (name: ServerName) => big.filter((m) => m.server === name && m.client === 'patch').map(speedOf);
  const bare = median(speeds('bare'));
  const slower = Math.min(bare, r.sm3Speed);
  const goal = 0.8 * slower;
  console.log('\nmedian of the single-PATCH runs:');
  for (const name of ['bare', 'full', 'variant', 'inline'] as const) {
    const xs = speeds(name);
    if (!xs.length) continue;
    const v = median(xs);
    const extra = name === 'bare' ? '' : `  (${(v / bare).toFixed(2)} of bare, ${(v / r.sm3Speed).toFixed(2)} of SM3)`;
    console.log(`  ${LABEL[name].padEnd(42)} ${v.toFixed(0).padStart(5)} MB/s${extra}`);
  }
  const full = median(speeds('full'));
  console.log(`  ratio full / bare: ${(full / bare).toFixed(2)}`);
  console.log(
    `  goal: full ≥ 0.8 × min(bare ${bare.toFixed(0)}, SM3 ${r.sm3Speed.toFixed(0)}) = ${goal.toFixed(0)} MB/s → ${full >= goal ? 'MET' : 'MISSED'} (full is ${(full / slower).toFixed(2)} of the slower)`,
  );
  if (speeds('variant').length) {
    const variant = median(speeds('variant'));
    console.log(
      `  variant build: ${variant >= goal ? 'MET' : 'MISSED'} (${(variant / slower).toFixed(2)} of the slower)`,
    );
  }

  for (const name of ['full', 'variant'] as const) {
    const runsOf = big.filter((m) => m.server === name && m.client === 'patch' && m.timings);
    if (runsOf.length) breakdown(name, runsOf);
  }

  console.log('\nserver memory (RSS of each server process, MiB):');
  const memRow = (cells: string[]) => console.log(cells.map((c, i) => c.padEnd(i === 0 ? 42 : 20)).join(''));
  memRow([
    'server',
    `after ${mib(probeSize)}`,
    `after last ${mib(size)}`,
    `peak, ${mib(probeSize)}`,
    `peak, ${mib(size)} runs`,
  ]);
  for (const [name, m] of r.memory)
    memRow([
      LABEL[name],
      (m.afterProbe / MIB).toFixed(0),
      (m.after / MIB).toFixed(0),
      (m.peakProbe / MIB).toFixed(0),
      (m.peakRuns / MIB).toFixed(0),
    ]);
}

/** Where a full server's time and CPU go, from its own step timers (medians over its runs). */
function breakdown(name: ServerName, list: Measured[]) {
  const part = (f: (m: Measured, t: UploadTimings) => number) => median(list.map((m) => f(m, m.timings!))) / 1000;
  const total = part((m) => m.result.answered - m.result.started);
  const receiving = part((_m, t) => t.lastHandedOver - t.receiveStart);
  const steps: [string, number][] = [
    ['creation + PATCH auth, until the intake gets the stream', part((m, t) => t.receiveStart - m.result.started)],
    ['receiving: bytes read, written, handed to the hashers', receiving],
    ['hash lag: hashers finishing after the last byte', part((_m, t) => t.receiveEnd - t.lastHandedOver)],
    ['between receive and finish (type check, tus)', part((_m, t) => t.finishStart - t.receiveEnd)],
    ['finish: digests', part((_m, t) => t.digestEnd - t.digestStart)],
    ['finish: place in the store (fsync + link)', part((_m, t) => t.placeEnd - t.placeStart)],
    [
      'finish: the rest (authz again, ffprobe, record transaction)',
      part((_m, t) => t.finishEnd - t.finishStart - (t.digestEnd - t.digestStart) - (t.placeEnd - t.placeStart)),
    ],
    ['answer reaching the client', part((m, t) => m.result.answered - t.finishEnd)],
  ];
  console.log(`\nwhere the ${LABEL[name]} time goes (median of ${list.length} runs, s; total ${total.toFixed(2)}):`);
  for (const [step, s] of steps) console.log(`  ${step.padEnd(60)} ${s.toFixed(2)}`);
  const t = list.at(-1)!.timings!;
  console.log(
    `  receive rate while bytes arrive ${(size / 1e6 / receiving).toFixed(0)} MB/s; ${t.chunks} chunks of ${(t.bytes / t.chunks / 1024).toFixed(0)} KiB on average handed to the hash workers`,
  );
  const cpu = list.map((m) => {
    const pid = children.find((c) => c.name === name)!.pid;
    const others = [...m.threads!.entries()].filter(([tid]) => tid !== pid).map(([, s]) => s);
    others.sort((a, b) => b - a);
    const rest = others.slice(2).reduce((a, b) => a + b, 0);
    return { total: m.serverCpu, main: m.threads!.get(pid) ?? 0, first: others[0] ?? 0, second: others[1] ?? 0, rest };
  });
  const med = (f: (c: (typeof cpu)[number]) => number) => median(cpu.map(f)).toFixed(2);
  console.log(
    `  CPU s per upload: process ${med((c) => c.total)}; main thread ${med((c) => c.main)}; busiest two other threads ${med((c) => c.first)} and ${med((c) => c.second)} (the SM3 and SHA-256 workers); all others together ${med((c) => c.rest)}`,
  );
}
