import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillChain } from '../../../bench/audit/fill.js';
import { verifyAuditChain } from '../../../server/src/audit/audit.verify.js';
import { startTestServer, type TestServer } from '../../support/server.js';

const MILLION = 1_000_000;
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe('the audit chain at a million events', () => {
  it('verifies intact, streaming in batches (each kind of tampering: audit.test.ts)', async () => {
    // The trail's search indexes (by action, actor, time, subject, details) are not what this test
    // is about and would triple the fill's time; this throwaway database goes without them.
    const em0 = server.em();
    for (const index of ['action_index', 'actor_id_index', 'at_index', 'details_gin', 'subject_type_subject_id_index'])
      await em0.execute(`drop index "audit_event_${index}"`);
    const pool = new pg.Pool({ connectionString: server.orm.config.getClientUrl(), max: 1 });
    try {
      await fillChain(pool, MILLION);
    } finally {
      await pool.end();
    }
    const heapBefore = process.memoryUsage().heapUsed;
    const report = await verifyAuditChain(server.em());
    expect(report.problems).toEqual([]);
    expect(report.checked).toBe(MILLION);
    expect(report.lastSeq).toBe(MILLION);
    // Read in batches: the heap holds a batch, not the table.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(200 * 1024 * 1024);
  }, 600_000);
});
