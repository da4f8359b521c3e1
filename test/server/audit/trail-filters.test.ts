import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApprovalStep } from '../../../server/src/approvals/approval-step.entity.js';
import { AuditEvent } from '../../../server/src/audit/audit-event.entity.js';
import { User } from '../../../server/src/users/user.entity.js';
import { buildCase, buildRecord } from '../../factories.js';
import { gql, login } from '../../support/graphql.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../../support/server.js';

let server: TestServer;
const t: Record<string, string> = {};

const actionsFor = async (filter: Record<string, string>) => {
  const r = await gql(
    server.url,
    'query($f: AuditEventFilter) { auditEvents(filter: $f, perPage: 200) { items { action } } }',
    { f: filter },
    t.supervisor,
  );
  expect(r.errors).toBeUndefined();
  return new Set((r.data!.auditEvents.items as { action: string }[]).map((i) => i.action));
};

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  for (const name of ['zhzf.officer2', 'zhzf.head', 'supervisor'])
    t[name] = await login(server.url, name, DEMO_PASSWORD);
});
afterAll(() => server?.close());

describe('trail filters follow a record through approvals and grants', () => {
  it('a viewing request, its decision and the grant show under the record and its case, not under another record', async () => {
    const em = server.em();
    const officer1 = await em.findOneOrFail(User, { username: 'zhzf.officer1' }, { populate: ['unit'] });
    const head = await em.findOneOrFail(User, { username: 'zhzf.head' });
    const c = await buildCase(em, { unit: officer1.unit, officers: [officer1, head] });
    const text = await buildRecord(em, c, { title: '询问笔录', body: '问：……' });
    const other = await buildRecord(em, c, { title: '现场笔录', body: '……' });
    const otherCase = await buildCase(em, { unit: officer1.unit, officers: [officer1, head] });
    const r = await gql(
      server.url,
      'mutation($in: RequestViewingInput!) { requestViewing(input: $in) { id } }',
      {
        in: {
          recordIds: [text.id],
          actions: ['VIEW'],
          purpose: '核实询问内容',
          validUntil: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        },
      },
      t['zhzf.officer2'],
    );
    expect(r.errors).toBeUndefined();
    const requestId = r.data!.requestViewing.id as string;
    const step = await server.em().findOneOrFail(ApprovalStep, { request: requestId, waiting: true });
    const decided = await gql(
      server.url,
      'mutation($id: ID!) { decideApproval(stepId: $id, decision: APPROVE) { id } }',
      { id: step.id },
      t['zhzf.head'],
    );
    expect(decided.errors).toBeUndefined();
    const trail = await server.em().find(AuditEvent, { subjectId: requestId });
    expect(trail.map((e) => e.action)).toEqual(expect.arrayContaining(['approval.submit', 'approval.decide']));

    const byRecord = await actionsFor({ recordId: text.id });
    for (const action of ['access.request', 'approval.submit', 'approval.decide', 'access.grant'])
      expect(byRecord, action).toContain(action);
    const byCase = await actionsFor({ caseId: c.id });
    for (const action of ['access.request', 'approval.submit', 'approval.decide'])
      expect(byCase, action).toContain(action);
    expect(await actionsFor({ recordId: other.id })).not.toContain('approval.decide');
    expect(await actionsFor({ caseId: otherCase.id })).not.toContain('approval.decide');
  });
});
