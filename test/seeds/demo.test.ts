import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCases } from '../../seeds/demo-cases.js';
import { DEMO_PASSWORD, demoUsers, seedDemo } from '../../seeds/demo.js';
import { Role } from '../../server/src/users/roles.js';
import { User } from '../../server/src/users/user.entity.js';
import { gql, login } from '../support/graphql.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe('demo data', () => {
  it('loads a user of every role, each able to sign in with the printed password', async () => {
    expect(await seedDemo(server.em(), server.services.audit)).toEqual({
      units: 8,
      users: demoUsers.length,
      cases: demoCases.length,
    });
    const roles = new Set(demoUsers.flatMap((u) => u.roles));
    expect([...roles].sort()).toEqual(Object.values(Role).sort());
    for (const username of ['leader', 'infocenter', 'zhzf.clerk']) await login(server.url, username, DEMO_PASSWORD);
  });

  it('is idempotent: a second run adds nothing and changes nothing', async () => {
    const before = await server.em().find(User, {}, { orderBy: { username: 'asc' } });
    expect(await seedDemo(server.em(), server.services.audit)).toEqual({ units: 0, users: 0, cases: 0 });
    const after = await server.em().find(User, {}, { orderBy: { username: 'asc' } });
    expect(after.map((u) => [u.username, u.updatedAt.getTime()])).toEqual(
      before.map((u) => [u.username, u.updatedAt.getTime()]),
    );
  });

  it('has cases across units, procedures, stages and confidentiality, each record with its versions', async () => {
    const records = `{ records(perPage: 200) { total items { title version confidentiality notNotified case { number } } } }`;
    const leader = (await gql(server.url, records, {}, await login(server.url, 'leader', DEMO_PASSWORD))).data!.records;
    const officer = (await gql(server.url, records, {}, await login(server.url, 'zhzf.officer1', DEMO_PASSWORD))).data!
      .records;
    const cases = await gql(
      server.url,
      '{ cases(perPage: 50) { items { number procedure status } } }',
      {},
      await login(server.url, 'leader', DEMO_PASSWORD),
    );
    const items = cases.data!.cases.items as { procedure: string; status: string }[];
    expect(new Set(items.map((c) => c.procedure)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(items.map((c) => c.status)).size).toBeGreaterThanOrEqual(3);
    const kinds = new Set(leader.items.map((r: { confidentiality: string }) => r.confidentiality));
    expect([...kinds].sort()).toEqual(['NONE', 'PERSONAL_PRIVACY', 'STATE_SECRET', 'TRADE_SECRET']);
    expect(leader.items.some((r: { notNotified: boolean }) => r.notNotified)).toBe(true);
    expect(leader.items.some((r: { version: number }) => r.version === 2)).toBe(true);
    // The state-secret report is invisible to its own handling officer, who has no clearance.
    expect(officer.items.some((r: { confidentiality: string }) => r.confidentiality === 'STATE_SECRET')).toBe(false);
    expect(officer.total).toBe(officer.items.length);
  });
});
