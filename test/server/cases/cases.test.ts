import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../../server/src/audit/audit-event.entity.js';
import { User } from '../../../server/src/users/user.entity.js';
import { codeOf, gql, login } from '../../support/graphql.js';
import { holdRow } from '../../support/row-lock.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../../support/server.js';

let server: TestServer;
const t: Record<string, string> = {};
const id: Record<string, string> = {};
let zhzfId: string;

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  const users = await server.em().find(User, {}, { populate: ['unit'] });
  for (const u of users) id[u.username] = u.id;
  zhzfId = users.find((u) => u.username === 'zhzf.officer1')!.unit.id;
  for (const u of [
    'zhzf.officer1',
    'zhzf.officer2',
    'zhzf.clerk',
    'zhzf.head',
    'cgs.officer1',
    'leader',
    'archivist',
    'supervisor',
    'infocenter',
    'legal',
  ]) {
    t[u] = await login(server.url, u, DEMO_PASSWORD);
  }
});
afterAll(() => server?.close());

const OPEN = `mutation($input: OpenCaseInput!) { openCase(input: $input) { id number status procedure handlingOfficerIds partyIdNumber partyPhone handlingOfficers { username } } }`;
const CASE = `query($id: ID!) { case(id: $id) { id number status concludedOn transferDeadline partyIdNumber partyPhone partyAddress } }`;
const CASES = `query($filter: CaseFilter) { cases(filter: $filter, perPage: 100) { total items { id number cause } } }`;

const input = (over: Record<string, unknown> = {}) => ({
  unitId: zhzfId,
  cause: '销售过期食品',
  procedure: 'GENERAL_PENALTY',
  party: {
    kind: 'PERSON',
    name: '李四',
    idNumber: '13053319900307123X',
    phone: '13812345678',
    address: '平乡县丰州镇民主街8号',
  },
  handlingOfficerIds: [id['zhzf.officer1'], id['zhzf.officer2']],
  openedOn: '2026-11-02',
  ...over,
});

async function open(over: Record<string, unknown> = {}, as = 'zhzf.officer1') {
  const r = await gql(server.url, OPEN, { input: input(over) }, t[as]);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.openCase as { id: string; number: string };
}

