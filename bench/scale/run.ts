import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { envInt, freePort, spawnServer } from '../support.js';
import { uploadByPatch } from '../upload/client.js';
import { BENCH_PASSWORD, freshDatabase, makeVideo, seedUploader, stamp } from '../upload/fixture.js';
import { cpuSecondsOf, cpuSecondsOfCommand } from '../upload/proc.js';

/**
 * bench:scale (issue #11) — a simulation on this machine of several counties offloading a day's
 * footage at once through one, then two, server instances (real server processes, production
 * mode, one PostgreSQL) into an S3-compatible store (s3rver in its own process). Each county is a
 * unit with its officer and case; it uploads BENCH_SCALE_FILES files of BENCH_SCALE_FILE_MB one
 * after another (an offload station), all counties at once; with two instances the counties are
 * split between them as a load balancer would. Prints throughput overall and per instance, the
 * CPU each process used, database load (transactions and rows written per second, bytes per
 * upload), and from those a capacity model for a county, a city and a province. Goal: the second
 * instance raises upload throughput by at least 1.6x when the client side is not the limit.
 */
const COUNTIES = envInt('BENCH_SCALE_COUNTIES', 8);
const FILES = envInt('BENCH_SCALE_FILES', 3);
const FILE_MB = envInt('BENCH_SCALE_FILE_MB', 64);
/** Capacity model inputs: officers per county, GB each records a month, hours in which a day's footage is offloaded. */
const OFFICERS = envInt('BENCH_SCALE_OFFICERS', 100);
const GB_PER_OFFICER_MONTH = envInt('BENCH_SCALE_GB_PER_OFFICER_MONTH', 20);
const WINDOW_HOURS = envInt('BENCH_SCALE_WINDOW_HOURS', 8);
const AVG_FILE_MB = envInt('BENCH_SCALE_AVG_FILE_MB', 1024);
const log = (m: string) => console.log(`[bench:scale] ${m}`);
const MB = 1024 * 1024;
const BUCKET = 'evidence';

/** s3rver in a process of its own (so its CPU is counted apart from the servers'). */
async function startObjectStore(dir: string): Promise<{ proc: ChildProcess; endpoint: string }> {
  const port = await freePort();
  const proc = spawn(
    process.execPath,
    [
      'node_modules/s3rver/bin/s3rver.js',
      ...['-d', dir, '-a', '127.0.0.1', '-p', String(port), '--silent', '--configure-bucket', BUCKET],
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    const up = await fetch(endpoint).then(
      () => true,
      () => false,
    );
    if (up) return { proc, endpoint };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('s3rver did not start');
}

async function signIn(url: string, username: string): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }',
      variables: { u: username, p: BENCH_PASSWORD },
    }),
  });
  const body = (await res.json()) as { data?: { login: { token: string } }; errors?: unknown };
  if (!body.data) throw new Error(`sign-in of ${username} failed: ${JSON.stringify(body.errors)}`);
  return body.data.login.token;
}

interface DbCounters {
  xacts: number;
  rows: number;
  size: number;
}

async function dbCounters(client: pg.Client): Promise<DbCounters> {
  const r = await client.query<{ x: string; w: string; s: string }>(
    `select xact_commit + xact_rollback as x, tup_inserted + tup_updated + tup_deleted as w,
            pg_database_size(current_database()) as s
       from pg_stat_database where datname = current_database()`,
  );
  return { xacts: Number(r.rows[0]!.x), rows: Number(r.rows[0]!.w), size: Number(r.rows[0]!.s) };
}

