import 'reflect-metadata';
import { createHash } from 'node:crypto';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { AuditService, canonicalEvent } from '../../server/src/audit/audit.service.js';
import {
  CHAIN_BATCH_SIZE,
  CHAIN_BATCH_SQL,
  type ChainRow,
  eventOfRow,
  verifyAuditChain,
} from '../../server/src/audit/audit.verify.js';
import { ormConfig } from '../../server/src/database/orm.config.js';
import { freshDatabase } from '../upload/fixture.js';
import { eventMaker } from './events.js';
import { fillChain } from './fill.js';
import { envInt } from '../support.js';

/**
 * bench:audit (issue #9) — on a throwaway database (DATABASE_URL's server, else an embedded
 * PostgreSQL; dropped at the end):
 * 1. appends through the real AuditService with the background sealer running as in the server,
 *    with 1 and then BENCH_AUDIT_WRITERS (8) concurrent writers for BENCH_AUDIT_SECONDS (20) or
 *    BENCH_AUDIT_APPENDS (50,000) events; the clock stops when the last event is sealed. Two
 *    paths: `appendDetached` (denials, sign-ins: written sealed by the sealer, group-committed —
 *    the figure held against the goal) and `append` in a transaction of the writer's own (every
 *    audited change: inserted pending, then sealed in batches). Beside them, the rate of bare
 *    durable commits on one connection;
 * 2. fills the chain to BENCH_AUDIT_EVENTS (1,000,000) events with batched inserts whose hashes
 *    come from the real `hashEvent`, then runs the real `verifyAuditChain` over all of them
 *    (events/s, peak RSS);
 * 3. alternately in BENCH_AUDIT_RUNS (2) rounds, raw SHA-256 over the same bytes (see `raw`).
 * Goals: ≥ 5,000 appends/s with 8 writers; verification ≥ 0.5 × raw hashing speed.
 */
const TOTAL = envInt('BENCH_AUDIT_EVENTS', 1_000_000);
const WRITERS = envInt('BENCH_AUDIT_WRITERS', 8);
const SECONDS = envInt('BENCH_AUDIT_SECONDS', 20);
const MAX_APPENDS = envInt('BENCH_AUDIT_APPENDS', 50_000);
const RUNS = envInt('BENCH_AUDIT_RUNS', 2);
const MIB = 1024 * 1024;
const APPEND_GOAL = 5000;
const RATIO_GOAL = 0.5;

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const loadavg = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;

