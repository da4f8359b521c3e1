import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessGrant } from '../../../server/src/access-requests/access-grant.entity.js';
import { ApprovalStep } from '../../../server/src/approvals/approval-step.entity.js';
import { AuditEvent, AuditOutcome } from '../../../server/src/audit/audit-event.entity.js';
import type { Case } from '../../../server/src/cases/case.entity.js';
import type { EnforcementRecord } from '../../../server/src/records/record.entity.js';
import { Confidentiality, RecordKind } from '../../../server/src/records/record.enums.js';
import { User } from '../../../server/src/users/user.entity.js';
import { buildCase, buildRecord } from '../../factories.js';
import { codeOf, gql, login } from '../../support/graphql.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../../support/server.js';

let server: TestServer;
const t: Record<string, string> = {};
const u: Record<string, User> = {};
let theCase: Case;
let text: EnforcementRecord;
let video: EnforcementRecord;
let secretTrade: EnforcementRecord;

const REQUEST = `mutation($in: RequestViewingInput!) { requestViewing(input: $in) { id recordIds actions } }`;
const QUEUE = `{ approvalQueue { total items { id seq role label request { id summary purpose requester { username } } } } }`;
const DECIDE = `mutation($id: ID!, $d: Decision!, $c: String) { decideApproval(stepId: $id, decision: $d, comment: $c) { id decision } }`;
const CONTENT = `query($id: ID!) { recordContent(id: $id) { body } }`;
const REQ = `query($id: ID!) { approvalRequest(id: $id) { status currentStep steps { seq role decision waiting decidedByName } } }`;

const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString();

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  const em = server.em();
  for (const user of await em.find(User, {}, { populate: ['unit'] })) u[user.username] = user;
  for (const name of [
    'zhzf.officer1',
    'zhzf.officer2',
    'zhzf.head',
    'cgs.head',
    'leader',
    'deputy',
    'legal',
    'infocenter',
  ])
    t[name] = await login(server.url, name, DEMO_PASSWORD);
  theCase = await buildCase(em, { unit: u['zhzf.officer1']!.unit, officers: [u['zhzf.officer1']!, u['zhzf.head']!] });
  text = await buildRecord(em, theCase, { title: '询问笔录', body: '问：你是否知道……' });
  video = await buildRecord(em, theCase, {
    kind: RecordKind.VIDEO,
    title: '现场录像',
    body: null,
    officer: u['zhzf.officer1'],
    capturedFrom: new Date('2026-11-20T02:00:00Z'),
    capturedTo: new Date('2026-11-20T02:05:00Z'),
    partyNotified: true,
  });
  secretTrade = await buildRecord(em, theCase, {
    title: '企业配方说明',
    body: '配方……',
    confidentiality: Confidentiality.TRADE_SECRET,
  });
});
afterAll(() => server?.close());

async function request(as: string, recordIds: string[], over: Record<string, unknown> = {}) {
  const r = await gql(
    server.url,
    REQUEST,
    { in: { recordIds, actions: ['VIEW'], purpose: '行政复议答复需要核实', validUntil: inAWeek(), ...over } },
    t[as],
  );
  return r;
}

const waitingStep = async (requestId: string) =>
  (await server.em().findOneOrFail(ApprovalStep, { request: requestId, waiting: true })).id;

// First: later tests change who decides what (the policy), and this one needs the seeded routing.
describe('待审批 (approvalQueue) order', () => {
  it('is the oldest request first, sorts by due date either way, and refuses a field it cannot sort by', async () => {
    for (const [i, days] of [7, 2, 5].entries()) {
      const r = await request('zhzf.officer2', [text.id], {
        dueAt: new Date(Date.now() + days * 86_400_000).toISOString(),
      });
      expect(r.errors, `request ${i}`).toBeUndefined();
    }
    const Q = `query($f: String, $o: SortOrder) { approvalQueue(sortField: $f, sortOrder: $o, perPage: 200) {
      items { request { createdAt dueAt } } } }`;
    const rows = async (f?: string, o?: string) =>
      (
        (await gql(server.url, Q, { f, o }, t['zhzf.head'])).data!.approvalQueue.items as {
          request: { createdAt: string; dueAt: string | null };
        }[]
      ).map((s) => s.request);
    const created = (await rows()).map((r) => r.createdAt);
    expect(created).toEqual([...created].sort());
    expect((await request('zhzf.officer2', [text.id])).errors).toBeUndefined();
    const byDue = (await rows('dueAt', 'DESC')).map((r) => r.dueAt);
    const due = byDue.filter((d): d is string => !!d);
    expect(due.length).toBeGreaterThanOrEqual(3);
    expect(due).toEqual([...due].sort().reverse());
    // A request with no due date comes after those with one, in either order.
    expect(byDue.at(-1)).toBeNull();
    expect((await rows('dueAt', 'ASC')).at(-1)!.dueAt).toBeNull();
    expect(codeOf(await gql(server.url, Q, { f: 'purpose', o: 'ASC' }, t['zhzf.head']))).toBe('BAD_USER_INPUT');
  });
});