describe('opening a case', () => {
  it('numbers cases per unit and year in the bureau format, audited', async () => {
    const a = await open();
    const b = await open({ openedOn: '2026-11-03' });
    const c = await open({ openedOn: '2025-12-30' });
    expect(a.number).toMatch(/^平市监综〔2026〕\d+号$/);
    expect(Number(b.number.match(/〕(\d+)号/)![1])).toBe(Number(a.number.match(/〕(\d+)号/)![1]) + 1);
    expect(c.number).toBe('平市监综〔2025〕1号');
    expect(await server.em().count(AuditEvent, { action: 'case.open', subjectId: a.id })).toBe(1);
  });

  it('needs at least two active officers of the case’s unit', async () => {
    for (const officers of [
      [id['zhzf.officer1']],
      [id['zhzf.officer1'], id['cgs.officer1']],
      [id['zhzf.officer1'], id['zhzf.clerk']],
    ]) {
      const r = await gql(server.url, OPEN, { input: input({ handlingOfficerIds: officers }) }, t['zhzf.officer1']);
      expect(codeOf(r), JSON.stringify(officers)).toBe('BAD_USER_INPUT');
    }
  });

  it('checks the party’s ID number, credit code and phone', async () => {
    const bad = [
      { kind: 'PERSON', name: '王五', idNumber: '130533199003071231' },
      { kind: 'ORGANISATION', name: '某某商贸有限公司', idNumber: '91130533MA0CXXXX15' },
      { kind: 'PERSON', name: '王五', phone: '12345' },
    ];
    for (const party of bad)
      expect(codeOf(await gql(server.url, OPEN, { input: input({ party }) }, t['zhzf.officer1']))).toBe(
        'BAD_USER_INPUT',
      );
    await open({
      party: {
        kind: 'ORGANISATION',
        name: '某某商贸有限公司',
        idNumber: '91130533MA0CXXXX14',
        legalRepresentative: '赵六',
      },
    });
  });

  it('is refused outside one’s unit and for roles that do not open cases', async () => {
    expect(codeOf(await gql(server.url, OPEN, { input: input() }, t['cgs.officer1']))).toBe('FORBIDDEN');
    expect(codeOf(await gql(server.url, OPEN, { input: input() }, t.leader))).toBe('FORBIDDEN');
    expect(codeOf(await gql(server.url, OPEN, { input: input({ openedOn: '2099-01-01' }) }, t['zhzf.officer1']))).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('lifecycle', () => {
  it('concludes with the transfer deadline: 30 days, licensing 15', async () => {
    const general = await open();
    const licensing = await open({ procedure: 'LICENSING' });
    const conclude =
      'mutation($id: ID!, $on: String) { concludeCase(id: $id, concludedOn: $on) { status concludedOn transferDeadline } }';
    const g = await gql(server.url, conclude, { id: general.id, on: '2026-11-10' }, t['zhzf.officer1']);
    expect(g.data!.concludeCase).toEqual({
      status: 'CONCLUDED',
      concludedOn: '2026-11-10',
      transferDeadline: '2026-12-10',
    });
    const l = await gql(server.url, conclude, { id: licensing.id, on: '2026-11-10' }, t['zhzf.officer2']);
    expect(l.data!.concludeCase.transferDeadline).toBe('2026-11-25');
    expect(codeOf(await gql(server.url, conclude, { id: general.id, on: '2026-11-11' }, t['zhzf.officer1']))).toBe(
      'INVALID_STATE',
    );
  });

  it('concludes once when two people conclude at the same moment: the second is told it changed meanwhile', async () => {
    const c = await open();
    const conclude = 'mutation($id: ID!, $on: String) { concludeCase(id: $id, concludedOn: $on) { status } }';
    const row = await holdRow(server.config.databaseUrl!, 'select id from enforcement_case where id = $1 for update', [
      c.id,
    ]);
    try {
      const [a, b] = await row.inOrder(
        () => gql(server.url, conclude, { id: c.id, on: '2026-11-10' }, t['zhzf.officer1']),
        () => gql(server.url, conclude, { id: c.id, on: '2026-11-12' }, t['zhzf.officer2']),
      );
      expect(a.errors).toBeUndefined();
      expect(codeOf(b)).toBe('CONFLICT');
    } finally {
      await row.end();
    }
    expect(await server.em().count(AuditEvent, { action: 'case.conclude', subjectId: c.id })).toBe(1);
  });

  it('allows only the next step: a transfer is compiled after conclusion, by the unit clerk or head', async () => {
    const c = await open();
    const compile = 'mutation($id: ID!) { openTransfer(caseId: $id) { status case { status } } }';
    expect(codeOf(await gql(server.url, compile, { id: c.id }, t['zhzf.clerk']))).toBe('INVALID_STATE');
    expect(
      codeOf(
        await gql(
          server.url,
          'mutation($id: ID!) { concludeCase(id: $id, concludedOn: "2026-10-01") { status } }',
          { id: c.id },
          t['zhzf.officer1'],
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    await gql(server.url, 'mutation($id: ID!) { concludeCase(id: $id) { status } }', { id: c.id }, t['zhzf.officer1']);
    expect(codeOf(await gql(server.url, compile, { id: c.id }, t['zhzf.officer1']))).toBe('FORBIDDEN');
    expect((await gql(server.url, compile, { id: c.id }, t['zhzf.clerk'])).data!.openTransfer).toEqual({
      status: 'DRAFT',
      case: { status: 'CONCLUDED' },
    });
    expect(codeOf(await gql(server.url, compile, { id: c.id }, t['zhzf.head']))).toBe('INVALID_STATE');
    const events = await server
      .em()
      .find(AuditEvent, { subjectId: c.id, action: 'case.conclude' }, { orderBy: { id: 'asc' } });
    expect(events.map((e) => [e.details.from, e.details.to])).toEqual([['OPEN', 'CONCLUDED']]);
  });
});

describe('who sees what', () => {
  it('masks the party’s personal data unless the rules allow reading it', async () => {
    const c = await open();
    const seen = async (who: string) => (await gql(server.url, CASE, { id: c.id }, t[who])).data!.case;
    for (const who of ['zhzf.officer1', 'zhzf.head', 'leader', 'legal']) {
      expect(await seen(who), who).toMatchObject({ partyIdNumber: '13053319900307123X', partyPhone: '13812345678' });
    }
    for (const who of ['zhzf.clerk', 'archivist', 'supervisor']) {
      expect(await seen(who), who).toMatchObject({
        partyIdNumber: '130533********123X',
        partyPhone: '138****5678',
        partyAddress: '平乡县丰州****',
      });
    }
  });

  it('keeps other units’ cases out of lists, totals and direct reads; infoCenter sees none', async () => {
    const c = await open();
    const mine = await gql(server.url, CASES, {}, t['cgs.officer1']);
    expect(mine.data!.cases.total).toBe(0);
    const direct = await gql(server.url, CASE, { id: c.id }, t['cgs.officer1']);
    expect(codeOf(direct)).toBe('NOT_FOUND');
    expect(direct.errors![0].message).not.toContain(c.number);
    expect((await gql(server.url, CASES, {}, t.infocenter)).data!.cases.total).toBe(0);
    const all = await gql(server.url, CASES, {}, t.leader);
    expect(all.data!.cases.total).toBe((await gql(server.url, CASES, {}, t['zhzf.clerk'])).data!.cases.total);
  });

  it('searches number, party and cause in Chinese, filters, and takes wildcards literally', async () => {
    await open({ cause: '无照经营烟草制品', party: { kind: 'PERSON', name: '欧阳修' } });
    const q = async (filter: Record<string, unknown>) =>
      (await gql(server.url, CASES, { filter }, t['zhzf.officer1'])).data!.cases;
    expect((await q({ q: '烟草' })).items.map((i: { cause: string }) => i.cause)).toEqual(['无照经营烟草制品']);
    expect((await q({ q: '欧阳' })).total).toBe(1);
    expect((await q({ q: '平市监综〔2025〕' })).total).toBe(1);
    expect((await q({ q: '%' })).total).toBe(0);
    expect((await q({ procedures: ['LICENSING'] })).total).toBe(1);
    // Nothing here has gone further than a transfer draft (the case stays concluded until submitted).
    expect((await q({ statuses: ['OPEN', 'CONCLUDED'] })).total).toBe((await q({})).total);
    expect((await q({ statuses: ['COMPILED'] })).total).toBe(0);
    expect((await q({ officerId: id['zhzf.officer2'] })).total).toBe((await q({})).total);
    expect((await q({ officerId: id['zhzf.head'] })).total).toBe(0);
    expect((await q({ openedFrom: '2026-01-01', openedTo: '2026-12-31' })).total).toBe((await q({})).total - 1);
  });
});
