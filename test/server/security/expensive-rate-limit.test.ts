import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../../server/src/users/roles.js';
import { buildUnit, buildUser, TEST_PASSWORD } from '../../factories.js';
import { codeOf, gql, login } from '../../support/graphql.js';
import { startTestServer, type TestServer } from '../../support/server.js';

let server: TestServer;
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};
const SUMMARY = `query { complianceSummary(filter: { from: "2026-10-01", to: "2026-10-31" }) { totals { kind count } } }`;

beforeAll(async () => {
  server = await startTestServer({ config: { expensivePerMinute: 3 } });
  const em = server.em();
  const unit = await buildUnit(em);
  for (const [name, roles] of [
    ['sup1', [Role.supervisor]],
    ['sup2', [Role.supervisor]],
    ['officer', [Role.officer]],
  ] as const) {
    const u = await buildUser(em, { roles: [...roles], unit });
    ids[name] = u.id;
    tokens[name] = await login(server.url, u.username, TEST_PASSWORD);
  }
});
afterAll(() => server?.close());

describe('expensive reads', () => {
  it('are limited per person and minute, with the wait, audited; others and refusals are not counted', async () => {
    // Refused by the permission rules first: a refusal spends nothing.
    for (let i = 0; i < 5; i++) expect(codeOf(await gql(server.url, SUMMARY, {}, tokens.officer))).toBe('FORBIDDEN');
    for (let i = 0; i < 3; i++) expect((await gql(server.url, SUMMARY, {}, tokens.sup1)).errors).toBeUndefined();
    const refused = await gql(server.url, SUMMARY, {}, tokens.sup1);
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    const wait = (refused.errors![0].extensions!.details as { retryAfterSeconds: number }).retryAfterSeconds;
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    // The budget is one's own: another supervisor still reads.
    expect((await gql(server.url, SUMMARY, {}, tokens.sup2)).errors).toBeUndefined();

    // The same budget covers the exports and the chain's verification: 429 with Retry-After.
    const csv = await fetch(`${server.url}/reports/compliance.csv?from=2026-10-01&to=2026-10-31`, {
      headers: { Authorization: `Bearer ${tokens.sup1}` },
    });
    expect(csv.status).toBe(429);
    expect(Number(csv.headers.get('retry-after'))).toBeGreaterThan(0);
    const trail = await fetch(`${server.url}/exports/audit.csv`, {
      headers: { Authorization: `Bearer ${tokens.sup1}` },
    });
    expect(trail.status).toBe(429);
    expect(codeOf(await gql(server.url, '{ verifyAuditTrail { intact } }', {}, tokens.sup1))).toBe('RATE_LIMITED');

    const denied = await server
      .em()
      .execute<{ action: string; details: { reason: string } }[]>(
        `select action, details from audit_event where actor_id = ? and outcome = 'DENIED' order by id`,
        [ids.sup1],
      );
    expect(denied.map((e) => [e.action, e.details.reason])).toEqual([
      ['query.complianceSummary', 'RATE_LIMITED'],
      ['compliance.export', 'RATE_LIMITED'],
      ['auditEvents.export', 'RATE_LIMITED'],
      ['query.verifyAuditTrail', 'RATE_LIMITED'],
    ]);
  });
});
