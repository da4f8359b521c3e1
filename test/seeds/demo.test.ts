import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoUsers, seedDemo } from '../../seeds/demo.js';
import { Role } from '../../server/src/users/roles.js';
import { User } from '../../server/src/users/user.entity.js';
import { login } from '../support/graphql.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe('demo data', () => {
  it('loads a user of every role, each able to sign in with the printed password', async () => {
    expect(await seedDemo(server.em(), server.services.audit)).toEqual({ units: 8, users: demoUsers.length });
    const roles = new Set(demoUsers.flatMap((u) => u.roles));
    expect([...roles].sort()).toEqual(Object.values(Role).sort());
    for (const username of ['leader', 'infocenter', 'zhzf.clerk']) await login(server.url, username, DEMO_PASSWORD);
  });

  it('is idempotent: a second run adds nothing and changes nothing', async () => {
    const before = await server.em().find(User, {}, { orderBy: { username: 'asc' } });
    expect(await seedDemo(server.em(), server.services.audit)).toEqual({ units: 0, users: 0 });
    const after = await server.em().find(User, {}, { orderBy: { username: 'asc' } });
    expect(after.map((u) => [u.username, u.updatedAt.getTime()])).toEqual(
      before.map((u) => [u.username, u.updatedAt.getTime()]),
    );
  });
});
