import os from 'node:os';
import path from 'node:path';
import { MikroORM, type EntityManager, type Options } from '@mikro-orm/postgresql';
import { DEMO_PASSWORD, seedDemo } from '../../seeds/demo.js';
import { createApp } from '../../server/src/app.js';
import { type Config, loadConfig } from '../../server/src/config.js';
import { createServices, type Services } from '../../server/src/context.js';
import { ormConfig } from '../../server/src/database/orm.config.js';
import { freshDatabase } from './db.js';

export interface TestServer {
  url: string;
  services: Services;
  orm: MikroORM;
  /** A fresh EntityManager for arranging and checking data directly. */
  em(): EntityManager;
  close(): Promise<void>;
}

export { DEMO_PASSWORD };

/**
 * The real server (Express, Apollo, tus) on a free port against this test file's own new
 * database; `seed` loads the demo data, `consoleDir` serves a built console.
 */
export async function startTestServer(
  opts: { consoleDir?: string; seed?: boolean; config?: Partial<Config>; orm?: Partial<Options> } = {},
): Promise<TestServer> {
  const db = await freshDatabase();
  const config = loadConfig(
    { NODE_ENV: 'test' },
    {
      databaseUrl: db.url,
      consoleDir: opts.consoleDir,
      uploadDir: path.join(os.tmpdir(), `er-uploads-${process.pid}`),
      ...opts.config,
    },
  );
  const orm = await MikroORM.init(ormConfig(db.url, opts.orm));
  const services = createServices(config, orm);
  // Tests build their own cases; the demo users and units are the cast.
  if (opts.seed) await seedDemo(orm.em.fork(), services.audit, { cases: false });
  const app = await createApp(services);
  const port = await app.listen(0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}`,
    services,
    orm,
    em: () => orm.em.fork() as EntityManager,
    close: async () => {
      await app.close();
      await orm.close(true);
      await db.drop();
    },
  };
}
