import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseStatus } from '../../../server/src/cases/case.enums.js';
import { RecordHold } from '../../../server/src/records/record-hold.entity.js';
import { RecordKind } from '../../../server/src/records/record.enums.js';
import { User } from '../../../server/src/users/user.entity.js';
import { buildCase, buildRecord } from '../../factories.js';
import { gql, login } from '../../support/graphql.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../../support/server.js';

let server: TestServer;
let counting = false;
let queries: string[] = [];

beforeAll(async () => {
  server = await startTestServer({
    seed: true,
    orm: {
      debug: ['query'],
      logger: (message: string) => {
        if (counting && message.includes('[query]')) queries.push(message);
      },
    },
  });
  const em = server.em();
  const officers = await em.find(
    User,
    { username: { $in: ['zhzf.officer1', 'zhzf.officer2', 'zhzf.head'] } },
    { populate: ['unit'] },
  );
  const unit = officers[0].unit;
  for (let i = 0; i < 20; i++) {
    const pair = [officers[i % 3], officers[(i + 1) % 3]];
    const c = await buildCase(em, { unit, officers: pair, status: i % 2 ? CaseStatus.OPEN : CaseStatus.CONCLUDED });
    for (let j = 0; j < 4; j++) {
      const record = await buildRecord(em, c, {
        kind: RecordKind.VIDEO,
        body: null,
        officer: pair[j % 2],
        partyNotified: j !== 3,
        capturedFrom: new Date(),
        capturedTo: new Date(),
      });
      if (j === 0) {
        em.create(RecordHold, { record, reason: '诉讼中', placedBy: pair[0] });
        record.holdCount = 1;
        await em.flush();
      }
    }
  }
});
afterAll(() => server?.close());

const PAGE = `query($perPage: Int!) {
  records(perPage: $perPage) {
    total
    items { id title notNotified officer { displayName unit { name } } holds { id } case { number partyIdNumber unit { name } handlingOfficers { displayName } } }
  }
}`;

async function count(perPage: number, token: string) {
  queries = [];
  counting = true;
  const r = await gql(server.url, PAGE, { perPage }, token);
  counting = false;
  expect(r.errors).toBeUndefined();
  expect(r.data!.records.items).toHaveLength(perPage);
  return queries.length;
}

describe('a page of records with its relations', () => {
  it('costs the same handful of SQL statements for 50 rows as for 5 (no N+1)', async () => {
    const token = await login(server.url, 'zhzf.officer1', DEMO_PASSWORD);
    const small = await count(5, token);
    const large = await count(50, token);
    // One batch per level of the response (records, then cases, users and holds, then the
    // cases' officers): a larger page may need one more batch for users not met on the smaller one.
    expect(large).toBeLessThanOrEqual(small + 1);
    expect(large).toBeLessThanOrEqual(8);
  });
});
