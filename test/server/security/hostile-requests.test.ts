import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent, AuditOutcome } from '../../../server/src/audit/audit-event.entity.js';
import { GRAPHQL_LIMITS } from '../../../server/src/http/hardening.js';
import { codeOf, gql, login } from '../../support/graphql.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../../support/server.js';

const CONSOLE_ORIGIN = 'https://console.example.org';
let server: TestServer;
let production: TestServer;
let token: string;

beforeAll(async () => {
  server = await startTestServer({
    seed: true,
    config: { corsOrigins: [CONSOLE_ORIGIN], loginRatePerAddress: 3, loginRateWindowMinutes: 10 },
  });
  production = await startTestServer({ config: { nodeEnv: 'production' } });
  token = await login(server.url, 'leader', DEMO_PASSWORD);
});
afterAll(async () => {
  await server?.close();
  await production?.close();
});

interface Answer {
  data?: unknown;
  errors: { message: string; extensions: { code: string } }[];
}
const post = (body: unknown) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
const answer = async (body: unknown) => (await (await post(body)).json()) as Answer;

describe('HTTP', () => {
  it('sends security headers with a content security policy, and no framework banner', async () => {
    const res = await fetch(`${server.url}/health`);
    const csp = res.headers.get('content-security-policy') ?? '';
    for (const directive of ["default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'"])
      expect(csp).toContain(directive);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('answers CORS for the configured console origin only', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const allowed = await preflight(CONSOLE_ORIGIN);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(CONSOLE_ORIGIN);
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const tus = await fetch(`${server.url}/files`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(tus.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a cross-site simple request to GraphQL (CSRF) before running it', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(res.status).toBe(400);
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(get.status).toBe(400);
  });
});

describe('GraphQL documents', () => {
  it('refuses nesting deeper than the limit with a code, and runs one within it', async () => {
    // A request's steps lead back to the request: a cycle to nest through, 12 levels deep.
    const deep = `{ approvalQueue { items { request { steps { request { steps { request { steps { request { steps { request { id } } } } } } } } } } } }`;
    const r = await answer({ query: deep });
    expect(r.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.errors[0].message).toMatch(/depth/i);
    expect(r.data).toBeUndefined();
    const ok = await gql(server.url, '{ approvalQueue { items { request { steps { id } } } } }', {}, token);
    expect(ok.errors).toBeUndefined();
  });

  it(`refuses more than ${GRAPHQL_LIMITS.maxAliases} aliases and batched operations`, async () => {
    const aliases = Array.from({ length: GRAPHQL_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: me { id }`).join(' ');
    const r = await answer({ query: `{ ${aliases} }` });
    expect(r.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.errors[0].message).toMatch(/alias/i);
    const batch = await post([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(batch.status).toBe(400);
  });

  it('refuses an oversized document and gives no field suggestions', async () => {
    const huge = `{ me { ${Array.from({ length: GRAPHQL_LIMITS.maxTokens }, () => 'id').join(' ')} } }`;
    const r = await answer({ query: huge });
    expect(r.errors[0].extensions.code).toMatch(/GRAPHQL_(PARSE|VALIDATION)_FAILED/);
    const typo = await gql(server.url, '{ me { usernam } }', {}, token);
    expect(codeOf(typo)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(typo.errors![0].message).not.toMatch(/did you mean/i);
    expect(JSON.stringify(typo)).not.toContain('username');
  });

  it('has no introspection in production', async () => {
    const r = await gql(production.url, '{ __schema { types { name } } }');
    expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.data).toBeUndefined();
  });
});

describe('sign-in rate limit per client address', () => {
  const attempt = (password: string, address: string) =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({
        query: 'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }',
        variables: { u: 'nobody.here', p: password },
      }),
    }).then(
      (r) => r.json() as Promise<{ errors?: { extensions: { code: string; details?: Record<string, number> } }[] }>,
    );

  it('after the allowed failures refuses every further attempt from that address, audited, and not from others', async () => {
    for (let i = 0; i < 3; i++)
      expect((await attempt('wrong', '10.1.1.1')).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const limited = await attempt('wrong', '10.1.1.1');
    expect(limited.errors![0].extensions.code).toBe('RATE_LIMITED');
    expect(limited.errors![0].extensions.details!.retryAfterSeconds).toBeGreaterThan(0);
    // Even the right password of a real user waits out the window from that address.
    const real = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.1.1.1' },
      body: JSON.stringify({
        query: 'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }',
        variables: { u: 'leader', p: DEMO_PASSWORD },
      }),
    }).then((r) => r.json() as Promise<{ errors?: { extensions: { code: string } }[] }>);
    expect(real.errors![0].extensions.code).toBe('RATE_LIMITED');
    expect((await attempt('wrong', '10.1.1.2')).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const denied = await server
      .em()
      .find(AuditEvent, { action: 'auth.login', outcome: AuditOutcome.DENIED, clientAddress: '10.1.1.1' });
    expect(denied.map((e) => e.details.reason)).toEqual([
      'UNKNOWN_USER',
      'UNKNOWN_USER',
      'UNKNOWN_USER',
      'RATE_LIMITED',
      'RATE_LIMITED',
    ]);
  });
});

describe('admission control', () => {
  it('runs GRAPHQL_CONCURRENCY requests at once, queues GRAPHQL_QUEUE more, and answers 503 with Retry-After beyond', async () => {
    const busy = await startTestServer({ config: { graphqlConcurrency: 1, graphqlQueue: 1 } });
    try {
      const { port } = new URL(busy.url);
      // A request whose body never ends holds the one running slot.
      const slow = http.request({
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': '1000' },
      });
      slow.on('error', () => undefined);
      slow.write('{"query":');
      await new Promise((r) => setTimeout(r, 200));
      const queued = fetch(`${busy.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { user { id } } }' }),
      });
      await new Promise((r) => setTimeout(r, 200));
      const refused = await fetch(`${busy.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { user { id } } }' }),
      });
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('2');
      expect(((await refused.json()) as Answer).errors[0]!.extensions.code).toBe('SERVICE_UNAVAILABLE');
      slow.destroy();
      // Once the slot is free the queued request runs (signed out: me is null).
      const answer = await queued;
      expect(answer.status).toBe(200);
    } finally {
      await busy.close();
    }
  });
});
