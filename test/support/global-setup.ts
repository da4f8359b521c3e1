import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../server/src/database/embedded.js';
import { ormConfig } from '../../server/src/database/orm.config.js';
import { freePort } from '../../bench/support.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A connection string with the right to create databases. */
    adminUrl: string;
    /** The migrated database every test file's database is cloned from. */
    templateDb: string;
  }
}

export const withDatabase = (url: string, db: string) => {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
};

export { freePort };

/**
 * Uses DATABASE_URL's server when set, else an embedded PostgreSQL in a temp folder; migrates a
 * template database once, which each test file clones (CREATE DATABASE … TEMPLATE) for itself.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | null = null;
  let tmp: string | null = null;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'er-test-pg-'));
    fs.chmodSync(tmp, 0o755);
    embedded = await startEmbeddedPostgres({ dir: path.join(tmp, 'pg'), port: await freePort(), database: 'postgres' });
    adminUrl = embedded.adminUrl;
  }
  const templateDb = `er_tpl_${process.pid}_${Date.now()}_${project.name || 'all'}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database "${templateDb}"`);
  const orm = await MikroORM.init(ormConfig(withDatabase(adminUrl, templateDb)));
  await orm.migrator.up();
  await orm.close(true);
  project.provide('adminUrl', adminUrl);
  project.provide('templateDb', templateDb);

  return async () => {
    const leftovers = await admin.query<{ datname: string }>(
      `select datname from pg_database where datname = $1 or datname like $2`,
      [templateDb, `er_t_${process.pid}_%`],
    );
    for (const { datname } of leftovers.rows) await admin.query(`drop database if exists "${datname}" with (force)`);
    await admin.end();
    await embedded?.stop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  };
}
