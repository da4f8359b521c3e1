import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent, AuditOutcome } from '../../../server/src/audit/audit-event.entity.js';
import { Unit } from '../../../server/src/units/unit.entity.js';
import { User } from '../../../server/src/users/user.entity.js';
import { codeOf, gql, login } from '../../support/graphql.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../../support/server.js';

let server: TestServer;
const tokens: Record<string, string> = {};
let zhzf: Unit;
beforeAll(async () => {
  server = await startTestServer({ seed: true });
  for (const u of ['infocenter', 'leader', 'supervisor', 'zhzf.officer1', 'cgs.officer1', 'legal']) {
    tokens[u] = await login(server.url, u, DEMO_PASSWORD);
  }
  zhzf = await server.em().findOneOrFail(Unit, { code: 'ZHZF' });
});
afterAll(() => server?.close());

const USERS = `query($filter: UserFilter, $page: Int, $perPage: Int, $sortField: String, $sortOrder: SortOrder) {
  users(filter: $filter, page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder) {
    total items { id username unit { code } clearance failedLoginCount }
  }
}`;
const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { id username roles clearance unit { code } } }`;

const newUser = (over: Record<string, unknown> = {}) => ({
  username: `new.${Math.random().toString(36).slice(2, 8)}`,
  displayName: '新同事',
  unitId: zhzf.id,
  roles: ['officer'],
  password: 'Strong-pass-1',
  ...over,
});

describe('infoCenter', () => {
  it('lists every user with the security fields', async () => {
    const r = await gql(server.url, USERS, { perPage: 100 }, tokens.infocenter);
    expect(r.data!.users.total).toBe(16);
    expect(r.data!.users.items.every((u: { failedLoginCount: number | null }) => u.failedLoginCount !== null)).toBe(
      true,
    );
  });

  it('creates a user who can then sign in, and audits it without the password', async () => {
    const input = newUser({ clearance: 'SECRET' });
    const r = await gql(server.url, CREATE, { input }, tokens.infocenter);
    expect(r.errors).toBeUndefined();
    expect(r.data!.createUser).toMatchObject({
      username: input.username,
      roles: ['officer'],
      clearance: 'SECRET',
      unit: { code: 'ZHZF' },
    });
    await login(server.url, input.username, 'Strong-pass-1');
    const [event] = await server.em().find(AuditEvent, { action: 'user.create', subjectId: r.data!.createUser.id });
    expect(event.details).toMatchObject({ username: input.username, roles: ['officer'] });
    expect(JSON.stringify(event.details)).not.toContain('Strong-pass-1');
  });

  it('refuses bad input with clear errors and writes nothing', async () => {
    const before = await server.em().count(User, {});
    const cases: [Record<string, unknown>, string][] = [
      [{ username: 'A B' }, 'username'],
      [{ roles: [] }, 'roles'],
      [{ unitId: 'not-a-uuid' }, 'unitId'],
      [{ password: 'short' }, 'Password'],
      [{ password: 'onlyletters' }, 'digits'],
      [{ unitId: '00000000-0000-4000-8000-000000000000' }, 'unit'],
    ];
    for (const [over, mention] of cases) {
      const r = await gql(server.url, CREATE, { input: newUser(over) }, tokens.infocenter);
      expect(codeOf(r), JSON.stringify(over)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].message).toContain(mention);
    }
    const badRole = await gql(server.url, CREATE, { input: newUser({ roles: ['king'] }) }, tokens.infocenter);
    expect(badRole.errors).toBeDefined();
    expect(await server.em().count(User, {})).toBe(before);
  });

  it('searches by name with LIKE wildcards taken literally', async () => {
    const hits = await gql(server.url, USERS, { filter: { q: 'officer' } }, tokens.infocenter);
    expect(hits.data!.users.total).toBe(5);
    const none = await gql(server.url, USERS, { filter: { q: '%' } }, tokens.infocenter);
    expect(none.data!.users.total).toBe(0);
  });

  it('refuses a taken username with CONFLICT', async () => {
    const r = await gql(server.url, CREATE, { input: newUser({ username: 'leader' }) }, tokens.infocenter);
    expect(codeOf(r)).toBe('CONFLICT');
  });

  it('updates roles and unit, audited with before and after', async () => {
    const { data } = await gql(server.url, CREATE, { input: newUser() }, tokens.infocenter);
    const id = data!.createUser.id;
    const cgs = await server.em().findOneOrFail(Unit, { code: 'CGS' });
    const r = await gql(
      server.url,
      'mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { roles unit { code } } }',
      { id, input: { roles: ['officer', 'unitClerk'], unitId: cgs.id } },
      tokens.infocenter,
    );
    expect(r.data!.updateUser).toEqual({ roles: ['officer', 'unitClerk'], unit: { code: 'CGS' } });
    const stored = await server.em().findOneOrFail(User, { id }, { populate: ['unit'] });
    expect([stored.roles, stored.unit.code]).toEqual([['officer', 'unitClerk'], 'CGS']);
    const [event] = await server.em().find(AuditEvent, { action: 'user.update', subjectId: id });
    expect(event.details).toMatchObject({ before: { roles: ['officer'] }, after: { roles: ['officer', 'unitClerk'] } });
  });

  it('disabling a user ends their sessions at once; enabling lets them back in', async () => {
    const input = newUser();
    const { data } = await gql(server.url, CREATE, { input }, tokens.infocenter);
    const id = data!.createUser.id;
    const theirs = await login(server.url, input.username, 'Strong-pass-1');
    const d = await gql(
      server.url,
      'mutation($id: ID!) { disableUser(id: $id) { active } }',
      { id },
      tokens.infocenter,
    );
    expect(d.data!.disableUser.active).toBe(false);
    expect((await gql(server.url, '{ me { user { id } } }', {}, theirs)).data!.me).toBeNull();
    expect(
      codeOf(
        await gql(
          server.url,
          `mutation { login(input: { username: "${input.username}", password: "Strong-pass-1" }) { token } }`,
        ),
      ),
    ).toBe('UNAUTHENTICATED');
    expect(
      codeOf(
        await gql(server.url, 'mutation($id: ID!) { disableUser(id: $id) { active } }', { id }, tokens.infocenter),
      ),
    ).toBe('INVALID_STATE');
    await gql(server.url, 'mutation($id: ID!) { enableUser(id: $id) { active } }', { id }, tokens.infocenter);
    await login(server.url, input.username, 'Strong-pass-1');
  });

  it('cannot widen their own roles or clearance', async () => {
    const me = await gql(server.url, '{ me { user { id } } }', {}, tokens.infocenter);
    const r = await gql(
      server.url,
      'mutation($id: ID!) { updateUser(id: $id, input: { roles: [infoCenter, leader], clearance: TOP_SECRET }) { id } }',
      { id: me.data!.me.user.id },
      tokens.infocenter,
    );
    expect(codeOf(r)).toBe('FORBIDDEN');
  });

  it('cannot disable themselves', async () => {
    const me = await gql(server.url, '{ me { user { id } } }', {}, tokens.infocenter);
    const r = await gql(
      server.url,
      'mutation($id: ID!) { disableUser(id: $id) { active } }',
      { id: me.data!.me.user.id },
      tokens.infocenter,
    );
    expect(codeOf(r)).toBe('FORBIDDEN');
  });

  it('resets a password and unlocks a locked account', async () => {
    const input = newUser();
    const { data } = await gql(server.url, CREATE, { input }, tokens.infocenter);
    const id = data!.createUser.id;
    expect(
      codeOf(await gql(server.url, 'mutation($id: ID!) { unlockUser(id: $id) { id } }', { id }, tokens.infocenter)),
    ).toBe('INVALID_STATE');
    await server.em().nativeUpdate(User, { id }, { lockedUntil: new Date(Date.now() + 600_000) });
    const u = await gql(
      server.url,
      'mutation($id: ID!) { unlockUser(id: $id) { lockedUntil } }',
      { id },
      tokens.infocenter,
    );
    expect(u.data!.unlockUser.lockedUntil).toBeNull();
    const reset = await gql(
      server.url,
      'mutation($id: ID!) { resetUserPassword(id: $id, password: "Fresh-pass-22") { id } }',
      { id },
      tokens.infocenter,
    );
    expect(reset.errors).toBeUndefined();
    await login(server.url, input.username, 'Fresh-pass-22');
  });
});

describe('officer', () => {
  it('sees only colleagues of their unit, and the total counts only those', async () => {
    const r = await gql(server.url, USERS, { perPage: 100 }, tokens['zhzf.officer1']);
    const codes = new Set(r.data!.users.items.map((u: { unit: { code: string } }) => u.unit.code));
    expect([...codes]).toEqual(['ZHZF']);
    expect(r.data!.users.total).toBe(r.data!.users.items.length);
  });

  it('reads their own security fields but not a colleague’s', async () => {
    const r = await gql(server.url, USERS, { perPage: 100 }, tokens['zhzf.officer1']);
    for (const u of r.data!.users.items as { username: string; clearance: string | null }[]) {
      expect(u.clearance === null).toBe(u.username !== 'zhzf.officer1');
    }
  });

  it('gets NOT_FOUND for a user of another unit, audited as denied', async () => {
    const other = await server.em().findOneOrFail(User, { username: 'cgs.officer2' });
    const r = await gql(
      server.url,
      'query($id: ID!) { user(id: $id) { username } }',
      { id: other.id },
      tokens['zhzf.officer1'],
    );
    expect(codeOf(r)).toBe('NOT_FOUND');
    expect(r.errors![0].message).not.toContain('cgs.officer2');
    const denied = await server
      .em()
      .find(AuditEvent, { action: 'user.read', subjectId: other.id, outcome: AuditOutcome.DENIED });
    expect(denied).toHaveLength(1);
  });

  it('cannot create users: FORBIDDEN, audited', async () => {
    const r = await gql(server.url, CREATE, { input: newUser() }, tokens['zhzf.officer1']);
    expect(codeOf(r)).toBe('FORBIDDEN');
    const denied = await server
      .em()
      .find(AuditEvent, { action: 'mutation.createUser', outcome: AuditOutcome.DENIED, actorName: 'zhzf.officer1' });
    expect(denied).toHaveLength(1);
  });

  it('cannot read the audit trail', async () => {
    expect(codeOf(await gql(server.url, '{ auditEvents { total } }', {}, tokens['zhzf.officer1']))).toBe('FORBIDDEN');
  });
});

describe('leader', () => {
  it('sees the whole directory with clearances but not login counters', async () => {
    const r = await gql(server.url, USERS, { perPage: 100, filter: { role: 'officer' } }, tokens.leader);
    expect(r.data!.users.total).toBeGreaterThanOrEqual(7);
    expect(
      r.data!.users.items.every(
        (u: { clearance: unknown; failedLoginCount: unknown }) => u.clearance !== null && u.failedLoginCount === null,
      ),
    ).toBe(true);
  });

  it('sorts and pages, and refuses an unknown sort field', async () => {
    const p1 = await gql(
      server.url,
      USERS,
      { perPage: 3, page: 1, sortField: 'username', sortOrder: 'DESC' },
      tokens.leader,
    );
    const p2 = await gql(
      server.url,
      USERS,
      { perPage: 3, page: 2, sortField: 'username', sortOrder: 'DESC' },
      tokens.leader,
    );
    const names = [...p1.data!.users.items, ...p2.data!.users.items].map((u: { username: string }) => u.username);
    expect(names).toEqual([...names].sort().reverse());
    expect(codeOf(await gql(server.url, USERS, { sortField: 'passwordHash' }, tokens.leader))).toBe('BAD_USER_INPUT');
  });
});

describe('not signed in', () => {
  it('gets UNAUTHENTICATED for every list, audited', async () => {
    for (const q of ['{ users { total } }', '{ units { total } }', '{ auditEvents { total } }']) {
      expect(codeOf(await gql(server.url, q))).toBe('UNAUTHENTICATED');
    }
    expect(
      await server.em().count(AuditEvent, { action: 'query.users', outcome: AuditOutcome.DENIED, actorId: null }),
    ).toBe(1);
  });
});

describe('units', () => {
  it('infoCenter creates and renames a unit; codes are unique; others may only read', async () => {
    const create = 'mutation($input: CreateUnitInput!) { createUnit(input: $input) { id code name kind } }';
    const r = await gql(
      server.url,
      create,
      { input: { code: 'YZS', name: '油召市场监管所', kind: 'MARKET_OFFICE' } },
      tokens.infocenter,
    );
    expect(r.data!.createUnit).toMatchObject({ code: 'YZS', kind: 'MARKET_OFFICE' });
    expect(
      codeOf(
        await gql(server.url, create, { input: { code: 'YZS', name: '另一个', kind: 'OTHER' } }, tokens.infocenter),
      ),
    ).toBe('CONFLICT');
    expect(
      codeOf(
        await gql(server.url, create, { input: { code: 'bad code', name: 'x', kind: 'OTHER' } }, tokens.infocenter),
      ),
    ).toBe('BAD_USER_INPUT');
    const upd = await gql(
      server.url,
      'mutation($id: ID!) { updateUnit(id: $id, input: { name: "油召所" }) { name } }',
      { id: r.data!.createUnit.id },
      tokens.infocenter,
    );
    expect(upd.data!.updateUnit.name).toBe('油召所');
    expect(
      codeOf(await gql(server.url, create, { input: { code: 'ZZ', name: 'z', kind: 'OTHER' } }, tokens.leader)),
    ).toBe('FORBIDDEN');
    const list = await gql(server.url, '{ units(perPage: 50) { total items { code } } }', {}, tokens['cgs.officer1']);
    expect(list.data!.units.total).toBe(9);
  });

  it('a unit made in the console gets a case-number prefix, opens cases with it, and keeps it from then on', async () => {
    const create = 'mutation($input: CreateUnitInput!) { createUnit(input: $input) { id code casePrefix } }';
    const update =
      'mutation($id: ID!, $input: UpdateUnitInput!) { updateUnit(id: $id, input: $input) { name casePrefix } }';
    const details = (r: Awaited<ReturnType<typeof gql>>) =>
      (r.errors?.[0]?.extensions as { details?: Record<string, unknown> } | undefined)?.details;
    const r = await gql(
      server.url,
      create,
      { input: { code: 'HTS', name: '回龙湾市场监管所', kind: 'MARKET_OFFICE', casePrefix: '平市监回' } },
      tokens.infocenter,
    );
    expect(r.errors).toBeUndefined();
    const unit = r.data!.createUnit as { id: string; casePrefix: string };
    expect(unit.casePrefix).toBe('平市监回');

    // Another unit's prefix is taken (the field is named), a malformed one is refused, neither is stored.
    const taken = await gql(
      server.url,
      create,
      { input: { code: 'HTS2', name: '另一所', kind: 'MARKET_OFFICE', casePrefix: '平市监综' } },
      tokens.infocenter,
    );
    expect([codeOf(taken), details(taken)]).toEqual(['CONFLICT', { field: 'casePrefix' }]);
    const sameCode = await gql(
      server.url,
      create,
      { input: { code: 'HTS', name: '又一所', kind: 'OTHER' } },
      tokens.infocenter,
    );
    expect([codeOf(sameCode), details(sameCode)]).toEqual(['CONFLICT', { field: 'code' }]);
    for (const casePrefix of ['平市 监', '平市监〔', 'x'.repeat(17), '']) {
      const bad = await gql(
        server.url,
        create,
        { input: { code: 'HTS3', name: '坏前缀所', kind: 'OTHER', casePrefix } },
        tokens.infocenter,
      );
      expect(codeOf(bad), casePrefix).toBe('BAD_USER_INPUT');
    }
    expect(await server.em().count(Unit, { code: { $in: ['HTS2', 'HTS3'] } })).toBe(0);

    // Before any case, the prefix may change; the change is audited with before and after.
    const changed = await gql(
      server.url,
      update,
      { id: unit.id, input: { casePrefix: '平市监龙' } },
      tokens.infocenter,
    );
    expect(changed.data!.updateUnit.casePrefix).toBe('平市监龙');
    const event = await server
      .em()
      .findOneOrFail(AuditEvent, { action: 'unit.update', subjectId: unit.id }, { orderBy: { at: 'desc' } });
    expect(event.details).toMatchObject({ before: { casePrefix: '平市监回' }, after: { casePrefix: '平市监龙' } });

    // Two officers of the new unit open a case: its number starts with the prefix.
    const officers: string[] = [];
    for (const username of ['hts.officer1', 'hts.officer2']) {
      const u = await gql(
        server.url,
        CREATE,
        { input: newUser({ username, unitId: unit.id, roles: ['officer'] }) },
        tokens.infocenter,
      );
      expect(u.errors).toBeUndefined();
      officers.push(u.data!.createUser.id as string);
    }
    const officerToken = await login(server.url, 'hts.officer1', 'Strong-pass-1');
    const opened = await gql(
      server.url,
      'mutation($input: OpenCaseInput!) { openCase(input: $input) { number } }',
      {
        input: {
          unitId: unit.id,
          cause: '无照经营',
          procedure: 'GENERAL_PENALTY',
          party: { kind: 'PERSON', name: '赵六' },
          handlingOfficerIds: officers,
          openedOn: '2026-11-20',
        },
      },
      officerToken,
    );
    expect(opened.errors).toBeUndefined();
    expect(opened.data!.openCase.number).toBe('平市监龙〔2026〕1号');

    // From then on the prefix stays (the case numbers carry it); the name may still change.
    for (const casePrefix of ['平市监湾', null]) {
      const refused = await gql(server.url, update, { id: unit.id, input: { casePrefix } }, tokens.infocenter);
      expect([codeOf(refused), details(refused)?.reason]).toEqual(['INVALID_STATE', 'UNIT_HAS_CASES']);
    }
    const renamed = await gql(
      server.url,
      update,
      { id: unit.id, input: { name: '回龙湾所', casePrefix: '平市监龙' } },
      tokens.infocenter,
    );
    expect(renamed.data!.updateUnit).toEqual({ name: '回龙湾所', casePrefix: '平市监龙' });
    expect((await server.em().findOneOrFail(Unit, { id: unit.id })).casePrefix).toBe('平市监龙');
  });
});
