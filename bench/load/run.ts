import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { MikroORM } from '@mikro-orm/postgresql';
import { DEMO_PASSWORD } from '../../seeds/demo.js';
import { ormConfig } from '../../server/src/database/orm.config.js';
import { RecordKind } from '../../server/src/records/record.enums.js';
import { generateRecords } from '../records/generate.js';
import { envInt, spawnServer } from '../support.js';
import { BENCH_PASSWORD, freshDatabase, seedUploader } from '../upload/fixture.js';
import { memoryOf } from '../upload/proc.js';

/**
 * bench:load (issue #10) — the real server process (node dist/server/src/main.js, production
 * mode, background jobs on) over a generated archive, with BENCH_LOAD_CLIENTS (200) clients for
 * BENCH_LOAD_SECONDS (60) mixing list queries, record reads and the approval queue with decisions,
 * plus BENCH_LOAD_UPLOADS (10) clients uploading PDFs through tus all the while. Prints
 * throughput, p50/p95/p99 latency per kind of request, errors, and the server's RSS over the run.
 * Goal: zero errors, p99 under 500 ms, memory stable. A decision that lost the race to another
 * decider (CONFLICT / already decided) is counted apart: it is the correct answer, not an error.
 */
const CLIENTS = envInt('BENCH_LOAD_CLIENTS', 200);
const SECONDS = envInt('BENCH_LOAD_SECONDS', 60);
const UPLOADERS = envInt('BENCH_LOAD_UPLOADS', 10, 0);
const UPLOAD_BYTES = envInt('BENCH_LOAD_UPLOAD_KB', 2048) * 1024;
/** Pages of 25 records two officers ask to view before the run: the deciders' waiting requests. */
const REQUEST_PAGES = envInt('BENCH_LOAD_REQUEST_PAGES', 8);
const log = (m: string) => console.log(`[bench:load] ${m}`);

const USERS = [
  'zhzf.officer1',
  'zhzf.officer2',
  'zhzf.head',
  'cgs.officer1',
  'cgs.head',
  'leader',
  'deputy',
  'legal',
  'archivist',
  'supervisor',
];
const DECIDERS = new Set(['zhzf.head', 'cgs.head', 'leader', 'deputy', 'legal']);

type Kind = 'list' | 'read' | 'queue' | 'decide' | 'upload';
const latencies: Record<Kind, number[]> = { list: [], read: [], queue: [], decide: [], upload: [] };
/** Per user and kind: which callers' requests cost the most (their rules differ: grants, units, roles). */
const byUser = new Map<string, Map<Kind, number[]>>();
const errors: string[] = [];
let lostRaces = 0;
let uploadedBytes = 0;

