import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent, AuditOutcome } from '../../../server/src/audit/audit-event.entity.js';
import { User } from '../../../server/src/users/user.entity.js';
import { codeOf, gql, login } from '../../support/graphql.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../../support/server.js';

let server: TestServer;

// A pool of two connections: a refusal checked inside a transaction would hold one connection
// while its audit entry waits for another, and twenty at once would starve the pool.
beforeAll(async () => {
  server = await startTestServer({ seed: true, orm: { pool: { min: 0, max: 2, acquireTimeoutMillis: 5000 } } });
});
afterAll(() => server?.close());

describe('many refused creations at once', () => {
  it('are all refused and audited without exhausting the connection pool', async () => {
    const users = await server
      .em()
      .find(User, { username: { $in: ['zhzf.officer1', 'zhzf.officer2', 'cgs.officer1'] } }, { populate: ['unit'] });
    const by = Object.fromEntries(users.map((u) => [u.username, u]));
    const token = await login(server.url, 'cgs.officer1', DEMO_PASSWORD);
    const input = {
      unitId: by['zhzf.officer1']!.unit.id,
      cause: '销售过期食品',
      procedure: 'GENERAL_PENALTY',
      party: { kind: 'PERSON', name: '李四' },
      handlingOfficerIds: [by['zhzf.officer1']!.id, by['zhzf.officer2']!.id],
      openedOn: '2026-11-02',
    };
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        gql(server.url, 'mutation($input: OpenCaseInput!) { openCase(input: $input) { id } }', { input }, token),
      ),
    );
    expect(results.map(codeOf)).toEqual(Array(20).fill('FORBIDDEN'));
    expect(
      await server
        .em()
        .count(AuditEvent, { action: 'case.open', actorId: by['cgs.officer1']!.id, outcome: AuditOutcome.DENIED }),
    ).toBe(20);
  });
});
