import { afterAll, beforeAll, expect, it } from 'vitest';
import { queuedPackage } from '../../../bench/export/fixture.js';
import { defineAbilityFor } from '../../../server/src/authz/ability.js';
import { principalOf } from '../../../server/src/context.js';
import { Disclosure } from '../../../server/src/disclosures/disclosure.entity.js';
import { DisclosureType } from '../../../server/src/disclosures/disclosure.enums.js';
import { ExportPackage } from '../../../server/src/exports/export-package.entity.js';
import { User } from '../../../server/src/users/user.entity.js';
import { gql, login } from '../../support/graphql.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../../support/server.js';

/**
 * Who sees which requests and packages: for every demo user, the API's list (and its total) is
 * exactly the rows the CASL rules let them read, and each package opens for exactly those too.
 */
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  const em = server.em();
  const file = { sha256: 'a'.repeat(64), sm3: 'b'.repeat(64), size: 1 };
  for (const type of [DisclosureType.EXTERNAL, DisclosureType.PARTY_COPY, DisclosureType.EXTERNAL])
    await queuedPackage(server.services, em.fork(), [file], { type });
});
afterAll(async () => {
  await server?.close();
});

it('lists, counts and opens requests and packages exactly as the rules allow, for every role', async () => {
  const em = server.em();
  const rows = await em.find(Disclosure, {});
  const packages = await em.find(ExportPackage, {}, { populate: ['disclosure'] });
  expect(rows).toHaveLength(3);
  const users = await em.find(User, { active: true }, { populate: ['unit'] });
  let someSee = 0;
  let someDont = 0;
  for (const user of users) {
    const ability = defineAbilityFor(principalOf(user));
    const expected = rows
      .filter((d) => ability.can('read', d as never))
      .map((d) => d.id)
      .sort();
    const token = await login(server.url, user.username, DEMO_PASSWORD);
    const list = await gql(server.url, '{ disclosures(perPage: 100) { total items { id } } }', {}, token);
    if (expected.length === 0 && list.errors) {
      expect(list.errors[0]!.extensions?.code, user.username).toBe('FORBIDDEN');
      someDont += 1;
    } else {
      expect(list.errors, user.username).toBeUndefined();
      const got = list.data!.disclosures.items.map((d: { id: string }) => d.id).sort();
      expect({ user: user.username, got, total: list.data!.disclosures.total }).toEqual({
        user: user.username,
        got: expected,
        total: expected.length,
      });
      if (expected.length) someSee += 1;
    }
    for (const p of packages) {
      const r = await gql(server.url, 'query($id: ID!) { exportPackage(id: $id) { id } }', { id: p.id }, token);
      const may = ability.can('read', p as never);
      expect({ user: user.username, package: p.disclosure.type, opened: !r.errors }).toEqual({
        user: user.username,
        package: p.disclosure.type,
        opened: may,
      });
    }
  }
  expect(someSee).toBeGreaterThan(2);
  expect(someDont).toBeGreaterThan(2);
  // And the rules themselves say what DESIGN.md says: the archive's queue, legal's queue, overseers see both.
  const seen = async (username: string) => {
    const token = await login(server.url, username, DEMO_PASSWORD);
    const r = await gql(server.url, '{ disclosures(perPage: 100) { items { type } } }', {}, token);
    return r.errors ? 'FORBIDDEN' : r.data!.disclosures.items.map((d: { type: string }) => d.type).sort();
  };
  expect(await seen('archivist')).toEqual(['EXTERNAL', 'EXTERNAL']);
  expect(await seen('legal')).toEqual(['PARTY_COPY']);
  expect(await seen('leader')).toEqual(['EXTERNAL', 'EXTERNAL', 'PARTY_COPY']);
  expect(await seen('supervisor')).toEqual(['EXTERNAL', 'EXTERNAL', 'PARTY_COPY']);
  for (const u of ['zhzf.officer1', 'zhzf.clerk', 'zhzf.head', 'infocenter']) expect(await seen(u)).toBe('FORBIDDEN');
});
