import fs from 'node:fs';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  type GraphQLArgument,
  GraphQLEnumType,
  GraphQLInputObjectType,
  type GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, login } from '../../support/graphql.js';
import { buildCase, buildRecord } from '../../factories.js';
import { User } from '../../../server/src/users/user.entity.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../../support/server.js';

/**
 * Every mutation of the committed schema gets generated values of its declared types that mean
 * nothing: random and odd strings, unknown ids, extreme numbers, dates far off, lists of junk.
 * Whatever the caller: a clear error code (never an internal error or a 500), nothing written when
 * it fails, and a refusal about something that might exist is in the audit trail.
 */
const schema = buildSchema(fs.readFileSync('schema.graphql', 'utf8'));
const mutations = Object.values(schema.getMutationType()!.getFields()).filter(
  // logout ends the caller's own session: it succeeds on any input, and the run needs the session.
  (f) => f.name !== 'logout',
);
const CLEAR = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'INVALID_STATE',
  'ACCOUNT_LOCKED',
  'RATE_LIMITED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
]);
/** Tables whose rows a refused attempt may add: the trail of refusals and sign-in counters. */
const MAY_GROW = new Set(['audit_event', 'rate_limit']);

const oddString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('', ' ', '\u0000', '../../etc/passwd', 'a/b\\c', '\u202e\u0007', 'x'.repeat(5000), '🙂'.repeat(300)),
);
const uuid = fc.uuid();
const date = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString()),
  },
  fc
    .date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.constantFrom('2026-02-30', 'yesterday', '', '2026-11-29T25:00:00Z'),
);

function valueOf(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (type instanceof GraphQLNonNull) return valueOf(type.ofType, depth);
  if (type instanceof GraphQLList) return fc.array(valueOf(type.ofType, depth + 1), { maxLength: depth > 1 ? 1 : 4 });
  if (type instanceof GraphQLEnumType) return fc.constantFrom(...type.getValues().map((v) => v.name));
  if (type instanceof GraphQLInputObjectType) {
    const fields = Object.values(type.getFields());
    const shape = Object.fromEntries(fields.map((f) => [f.name, valueOf(f.type, depth + 1)]));
    const required = fields.filter((f) => f.type instanceof GraphQLNonNull).map((f) => f.name);
    return fc.record(shape, { requiredKeys: required });
  }
  const scalar = type as GraphQLScalarType;
  switch (scalar.name) {
    case 'ID':
      // Ids of rows that exist (any table) reach the services' own checks; the rest are unknown or junk.
      return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...knownIds) }, uuid, oddString);
    case 'Int':
      return fc.oneof(fc.integer(), fc.constantFrom(0, -1, 2147483647, -2147483648));
    case 'Float':
      return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -1, 1e308));
    case 'Boolean':
      return fc.boolean();
    case 'DateTimeISO':
      return date;
    default:
      return oddString;
  }
}

function documentOf(name: string, args: readonly GraphQLArgument[], returns: GraphQLObjectType | GraphQLScalarType) {
  const vars = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = returns instanceof GraphQLObjectType ? ' { __typename }' : '';
  return `mutation${vars ? `(${vars})` : ''} { ${name}${call ? `(${call})` : ''}${selection} }`;
}

let server: TestServer;
const tokens: string[] = [];
const knownIds: string[] = [];
const reached = new Map<string, number>();

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  for (const who of ['infocenter', 'leader', 'zhzf.officer1', 'zhzf.clerk', 'supervisor'])
    tokens.push(await login(server.url, who, DEMO_PASSWORD));
  // A case with records and a waiting viewing request: rows for ids to aim at.
  const em = server.em();
  const officers = await em.find(User, { username: { $in: ['zhzf.officer1', 'zhzf.head'] } }, { populate: ['unit'] });
  const theCase = await buildCase(em, { unit: officers[0]!.unit, officers });
  const record = await buildRecord(em, theCase, { title: '询问笔录', body: '问：……' });
  const asked = await gql(
    server.url,
    `mutation($in: RequestViewingInput!) { requestViewing(input: $in) { id } }`,
    {
      in: {
        recordIds: [record.id],
        actions: ['VIEW'],
        purpose: '复议答复核实',
        validUntil: new Date(Date.now() + 5 * 86_400_000).toISOString(),
      },
    },
    await login(server.url, 'zhzf.officer2', DEMO_PASSWORD),
  );
  expect(asked.errors).toBeUndefined();
  for (const table of [
    'app_user',
    'unit',
    'enforcement_case',
    'record',
    'approval_step',
    'approval_request',
    'notification',
  ])
    for (const row of await em.execute<{ id: string }[]>(`select id from "${table}" limit 5`)) knownIds.push(row.id);
});
afterAll(async () => {
  await server?.close();
});

async function fingerprint(): Promise<Map<string, string>> {
  const tables = await server
    .em()
    .execute<{ tablename: string }[]>(`select tablename from pg_tables where schemaname = 'public' order by tablename`);
  const out = new Map<string, string>();
  for (const { tablename } of tables) {
    if (MAY_GROW.has(tablename)) continue;
    const [row] = await server
      .em()
      .execute<{ h: string }[]>(
        `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from "${tablename}" t`,
      );
    out.set(tablename, row!.h);
  }
  return out;
}
const auditCount = async () =>
  Number((await server.em().execute<{ n: string }[]>('select count(*) as n from audit_event'))[0]!.n);

describe('malformed values at every mutation', () => {
  it(`covers all ${mutations.length} mutations`, () => {
    expect(mutations.length).toBeGreaterThan(30);
  });

  for (const mutation of mutations) {
    it(`${mutation.name}: a clear error, no 500, nothing written, refusals audited`, async () => {
      const returns = getNamedType(mutation.type) as GraphQLObjectType | GraphQLScalarType;
      const query = documentOf(mutation.name, mutation.args, returns);
      const variables = fc.record(Object.fromEntries(mutation.args.map((a) => [a.name, valueOf(a.type)])));
      await fc.assert(
        fc.asyncProperty(variables, fc.nat(tokens.length), async (vars, who) => {
          const before = await fingerprint();
          const audited = await auditCount();
          const res = await fetch(`${server.url}/graphql`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              ...(who < tokens.length ? { authorization: `Bearer ${tokens[who]}` } : {}),
            },
            body: JSON.stringify({ query, variables: vars }),
          });
          expect(res.status).toBeLessThan(500);
          const body = (await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
          if (!body.errors || body.errors.some((e) => (e as { path?: unknown }).path))
            reached.set(mutation.name, (reached.get(mutation.name) ?? 0) + 1);
          if (!body.errors) return; // the values happened to make sense: a real change is allowed
          for (const e of body.errors) {
            expect(CLEAR, `${e.extensions?.code}: ${e.message}`).toContain(e.extensions?.code);
            expect(e.message).not.toMatch(/ at .*\.(ts|js):\d+|select |insert |update |violates/i);
          }
          const after = await fingerprint();
          const changed = [...after].filter(([t, h]) => before.get(t) !== h).map(([t]) => t);
          expect(changed, JSON.stringify(body.errors)).toEqual([]);
          const code = body.errors[0]!.extensions!.code!;
          if (['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED'].includes(code))
            expect(await auditCount(), `${code} not audited`).toBeGreaterThan(audited);
        }),
        { numRuns: 12, seed: 20261129 },
      );
      // Not vacuous: some calls got past GraphQL's own type checks into the resolver.
      expect(reached.get(mutation.name) ?? 0).toBeGreaterThan(0);
    });
  }
});
