import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemo } from '../../../seeds/demo.js';
import { createApp, type App } from '../../../server/src/app.js';
import { loadConfig } from '../../../server/src/config.js';
import { createServices, type Services, stopServices } from '../../../server/src/context.js';
import { openDatabase, type Database } from '../../../server/src/database/database.js';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../../server/src/database/embedded.js';
import { EnforcementRecord } from '../../../server/src/records/record.entity.js';
import { User } from '../../../server/src/users/user.entity.js';
import { buildCase } from '../../factories.js';
import { codeOf, gql, login } from '../../support/graphql.js';

/**
 * PostgreSQL itself stopped under a running server (an embedded PostgreSQL of the test's own, so
 * the machine's is untouched): requests fail with SERVICE_UNAVAILABLE and /health says so, a
 * change attempted meanwhile leaves nothing, and once PostgreSQL is back the same server answers
 * again without a restart.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'er-outage-'));
// Run as root, the embedded PostgreSQL drops to its own user, which must reach its data folder.
fs.chmodSync(dir, 0o755);
const port = 55_000 + Math.floor(Math.random() * 4000);
let pgServer: EmbeddedDatabase;
let db: Database;
let services: Services;
let app: App;
let url: string;

const startPostgres = () => startEmbeddedPostgres({ dir: path.join(dir, 'postgres'), port, database: 'er_outage' });

beforeAll(async () => {
  pgServer = await startPostgres();
  const config = loadConfig(
    { NODE_ENV: 'test' },
    {
      databaseUrl: pgServer.url,
      dataDir: dir,
      uploadDir: path.join(dir, 'uploads'),
      fileStoreDir: path.join(dir, 'files'),
      quarantineDir: path.join(dir, 'q'),
      jobs: false,
    },
  );
  db = await openDatabase(config, () => undefined);
  services = createServices(config, db.orm);
  await seedDemo(db.orm.em.fork() as EntityManager, services.audit, { cases: false });
  app = await createApp(services);
  url = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
}, 120_000);
afterAll(async () => {
  await app?.close();
  if (services) await stopServices(services);
  await db?.close();
  await pgServer?.stop().catch(() => undefined);
  fs.rmSync(dir, { recursive: true, force: true });
});

const ME = '{ me { user { username } } }';
const CREATE = `mutation($in: CreateRecordInput!) { createTextRecord(input: $in) { id } }`;

describe('PostgreSQL stopped under a running server', () => {
  it('fails requests clearly, writes nothing, and recovers by itself when PostgreSQL returns', async () => {
    const token = await login(url, 'zhzf.officer1', DEMO_PASSWORD);
    const em = db.orm.em.fork() as EntityManager;
    const officers = await em.find(
      User,
      { username: { $in: ['zhzf.officer1', 'zhzf.officer2'] } },
      { populate: ['unit'] },
    );
    const theCase = await buildCase(em, { unit: officers[0]!.unit, officers });
    expect((await gql(url, ME, {}, token)).data?.me.user.username).toBe('zhzf.officer1');

    await pgServer.stop();
    const during = await gql(url, ME, {}, token);
    expect(codeOf(during)).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(during)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/);
    const write = await gql(
      url,
      CREATE,
      { in: { caseId: theCase.id, kind: 'OTHER_TEXT', title: '停库期间的笔录', body: '……' } },
      token,
    );
    expect(codeOf(write)).toBe('SERVICE_UNAVAILABLE');
    // Signing in fails inside a resolver rather than while identifying the caller: 503 as well.
    const signIn = await gql(
      url,
      'mutation { login(input: { username: "zhzf.officer2", password: "whatever-it-is" }) { token } }',
    );
    expect(codeOf(signIn)).toBe('SERVICE_UNAVAILABLE');
    expect([during.status, write.status, signIn.status]).toEqual([503, 503, 503]);
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({
      status: 'unavailable',
      database: 'down',
      store: 'up',
      audit: { sealing: 'unknown', pending: null, oldestPendingSeconds: null },
    });

    pgServer = await startPostgres();
    // The same server process: its pool reconnects on the next request.
    let back: Awaited<ReturnType<typeof gql<{ me: { user: { username: string } } }>>> | null = null;
    for (let i = 0; i < 50 && !back?.data?.me; i++) {
      back = await gql<{ me: { user: { username: string } } }>(url, ME, {}, token);
      if (!back.data?.me) await new Promise((r) => setTimeout(r, 200));
    }
    expect(back?.data?.me.user.username).toBe('zhzf.officer1');
    expect((await fetch(`${url}/health`)).status).toBe(200);
    const check = db.orm.em.fork() as EntityManager;
    expect(await check.count(EnforcementRecord, { title: '停库期间的笔录' })).toBe(0);
    const after = await gql(
      url,
      CREATE,
      { in: { caseId: theCase.id, kind: 'OTHER_TEXT', title: '恢复后的笔录', body: '……' } },
      token,
    );
    expect(after.errors).toBeUndefined();
  });
});