interface Phase {
  instances: number;
  seconds: number;
  bytes: number;
  perInstanceBytes: number[];
  serverCpu: number[];
  storeCpu: number;
  clientCpu: number;
  databaseCpu: number;
  xactsPerSecond: number;
  rowsPerSecond: number;
  dbBytesPerUpload: number;
}

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'er-bench-scale-'));
  fs.chmodSync(work, 0o755);
  const db = await freshDatabase('er_bench_scale');
  const children: ChildProcess[] = [];
  try {
    log(`${COUNTIES} counties × ${FILES} files × ${FILE_MB} MiB, one then two instances, S3 store (s3rver)`);
    const casts: Awaited<ReturnType<typeof seedUploader>>[] = [];
    for (let i = 0; i < COUNTIES; i++) casts.push(await seedUploader(db.url, i));
    const videos = casts.map((_, i) => {
      const dir = path.join(work, `county-${i}`);
      fs.mkdirSync(dir);
      return makeVideo(dir, FILE_MB * MB);
    });
    const store = await startObjectStore(path.join(work, 's3'));
    children.push(store.proc);
    const env = {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: db.url,
      DATA_DIR: path.join(work, 'data'),
      HOST: '127.0.0.1',
      PORT: '0',
      JOBS: 'false',
      SEED_DEMO: 'false',
      CONSOLE_DIR: path.join(work, 'no-console'),
      FILE_STORE: 's3',
      S3_ENDPOINT: store.endpoint,
      S3_BUCKET: BUCKET,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      // Many clients sign in from one address in a short time.
      LOGIN_RATE_PER_ADDRESS: '1000',
    };
    const instances = [await spawnServer(env), await spawnServer(env)];
    children.push(...instances.map((i) => i.proc));
    const tokens = await Promise.all(casts.map((c) => signIn(instances[0]!.url, c.username)));
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    let round = 0;

    const phase = async (count: number): Promise<Phase> => {
      round++;
      const used = instances.slice(0, count);
      const cpuBefore = used.map((i) => cpuSecondsOf(i.proc.pid!));
      const storeBefore = cpuSecondsOf(store.proc.pid!);
      const databaseBefore = cpuSecondsOfCommand('postgres');
      const clientBefore = process.cpuUsage();
      const dbBefore = await dbCounters(admin);
      const perInstanceBytes = used.map(() => 0);
      let uploads = 0;
      const start = performance.now();
      await Promise.all(
        casts.map(async (cast, i) => {
          const target = i % count;
          for (let f = 0; f < FILES; f++) {
            stamp(videos[i]!, `r${round}c${i}f${f}`);
            const r = await uploadByPatch(used[target]!.url, videos[i]!, FILE_MB * MB, meta(cast, f), {
              authorization: `Bearer ${tokens[i]}`,
            });
            if (r.status !== 204 || !r.headers['x-record-id'])
              throw new Error(`upload answered ${r.status}: ${r.body.slice(0, 300)}`);
            perInstanceBytes[target]! += FILE_MB * MB;
            uploads++;
          }
        }),
      );
      const seconds = (performance.now() - start) / 1000;
      // PostgreSQL publishes other sessions' statistics within a second or so of their transactions.
      await new Promise((r) => setTimeout(r, 1500));
      const dbAfter = await dbCounters(admin);
      const client = process.cpuUsage(clientBefore);
      return {
        instances: count,
        seconds,
        bytes: perInstanceBytes.reduce((a, b) => a + b, 0),
        perInstanceBytes,
        serverCpu: used.map((i, k) => cpuSecondsOf(i.proc.pid!) - cpuBefore[k]!),
        storeCpu: cpuSecondsOf(store.proc.pid!) - storeBefore,
        databaseCpu: cpuSecondsOfCommand('postgres') - databaseBefore,
        clientCpu: (client.user + client.system) / 1e6,
        xactsPerSecond: (dbAfter.xacts - dbBefore.xacts) / seconds,
        rowsPerSecond: (dbAfter.rows - dbBefore.rows) / seconds,
        dbBytesPerUpload: (dbAfter.size - dbBefore.size) / uploads,
      };
    };
    const meta = (cast: { caseId: string; officerId: string }, f: number) => ({
      caseId: cast.caseId,
      kind: 'VIDEO',
      stage: 'ON_SITE_INSPECTION',
      title: `执法记录仪 ${f + 1}`,
      officerId: cast.officerId,
      capturedFrom: '2026-11-20T01:00:00Z',
      capturedTo: '2026-11-20T01:30:00Z',
      partyNotified: 'true',
      deviceNumber: `DSJ-${f}`,
      filename: `记录仪-${f + 1}.mp4`,
      filetype: 'video/mp4',
    });

    // A first pass warms both instances (JIT, connections, the bucket's folders) and is not counted.
    log('warming up');
    await phase(2);
    const one = await phase(1);
    const two = await phase(2);
    await admin.end();
    report(one, two);
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    await db.drop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function report(one: Phase, two: Phase) {
  const mbs = (bytes: number, s: number) => bytes / MB / s;
  const cores = os.cpus().length;
  for (const p of [one, two]) {
    log(
      `${p.instances} instance(s): ${mbs(p.bytes, p.seconds).toFixed(1)} MB/s overall in ${p.seconds.toFixed(1)} s; ` +
        p.perInstanceBytes
          .map((b, k) => `instance ${k + 1} ${mbs(b, p.seconds).toFixed(1)} MB/s, ${p.serverCpu[k]!.toFixed(1)} CPU-s`)
          .join('; '),
    );
    log(
      `  object store ${p.storeCpu.toFixed(1)} CPU-s, PostgreSQL ${p.databaseCpu.toFixed(1)} CPU-s, client ${p.clientCpu.toFixed(1)} CPU-s; ` +
        `database ${p.xactsPerSecond.toFixed(0)} transactions/s, ${p.rowsPerSecond.toFixed(0)} rows written/s, ` +
        `${(p.dbBytesPerUpload / 1024).toFixed(0)} KiB per upload`,
    );
    const busy = (p.serverCpu.reduce((a, b) => a + b, 0) + p.storeCpu + p.databaseCpu + p.clientCpu) / p.seconds;
    log(`  CPU busy: ${busy.toFixed(2)} of ${cores} cores (servers, store, PostgreSQL and client together)`);
  }
  const gain = mbs(two.bytes, two.seconds) / mbs(one.bytes, one.seconds);
  const clientShare = two.clientCpu / two.seconds;
  const saturated =
    (two.serverCpu.reduce((a, b) => a + b, 0) + two.storeCpu + two.databaseCpu + two.clientCpu) / two.seconds;
  log(`second instance: ×${gain.toFixed(2)} upload throughput (goal ≥ 1.6) — ${gain >= 1.6 ? 'MET' : 'MISSED'}`);
  if (saturated > cores * 0.85)
    log(
      `  this machine was the limit: ${saturated.toFixed(2)} of ${cores} cores busy with both instances, the store, PostgreSQL and the ` +
        `client (client alone ${clientShare.toFixed(2)} cores); instances on their own machines do not share cores`,
    );

  // Capacity model from the two-instance run: what one instance sustains, what a day's footage needs.
  const serverCpuPerGB = two.serverCpu.reduce((a, b) => a + b, 0) / (two.bytes / 1024 ** 3); // CPU-seconds per GiB received
  const perInstance = mbs(two.bytes, two.seconds) / two.instances;
  const perCoreMBs = 1024 / serverCpuPerGB; // MB/s one core of an instance sustains
  const county = (OFFICERS * GB_PER_OFFICER_MONTH * 1024) / 30 / (WINDOW_HOURS * 3600); // MB/s needed
  log(
    `capacity: an instance here sustained ${perInstance.toFixed(1)} MB/s; the server spends ${serverCpuPerGB.toFixed(1)} ` +
      `CPU-s per GiB (hashing SHA-256 and SM3, tus, placing in the store), i.e. ${perCoreMBs.toFixed(0)} MB/s per core`,
  );
  const uploadsPerMonth = (counties: number) => (counties * OFFICERS * GB_PER_OFFICER_MONTH * 1024) / AVG_FILE_MB;
  for (const [name, counties] of [
    ['county', 1],
    ['city (10 counties)', 10],
    ['province (170 counties)', 170],
  ] as const) {
    const need = county * counties;
    // 4-core instances at 70% of their measured per-core rate, at least two for failover.
    const instances = Math.max(counties > 1 ? 2 : 1, Math.ceil(need / (perCoreMBs * 4 * 0.7)));
    const dbPerYear = (uploadsPerMonth(counties) * 12 * two.dbBytesPerUpload) / 1024 ** 3;
    const storePerYear = (counties * OFFICERS * GB_PER_OFFICER_MONTH * 12) / 1024;
    log(
      `  ${name}: ${need.toFixed(1)} MB/s to take a day's footage in ${WINDOW_HOURS} h → ${instances} instance(s) of 4 cores; ` +
        `database +${dbPerYear.toFixed(1)} GiB a year (${Math.round(uploadsPerMonth(counties))} uploads a month at ` +
        `${AVG_FILE_MB} MiB), object store +${storePerYear.toFixed(1)} TiB a year before disposal`,
    );
  }
  log(
    `model inputs: ${OFFICERS} officers a county, ${GB_PER_OFFICER_MONTH} GB each a month, offloaded within ` +
      `${WINDOW_HOURS} h, ${AVG_FILE_MB} MiB per file (BENCH_SCALE_OFFICERS, …_GB_PER_OFFICER_MONTH, …_WINDOW_HOURS, …_AVG_FILE_MB)`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
