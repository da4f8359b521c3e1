import { spawn } from 'node:child_process';
import fs from 'node:fs';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';

/**
 * Every benchmark runs end to end at a tiny size: not to time anything (the figures of a few
 * megabytes mean nothing), but so that a change to the server that breaks a benchmark is found
 * here, not by the next person who runs it for its figures. bench:load once kept asking
 * `myRequests` in a shape the schema had dropped: every such request failed and the figures
 * looked merely slow. Each benchmark must exit 0 and print its result lines; bench:load must
 * report no errors. Runs the built benchmarks (dist/bench), which `npm test` builds first.
 */
const adminUrl = inject('adminUrl');
const ownDatabase = `er_bench_smoke_${process.pid}`;

function runBench(name: string, env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  const script = `dist/bench/${name}/run.js`;
  if (!fs.existsSync(script)) throw new Error(`${script} is missing: build first (npm run build:server)`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], {
      env: { ...process.env, DATABASE_URL: adminUrl, BENCH_DATABASE: ownDatabase, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, out }));
  });
}

async function expectRan(name: string, env: Record<string, string>, lines: RegExp[]) {
  const { code, out } = await runBench(name, env);
  expect(code, `bench:${name} exited ${code}:\n${out.slice(-3000)}`).toBe(0);
  for (const line of lines) expect(out, `bench:${name} printed no ${line}:\n${out.slice(-3000)}`).toMatch(line);
  return out;
}

describe('benchmarks run at a tiny size', () => {
  afterAll(async () => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`drop database if exists "${ownDatabase}" with (force)`);
    await admin.end();
  });

  it('bench:records', { timeout: 120_000 }, async () => {
    await expectRan('records', { BENCH_RECORDS: '600', BENCH_CASES: '30', BENCH_RUNS: '2' }, [/service ÷ SQL/]);
  });

  it('bench:export', { timeout: 120_000 }, async () => {
    await expectRan('export', { BENCH_EXPORT_MB: '8', BENCH_EXPORT_FILES: '2', BENCH_EXPORT_RUNS: '1' }, [
      /^package: +\d+ MB\/s/m,
      /^ratio: +\d/m,
      /^peak RSS:/m,
    ]);
  });

  it('bench:audit', { timeout: 120_000 }, async () => {
    await expectRan(
      'audit',
      {
        BENCH_AUDIT_EVENTS: '3000',
        BENCH_AUDIT_WRITERS: '2',
        BENCH_AUDIT_SECONDS: '1',
        BENCH_AUDIT_APPENDS: '300',
        BENCH_AUDIT_RUNS: '1',
      },
      [/appends/, /^ratio: +\d/m],
    );
  });

  it('bench:upload', { timeout: 180_000 }, async () => {
    await expectRan('upload', { BENCH_UPLOAD_MB: '8', BENCH_UPLOAD_RUNS: '1', BENCH_UPLOAD_PROBE_MB: '4' }, [
      /full stack \(auth, hashing, record\)/,
      /bare @tus\/server \+ FileStore/,
    ]);
  });

  it('bench:load, with no request failing', { timeout: 180_000 }, async () => {
    await expectRan(
      'load',
      {
        BENCH_LOAD_CLIENTS: '10',
        BENCH_LOAD_SECONDS: '3',
        BENCH_LOAD_UPLOADS: '1',
        BENCH_LOAD_UPLOAD_KB: '64',
        BENCH_LOAD_REQUEST_PAGES: '1',
      },
      [/^errors: 0;/m, /^requests: \d+ in/m, /^list +\d+/m, /^read +\d+/m, /^queue +\d+/m],
    );
  });

  it('bench:scale', { timeout: 180_000 }, async () => {
    await expectRan('scale', { BENCH_SCALE_COUNTIES: '2', BENCH_SCALE_FILES: '1', BENCH_SCALE_FILE_MB: '2' }, [
      /province \(170 counties\)/,
    ]);
  });
});
