import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent, AuditOutcome } from '../../../server/src/audit/audit-event.entity.js';
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
    expect(await res.json()).toEqual({ status: 'ok', database: 'up', store: 'up' });
  });

  it('answers 503 when the file store cannot be used', async () => {
    const dir = server.config.fileStoreDir;
    const aside = `${dir}.aside`;
    if (fs.existsSync(dir)) fs.renameSync(dir, aside);
    fs.writeFileSync(dir, 'not a folder');
    try {
      const res = await fetch(`${server.url}/health`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'unavailable', database: 'up', store: 'down' });
    } finally {
      fs.rmSync(dir);
      if (fs.existsSync(aside)) fs.renameSync(aside, dir);
    }
  });
});
