import fs from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent, AuditOutcome } from '../../../server/src/audit/audit-event.entity.js';
import { APPEND_LOCK_KEY } from '../../../server/src/audit/audit.service.js';
import { Role } from '../../../server/src/users/roles.js';
import { buildUser, TEST_PASSWORD } from '../../factories.js';
import { login } from '../../support/graphql.js';
import { startTestServer, type TestServer } from '../../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const create = (url: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/files`, {
    method: 'POST',
    headers: {
      'Tus-Resumable': '1.0.0',
      'Upload-Length': '10',
      'Upload-Metadata': `filename ${Buffer.from('a.mp4').toString('base64')}`,
      ...headers,
    },
  });

describe('tus endpoint /files', () => {
  it('answers the tus OPTIONS handshake', async () => {
    const res = await fetch(`${server.url}/files`, { method: 'OPTIONS', headers: { 'Tus-Resumable': '1.0.0' } });
    expect(res.status).toBeLessThan(300);
    expect(res.headers.get('tus-version')).toContain('1.0.0');
  });

  it('refuses an upload without a session (401), audited', async () => {
    const res = await create(server.url);
    expect(res.status).toBe(401);
    expect(
      await server.em().count(AuditEvent, { action: 'upload.post', outcome: AuditOutcome.DENIED, actorId: null }),
    ).toBe(1);
  });

  it('refuses a signed-in user whose rules grant no upload (default deny, 403), audited', async () => {
    const user = await buildUser(server.em(), { username: 'uploader', roles: [Role.supervisor] });
    const token = await login(server.url, 'uploader', TEST_PASSWORD);
    const res = await create(server.url, { Authorization: `Bearer ${token}` });
    expect(res.status).toBe(403);
    expect(
      await server.em().count(AuditEvent, { action: 'upload.create', outcome: AuditOutcome.DENIED, actorId: user.id }),
    ).toBe(1);
  });
});

describe('/health', () => {
  it('reports the database and the file store up', async () => {
    const res = await fetch(`${server.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'ok',
      database: 'up',
      store: 'up',
      audit: {
        sealing: 'ok',
        pending: expect.any(Number),
        oldestPendingSeconds: expect.toBeOneOf([null, expect.any(Number)]),
      },
    });
  });

  it('tells monitoring when committed audit events wait more than a minute to be sealed into the chain', async () => {
    // The chain's lock held elsewhere: the sealer waits, and an event committed a while ago stays pending.
    const holder = new pg.Client({ connectionString: server.config.databaseUrl });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('select pg_advisory_xact_lock($1)', [APPEND_LOCK_KEY]);
      // Committed on its own, as a change's transaction commits it: pending until a sealer takes the lock.
      await server
        .em()
        .execute(
          `insert into audit_event (at, action, outcome, details) values (now() - interval '5 minutes', 'test.stuck', 'ALLOWED', '{}')`,
        );
      const res = await fetch(`${server.url}/health`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as {
        status: string;
        audit: { sealing: string; pending: number; oldestPendingSeconds: number };
      };
      expect(body.status).toBe('ok');
      expect(body.audit.sealing).toBe('lagging');
      expect(body.audit.pending).toBeGreaterThanOrEqual(1);
      expect(body.audit.oldestPendingSeconds).toBeGreaterThanOrEqual(299);
    } finally {
      await holder.query('rollback');
      await holder.end();
    }
    await server.services.audit.settle(server.em());
    const after = (await (await fetch(`${server.url}/health`)).json()) as {
      audit: { sealing: string; pending: number };
    };
    expect(after.audit).toMatchObject({ sealing: 'ok', pending: 0 });
  });

  it('answers 503 when the file store cannot be used', async () => {
    const dir = server.config.fileStoreDir;
    const aside = `${dir}.aside`;
    if (fs.existsSync(dir)) fs.renameSync(dir, aside);
    fs.writeFileSync(dir, 'not a folder');
    try {
      const res = await fetch(`${server.url}/health`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ status: 'unavailable', database: 'up', store: 'down' });
    } finally {
      fs.rmSync(dir);
      if (fs.existsSync(aside)) fs.renameSync(aside, dir);
    }
  });
});
