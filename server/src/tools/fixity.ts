import 'reflect-metadata';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConfigError, loadConfig } from '../config.js';
import { createServices, stopServices } from '../context.js';
import { openDatabase } from '../database/database.js';
import { runningEmbedded } from '../database/embedded.js';
import { FixityTrigger } from '../files/fixity-check.entity.js';

/**
 * `npm run fixity`: re-hashes every stored file now and prints a report naming every failing file
 * and the records that carry it. Exit code 1 when any file failed. Works beside a running server
 * (it connects to that server's embedded PostgreSQL instead of starting one).
 */
async function main(): Promise<number> {
  const config = loadConfig(process.env);
  const url =
    config.databaseUrl ??
    runningEmbedded(path.join(config.dataDir, 'postgres'), config.embeddedPgPort, 'enforcement_records') ??
    undefined;
  const db = await openDatabase({ ...config, databaseUrl: url }, (m) => console.error(m));
  const services = createServices(config, db.orm);
  await services.intake.store.ready();
  const started = Date.now();
  let bytes = 0;
  try {
    const report = await services.fixity.checkAll(
      db.orm.em.fork() as EntityManager,
      null,
      FixityTrigger.MANUAL,
      (r) => {
        bytes += r.size;
      },
    );
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `fixity: ${report.checked} files checked (${(bytes / 1024 ** 2).toFixed(1)} MiB in ${seconds.toFixed(1)} s), ${report.failures.length} failed`,
    );
    const strays = await services.intake.sweepStore(services);
    if (strays.length)
      console.log(
        `store: ${strays.length} files no record names were set aside in ${services.intake.store.quarantineLocation}`,
      );
    for (const sha256 of strays) console.log(`  STRAY    ${sha256}`);
    for (const f of report.failures)
      console.log(
        `  ${f.status.padEnd(8)} ${f.sha256}  ${f.detail ?? ''}${f.recordIds.length ? `  records: ${f.recordIds.join(', ')}` : ''}` +
          (f.packages.length
            ? `  kept package of: ${f.packages.map((p) => `${p.disclosureNumber} (${p.packageId})`).join(', ')}`
            : ''),
      );
    return report.failures.length ? 1 : 0;
  } finally {
    await stopServices(services);
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof ConfigError ? `configuration error: ${e.message}` : e);
    process.exit(2);
  },
);
