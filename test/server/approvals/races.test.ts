import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessGrant } from '../../../server/src/access-requests/access-grant.entity.js';
import { ApprovalRequest } from '../../../server/src/approvals/approval-request.entity.js';
import { ApprovalStep } from '../../../server/src/approvals/approval-step.entity.js';
import type { Case } from '../../../server/src/cases/case.entity.js';
import { Disclosure } from '../../../server/src/disclosures/disclosure.entity.js';
import type { EnforcementRecord } from '../../../server/src/records/record.entity.js';
import { User } from '../../../server/src/users/user.entity.js';
import { buildCase, buildRecord } from '../../factories.js';
import { attachment } from '../../support/disclosures.js';
import { askToView, codeOf, gql, login, type GqlResult } from '../../support/graphql.js';
import { pdf } from '../../support/media.js';
import { holdRow } from '../../support/row-lock.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../../support/server.js';

/**
 * A withdrawal and a decision on the same request at the same moment: one of them wins, the other
 * is told why (CONFLICT, INVALID_STATE, or FORBIDDEN/NOT_FOUND for a step no longer waiting; never
 * an internal error such as a deadlock), and the request, its module's row and its grants agree
 * afterwards. Each race is run many times.
 */
let server: TestServer;
const t: Record<string, string> = {};
let theCase: Case;
let record: EnforcementRecord;
const ROUNDS = 12;

const DECIDE = `mutation($id: ID!) { decideApproval(stepId: $id, decision: APPROVE) { id } }`;
const CANCEL_REQUEST = `mutation($id: ID!) { cancelRequest(id: $id) { id status } }`;
const REGISTER = `mutation($in: RegisterExternalRequestInput!) { registerExternalRequest(input: $in) { id } }`;
const SUBMIT = `mutation($id: ID!) { submitDisclosure(id: $id) { id approvalId } }`;
const DECIDE_ITEMS = `mutation($in: DecideItemsInput!) { decideDisclosureItems(input: $in) { id } }`;
const CANCEL_DISCLOSURE = `mutation($id: ID!) { cancelDisclosure(id: $id, reason: "来函撤回") { id status } }`;

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  const em = server.em();
  const u = Object.fromEntries((await em.find(User, {}, { populate: ['unit'] })).map((x) => [x.username, x]));
  for (const name of ['zhzf.officer2', 'zhzf.head', 'archivist', 'leader'])
    t[name] = await login(server.url, name, DEMO_PASSWORD);
  theCase = await buildCase(em, { unit: u['zhzf.officer1']!.unit, officers: [u['zhzf.officer1']!] });
  record = await buildRecord(em, theCase, { title: '询问笔录', body: '问：……' });
});
afterAll(() => server?.close());

const waitingStep = async (requestId: string) =>
  (await server.em().findOneOrFail(ApprovalStep, { request: requestId, waiting: true })).id;

/** A court request for `record`, registered by the archive (not yet submitted). */
async function registerCourtRequest(n: number): Promise<string> {
  const letterId = await attachment(server.url, t.archivist!, pdf(), 'LETTER');
  const registered = await gql(
    server.url,
    REGISTER,
    {
      in: {
        bodyKind: 'PEOPLES_COURT',
        bodyName: '某某县人民法院',
        letterNumber: `（2026）某行初字第${n + 1}号`,
        letterDate: '2026-11-25',
        letterId,
        concerning: '行政诉讼',
        purpose: '审理行政诉讼案件需调取执法全过程记录',
        recordIds: [record.id],
        dueAt: new Date(Date.now() + 10 * 86_400_000).toISOString(),
      },
    },
    t.archivist,
  );
  expect(registered.errors).toBeUndefined();
  return registered.data!.registerExternalRequest.id as string;
}

/** Of the two answers exactly one succeeded, and the other was refused with a reason. */
function oneWon(a: GqlResult, b: GqlResult): 'first' | 'second' {
  const codes = [a, b].map((r) => (r.errors ? codeOf(r) : 'OK'));
  expect(
    codes.filter((c) => c === 'OK'),
    JSON.stringify([a.errors, b.errors]),
  ).toHaveLength(1);
  // A decision arriving after the withdrawal committed finds no step waiting for its decider any
  // more (FORBIDDEN or NOT_FOUND, as any decision on a step that is not the caller's to decide).
  for (const c of codes) expect(['OK', 'CONFLICT', 'INVALID_STATE', 'FORBIDDEN', 'NOT_FOUND']).toContain(c);
  return codes[0] === 'OK' ? 'first' : 'second';
}

