import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessGrant } from '../../../server/src/access-requests/access-grant.entity.js';
import { GrantAction } from '../../../server/src/access-requests/access.enums.js';
import { ApprovalPolicy } from '../../../server/src/approvals/approval-policy.entity.js';
import { ApprovalRequest } from '../../../server/src/approvals/approval-request.entity.js';
import { RequestStatus, RequestType } from '../../../server/src/approvals/approval.enums.js';
import { defineAbilityFor } from '../../../server/src/authz/ability.js';
import { CaseStatus } from '../../../server/src/cases/case.enums.js';
import { activeGrants, principalOf } from '../../../server/src/context.js';
import { StoredFile } from '../../../server/src/files/stored-file.entity.js';
import { EnforcementRecord } from '../../../server/src/records/record.entity.js';
import { Confidentiality } from '../../../server/src/records/record.enums.js';
import { Clearance, Role } from '../../../server/src/users/roles.js';
import type { User } from '../../../server/src/users/user.entity.js';
import {
  type Action,
  type Case as Combination,
  CONFIDENTIALITIES,
  everyCase,
  expected,
  GRANTS,
  type Grant,
  type Relation,
  RELATIONS,
  ROLES,
  type Stage,
  STAGES,
} from '../../authz/permission-matrix.js';
import { buildCase, buildRecord, buildUnit, buildUser, TEST_PASSWORD } from '../../factories.js';
import { codeOf, gql, login } from '../../support/graphql.js';
import { startTestServer, type TestServer } from '../../support/server.js';

let server: TestServer;
/** One user per role × relation × grant state, and one record per stage × confidentiality. */
const users = new Map<string, User>();
const records = new Map<string, EnforcementRecord>();
const userKey = (role: string, relation: Relation, grant: Grant) => `${role}/${relation}/${grant}`;
const recordKey = (stage: Stage, confidentiality: string) => `${stage}/${confidentiality}`;

beforeAll(async () => {
  server = await startTestServer();
  const em = server.em();
  const [unitA, unitB] = [await buildUnit(em), await buildUnit(em)];
  for (const role of ROLES)
    for (const relation of RELATIONS)
      for (const grant of GRANTS)
        users.set(
          userKey(role, relation, grant),
          await buildUser(em, {
            username: `m.${role}.${relation}.${grant}`.toLowerCase(),
            roles: [role as Role],
            unit: relation === 'otherUnit' ? unitB : unitA,
          }),
        );
  const handling = [...users.entries()].filter(([k]) => k.includes('/handling/')).map(([, u]) => u);
  const file = em.create(StoredFile, {
    sha256: 'a'.repeat(64),
    sm3: 'b'.repeat(64),
    size: 1,
    mediaType: 'application/pdf',
    extension: 'pdf',
  });
  await em.flush();
  for (const stage of STAGES) {
    const status = stage === 'beforeTransfer' ? CaseStatus.OPEN : CaseStatus.TRANSFERRED;
    const c = await buildCase(em, { unit: unitA, officers: handling, status });
    for (const confidentiality of CONFIDENTIALITIES) {
      const secret = confidentiality === 'STATE_SECRET';
      const record = await buildRecord(em, c, {
        title: `${stage} ${confidentiality}`,
        confidentiality: confidentiality as Confidentiality,
        secretLevel: secret ? Clearance.SECRET : null,
        secretRank: secret ? 1 : 0,
      });
      record.fileId = file.id;
      records.set(recordKey(stage, confidentiality), record);
    }
  }
  await em.flush();
  // Grants as an approved request leaves them: in force, expired, or revoked.
  const policy = await em.findOneOrFail(ApprovalPolicy, { requestType: RequestType.VIEWING });
  const day = 86_400_000;
  for (const [key, user] of users) {
    const grant = key.split('/')[2] as Grant;
    if (grant === 'none') continue;
    const request = em.create(ApprovalRequest, {
      type: RequestType.VIEWING,
      requester: user,
      unit: unitA,
      purpose: '矩阵测试',
      summary: '矩阵测试',
      maxConfidentiality: Confidentiality.STATE_SECRET,
      hasAv: false,
      maxSecretRank: 1,
      policy,
      status: RequestStatus.APPROVED,
    });
    for (const record of records.values())
      em.create(AccessGrant, {
        user,
        record,
        request,
        actions: [GrantAction.VIEW, GrantAction.DOWNLOAD],
        validFrom: new Date(Date.now() - 2 * day),
        expiresAt: new Date(Date.now() + (grant === 'expired' ? -day : day)),
        revokedAt: grant === 'revoked' ? new Date() : null,
      });
  }
  await em.flush();
}, 120_000);
afterAll(() => server?.close());

