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
  it('verifies intact, streaming in batches, and names a row changed behind the application', async () => {
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

    // A superuser edits one event with the trigger off: the verifier names exactly that one.
    const em = server.em();
    await em.execute('alter table audit_event disable trigger user');
    await em.execute(`update audit_event set details = '{"reason":"rewritten"}' where seq = 777777`);
    await em.execute('alter table audit_event enable trigger user');
    const after = await verifyAuditChain(server.em());
    expect(after.problems.map((p) => p.seq)).toEqual([777777]);
  }, 600_000);
});