describe('a withdrawal racing a decision', () => {
  it('on a viewing request: either withdrawn with no grant, or approved with its grant', async () => {
    const seen = new Set<string>();
    for (let i = 0; i < ROUNDS; i++) {
      const requestId = await askToView(server.url, t['zhzf.officer2']!, [record.id]);
      const stepId = await waitingStep(requestId);
      const [cancelled, decided] = await Promise.all([
        gql(server.url, CANCEL_REQUEST, { id: requestId }, t['zhzf.officer2']),
        gql(server.url, DECIDE, { id: stepId }, t['zhzf.head']),
      ]);
      const winner = oneWon(cancelled, decided);
      seen.add(winner);
      const em = server.em();
      const request = await em.findOneOrFail(ApprovalRequest, { id: requestId });
      const grants = await em.count(AccessGrant, { request: requestId });
      if (winner === 'first') {
        expect(request.status).toBe('CANCELLED');
        expect(grants).toBe(0);
      } else {
        expect(request.status).toBe('APPROVED');
        expect(grants).toBe(1);
      }
      expect(await em.count(ApprovalStep, { request: requestId, waiting: true })).toBe(0);
    }
  });

  it('on a court request: the request and its approval end in the same state', async () => {
    for (let i = 0; i < ROUNDS; i++) {
      const id = await registerCourtRequest(i);
      const submitted = await gql(server.url, SUBMIT, { id }, t.archivist);
      expect(submitted.errors).toBeUndefined();
      const approvalId = submitted.data!.submitDisclosure.approvalId as string;
      const stepId = await waitingStep(approvalId);
      const [cancelled, decided] = await Promise.all([
        gql(server.url, CANCEL_DISCLOSURE, { id }, t.archivist),
        gql(server.url, DECIDE, { id: stepId }, t.leader),
      ]);
      const winner = oneWon(cancelled, decided);
      const em = server.em();
      const disclosure = await em.findOneOrFail(Disclosure, { id });
      const approval = await em.findOneOrFail(ApprovalRequest, { id: approvalId });
      expect([disclosure.status, approval.status]).toEqual(
        winner === 'first' ? ['CANCELLED', 'CANCELLED'] : ['APPROVED', 'APPROVED'],
      );
    }
  });

  it('a court request withdrawn while it is being submitted never leaves an approval waiting for nobody', async () => {
    const id = await registerCourtRequest(100);
    // Made deterministic: the test holds the request's row, the submission queues for it first and
    // the withdrawal (which read the request before the submission committed) second.
    const row = await holdRow(server.config.databaseUrl!, 'select id from disclosure where id = $1 for update', [id]);
    try {
      const [s, c] = await row.inOrder(
        () => gql(server.url, SUBMIT, { id }, t.archivist),
        () => gql(server.url, CANCEL_DISCLOSURE, { id }, t.archivist),
      );
      expect(s.errors).toBeUndefined();
      expect(codeOf(c)).toBe('CONFLICT');
    } finally {
      await row.end();
    }
    const disclosure = await server.em().findOneOrFail(Disclosure, { id }, { populate: ['approval'] });
    expect([disclosure.status, disclosure.approval?.status]).toEqual(['IN_APPROVAL', 'PENDING']);
    // Withdrawn again, now that the archivist sees it submitted, it goes with its approval.
    expect((await gql(server.url, CANCEL_DISCLOSURE, { id }, t.archivist)).errors).toBeUndefined();
    const after = await server.em().findOneOrFail(Disclosure, { id }, { populate: ['approval'] });
    expect([after.status, after.approval?.status]).toEqual(['CANCELLED', 'CANCELLED']);
  });

  it('a submission plans its approval from the decisions as they are when it commits, not as first read', async () => {
    const id = await registerCourtRequest(200);
    const row = await holdRow(server.config.databaseUrl!, 'select id from disclosure where id = $1 for update', [id]);
    try {
      // The archivist excludes the record (queued first) while a submission that read it included queues second.
      const [d, s] = await row.inOrder(
        () =>
          gql(
            server.url,
            DECIDE_ITEMS,
            {
              in: {
                disclosureId: id,
                decisions: [
                  { recordId: record.id, decision: 'EXCLUDE', reason: 'OTHER_LEGAL_GROUND', note: '与诉讼无关' },
                ],
              },
            },
            t.archivist,
          ),
        () => gql(server.url, SUBMIT, { id }, t.archivist),
      );
      expect(d.errors).toBeUndefined();
      // Nothing is included any more: the submission is refused for that, not sent with the old plan.
      expect(codeOf(s)).toBe('BAD_USER_INPUT');
    } finally {
      await row.end();
    }
    expect((await server.em().findOneOrFail(Disclosure, { id })).status).toBe('REGISTERED');
  });

  it('a decision that fails part-way leaves nothing of itself: the step still waits for a decider', async () => {
    const requestId = await askToView(server.url, t['zhzf.officer2']!, [record.id]);
    const stepId = await waitingStep(requestId);
    // A fault after the step is claimed: PostgreSQL refuses the request's own update.
    const sql = server.em().getConnection();
    await sql.execute(`create function refuse_request_update() returns trigger language plpgsql as $$
      begin raise exception 'injected fault'; end $$`);
    await sql.execute(`create trigger refuse_request_update before update on approval_request
      for each row when (old.id = '${requestId}') execute function refuse_request_update()`);
    try {
      const r = await gql(server.url, DECIDE, { id: stepId }, t['zhzf.head']);
      expect(r.errors).toBeDefined();
    } finally {
      await sql.execute('drop trigger refuse_request_update on approval_request');
      await sql.execute('drop function refuse_request_update()');
    }
    const step = await server.em().findOneOrFail(ApprovalStep, { id: stepId });
    expect([step.waiting, step.decision ?? null]).toEqual([true, null]);
    // And the decision can be made once the fault is gone.
    expect((await gql(server.url, DECIDE, { id: stepId }, t['zhzf.head'])).errors).toBeUndefined();
  });
});
