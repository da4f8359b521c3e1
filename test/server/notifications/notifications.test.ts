import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApprovalStep } from '../../../server/src/approvals/approval-step.entity.js';
import type { Case } from '../../../server/src/cases/case.entity.js';
import { Device } from '../../../server/src/devices/device.entity.js';
import { DeviceKind } from '../../../server/src/devices/device.enums.js';
import type { EnforcementRecord } from '../../../server/src/records/record.entity.js';
import { Confidentiality } from '../../../server/src/records/record.enums.js';
import { Unit } from '../../../server/src/units/unit.entity.js';
import { User } from '../../../server/src/users/user.entity.js';
import { buildCase, buildRecord } from '../../factories.js';
import { codeOf, gql, login } from '../../support/graphql.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../../support/server.js';

let server: TestServer;
const t: Record<string, string> = {};
let theCase: Case;
let text: EnforcementRecord;
let tradeSecret: EnforcementRecord;

const BELL = `query($unread: Boolean) { myNotifications(unreadOnly: $unread) { total unread items { id kind subjectType subjectId summary decision readAt } } }`;
const READ = `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;
const REQUEST = `mutation($in: RequestViewingInput!) { requestViewing(input: $in) { id } }`;
const DECIDE = `mutation($id: ID!, $d: Decision!, $c: String) { decideApproval(stepId: $id, decision: $d, comment: $c) { id } }`;

interface Item {
  id: string;
  kind: string;
  subjectType: string;
  subjectId: string;
  summary: string;
  decision: string | null;
  readAt: string | null;
}
async function bell(who: string, unread = false) {
  const r = await gql(server.url, BELL, { unread }, t[who]);
  expect(r.errors).toBeUndefined();
  return r.data!.myNotifications as { total: number; unread: number; items: Item[] };
}
const unreadAbout = async (who: string, subjectId: string) =>
  (await bell(who, true)).items.filter((i) => i.subjectId === subjectId);

async function requestViewing(who: string, recordIds: string[]): Promise<string> {
  const validUntil = new Date(Date.now() + 7 * 86_400_000).toISOString();
  const r = await gql(
    server.url,
    REQUEST,
    { in: { recordIds, actions: ['VIEW'], purpose: '行政复议答复需要核实', validUntil } },
    t[who],
  );
  expect(r.errors).toBeUndefined();
  return r.data!.requestViewing.id as string;
}
const waitingStep = async (requestId: string) =>
  (await server.em().findOneOrFail(ApprovalStep, { request: requestId, waiting: true })).id;

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  const em = server.em();
  const u = Object.fromEntries((await em.find(User, {}, { populate: ['unit'] })).map((x) => [x.username, x]));
  for (const name of [
    'zhzf.officer1',
    'zhzf.officer2',
    'zhzf.head',
    'zhzf.clerk',
    'cgs.head',
    'cgs.clerk',
    'leader',
    'deputy',
    'legal',
    'infocenter',
  ])
    t[name] = await login(server.url, name, DEMO_PASSWORD);
  theCase = await buildCase(em, { unit: u['zhzf.officer1']!.unit, officers: [u['zhzf.officer1']!, u['zhzf.head']!] });
  text = await buildRecord(em, theCase, { title: '询问笔录', body: '问：……' });
  tradeSecret = await buildRecord(em, theCase, {
    title: '企业配方说明',
    body: '配方……',
    confidentiality: Confidentiality.TRADE_SECRET,
  });
});
afterAll(() => server?.close());

describe('the bell', () => {
  it('calls exactly the people who may decide, settles their calls once decided, and tells the requester', async () => {
    const before = { leader: (await bell('leader')).total, cgs: (await bell('cgs.head')).total };
    const id = await requestViewing('zhzf.officer2', [text.id]);
    const calls = await unreadAbout('zhzf.head', id);
    expect(calls).toEqual([
      expect.objectContaining({ kind: 'APPROVAL_WAITING', subjectType: 'ApprovalRequest', readAt: null }),
    ]);
    expect(calls[0]!.summary).toContain(theCase.number);
    // Not the head of another unit, not a leader, not the requester.
    expect((await bell('cgs.head')).total).toBe(before.cgs);
    expect((await bell('leader')).total).toBe(before.leader);
    expect(await unreadAbout('zhzf.officer2', id)).toEqual([]);

    await gql(server.url, DECIDE, { id: await waitingStep(id), d: 'APPROVE' }, t['zhzf.head']);
    expect(await unreadAbout('zhzf.head', id)).toEqual([]);
    const told = await unreadAbout('zhzf.officer2', id);
    expect(told).toEqual([expect.objectContaining({ kind: 'REQUEST_DECIDED', decision: 'APPROVE' })]);
  });

  it('follows a two-step chain: legal first, then every leader; one leader deciding settles it for the other', async () => {
    const id = await requestViewing('zhzf.officer1', [tradeSecret.id]);
    expect(await unreadAbout('legal', id)).toHaveLength(1);
    expect(await unreadAbout('leader', id)).toEqual([]);
    await gql(server.url, DECIDE, { id: await waitingStep(id), d: 'APPROVE' }, t['legal']);
    expect(await unreadAbout('legal', id)).toEqual([]);
    expect(await unreadAbout('leader', id)).toHaveLength(1);
    expect(await unreadAbout('deputy', id)).toHaveLength(1);
    expect(await unreadAbout('zhzf.officer1', id)).toEqual([]);

    const r = await gql(server.url, DECIDE, { id: await waitingStep(id), d: 'REJECT', c: '无必要' }, t['deputy']);
    expect(r.errors).toBeUndefined();
    expect(await unreadAbout('leader', id)).toEqual([]);
    expect(await unreadAbout('zhzf.officer1', id)).toEqual([
      expect.objectContaining({ kind: 'REQUEST_DECIDED', decision: 'REJECT' }),
    ]);
  });

  it('settles the calls of a cancelled request', async () => {
    const id = await requestViewing('zhzf.officer2', [text.id]);
    expect(await unreadAbout('zhzf.head', id)).toHaveLength(1);
    const r = await gql(
      server.url,
      `mutation($id: ID!) { cancelRequest(id: $id) { status } }`,
      { id },
      t['zhzf.officer2'],
    );
    expect(r.data!.cancelRequest.status).toBe('CANCELLED');
    expect(await unreadAbout('zhzf.head', id)).toEqual([]);
  });

  it("reports a device fault to the office and the unit's clerk, not to other units", async () => {
    const em = server.em();
    const unit = await em.findOneOrFail(Unit, {
      code: (await em.findOneOrFail(User, { username: 'zhzf.clerk' }, { populate: ['unit'] })).unit.code,
    });
    const device = em.create(Device, {
      number: 'ZHZF-N-1',
      kind: DeviceKind.BODY_CAMERA,
      model: 'm',
      serial: 'n1',
      unit,
    });
    await em.flush();
    const r = await gql(
      server.url,
      `mutation($id: ID!) { reportDeviceFault(id: $id, description: "无法开机") { id } }`,
      { id: device.id },
      t['zhzf.officer1'],
    );
    expect(r.errors).toBeUndefined();
    for (const who of ['zhzf.clerk', 'infocenter'])
      expect(await unreadAbout(who, device.id)).toEqual([
        expect.objectContaining({ kind: 'DEVICE_FAULT', subjectType: 'Device', summary: 'ZHZF-N-1: 无法开机' }),
      ]);
    for (const who of ['cgs.clerk', 'zhzf.officer1', 'leader']) expect(await unreadAbout(who, device.id)).toEqual([]);
  });

  it('marks only the caller’s own notifications read, and refuses bad ids and strangers', async () => {
    const mine = await bell('zhzf.clerk', true);
    expect(mine.unread).toBeGreaterThan(0);
    const others = await bell('infocenter', true);
    // Another user's ids change nothing of theirs.
    const foreign = await gql(server.url, READ, { ids: others.items.map((i) => i.id) }, t['zhzf.clerk']);
    expect(foreign.data!.markNotificationsRead).toBe(0);
    expect((await bell('infocenter', true)).unread).toBe(others.unread);

    const one = await gql(server.url, READ, { ids: [mine.items[0]!.id] }, t['zhzf.clerk']);
    expect(one.data!.markNotificationsRead).toBe(1);
    expect((await bell('zhzf.clerk')).unread).toBe(mine.unread - 1);
    const all = await gql(server.url, READ, {}, t['zhzf.clerk']);
    expect(all.data!.markNotificationsRead).toBe(mine.unread - 1);
    expect((await bell('zhzf.clerk')).unread).toBe(0);

    expect(codeOf(await gql(server.url, READ, { ids: ['not-a-uuid'] }, t['zhzf.clerk']))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(server.url, READ, { ids: [] }, t['zhzf.clerk']))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(server.url, BELL, {}))).toBe('UNAUTHENTICATED');
  });
});
