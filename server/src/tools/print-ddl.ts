import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../database/orm.config.js';

/** Prints the DDL the entities describe: the starting point of a new hand-checked migration. */
const orm = await MikroORM.init(ormConfig(process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'));
console.log(await orm.schema.getCreateSchemaSQL({ wrap: false }));
await orm.close();