const combos = [...everyCase()];
const where = (c: Combination) =>
  `${c.role} · ${c.action} · ${c.confidentiality} · ${c.relation} · ${c.stage} · grant ${c.grant} (${expected(c).why})`;

describe('the permission matrix of records', () => {
  it(`has an answer for all ${combos.length} combinations`, () => {
    expect(combos.length).toBe(8 * 4 * 4 * 3 * 2 * 4);
  });

  it('agrees with ability.can() for every combination', async () => {
    const em = server.em();
    const loaded = new Map<string, EnforcementRecord>();
    for (const [k, r] of records)
      loaded.set(
        k,
        await em.findOneOrFail(EnforcementRecord, { id: r.id }, { populate: ['case', 'case.unit', 'unit'] }),
      );
    const failures: string[] = [];
    for (const c of combos) {
      const user = users.get(userKey(c.role, c.relation, c.grant))!;
      const principal = principalOf(user, await activeGrants(em, user.id));
      const ability = defineAbilityFor(principal);
      const record = loaded.get(recordKey(c.stage, c.confidentiality))!;
      const action = (c.action === 'list' ? 'read' : c.action) as 'read';
      if (ability.can(action, record as never) !== expected(c).allow) failures.push(where(c));
    }
    expect(failures).toEqual([]);
  });

  it('agrees with the GraphQL API and the SQL list filter (lists and totals) for every combination', async () => {
    const failures: string[] = [];
    const ask: Record<Exclude<Action, 'list'>, string> = {
      read: 'query($id: ID!) { record(id: $id) { id } }',
      view: 'query($id: ID!) { recordContent(id: $id) { body } }',
      download: 'mutation($id: ID!) { openRecordFile(recordId: $id, mode: DOWNLOAD) { id } }',
    };
    for (const role of ROLES)
      for (const relation of RELATIONS)
        for (const grant of GRANTS) {
          const user = users.get(userKey(role, relation, grant))!;
          const token = await login(server.url, user.username, TEST_PASSWORD);
          const list = await gql(server.url, '{ records(perPage: 200) { total items { id } } }', {}, token);
          const listed = new Set<string>((list.data?.records.items ?? []).map((i: { id: string }) => i.id));
          let shouldList = 0;
          await Promise.all(
            [...records].flatMap(([key, record]) => {
              const [stage, confidentiality] = key.split('/') as [Stage, Combination['confidentiality']];
              const base = { role, relation, grant, stage, confidentiality };
              const inList = expected({ ...base, action: 'list' }).allow;
              if (inList) shouldList += 1;
              if (listed.has(record.id) !== inList) failures.push(`${where({ ...base, action: 'list' })}: list`);
              return (['read', 'view', 'download'] as const).map(async (action) => {
                const c = { ...base, action };
                const r = await gql(server.url, ask[action], { id: record.id }, token);
                const code = codeOf(r);
                const allowed = code === undefined;
                if (allowed !== expected(c).allow) failures.push(`${where(c)}: API answered ${code ?? 'allowed'}`);
                // A refusal never reveals a record the caller may not read.
                if (!allowed && !expected({ ...c, action: 'read' }).allow && code !== 'NOT_FOUND')
                  failures.push(`${where(c)}: refused with ${code}, not NOT_FOUND`);
              });
            }),
          );
          if (list.data?.records.total !== shouldList)
            failures.push(`${role}/${relation}/${grant}: total ${list.data?.records.total}, expected ${shouldList}`);
        }
    expect(failures).toEqual([]);
  }, 240_000);
});
