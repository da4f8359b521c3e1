import { createHash, randomFillSync } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadConfig } from '../../server/src/config.js';
import { createServices, type Services, stopServices } from '../../server/src/context.js';
import { ExportPackage, PackageStatus } from '../../server/src/exports/export-package.entity.js';
import { openBenchDatabase } from '../support.js';
import { type PlacedFile, queuedPackage } from './fixture.js';

/**
 * bench:export (issue #6) — packages BENCH_EXPORT_MB (default 2048 MiB) of stored files, in
 * BENCH_EXPORT_FILES files, as a zipped BagIt bag through `ExportService.build` (each file's
 * SHA-256 checked as it streams, the zip hashed as it is written and kept), and, alternately in
 * the same run, reads the same files and hashes them with SHA-256 (the reference). Prints MB/s of
 * both, their ratio, and the peak RSS during packaging. Goal: ratio ≥ 0.7, memory flat.
 * BENCH_EXPORT_RUNS (default 2) rounds; DATABASE_URL as for the other benchmarks.
 */
const MIB = 1024 * 1024;
const envInt = (name: string, fallback: number) => {
  const raw = process.env[name];
  const v = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(v) || v <= 0) throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  return v;
};
const totalMb = envInt('BENCH_EXPORT_MB', 2048);
const fileCount = envInt('BENCH_EXPORT_FILES', 8);
const runs = envInt('BENCH_EXPORT_RUNS', 2);
const mbps = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

/** Random files placed in the store under their hashes (written once, hashed as written). */
async function makeFiles(services: Services, dir: string): Promise<PlacedFile[]> {
  const files: PlacedFile[] = [];
  const each = Math.floor((totalMb * MIB) / fileCount);
  const block = Buffer.alloc(4 * MIB);
  for (let i = 0; i < fileCount; i++) {
    const temp = path.join(dir, `make-${i}`);
    const sha256 = createHash('sha256');
    const sm3 = createHash('sm3');
    const fd = fs.openSync(temp, 'wx');
    for (let done = 0; done < each;) {
      const n = Math.min(block.length, each - done);
      randomFillSync(block, 0, n);
      fs.writeSync(fd, block, 0, n);
      sha256.update(block.subarray(0, n));
      sm3.update(block.subarray(0, n));
      done += n;
    }
    fs.closeSync(fd);
    const f = { sha256: sha256.digest('hex'), sm3: sm3.digest('hex'), size: each };
    await services.intake.store.place(temp, f.sha256);
    files.push(f);
  }
  return files;
}

/** The reference: read each stored file and hash it with SHA-256, one after another. */
async function reference(services: Services, files: PlacedFile[]): Promise<number> {
  const start = performance.now();
  for (const f of files) {
    const hash = createHash('sha256');
    for await (const chunk of (await services.intake.store.read(f.sha256)) as AsyncIterable<Buffer>) hash.update(chunk);
    if (hash.digest('hex') !== f.sha256) throw new Error('reference read a different file');
  }
  return performance.now() - start;
}

async function packageOnce(services: Services, em: EntityManager, files: PlacedFile[]) {
  const id = await queuedPackage(services, em.fork(), files);
  let peak = process.memoryUsage().rss;
  const before = peak;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const start = performance.now();
  await services.exports.build(services, em.fork(), id);
  const ms = performance.now() - start;
  clearInterval(sampler);
  const pkg = await em.fork().findOneOrFail(ExportPackage, { id });
  if (pkg.status !== PackageStatus.READY) throw new Error(`package failed: ${pkg.error}`);
  return { ms, before, peak, zipBytes: pkg.size! };
}

const db = await openBenchDatabase();
const dir = await fsp.mkdtemp(path.join(process.env.BENCH_EXPORT_DIR ?? os.tmpdir(), 'er-bench-export-'));
const config = loadConfig(
  { NODE_ENV: 'production' },
  {
    databaseUrl: db.url,
    dataDir: dir,
    uploadDir: path.join(dir, 'uploads'),
    fileStoreDir: path.join(dir, 'files'),
    quarantineDir: path.join(dir, 'quarantine'),
    jobs: false,
  },
);
const services = createServices(config, db.orm);
try {
  console.log(`bench:export — ${totalMb} MiB in ${fileCount} files, ${runs} rounds; ${os.cpus().length} cores`);
  const t0 = performance.now();
  const files = await makeFiles(services, dir);
  const bytes = files.reduce((n, f) => n + f.size, 0);
  console.log(`  files made and stored in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const refs: number[] = [];
  const packs: number[] = [];
  let peakDelta = 0;
  let peakRss = 0;
  for (let round = 1; round <= runs; round++) {
    const r = await reference(services, files);
    const p = await packageOnce(services, db.orm.em.fork() as EntityManager, files);
    refs.push(mbps(bytes, r));
    packs.push(mbps(bytes, p.ms));
    peakDelta = Math.max(peakDelta, p.peak - p.before);
    peakRss = Math.max(peakRss, p.peak);
    console.log(
      `  round ${round}: read+SHA-256 ${mbps(bytes, r).toFixed(0)} MB/s · package ${mbps(bytes, p.ms).toFixed(0)} MB/s ` +
        `(${(p.ms / 1000).toFixed(2)} s, zip ${(p.zipBytes / MIB).toFixed(0)} MiB) · RSS ${(p.before / MIB).toFixed(0)} → peak ${(p.peak / MIB).toFixed(0)} MiB`,
    );
  }
  const ratio = median(packs) / median(refs);
  console.log(`package:   ${median(packs).toFixed(0)} MB/s (median of ${runs})`);
  console.log(`reference: ${median(refs).toFixed(0)} MB/s (read the same files + SHA-256)`);
  console.log(`ratio:     ${ratio.toFixed(2)} (goal ≥ 0.70) ${ratio >= 0.7 ? 'MET' : 'MISSED'}`);
  console.log(
    `peak RSS:  ${(peakRss / MIB).toFixed(0)} MiB, at most +${(peakDelta / MIB).toFixed(0)} MiB while packaging ${(bytes / MIB).toFixed(0)} MiB`,
  );
} finally {
  await stopServices(services);
  await db.close();
  await fsp.rm(dir, { recursive: true, force: true });
}
