import path from 'node:path';
import { BackupError, createBackup, restoreBackup } from '../backup/backup.js';
import { ConfigError, loadConfig } from '../config.js';
import { runningEmbedded, startEmbeddedPostgres } from '../database/embedded.js';
import { createContentStore } from '../files/stores.js';

const USAGE = `usage: npm run backup -- <new folder>
       npm run restore -- <backup folder>   (into an empty database and file store)`;

/**
 * `npm run backup` / `npm run restore`: a consistent backup (database dump from one snapshot, the
 * file store, a manifest of hashes) and its verified restore. The database is DATABASE_URL, else the
 * embedded PostgreSQL of DATA_DIR (running beside a server, or started here).
 */
async function main(): Promise<number> {
  const [command, folder] = process.argv.slice(2);
  if ((command !== 'backup' && command !== 'restore') || !folder) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig(process.env);
  const log = (m: string) => console.log(m);
  const databaseFormat = process.env.BACKUP_DATABASE_FORMAT || 'auto';
  if (command === 'backup' && databaseFormat !== 'auto' && databaseFormat !== 'pg_dump' && databaseFormat !== 'copy')
    throw new ConfigError(`BACKUP_DATABASE_FORMAT must be auto, pg_dump or copy, got "${databaseFormat}"`);
  let url =
    config.databaseUrl ??
    runningEmbedded(path.join(config.dataDir, 'postgres'), config.embeddedPgPort, 'enforcement_records');
  const embedded = url
    ? null
    : await startEmbeddedPostgres({
        dir: path.join(config.dataDir, 'postgres'),
        port: config.embeddedPgPort,
        database: 'enforcement_records',
        log,
      });
  url ??= embedded!.url;
  try {
    const target = path.resolve(folder);
    const store = createContentStore(config);
    await store.ready();
    if (command === 'backup')
      await createBackup({ databaseUrl: url, store, target, log, databaseFormat: databaseFormat as 'auto' });
    else await restoreBackup({ databaseUrl: url, store, source: target, log });
    return 0;
  } finally {
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(
      e instanceof ConfigError ? `configuration error: ${e.message}` : e instanceof BackupError ? e.message : e,
    );
    process.exit(e instanceof BackupError ? 1 : 2);
  },
);
