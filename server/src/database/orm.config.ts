import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';

/** MikroORM options for one PostgreSQL database, with the committed migrations. */
export function ormConfig(clientUrl: string, extra: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    migrations: {
      migrationsList,
      path: 'server/src/database/migrations',
      pathTs: 'server/src/database/migrations',
      transactional: true,
      allOrNothing: true,
      emit: 'ts',
      snapshot: false,
    },
    pool: { min: 0, max: 10 },
    // Requests fork the EntityManager; using the global one is a bug we want to hear about.
    allowGlobalContext: false,
    debug: false,
    ...extra,
  });
}
