import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApprovalRequest } from '../../../server/src/approvals/approval-request.entity.js';
import { ApprovalStep } from '../../../server/src/approvals/approval-step.entity.js';
import type { EnforcementRecord } from '../../../server/src/records/record.entity.js';
import { Confidentiality, RecordKind } from '../../../server/src/records/record.enums.js';
import { User } from '../../../server/src/users/user.entity.js';
import { buildCase, buildRecord } from '../../factories.js';
import { codeOf, gql, login } from '../../support/graphql.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../../support/server.js';

let server: TestServer;
const t: Record<string, string> = {};
const r: Record<string, string> = {};

const REQUEST = `mutation($in: RequestViewingInput!) { requestViewing(input: $in) { id } }`;
const QUEUE = `query($f: ApprovalQueueFilter, $perPage: Int) {
  approvalQueue(filter: $f, perPage: $perPage) { total items { id request { id } } }
}`;
const DECIDE = `mutation($id: ID!) { decideApproval(stepId: $id, decision: APPROVE) { id } }`;

const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString();

async function ask(as: string, records: EnforcementRecord[], over: Record<string, unknown> = {}) {
  const res = await gql(
    server.url,
    REQUEST,
    {
      in: {
        recordIds: records.map((x) => x.id),
        actions: ['VIEW'],
        purpose: '核实执法过程',
        validUntil: inAWeek(),
        ...over,
      },
    },
    t[as],
  );
  expect(res.errors).toBeUndefined();
  return res.data!.requestViewing.id as string;
}

/** The request ids in `as`'s queue under `filter`, and the total the API gives. */
async function queue(as: string, filter: Record<string, unknown> | null, perPage = 50) {
  const res = await gql(server.url, QUEUE, { f: filter, perPage }, t[as]);
  expect(res.errors).toBeUndefined();
  const page = res.data!.approvalQueue as { total: number; items: { request: { id: string } }[] };
  return { ids: page.items.map((s) => s.request.id).sort(), total: page.total };
}

const sorted = (...ids: string[]) => [...ids].sort();

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  const em = server.em();
  const users = Object.fromEntries(
    (await em.find(User, {}, { populate: ['unit'] })).map((user) => [user.username, user]),
  );
  for (const name of ['zhzf.officer1', 'zhzf.officer2', 'zhzf.head', 'leader', 'deputy', 'legal'])
    t[name] = await login(server.url, name, DEMO_PASSWORD);
  const c = await buildCase(em, { unit: users['zhzf.officer1']!.unit, officers: [users['zhzf.officer1']!] });
  const text = await buildRecord(em, c, { title: '询问笔录', body: '问：……' });
  const video = await buildRecord(em, c, { kind: RecordKind.VIDEO, title: '现场录像', body: null });
  const trade = await buildRecord(em, c, {
    title: '企业配方说明',
    body: '配方……',
    confidentiality: Confidentiality.TRADE_SECRET,
  });
  const privacy = await buildRecord(em, c, {
    title: '当事人病历',
    body: '……',
    confidentiality: Confidentiality.PERSONAL_PRIVACY,
  });
  // Leader's queue: two AV requests (one overdue), a trade secret and a privacy one after legal.
  r.video = await ask('zhzf.officer2', [video]);
  r.lateVideo = await ask('zhzf.officer2', [video, text], { dueAt: inAWeek() });
  await em.nativeUpdate(ApprovalRequest, { id: r.lateVideo }, { dueAt: new Date(Date.now() - 86_400_000) });
  r.trade = await ask('zhzf.officer2', [trade]);
  r.privacy = await ask('zhzf.officer2', [privacy, video]);
  for (const id of [r.trade, r.privacy]) {
    const step = await em.fork().findOneOrFail(ApprovalStep, { request: id, waiting: true });
    expect((await gql(server.url, DECIDE, { id: step.id }, t['legal'])).errors).toBeUndefined();
  }
  // Someone else's queue: plain text to the unit head; and the leader's own AV request, which
  // the leader may not decide whatever the filter says.
  r.text = await ask('zhzf.officer2', [text]);
  r.own = await ask('leader', [video], { dueAt: inAWeek() });
  await em.nativeUpdate(ApprovalRequest, { id: r.own }, { dueAt: new Date(Date.now() - 86_400_000) });
});
afterAll(() => server?.close());

describe('the 待审批 queue filter', () => {
  it('without a filter, shows what the leader may decide', async () => {
    const all = await queue('leader', null);
    expect(all.ids).toEqual(sorted(r.video!, r.lateVideo!, r.trade!, r.privacy!));
    expect(all.total).toBe(4);
  });

  it('narrows by AV, confidentiality, type and overdue, with the total counted the same way', async () => {
    expect(await queue('leader', { hasAv: true })).toEqual({
      ids: sorted(r.video!, r.lateVideo!, r.privacy!),
      total: 3,
    });
    expect(await queue('leader', { hasAv: false })).toEqual({ ids: [r.trade], total: 1 });
    expect(await queue('leader', { confidentialities: ['TRADE_SECRET', 'PERSONAL_PRIVACY'] })).toEqual({
      ids: sorted(r.trade!, r.privacy!),
      total: 2,
    });
    expect(await queue('leader', { confidentialities: ['NONE'], hasAv: true })).toEqual({
      ids: sorted(r.video!, r.lateVideo!),
      total: 2,
    });
    expect(await queue('leader', { overdue: true })).toEqual({ ids: [r.lateVideo], total: 1 });
    expect((await queue('leader', { overdue: false })).ids).toEqual(sorted(r.video!, r.trade!, r.privacy!));
    expect((await queue('leader', { types: ['VIEWING'] })).total).toBe(4);
    expect(await queue('leader', { types: ['DISPOSAL'] })).toEqual({ ids: [], total: 0 });
  });

  it('never widens what the caller may decide', async () => {
    // The leader's own overdue request is in another leader's queue, not in the leader's.
    expect((await queue('leader', { overdue: true })).ids).not.toContain(r.own);
    expect((await queue('deputy', { overdue: true })).ids).toEqual(sorted(r.lateVideo!, r.own!));
    // Text-only requests wait for the unit head, never for a leader or an officer.
    expect((await queue('leader', { hasAv: false, confidentialities: ['NONE'] })).total).toBe(0);
    expect(await queue('zhzf.head', { hasAv: false })).toEqual({ ids: [r.text], total: 1 });
    expect(await queue('zhzf.officer1', {})).toEqual({ ids: [], total: 0 });
  });

  it('pages the filtered queue oldest request first', async () => {
    const first = await queue('leader', { hasAv: true }, 2);
    expect(first.total).toBe(3);
    const res = await gql(server.url, QUEUE, { f: { hasAv: true }, perPage: 2 }, t['leader']);
    expect(res.data!.approvalQueue.items.map((s: { request: { id: string } }) => s.request.id)).toEqual([
      r.video,
      r.lateVideo,
    ]);
  });

  it('refuses a filter value that is not one of the enum', async () => {
    expect(codeOf(await gql(server.url, QUEUE, { f: { confidentialities: ['TOP'] } }, t['leader']))).toBeTruthy();
  });
});
