import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM, type EntityManager, type Options } from '@mikro-orm/postgresql';
import { spawnServer } from '../../bench/support.js';
import { DEMO_PASSWORD, seedDemo } from '../../seeds/demo.js';
import { createApp } from '../../server/src/app.js';
import { type Config, loadConfig } from '../../server/src/config.js';
import { createServices, type Services, stopServices } from '../../server/src/context.js';
import { ormConfig } from '../../server/src/database/orm.config.js';
import { freshDatabase } from './db.js';
import { startS3, storeConfig, TEST_STORE, type TestS3 } from './store.js';

export interface TestServer {
  url: string;
  services: Services;
  orm: MikroORM;
  config: Config;
  /** A fresh EntityManager for arranging and checking data directly. */
  em(): EntityManager;
  /** The test's own S3-compatible server when the store is `s3`. */
  s3: TestS3 | null;
  /** Stops and starts the server on the same database and folders (a new port, so a new `url`). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export { DEMO_PASSWORD };

/**
 * The real server (Express, Apollo, tus) on a free port against this test file's own new
 * database; `seed` loads the demo data, `consoleDir` serves a built console.
 */
export async function startTestServer(
  opts: {
    consoleDir?: string;
    seed?: boolean;
    config?: Partial<Config>;
    orm?: Partial<Options>;
    /** The content store (default: TEST_FILE_STORE, else the disk). */
    store?: 'disk' | 's3';
  } = {},
): Promise<TestServer> {
  const db = await freshDatabase();
  // Each server keeps its uploads and stored files in its own temporary folder (and its own S3 server).
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'er-data-'));
  const s3 = (opts.store ?? TEST_STORE) === 's3' ? await startS3(path.join(dataDir, 's3')) : null;
  const config = loadConfig(
    { NODE_ENV: 'test' },
    {
      databaseUrl: db.url,
      consoleDir: opts.consoleDir,
      dataDir,
      uploadDir: path.join(dataDir, 'uploads'),
      fileStoreDir: path.join(dataDir, 'files'),
      quarantineDir: path.join(dataDir, 'quarantine'),
      jobs: false,
      ...storeConfig(s3?.settings ?? null),
      ...opts.config,
    },
  );
  const orm = await MikroORM.init(ormConfig(db.url, opts.orm));
  const services = createServices(config, orm);
  if (services.intake.store.kind !== (s3 ? 's3' : 'disk'))
    throw new Error('the test server is not on the store asked for');
  // Tests build their own cases; the demo users and units are the cast.
  if (opts.seed) await seedDemo(orm.em.fork(), services.audit, { cases: false });
  let app = await createApp(services);
  const port = await app.listen(0, '127.0.0.1');
  if (config.jobs) await services.jobs.start();
  const server: TestServer = {
    url: `http://127.0.0.1:${port}`,
    services,
    orm,
    config,
    em: () => orm.em.fork() as EntityManager,
    s3,
    async restart() {
      // What a process keeps in memory (hash states, tus locks) is lost; database and disk stay.
      await app.close();
      await stopServices(server.services);
      server.services = createServices(config, orm);
      await server.services.intake.reconcile(server.services);
      app = await createApp(server.services);
      server.url = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
    },
    close: async () => {
      await app.close();
      await stopServices(server.services);
      await orm.close(true);
      await db.drop();
      await s3?.close();
      fs.rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
  return server;
}

/** Another server instance beside `server`: its own process state, the same database and folders. */
export interface SecondInstance {
  url: string;
  services: Services;
  close(): Promise<void>;
}

/**
 * Starts a second instance of the server (a new ORM, services and HTTP server) on the database and
 * folders of `server`, as a second machine behind a load balancer would be.
 */
export async function startSecondInstance(server: TestServer): Promise<SecondInstance> {
  const orm = await MikroORM.init(ormConfig(server.orm.config.getClientUrl()));
  const services = createServices(server.config, orm);
  const app = await createApp(services);
  const port = await app.listen(0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}`,
    services,
    close: async () => {
      await app.close();
      await stopServices(services);
      await orm.close(true);
    },
  };
}

/**
 * The real server process (node dist/…/main.js, as `npm start` runs it) on `databaseUrl` and
 * `dataDir`, with the demo users and no console: for tests that kill and restart it.
 */
export function startServerProcess(databaseUrl: string, dataDir: string, opts: { jobs: boolean }) {
  return spawnServer({
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    JOBS: String(opts.jobs),
    SEED_DEMO: 'true',
    CONSOLE_DIR: path.join(dataDir, 'no-console'),
  });
}