/** `writers` loops appending through the service until `seconds` pass or `cap` events are in. */
async function appendPhase(
  audit: AuditService,
  em: EntityManager,
  writers: number,
  seconds: number,
  cap: number,
  path: 'detached' | 'transaction' = 'detached',
) {
  const appendOne = (m: ReturnType<typeof eventMaker>) =>
    path === 'detached'
      ? audit.appendDetached(em, m.actor(), m.entry())
      : em.fork().transactional((tx) => audit.append(tx as EntityManager, m.actor(), m.entry()));
  const makers = Array.from({ length: writers }, (_, i) => eventMaker(i + 1));
  // Untimed: one append per writer opens the pool's connections.
  await Promise.all(makers.map(appendOne));
  const latencies: number[] = [];
  let started = 0;
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const deadline = t0 + seconds * 1000;
  await Promise.all(
    makers.map(async (m) => {
      while (performance.now() < deadline && started < cap) {
        started++;
        const t = performance.now();
        await appendOne(m);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const committedMs = performance.now() - t0;
  // The clock runs until every event is in the chain: sealed, with its sequence number and hash.
  await audit.settle(em);
  const ms = performance.now() - t0;
  const used = process.cpuUsage(cpu);
  latencies.sort((a, b) => a - b);
  return {
    count: latencies.length,
    rate: latencies.length / (ms / 1000),
    committedRate: latencies.length / (committedMs / 1000),
    sealLagMs: ms - committedMs,
    ms,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    nodeCpu: (used.user + used.system) / 1000 / ms,
  };
}

/** Autocommitted one-row inserts on one connection for `seconds`: durable commits per second. */
async function commitFloor(pool: pg.Pool, seconds: number): Promise<number> {
  await pool.query('create table bench_commit (n int)');
  const c = await pool.connect();
  try {
    let n = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < seconds * 1000) await c.query('insert into bench_commit values ($1)', [n++]);
    return n / ((performance.now() - t0) / 1000);
  } finally {
    c.release();
    await pool.query('drop table bench_commit');
  }
}

/** The real verifier over the whole chain, with the process's RSS sampled every 20 ms. */
async function verify(em: EntityManager, total: number) {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const report = await verifyAuditChain(em);
  const ms = performance.now() - t0;
  const used = process.cpuUsage(cpu);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  if (report.problems.length || report.checked !== total)
    throw new Error(
      `verifier: ${report.checked} checked, ${report.problems.length} problems (first ${report.problems[0]?.seq})`,
    );
  return { ms, cpuMs: (used.user + used.system) / 1000, before, peak };
}

/**
 * The reference. It reads the chain exactly as the verifier does (its statement, CHAIN_BATCH_SQL
 * through MikroORM, in the same batches of CHAIN_BATCH_SIZE), turns each row into the bytes `hashEvent`
 * hashes (`eventOfRow`, `canonicalEvent`, UTF-8) — that is, pre-serialised, outside the clock —
 * and then times SHA-256 alone over those bytes, one digest per event as the verifier makes them.
 * Every digest must equal the row's stored hash, which proves they are the same bytes. Reading
 * and serialising are timed apart, to show where the verifier's time goes.
 */
async function raw(em: EntityManager) {
  let readMs = 0;
  let serialiseMs = 0;
  let hashMs = 0;
  let bytes = 0;
  let after = 0;
  for (;;) {
    let t = performance.now();
    const rows = await em.execute<ChainRow[]>(CHAIN_BATCH_SQL, [after, CHAIN_BATCH_SIZE]);
    readMs += performance.now() - t;
    if (rows.length === 0) break;
    t = performance.now();
    const serialised = rows.map((r) => Buffer.from(canonicalEvent(eventOfRow(r)), 'utf8'));
    serialiseMs += performance.now() - t;
    t = performance.now();
    const digests = serialised.map((b) => createHash('sha256').update(b).digest('hex'));
    hashMs += performance.now() - t;
    for (let i = 0; i < rows.length; i++) {
      bytes += serialised[i]!.length;
      if (digests[i] !== rows[i]!.hash) throw new Error(`raw: #${rows[i]!.seq} hashed other bytes`);
    }
    after = Number(rows.at(-1)!.seq);
  }
  return { readMs, serialiseMs, hashMs, bytes };
}

const db = await freshDatabase('er_bench_audit');
const orm = await MikroORM.init(ormConfig(db.url, { pool: { min: 0, max: WRITERS + 2 }, logger: () => undefined }));
const pool = new pg.Pool({ connectionString: db.url, max: 2 });
const audit = new AuditService();
audit.startSealing(orm, 1000, (e) => console.error('sealing failed:', e));
try {
  console.log(
    `bench:audit — ${fmt(TOTAL)} events, ${WRITERS} writers for ${SECONDS} s or ${fmt(MAX_APPENDS)} events, ` +
      `${RUNS} verify rounds; ${os.cpus().length} cores, load ${loadavg()}, database ${new URL(db.url).pathname.slice(1)}`,
  );
  const floor = await commitFloor(pool, 3);
  console.log(`  bare durable commits, one connection: ${fmt(floor)}/s`);
  const em = orm.em.fork() as EntityManager;
  const one = await appendPhase(audit, em, 1, Math.max(2, Math.round(SECONDS / 4)), MAX_APPENDS);
  const phase = (p: typeof one) =>
    `${fmt(p.rate)} appends/s sealed (${fmt(p.count)} in ${secs(p.ms)}; committed ${fmt(p.committedRate)}/s, ` +
    `last sealed ${p.sealLagMs.toFixed(0)} ms after the last commit; append p50 ${p.p50.toFixed(2)} ms, ` +
    `p99 ${p.p99.toFixed(2)} ms; node CPU ${(p.nodeCpu * 100).toFixed(0)}%)`;
  console.log(`  1 writer (detached):  ${phase(one)}`);
  const many = await appendPhase(audit, em, WRITERS, SECONDS, MAX_APPENDS);
  console.log(`  ${WRITERS} writers (detached): ${phase(many)}`);
  const inTx = await appendPhase(audit, em, WRITERS, SECONDS, MAX_APPENDS, 'transaction');
  console.log(`  ${WRITERS} writers, each append in a transaction of its own (pending, then sealed): ${phase(inTx)}`);
  await audit.stopSealing();

  let t = performance.now();
  const added = await fillChain(pool, TOTAL);
  const fillMs = performance.now() - t;
  t = performance.now();
  // As autovacuum would after a fill: visibility map and hint bits, so the verifier reads a settled table.
  await pool.query('vacuum analyze audit_event');
  const [{ total }] = (await pool.query<{ total: number }>('select count(*)::int total from audit_event')).rows as [
    { total: number },
  ];
  console.log(
    `  filled ${fmt(added)} events to ${fmt(total)} in ${secs(fillMs)} (${fmt(added / (fillMs / 1000))}/s), vacuum ${secs(performance.now() - t)}`,
  );

  const verifies: number[] = [];
  const raws: number[] = [];
  const readHashes: number[] = [];
  let peak = 0;
  let before = 0;
  let last: Awaited<ReturnType<typeof raw>> | null = null;
  for (let round = 1; round <= RUNS; round++) {
    const v = await verify(orm.em.fork() as EntityManager, total);
    const r = await raw(orm.em.fork() as EntityManager);
    verifies.push(total / (v.ms / 1000));
    raws.push(total / (r.hashMs / 1000));
    readHashes.push(total / ((r.readMs + r.hashMs) / 1000));
    peak = Math.max(peak, v.peak);
    before = before || v.before;
    last = r;
    console.log(
      `  round ${round}: verify ${secs(v.ms)} (${fmt(total / (v.ms / 1000))} events/s, Node CPU ${((v.cpuMs * 1000) / total).toFixed(1)} µs an event, ` +
        `RSS ${(v.before / MIB).toFixed(0)} → peak ${(v.peak / MIB).toFixed(0)} MiB) · raw SHA-256 ${secs(r.hashMs)} ` +
        `(${fmt(total / (r.hashMs / 1000))} events/s, ${(r.bytes / 1e6 / (r.hashMs / 1000)).toFixed(0)} MB/s) · ` +
        `the verifier's read alone ${secs(r.readMs)}, serialising alone ${secs(r.serialiseMs)}`,
    );
  }
  const ratio = median(verifies) / median(raws);
  const lenient = median(verifies) / median(readHashes);
  const verdict = (ok: boolean) => (ok ? 'MET' : 'MISSED');
  console.log(`fill:       ${fmt(added)} events in ${secs(fillMs)}`);
  console.log(
    `appends:    ${fmt(many.rate)}/s with ${WRITERS} writers (goal ≥ ${fmt(APPEND_GOAL)}) ${verdict(many.rate >= APPEND_GOAL)}` +
      ` — 1 writer ${fmt(one.rate)}/s; ${WRITERS} writers appending in their own transactions ${fmt(inTx.rate)}/s; ` +
      `bare durable commits ${fmt(floor)}/s`,
  );
  console.log(`verify:     ${fmt(median(verifies))} events/s over ${fmt(total)} (median of ${RUNS})`);
  console.log(
    `raw hash:   ${fmt(median(raws))} events/s, SHA-256 alone over ${(last!.bytes / 1e6).toFixed(0)} MB of canonical JSON (${(last!.bytes / total).toFixed(0)} B an event)`,
  );
  console.log(
    `ratio:      ${ratio.toFixed(2)} verify/raw (goal ≥ ${RATIO_GOAL.toFixed(2)}) ${verdict(ratio >= RATIO_GOAL)}`,
  );
  console.log(
    `            against the verifier's own read + SHA-256 (${fmt(median(readHashes))} events/s) instead: ` +
      `${lenient.toFixed(2)}, which would be ${verdict(lenient >= RATIO_GOAL)}`,
  );
  console.log(
    `peak RSS:   ${(peak / MIB).toFixed(0)} MiB while verifying (${(before / MIB).toFixed(0)} MiB before); whole run ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
  );
  // Other work on the machine slows every figure here; the load average says how much there was.
  console.log(`load:       ${loadavg()} at the end (1, 5, 15 min averages; ${os.cpus().length} cores)`);
} finally {
  await audit.stopSealing();
  await orm.close(true);
  await pool.end();
  await db.drop();
}
