import 'reflect-metadata';
import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { DEMO_PASSWORD } from '../../seeds/demo.js';
import { createApp } from '../../server/src/app.js';
import { defineAbilityFor } from '../../server/src/authz/ability.js';
import { Authz } from '../../server/src/authz/guard.js';
import { PageArgs } from '../../server/src/common/pagination.js';
import { loadConfig } from '../../server/src/config.js';
import { type Context, createServices, principalOf, stopServices } from '../../server/src/context.js';
import type { RecordFilter } from '../../server/src/records/record.inputs.js';
import { RecordKind } from '../../server/src/records/record.enums.js';
import { User } from '../../server/src/users/user.entity.js';
import { measure, openBenchDatabase } from '../support.js';
import { FULL, generateRecords } from './generate.js';

/**
 * bench:records — the records list (50 a page, with its total) as an officer and as a leader, with
 * one filter and with a Chinese search, through the service (CASL filter → MikroORM), through
 * GraphQL over HTTP, and the same SQL statements replayed directly with pg. Goals: p95 < 50 ms; the
 * service (CASL rules → SQL filter, ORM) within 2× of its own SQL run directly.
 */
const volume = {
  ...FULL,
  records: Number(process.env.BENCH_RECORDS ?? FULL.records),
  cases: Number(process.env.BENCH_CASES ?? FULL.cases),
};
const runs = Number(process.env.BENCH_RUNS ?? 40);
const db = await openBenchDatabase();
/** SQL statements the ORM sends while `capturing`, with their parameters, exactly as sent. */
let capturing: { sql: string; bindings: unknown[] }[] | null = null;
const knex = db.orm.em.getConnection().getKnex();
knex.on('query', (q: { sql: string; bindings?: unknown[] }) => {
  capturing?.push({
    sql: (knex.client as { positionBindings(sql: string): string }).positionBindings(q.sql),
    bindings: q.bindings ?? [],
  });
});
await generateRecords(db.orm, volume);
const config = loadConfig({ NODE_ENV: 'production' }, { databaseUrl: db.url });
const services = createServices(config, db.orm);
const app = await createApp(services);
const port = await app.listen(0, '127.0.0.1');
const direct = new pg.Pool({ connectionString: db.url, max: 2 });

const page = Object.assign(new PageArgs(), { page: 1, perPage: 50 });
const scenarios: { name: string; filter: RecordFilter }[] = [
  { name: 'filter kind=VIDEO', filter: { kinds: [RecordKind.VIDEO] } as RecordFilter },
  { name: 'search “王建国”', filter: { q: '王建国' } as RecordFilter },
  { name: 'search “询问”', filter: { q: '询问' } as RecordFilter },
];

const rows: string[][] = [
  ['user', 'scenario', 'total', 'service p50/p95', 'GraphQL p50/p95', 'same SQL via pg p50/p95', 'service ÷ SQL (p95)'],
];
for (const username of ['zhzf.officer1', 'leader']) {
  const em = db.orm.em.fork() as EntityManager;
  const user = await em.findOneOrFail(User, { username }, { populate: ['unit'] });
  const principal = principalOf(user);
  const ctx = () => {
    const e = db.orm.em.fork() as EntityManager;
    const actor = { id: user.id, username, clientAddress: null };
    return {
      em: e,
      authz: new Authz(principal, defineAbilityFor(principal), e, services.audit, actor),
      services,
    } as unknown as Context;
  };
  const token = await login(username);
  for (const s of scenarios) {
    const { total } = await services.records.list(ctx(), s.filter, page);
    const service = await measure(() => services.records.list(ctx(), s.filter, page), runs);
    const graphql = await measure(() => listOverHttp(token, s.filter), runs);
    // The very statements the service sent (the CASL filter already in them), replayed with pg.
    capturing = [];
    await services.records.list(ctx(), s.filter, page);
    const statements = capturing;
    capturing = null;
    const sql = await measure(async () => {
      for (const statement of statements) await direct.query(statement.sql, statement.bindings);
    }, runs);
    rows.push([
      username,
      s.name,
      String(total),
      fmt(service),
      fmt(graphql),
      fmt(sql),
      (service.p95 / sql.p95).toFixed(2),
    ]);
  }
}
console.log(
  `\nrecords list, 50 a page with its total, ${volume.records} records over ${volume.cases} cases, ${runs} runs each (ms)\n`,
);
for (const r of rows) console.log(r.map((c, i) => c.padEnd(i < 2 ? 18 : 26)).join(''));
await direct.end();
await app.close();
await stopServices(services);
await db.close();

function fmt(m: { p50: number; p95: number }) {
  return `${m.p50.toFixed(1)} / ${m.p95.toFixed(1)}`;
}

async function login(username: string): Promise<string> {
  const r = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation { login(input: { username: "${username}", password: "${DEMO_PASSWORD}" }) { token } }`,
    }),
  });
  return ((await r.json()) as { data: { login: { token: string } } }).data.login.token;
}

async function listOverHttp(token: string, filter: RecordFilter) {
  const r = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query:
        'query($f: RecordFilter) { records(filter: $f, perPage: 50) { total items { id title kind case { number unit { name } } } } }',
      variables: { f: filter },
    }),
  });
  const body = (await r.json()) as { errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
}
