import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './embedded.js';
import { ormConfig } from './orm.config.js';

export interface Database {
  orm: MikroORM;
  /** The embedded cluster, when no DATABASE_URL was given. */
  embedded: EmbeddedDatabase | null;
  close(): Promise<void>;
}

/** Connects to DATABASE_URL or to an embedded PostgreSQL in DATA_DIR, and applies the migrations. */
export async function openDatabase(config: Config, log: (m: string) => void): Promise<Database> {
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({
      dir: path.join(config.dataDir, 'postgres'),
      port: config.embeddedPgPort,
      database: 'enforcement_records',
      log,
    });
    url = embedded.url;
    log(
      `embedded PostgreSQL running on 127.0.0.1:${config.embeddedPgPort}, data in ${path.join(config.dataDir, 'postgres')}`,
    );
  }
  try {
    const orm = await MikroORM.init(ormConfig(url));
    const applied = await orm.migrator.up();
    if (applied.length) log(`applied migrations: ${applied.map((m) => m.name).join(', ')}`);
    return {
      orm,
      embedded,
      close: async () => {
        await orm.close(true);
        await embedded?.stop();
      },
    };
  } catch (e) {
    await embedded?.stop();
    throw e;
  }
}
