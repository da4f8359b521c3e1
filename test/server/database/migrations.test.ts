import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormConfig } from '../../../server/src/database/orm.config.js';
import { freshDatabase } from '../../support/db.js';

let orm: MikroORM;
let drop: () => Promise<void>;
beforeAll(async () => {
  const db = await freshDatabase();
  drop = db.drop;
  orm = await MikroORM.init(ormConfig(db.url));
});
afterAll(async () => {
  await orm?.close(true);
  await drop?.();
});

describe('migrations', () => {
  it('describe exactly the entities: no schema difference left after applying them', async () => {
    const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false, safe: false, dropTables: true });
    expect(diff.trim()).toBe('');
  });

  it('are all applied in the template every test database is cloned from', async () => {
    expect(await orm.migrator.getPendingMigrations()).toEqual([]);
  });
});