describe('a viewing request (Art. 18)', () => {
  it('goes to the head of the owning unit for a plain text record, then opens exactly that record', async () => {
    expect(codeOf(await gql(server.url, CONTENT, { id: text.id }, t['zhzf.officer2']))).toBe('FORBIDDEN');
    const r = await request('zhzf.officer2', [text.id]);
    expect(r.errors).toBeUndefined();
    const id = r.data!.requestViewing.id as string;
    // In the unit head's queue, and nobody else's.
    const queue = await gql(server.url, QUEUE, {}, t['zhzf.head']);
    expect(queue.data!.approvalQueue.items.map((s: { request: { id: string } }) => s.request.id)).toContain(id);
    expect((await gql(server.url, QUEUE, {}, t['cgs.head'])).data!.approvalQueue.total).toBe(0);
    expect((await gql(server.url, QUEUE, {}, t['leader'])).data!.approvalQueue.total).toBe(0);
    const step = await waitingStep(id);
    expect(codeOf(await gql(server.url, DECIDE, { id: step, d: 'APPROVE' }, t['cgs.head']))).toBe('FORBIDDEN');
    expect(
      (await gql(server.url, DECIDE, { id: step, d: 'APPROVE', c: '同意' }, t['zhzf.head'])).errors,
    ).toBeUndefined();
    const state = await gql(server.url, REQ, { id }, t['zhzf.officer2']);
    expect(state.data!.approvalRequest).toMatchObject({ status: 'APPROVED', currentStep: 0 });
    // The head who decided still sees how it ended; another unit's head still does not.
    expect((await gql(server.url, REQ, { id }, t['zhzf.head'])).data!.approvalRequest.status).toBe('APPROVED');
    expect(codeOf(await gql(server.url, REQ, { id }, t['cgs.head']))).toBe('NOT_FOUND');
    expect(state.data!.approvalRequest.steps[0]).toMatchObject({
      decision: 'APPROVE',
      decidedByName: '周强（zhzf.head）',
    });
    // The grant opens this record and nothing else; its use is audited with the grant's id.
    const content = await gql(server.url, CONTENT, { id: text.id }, t['zhzf.officer2']);
    expect(content.data!.recordContent.body).toContain('问');
    expect(codeOf(await gql(server.url, CONTENT, { id: secretTrade.id }, t['zhzf.officer2']))).toBe('FORBIDDEN');
    const grant = await server.em().findOneOrFail(AccessGrant, { user: u['zhzf.officer2']!.id, record: text.id });
    const views = await server
      .em()
      .find(AuditEvent, { action: 'record.view', actorId: u['zhzf.officer2']!.id, outcome: AuditOutcome.ALLOWED });
    expect(views.map((v) => v.details.grantId)).toEqual([grant.id]);
    const mine = await gql(server.url, '{ myGrants { id recordId actions expiresAt } }', {}, t['zhzf.officer2']);
    expect(mine.data!.myGrants).toHaveLength(1);
  });

  it('needs a leader for audio/video; the wrong person and the requester cannot decide', async () => {
    const r = await request('legal', [video.id]);
    const id = r.data!.requestViewing.id as string;
    const step = await waitingStep(id);
    expect(codeOf(await gql(server.url, DECIDE, { id: step, d: 'APPROVE' }, t['zhzf.head']))).toBe('FORBIDDEN');
    expect((await gql(server.url, DECIDE, { id: step, d: 'APPROVE' }, t['deputy'])).errors).toBeUndefined();
    // A leader asking for AV cannot approve their own request; another leader can.
    const own = await request('leader', [video.id]);
    const ownStep = await waitingStep(own.data!.requestViewing.id);
    expect(codeOf(await gql(server.url, DECIDE, { id: ownStep, d: 'APPROVE' }, t['leader']))).toBe('FORBIDDEN');
    expect(
      await server
        .em()
        .count(AuditEvent, { action: 'approval.decide', actorId: u['leader']!.id, outcome: AuditOutcome.DENIED }),
    ).toBe(1);
  });

  it('takes legal, then a leader, in order, for a trade secret; a rejection ends it and needs a reason', async () => {
    const r = await request('zhzf.officer2', [secretTrade.id]);
    const id = r.data!.requestViewing.id as string;
    const first = await waitingStep(id);
    const second = (await server.em().findOneOrFail(ApprovalStep, { request: id, seq: 2 })).id;
    expect(codeOf(await gql(server.url, DECIDE, { id: second, d: 'APPROVE' }, t['leader']))).toBe('FORBIDDEN');
    expect((await gql(server.url, DECIDE, { id: first, d: 'APPROVE' }, t['legal'])).errors).toBeUndefined();
    expect(codeOf(await gql(server.url, DECIDE, { id: second, d: 'REJECT' }, t['leader']))).toBe('BAD_USER_INPUT');
    expect(
      (await gql(server.url, DECIDE, { id: second, d: 'REJECT', c: '与复议事项无关' }, t['leader'])).errors,
    ).toBeUndefined();
    expect((await gql(server.url, REQ, { id }, t['zhzf.officer2'])).data!.approvalRequest.status).toBe('REJECTED');
    expect(await server.em().count(AccessGrant, { request: id })).toBe(0);
  });

  it('decides a step once when two leaders approve at the same moment', async () => {
    const r = await request('legal', [video.id], { purpose: '并发审批' });
    const step = await waitingStep(r.data!.requestViewing.id);
    const [a, b] = await Promise.all([
      gql(server.url, DECIDE, { id: step, d: 'APPROVE' }, t['leader']),
      gql(server.url, DECIDE, { id: step, d: 'APPROVE' }, t['deputy']),
    ]);
    const codes = [codeOf(a), codeOf(b)];
    expect(codes.filter((c) => c === undefined)).toHaveLength(1);
    expect(['CONFLICT', 'FORBIDDEN']).toContain(codes.find((c) => c !== undefined));
    expect(
      await server.em().count(AuditEvent, {
        action: 'approval.decide',
        subjectId: r.data!.requestViewing.id,
        outcome: AuditOutcome.ALLOWED,
      }),
    ).toBe(1);
    expect(await server.em().count(AccessGrant, { request: r.data!.requestViewing.id })).toBe(1);
  });

  it('keeps the policy version a request started with when infoCenter changes the policy', async () => {
    const before = await request('zhzf.officer2', [text.id], { purpose: '政策变更前提交' });
    const id = before.data!.requestViewing.id as string;
    const change = await gql(
      server.url,
      `mutation($rules: [PolicyRuleInput!]!) { updateApprovalPolicy(type: VIEWING, rules: $rules, note: "一律由局长审批") { version } }`,
      { rules: [{ steps: [{ role: 'leader', sameUnit: false, clearanceOfRecords: true, label: '机关负责人' }] }] },
      t['infocenter'],
    );
    expect(change.errors, JSON.stringify(change.errors)).toBeUndefined();
    expect(change.data!.updateApprovalPolicy.version).toBe(2);
    // A policy that leaves some request without a chain is refused.
    const bad = await gql(
      server.url,
      `mutation($rules: [PolicyRuleInput!]!) { updateApprovalPolicy(type: VIEWING, rules: $rules) { version } }`,
      { rules: [{ av: true, steps: [{ role: 'leader', sameUnit: false, clearanceOfRecords: false }] }] },
      t['infocenter'],
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(
      codeOf(await gql(server.url, `{ approvalPolicy(type: VIEWING) { version } }`, {}, t['zhzf.officer1'])),
    ).toBeUndefined();
    const after = await request('zhzf.officer2', [text.id], { purpose: '政策变更后提交' });
    const oldStep = await server.em().findOneOrFail(ApprovalStep, { request: id, waiting: true });
    const newStep = await server
      .em()
      .findOneOrFail(ApprovalStep, { request: after.data!.requestViewing.id, waiting: true });
    expect([oldStep.role, newStep.role]).toEqual(['unitHead', 'leader']);
    expect((await gql(server.url, DECIDE, { id: oldStep.id, d: 'APPROVE' }, t['zhzf.head'])).errors).toBeUndefined();
  });

  it('stops a grant at once when it is revoked or expires, in the same session', async () => {
    const r = await request('legal', [text.id], { purpose: '撤销测试' });
    const step = await waitingStep(r.data!.requestViewing.id);
    expect((await gql(server.url, DECIDE, { id: step, d: 'APPROVE' }, t['leader'])).errors).toBeUndefined();
    expect((await gql(server.url, CONTENT, { id: text.id }, t['legal'])).errors).toBeUndefined();
    const grant = await server.em().findOneOrFail(AccessGrant, { request: r.data!.requestViewing.id });
    expect(
      codeOf(
        await gql(
          server.url,
          `mutation($id: ID!) { revokeGrant(id: $id, reason: "x") { id } }`,
          { id: grant.id },
          t['zhzf.head'],
        ),
      ),
    ).toBe('NOT_FOUND');
    const revoked = await gql(
      server.url,
      `mutation($id: ID!) { revokeGrant(id: $id, reason: "复议已结束") { revokedAt } }`,
      { id: grant.id },
      t['leader'],
    );
    expect(revoked.data!.revokeGrant.revokedAt).toBeTruthy();
    expect(codeOf(await gql(server.url, CONTENT, { id: text.id }, t['legal']))).toBe('FORBIDDEN');
    // An expired grant: the same.
    const again = await request('legal', [text.id], { purpose: '过期测试' });
    await gql(server.url, DECIDE, { id: await waitingStep(again.data!.requestViewing.id), d: 'APPROVE' }, t['leader']);
    expect((await gql(server.url, CONTENT, { id: text.id }, t['legal'])).errors).toBeUndefined();
    await server
      .em()
      .nativeUpdate(
        AccessGrant,
        { request: again.data!.requestViewing.id },
        { expiresAt: new Date(Date.now() - 1000) },
      );
    expect(codeOf(await gql(server.url, CONTENT, { id: text.id }, t['legal']))).toBe('FORBIDDEN');
  });

  it('goes back to the requester on RETURN and round again on resubmit', async () => {
    const r = await request('zhzf.officer2', [video.id], { purpose: '看看现场' });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const id = r.data!.requestViewing.id as string;
    await gql(server.url, DECIDE, { id: await waitingStep(id), d: 'RETURN', c: '请写明具体用途' }, t['leader']);
    expect((await gql(server.url, REQ, { id }, t['zhzf.officer2'])).data!.approvalRequest.status).toBe('RETURNED');
    const again = await gql(
      server.url,
      `mutation($id: ID!) { resubmitRequest(id: $id, purpose: "复核现场检查程序是否合法") { status purpose } }`,
      { id },
      t['zhzf.officer2'],
    );
    expect(again.data!.resubmitRequest).toMatchObject({ status: 'PENDING', purpose: '复核现场检查程序是否合法' });
    const steps = (await gql(server.url, REQ, { id }, t['zhzf.officer2'])).data!.approvalRequest.steps;
    expect(steps.map((s: { seq: number; waiting: boolean }) => [s.seq, s.waiting])).toEqual([
      [1, false],
      [2, true],
    ]);
  });

  it('refuses a request without a purpose, a period in the past or too long, and records of two cases', async () => {
    expect(codeOf(await request('zhzf.officer2', [text.id], { purpose: ' ' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await request('zhzf.officer2', [text.id], { validUntil: '2020-01-01T00:00:00Z' }))).toBe(
      'BAD_USER_INPUT',
    );
    const far = new Date(Date.now() + 120 * 86_400_000).toISOString();
    expect(codeOf(await request('zhzf.officer2', [text.id], { validUntil: far }))).toBe('BAD_USER_INPUT');
    const other = await buildCase(server.em(), {
      unit: u['zhzf.officer1']!.unit,
      officers: [u['zhzf.officer1']!, u['zhzf.head']!],
    });
    const otherRecord = await buildRecord(server.em(), other, { title: '另案笔录' });
    expect(codeOf(await request('zhzf.officer2', [text.id, otherRecord.id]))).toBe('BAD_USER_INPUT');
    // Records the requester cannot even see do not exist for them.
    const cgs = await login(server.url, 'cgs.officer1', DEMO_PASSWORD);
    const hidden = await gql(
      server.url,
      REQUEST,
      { in: { recordIds: [text.id], actions: ['VIEW'], purpose: '核实案件办理情况', validUntil: inAWeek() } },
      cgs,
    );
    expect(codeOf(hidden)).toBe('NOT_FOUND');
    // A decision wanted in the past, or after the period it asks for, is refused.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString();
    expect(codeOf(await request('zhzf.officer2', [text.id], { dueAt: yesterday }))).toBe('BAD_USER_INPUT');
    const late = new Date(Date.now() + 8 * 86_400_000).toISOString();
    expect(codeOf(await request('zhzf.officer2', [text.id], { dueAt: late }))).toBe('BAD_USER_INPUT');
  });

  it('lets neither the information centre nor a supervisor ask to see content (they never see it)', async () => {
    for (const who of ['infocenter', 'supervisor']) {
      const token = t[who] ?? (await login(server.url, who, DEMO_PASSWORD));
      const r = await gql(
        server.url,
        REQUEST,
        { in: { recordIds: [text.id], actions: ['VIEW'], purpose: '核实案件办理情况', validUntil: inAWeek() } },
        token,
      );
      expect(codeOf(r)).toBe('FORBIDDEN');
    }
    const denied = await server
      .em()
      .find(AuditEvent, { action: 'mutation.requestViewing', outcome: AuditOutcome.DENIED });
    expect(denied.length).toBeGreaterThanOrEqual(2);
  });

  it('lists grants through the rules: a leader sees everyone’s, a requester only their own', async () => {
    const GRANTS = `query($f: GrantFilter) { grants(filter: $f) { total items { id userId recordId user { username } revokedAt } } }`;
    const all = await gql(server.url, GRANTS, {}, t['leader']);
    expect(all.errors).toBeUndefined();
    const owners = new Set(all.data!.grants.items.map((g: { user: { username: string } }) => g.user.username));
    expect(owners.has('zhzf.officer2')).toBe(true);
    expect(all.data!.grants.total).toBe(all.data!.grants.items.length);
    const mine = await gql(server.url, GRANTS, {}, t['zhzf.officer2']);
    expect(mine.data!.grants.items.every((g: { userId: string }) => g.userId === u['zhzf.officer2']!.id)).toBe(true);
    expect(mine.data!.grants.total).toBeGreaterThan(0);
    // Asking for someone else's by filter gives nothing, not an error that confirms they exist.
    const theirs = await gql(server.url, GRANTS, { f: { userId: u['zhzf.officer2']!.id } }, t['zhzf.officer1']);
    expect(theirs.data!.grants.total).toBe(0);
    const inForce = await gql(server.url, GRANTS, { f: { inForce: true } }, t['leader']);
    expect(inForce.data!.grants.items.every((g: { revokedAt: string | null }) => g.revokedAt === null)).toBe(true);
    const ended = await gql(server.url, GRANTS, { f: { inForce: false } }, t['leader']);
    expect(inForce.data!.grants.total + ended.data!.grants.total).toBe(all.data!.grants.total);
    expect(codeOf(await gql(server.url, GRANTS, { f: { userId: 'nobody' } }, t['leader']))).toBe('BAD_USER_INPUT');
  });

  it('decides a batch whole or not at all', async () => {
    const BATCH = `mutation($ids: [ID!]!) { decideApprovals(stepIds: $ids, decision: APPROVE, comment: "同意") { id decision } }`;
    const a = (await request('zhzf.officer2', [text.id])).data!.requestViewing.id as string;
    const b = (await request('zhzf.officer2', [text.id])).data!.requestViewing.id as string;
    const [stepA, stepB] = [await waitingStep(a), await waitingStep(b)];
    // (The policy now in force, set by an earlier test, sends every request to a leader.)
    // B is decided by someone else first: the batch of A and B is refused and A stays waiting.
    expect((await gql(server.url, DECIDE, { id: stepB, d: 'APPROVE' }, t['deputy'])).errors).toBeUndefined();
    expect(codeOf(await gql(server.url, BATCH, { ids: [stepA, stepB] }, t['leader']))).toBe('FORBIDDEN');
    expect((await server.em().findOneOrFail(ApprovalStep, { id: stepA })).waiting).toBe(true);
    expect(codeOf(await gql(server.url, BATCH, { ids: [stepA, stepA] }, t['leader']))).toBe('BAD_USER_INPUT');
    // More than one batch may take (a selection ticked across pages): refused as such, before anything is read.
    const tooMany = await gql(server.url, BATCH, { ids: Array.from({ length: 101 }, () => stepA) }, t['leader']);
    expect([codeOf(tooMany), tooMany.errors![0]!.extensions!.details]).toEqual([
      'BAD_USER_INPUT',
      { field: 'stepIds', reason: 'TOO_MANY', max: 100 },
    ]);
    const done = await gql(server.url, BATCH, { ids: [stepA] }, t['leader']);
    expect(done.data!.decideApprovals).toEqual([{ id: stepA, decision: 'APPROVE' }]);
  });
});

describe('我的申请 (myRequests)', () => {
  const MINE = `query($page: Int!, $perPage: Int!, $f: MyRequestsFilter, $sort: String, $order: SortOrder) {
    myRequests(page: $page, perPage: $perPage, filter: $f, sortField: $sort, sortOrder: $order) {
      total items { id status type requester { username } } } }`;
  const mine = async (as: string, vars: Record<string, unknown>) => {
    const r = await gql(server.url, MINE, { page: 1, perPage: 25, ...vars }, t[as]);
    expect(r.errors).toBeUndefined();
    return r.data!.myRequests as {
      total: number;
      items: { id: string; status: string; requester: { username: string } }[];
    };
  };

  it('pages through all of the caller’s own requests, past what one page holds, filtered by the server', async () => {
    const before = (await mine('zhzf.officer2', {})).total;
    const made: string[] = [];
    for (let i = 0; i < 12; i++)
      made.push(((await request('zhzf.officer2', [text.id])).data!.requestViewing as { id: string }).id);
    expect(
      codeOf(
        await gql(
          server.url,
          'mutation($id: ID!) { cancelRequest(id: $id) { id } }',
          { id: made[0] },
          t['zhzf.officer2'],
        ),
      ),
    ).toBeUndefined();

    const all = await mine('zhzf.officer2', { perPage: 5 });
    expect(all.total).toBe(before + 12);
    const seen: string[] = [];
    for (let page = 1; page <= Math.ceil(all.total / 5); page++)
      seen.push(...(await mine('zhzf.officer2', { page, perPage: 5 })).items.map((r) => r.id));
    expect(new Set(seen).size).toBe(all.total);
    // Newest first by default: the last one made leads.
    expect(seen[0]).toBe(made[11]);
    expect(seen).toEqual(expect.arrayContaining(made));

    const cancelled = await mine('zhzf.officer2', { f: { statuses: ['CANCELLED'] } });
    expect(cancelled.items.map((r) => r.id)).toContain(made[0]);
    expect(cancelled.items.every((r) => r.status === 'CANCELLED')).toBe(true);
    const oldestFirst = await mine('zhzf.officer2', { perPage: 200, sort: 'createdAt', order: 'ASC' });
    expect(oldestFirst.items.map((r) => r.id).indexOf(made[0]!)).toBeLessThan(
      oldestFirst.items.map((r) => r.id).indexOf(made[11]!),
    );
  });

  it('holds only the caller’s own requests, also for one who may read everyone’s, and refuses an unknown sort', async () => {
    const leaders = await mine('leader', { perPage: 200 });
    expect(leaders.items.every((r) => r.requester.username === 'leader')).toBe(true);
    const others = await mine('zhzf.officer1', { perPage: 200 });
    expect(others.items.every((r) => r.requester.username === 'zhzf.officer1')).toBe(true);
    const bad = await gql(server.url, MINE, { page: 1, perPage: 5, sort: 'purpose' }, t['zhzf.officer2']);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
  });
});