async function gql(url: string, token: string | null, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as {
    data?: Record<string, any>;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  return { status: res.status, ...body };
}

async function timed<T>(kind: Kind, work: () => Promise<T>, user = 'uploader'): Promise<T | null> {
  const started = performance.now();
  const took = () => {
    const ms = performance.now() - started;
    latencies[kind].push(ms);
    const mine = byUser.get(user) ?? byUser.set(user, new Map()).get(user)!;
    (mine.get(kind) ?? mine.set(kind, []).get(kind)!).push(ms);
  };
  try {
    const result = await work();
    took();
    return result;
  } catch (e) {
    took();
    errors.push(`${kind}: ${(e as Error).message}`.slice(0, 300));
    return null;
  }
}

const ok = (r: Awaited<ReturnType<typeof gql>>, what: string) => {
  if (r.status !== 200 || r.errors) throw new Error(`${what}: HTTP ${r.status} ${JSON.stringify(r.errors ?? '')}`);
  return r.data!;
};

const LIST = `query($p: Int!) { records(page: $p, perPage: 25) { total items { id title kind confidentiality } } }`;
const READ = `query($id: ID!) { record(id: $id) { id title kind stage capturedFrom confidentiality case { number cause } } }`;
const QUEUE = `{ approvalQueue(perPage: 50) { total items { id request { id summary purpose } } } }`;
const MINE = `{ myRequests(perPage: 25) { total items { id status currentStep } } }`;
const DECIDE = `mutation($id: ID!) { decideApproval(stepId: $id, decision: APPROVE, comment: "同意") { id } }`;

async function client(url: string, user: string, token: string, until: number) {
  const known: string[] = [];
  const rnd = (n: number) => Math.floor(Math.random() * n);
  while (performance.now() < until) {
    const dice = Math.random();
    if (dice < 0.4 || known.length === 0) {
      const data = await timed(
        'list',
        async () => ok(await gql(url, token, LIST, { p: 1 + rnd(20) }), 'records'),
        user,
      );
      for (const item of (data?.records.items ?? []) as { id: string }[]) if (known.length < 200) known.push(item.id);
    } else if (dice < 0.75) {
      await timed(
        'read',
        async () => ok(await gql(url, token, READ, { id: known[rnd(known.length)] }), 'record'),
        user,
      );
    } else if (DECIDERS.has(user)) {
      const data = await timed('queue', async () => ok(await gql(url, token, QUEUE), 'approvalQueue'), user);
      const items = (data?.approvalQueue.items ?? []) as { id: string }[];
      if (items.length && Math.random() < 0.5) {
        await timed(
          'decide',
          async () => {
            const r = await gql(url, token, DECIDE, { id: items[rnd(items.length)]!.id });
            const code = r.errors?.[0]?.extensions?.code;
            if (code === 'CONFLICT' || code === 'NOT_FOUND' || code === 'FORBIDDEN') lostRaces++;
            else ok(r, 'decideApproval');
          },
          user,
        );
      }
    } else {
      await timed('queue', async () => ok(await gql(url, token, MINE), 'myRequests'), user);
    }
  }
}

async function uploader(url: string, token: string, caseId: string, until: number, n: number) {
  const pdfHead = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
  let i = 0;
  while (performance.now() < until) {
    const bytes = Buffer.concat([pdfHead, randomBytes(UPLOAD_BYTES - pdfHead.length)]);
    const meta = { caseId, kind: RecordKind.OTHER_TEXT, filename: `load-${n}-${i}.pdf`, title: `压测文书 ${n}-${i++}` };
    const auth = { 'Tus-Resumable': '1.0.0', Authorization: `Bearer ${token}` };
    await timed('upload', async () => {
      const created = await fetch(`${url}/files`, {
        method: 'POST',
        headers: {
          ...auth,
          'Upload-Length': String(bytes.length),
          'Upload-Metadata': Object.entries(meta)
            .map(([k, v]) => `${k} ${Buffer.from(v).toString('base64')}`)
            .join(','),
        },
      });
      if (created.status !== 201) throw new Error(`upload create: HTTP ${created.status} ${await created.text()}`);
      const done = await fetch(`${url}${created.headers.get('location')}`, {
        method: 'PATCH',
        headers: { ...auth, 'Upload-Offset': '0', 'Content-Type': 'application/offset+octet-stream' },
        body: bytes,
      });
      if (done.status !== 204) throw new Error(`upload: HTTP ${done.status} ${await done.text()}`);
      uploadedBytes += bytes.length;
    });
  }
}

const pct = (xs: number[], p: number) => {
  if (!xs.length) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

async function main() {
  const db = await freshDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'er-bench-load-'));
  let server: ChildProcess | null = null;
  try {
    log('generating data: 400 cases, 20,000 records over 6 units, and the demo users');
    const orm = await MikroORM.init(ormConfig(db.url, { logger: () => undefined }));
    await generateRecords(orm, { cases: 400, records: 20_000, units: 6 }, log);
    await orm.close(true);
    const uploaderCast = await seedUploader(db.url);
    const started = await spawnServer(
      {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: db.url,
        DATA_DIR: dataDir,
        PORT: '0',
        HOST: '127.0.0.1',
        SEED_DEMO: 'false',
        JOBS: 'true',
        CONSOLE_DIR: path.join(dataDir, 'no-console'),
      },
      {
        // BENCH_LOAD_NODE_ARGS: extra node flags for the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
        nodeArgs: (process.env.BENCH_LOAD_NODE_ARGS ?? '').split(' ').filter(Boolean),
        onError: (text) => errors.length < 50 && process.stderr.write(`[server] ${text}`),
      },
    );
    server = started.proc;
    const { url } = started;
    const tokens = new Map<string, string>();
    for (const user of USERS) {
      const r = ok(
        await gql(
          url,
          null,
          `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }`,
          { u: user, p: DEMO_PASSWORD },
        ),
        'login',
      );
      tokens.set(user, r.login.token as string);
    }
    const up = ok(
      await gql(
        url,
        null,
        `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }`,
        { u: uploaderCast.username, p: BENCH_PASSWORD },
      ),
      'login',
    ).login.token as string;

    // Requests waiting for the deciders: officers ask to view records of their units.
    let asked = 0;
    for (const user of ['zhzf.officer2', 'cgs.officer1']) {
      const token = tokens.get(user)!;
      for (let page = 1; page <= REQUEST_PAGES; page++) {
        const list = ok(await gql(url, token, LIST, { p: page }), 'records').records.items as { id: string }[];
        for (const item of list) {
          const r = await gql(url, token, `mutation($in: RequestViewingInput!) { requestViewing(input: $in) { id } }`, {
            in: {
              recordIds: [item.id],
              actions: ['VIEW'],
              purpose: '压测：复议答复核实',
              validUntil: new Date(Date.now() + 7 * 86_400_000).toISOString(),
            },
          });
          if (!r.errors) asked++;
        }
      }
    }
    log(
      `server ${url} (pid ${server.pid}); ${asked} viewing requests waiting; ${CLIENTS} clients and ${UPLOADERS} uploaders for ${SECONDS} s`,
    );

    const rss: number[] = [memoryOf(server.pid!).rss];
    const sampler = setInterval(() => rss.push(memoryOf(server!.pid!).rss), 1000);
    const t0 = performance.now();
    const until = t0 + SECONDS * 1000;
    await Promise.all([
      ...Array.from({ length: CLIENTS }, (_, i) =>
        client(url, USERS[i % USERS.length]!, tokens.get(USERS[i % USERS.length]!)!, until),
      ),
      ...Array.from({ length: UPLOADERS }, (_, i) => uploader(url, up, uploaderCast.caseId, until, i)),
    ]);
    const elapsed = (performance.now() - t0) / 1000;
    clearInterval(sampler);
    rss.push(memoryOf(server.pid!).rss);

    const all = Object.values(latencies).flat();
    console.log('');
    console.log(`kind     count    per s    p50 ms   p95 ms   p99 ms   max ms`);
    for (const [kind, xs] of [...Object.entries(latencies), ['all', all] as const]) {
      if (!xs.length) continue;
      const f = (v: number) => v.toFixed(0).padStart(8);
      console.log(
        `${kind.padEnd(8)}${String(xs.length).padStart(6)}${(xs.length / elapsed).toFixed(1).padStart(9)}${f(pct(xs, 50))} ${f(pct(xs, 95))} ${f(pct(xs, 99))} ${f(Math.max(...xs))}`,
      );
    }
    console.log('');
    console.log(`median ms per user (list / read / queue / decide)`);
    for (const [user, kinds] of byUser) {
      const cell = (k: Kind) => (kinds.get(k)?.length ? pct(kinds.get(k)!, 50).toFixed(0) : '-').padStart(7);
      console.log(`  ${user.padEnd(14)}${cell('list')}${cell('read')}${cell('queue')}${cell('decide')}`);
    }
    const mib = (b: number) => (b / 1024 ** 2).toFixed(0);
    const third = Math.max(1, Math.floor(rss.length / 3));
    const early = Math.max(...rss.slice(0, third));
    const late = Math.max(...rss.slice(-third));
    console.log('');
    console.log(
      `requests: ${all.length} in ${elapsed.toFixed(1)} s = ${(all.length / elapsed).toFixed(0)}/s; uploads ${latencies.upload.length} (${(uploadedBytes / 1e6 / elapsed).toFixed(1)} MB/s)`,
    );
    console.log(
      `errors: ${errors.length}; decisions that lost the race to another decider (correct CONFLICT): ${lostRaces}`,
    );
    for (const e of [...new Set(errors)].slice(0, 10)) console.log(`  ${e}`);
    console.log(
      `server RSS MiB: start ${mib(rss[0]!)}, peak first third ${mib(early)}, peak last third ${mib(late)}, end ${mib(rss.at(-1)!)}`,
    );
    const p99 = pct(all, 99);
    const nonUpload = [...latencies.list, ...latencies.read, ...latencies.queue, ...latencies.decide];
    console.log(
      `goal: zero errors ${errors.length === 0 ? 'MET' : 'MISSED'}; p99 of queries and decisions ${pct(nonUpload, 99).toFixed(0)} ms < 500 ${pct(nonUpload, 99) < 500 ? 'MET' : 'MISSED'} (all incl. uploads ${p99.toFixed(0)} ms); memory stable (last third within 25% of first) ${late <= early * 1.25 ? 'MET' : 'MISSED'}`,
    );
  } finally {
    server?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1500));
    server?.kill('SIGKILL');
    await db.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
