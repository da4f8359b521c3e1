import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent, AuditOutcome } from '../../../server/src/audit/audit-event.entity.js';
import { Session } from '../../../server/src/users/session.entity.js';
import { User } from '../../../server/src/users/user.entity.js';
import { buildUser, TEST_PASSWORD } from '../../factories.js';
import { codeOf, gql, login } from '../../support/graphql.js';
import { startTestServer, type TestServer } from '../../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ config: { loginMaxFailures: 3, loginLockMinutes: 10 } });
});
afterAll(() => server?.close());

const ME =
  '{ me { user { username displayName roles clearance failedLoginCount unit { code } } rules sessionExpiresAt } }';

describe('sign-in', () => {
  it('gives a token whose session answers `me` with the packed CASL rules', async () => {
    const user = await buildUser(server.em(), { username: 'alice' });
    const token = await login(server.url, 'Alice', TEST_PASSWORD);
    const r = await gql(server.url, ME, {}, token);
    expect(r.errors).toBeUndefined();
    expect(r.data!.me.user.username).toBe('alice');
    expect(r.data!.me.user.clearance).toBe('NONE');
    expect(r.data!.me.rules).toContainEqual(['read', 'User', { id: user.id }]);
    const sessions = await server.em().find(Session, { user: user.id });
    expect(sessions).toHaveLength(1);
    expect(sessions[0].tokenHash).not.toBe(token);
    const audit = await server.em().find(AuditEvent, { action: 'auth.login', actorId: user.id });
    expect(audit.map((a) => a.outcome)).toEqual(['ALLOWED']);
  });

  it('answers `me` with null for no token or an unknown one', async () => {
    expect((await gql(server.url, ME)).data!.me).toBeNull();
    expect((await gql(server.url, ME, {}, 'not-a-token')).data!.me).toBeNull();
  });

  it('refuses a wrong password or unknown user with the same message, and audits both', async () => {
    await buildUser(server.em(), { username: 'bob' });
    const wrong = await gql(
      server.url,
      'mutation { login(input: { username: "bob", password: "nope-12345" }) { token } }',
    );
    const unknown = await gql(
      server.url,
      'mutation { login(input: { username: "nobody", password: "nope-12345" }) { token } }',
    );
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
    const denied = await server.em().find(AuditEvent, {
      action: 'auth.login',
      outcome: AuditOutcome.DENIED,
      actorName: { $in: ['bob', 'nobody'] },
    } as never);
    expect(denied.map((d) => d.details.reason).sort()).toEqual(['UNKNOWN_USER', 'WRONG_PASSWORD']);
  });

  it('locks the account after repeated failures, even for the right password, until unlocked', async () => {
    const user = await buildUser(server.em(), { username: 'carol' });
    for (let i = 0; i < 3; i++) {
      await gql(server.url, 'mutation { login(input: { username: "carol", password: "wrong-pass-1" }) { token } }');
    }
    const locked = await gql(
      server.url,
      `mutation { login(input: { username: "carol", password: "${TEST_PASSWORD}" }) { token } }`,
    );
    expect(codeOf(locked)).toBe('ACCOUNT_LOCKED');
    const row = await server.em().findOneOrFail(User, { id: user.id });
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 9 * 60_000);
  });

  it('does not accept an expired session', async () => {
    const user = await buildUser(server.em(), { username: 'gail' });
    const token = await login(server.url, 'gail', TEST_PASSWORD);
    await server.em().nativeUpdate(Session, { user: user.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await gql(server.url, ME, {}, token)).data!.me).toBeNull();
  });

  it('ends the session on logout', async () => {
    await buildUser(server.em(), { username: 'dave' });
    const token = await login(server.url, 'dave', TEST_PASSWORD);
    expect((await gql(server.url, 'mutation { logout }', {}, token)).data!.logout).toBe(true);
    expect((await gql(server.url, ME, {}, token)).data!.me).toBeNull();
    expect(codeOf(await gql(server.url, 'mutation { logout }', {}, token))).toBe('UNAUTHENTICATED');
  });

  it('sets an httpOnly cookie and returns no token when the console asks for a cookie', async () => {
    await buildUser(server.em(), { username: 'erin' });
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation { login(input: { username: "erin", password: "${TEST_PASSWORD}", cookie: true }) { token user { username } } }`,
      }),
    });
    const body = (await res.json()) as { data: { login: { token: string | null } } };
    expect(body.data.login.token).toBeNull();
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/er_session=[^;]+/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const me = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0] },
      body: JSON.stringify({ query: '{ me { user { username } } }' }),
    });
    expect(((await me.json()) as { data: { me: { user: { username: string } } } }).data.me.user.username).toBe('erin');
  });

  it('refuses a cookie request without a JSON content type (CSRF prevention)', async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ me { user { username } } }')}`);
    expect(res.status).toBe(400);
  });

  it('changes one’s own password: wrong current refused, weak refused, other sessions end', async () => {
    await buildUser(server.em(), { username: 'frank' });
    const a = await login(server.url, 'frank', TEST_PASSWORD);
    const b = await login(server.url, 'frank', TEST_PASSWORD);
    const change =
      'mutation($c: String!, $n: String!) { changePassword(input: { currentPassword: $c, newPassword: $n }) }';
    expect(codeOf(await gql(server.url, change, { c: 'wrong-123', n: 'Better-pass-9' }, a))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(server.url, change, { c: TEST_PASSWORD, n: 'short' }, a))).toBe('BAD_USER_INPUT');
    expect((await gql(server.url, change, { c: TEST_PASSWORD, n: 'Better-pass-9' }, a)).data!.changePassword).toBe(
      true,
    );
    expect((await gql(server.url, ME, {}, a)).data!.me.user.username).toBe('frank');
    expect((await gql(server.url, ME, {}, b)).data!.me).toBeNull();
    await login(server.url, 'frank', 'Better-pass-9');
  });

  it('rejects malformed input with BAD_USER_INPUT and no stack trace', async () => {
    const r = await gql(server.url, 'mutation { login(input: { username: "", password: "" }) { token } }');
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(r)).not.toMatch(/stacktrace|at .*\.js/);
  });
});
