import 'reflect-metadata';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { MikroORM } from '@mikro-orm/postgresql';
import { createApp } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/config.js';
import { createServices } from '../../server/src/context.js';
import { ormConfig } from '../../server/src/database/orm.config.js';

/**
 * The whole server of bench:upload (Express, auth, tus, intake with its hash workers, database),
 * run as a child process so its memory is its own. Its data lives in BENCH_DATA_DIR, its database
 * at BENCH_DATABASE_URL. The intake's public steps are wrapped with timers (the server code is
 * unchanged) so the benchmark can say where an upload's time goes.
 */
export interface UploadTimings {
  /** Epoch milliseconds (performance.timeOrigin + now) of each step; 0 when it did not happen. */
  receiveStart: number;
  receiveEnd: number;
  /** Chunks and bytes handed to the hash workers, and when the last was handed over and hashed. */
  chunks: number;
  bytes: number;
  lastHandedOver: number;
  lastHashed: number;
  finishStart: number;
  digestStart: number;
  digestEnd: number;
  placeStart: number;
  placeEnd: number;
  finishEnd: number;
}

const databaseUrl = process.env.BENCH_DATABASE_URL;
const dataDir = process.env.BENCH_DATA_DIR;
if (!databaseUrl || !dataDir) throw new Error('BENCH_DATABASE_URL and BENCH_DATA_DIR are required');

const config = loadConfig(
  { NODE_ENV: 'production' },
  {
    databaseUrl,
    dataDir,
    uploadDir: path.join(dataDir, 'uploads'),
    fileStoreDir: path.join(dataDir, 'files'),
    quarantineDir: path.join(dataDir, 'quarantine'),
    jobs: false,
  },
);
const orm = await MikroORM.init(ormConfig(databaseUrl));
const services = createServices(config, orm);

const now = () => performance.timeOrigin + performance.now();
const timings = new Map<string, UploadTimings>();
const timingOf = (id: string) => {
  let t = timings.get(id);
  if (!t) {
    t = {
      receiveStart: 0,
      receiveEnd: 0,
      chunks: 0,
      bytes: 0,
      lastHandedOver: 0,
      lastHashed: 0,
      finishStart: 0,
      digestStart: 0,
      digestEnd: 0,
      placeStart: 0,
      placeEnd: 0,
      finishEnd: 0,
    };
    timings.set(id, t);
  }
  return t;
};
const { intake } = services;
const receive = intake.receive.bind(intake);
intake.receive = async (em, readable, id, offset) => {
  const t = timingOf(id);
  t.receiveStart = now();
  try {
    return await receive(em, readable, id, offset);
  } finally {
    t.receiveEnd = now();
  }
};
const update = intake.hashes.update.bind(intake.hashes);
intake.hashes.update = (key, chunk) => {
  const t = timingOf(key);
  t.chunks++;
  t.bytes += chunk.byteLength;
  t.lastHandedOver = now();
  return update(key, chunk).then(() => {
    t.lastHashed = now();
  });
};
const digest = intake.hashes.digest.bind(intake.hashes);
intake.hashes.digest = async (key) => {
  const t = timingOf(key);
  t.digestStart = now();
  try {
    return await digest(key);
  } finally {
    t.digestEnd = now();
  }
};
const place = intake.store.place.bind(intake.store);
intake.store.place = async (source, sha256) => {
  const t = timingOf(path.basename(source));
  t.placeStart = now();
  try {
    return await place(source, sha256);
  } finally {
    t.placeEnd = now();
  }
};
const finish = intake.finish.bind(intake);
intake.finish = async (ctx, id) => {
  const t = timingOf(id);
  t.finishStart = now();
  try {
    return await finish(ctx, id);
  } finally {
    t.finishEnd = now();
  }
};

const app = await createApp(services);
const port = await app.listen(0, '127.0.0.1');
process.send!({ type: 'ready', port });

process.on('message', (m: { type: string; id?: string }) => {
  if (m.type === 'timings') process.send!({ type: 'timings', timings: timings.get(m.id!) ?? null });
  if (m.type === 'stop') {
    void (async () => {
      await app.close();
      await intake.close();
      await orm.close(true);
      process.exit(0);
    })();
  }
});
process.on('disconnect', () => process.exit(0));
