import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent, AuditOutcome } from '../../../server/src/audit/audit-event.entity.js';
import { AUDIT_CSV_COLUMNS, csvCell } from '../../../server/src/audit/audit.export.js';
import { hashEvent } from '../../../server/src/audit/audit.service.js';
import { verifyAuditChain } from '../../../server/src/audit/audit.verify.js';
import { Role } from '../../../server/src/users/roles.js';
import { buildCase, buildRecord, buildUser, TEST_PASSWORD } from '../../factories.js';
import { gql, login } from '../../support/graphql.js';
import { startTestServer, type TestServer } from '../../support/server.js';
import { appendSealed } from '../../support/audit.js';

let server: TestServer;
let sup: string;
let officer: string;
let supId: string;
let officerId: string;
const actor = { id: null, username: 'test', clientAddress: '127.0.0.1' };
const ids: Record<string, string> = {};
const seqs: Record<string, number> = {};

/** RFC 4180 rows of a CSV text. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) cell += c;
    else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += c;
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

const exportUrl = (filter: object) =>
  `${server.url}/exports/audit.csv?filter=${encodeURIComponent(JSON.stringify(filter))}`;
const listSeqs = async (filter: object) => {
  const r = await gql(
    server.url,
    'query($f: AuditEventFilter) { auditEvents(filter: $f, perPage: 100) { total items { seq } } }',
    { f: filter },
    sup,
  );
  expect(r.errors).toBeUndefined();
  return (r.data!.auditEvents.items as { seq: number }[]).map((i) => i.seq).sort((a, b) => a - b);
};

beforeAll(async () => {
  server = await startTestServer();
  const em = server.em();
  const s = await buildUser(em, { roles: [Role.supervisor] });
  const o = await buildUser(em, { roles: [Role.officer] });
  supId = s.id;
  officerId = o.id;
  sup = await login(server.url, s.username, TEST_PASSWORD);
  officer = await login(server.url, o.username, TEST_PASSWORD);
  const caseA = await buildCase(em);
  const caseB = await buildCase(em);
  const r1 = await buildRecord(em, caseA);
  const r2 = await buildRecord(em, caseA);
  const r3 = await buildRecord(em, caseB);
  Object.assign(ids, { caseA: caseA.id, caseB: caseB.id, r1: r1.id, r2: r2.id, r3: r3.id });
  const add = async (name: string, entry: Parameters<TestServer['services']['audit']['append']>[2]) => {
    seqs[name] = (await appendSealed(server, actor, entry)).seq;
  };
  await add('caseOpenA', { action: 'case.open', subjectType: 'Case', subjectId: caseA.id, details: { number: '甲' } });
  await add('viewR1', { action: 'record.view', subjectType: 'Record', subjectId: r1.id, details: { version: 1 } });
  await add('uploadR2', {
    action: 'upload.finish',
    subjectType: 'Upload',
    subjectId: 'u-1',
    details: { recordId: r2.id },
  });
  await add('uploadA', {
    action: 'upload.create',
    subjectType: 'Upload',
    subjectId: 'u-2',
    details: { caseId: caseA.id },
  });
  await add('grantR1R3', {
    action: 'access.grant',
    subjectType: 'ApprovalRequest',
    subjectId: 'x',
    details: { recordIds: [r1.id, r3.id] },
  });
  await add('viewR3', {
    action: 'record.view',
    subjectType: 'Record',
    subjectId: r3.id,
    details: { note: '他案, "quoted", 换行\n' },
  });
  await add('caseOpenB', { action: 'case.open', subjectType: 'Case', subjectId: caseB.id });
  await add('other', { action: 'user.update', subjectType: 'User', subjectId: supId, outcome: AuditOutcome.DENIED });
});
afterAll(() => server?.close());

describe('audit trail filters for supervisors', () => {
  it('by record: the record as subject, named in details, or among several named', async () => {
    expect(await listSeqs({ recordId: ids.r1 })).toEqual([seqs.viewR1, seqs.grantR1R3]);
    expect(await listSeqs({ recordId: ids.r2 })).toEqual([seqs.uploadR2]);
    expect(await listSeqs({ recordId: ids.r3 })).toEqual([seqs.grantR1R3, seqs.viewR3]);
  });

  it('by case: the case and everything about its records', async () => {
    expect(await listSeqs({ caseId: ids.caseA })).toEqual([
      seqs.caseOpenA,
      seqs.viewR1,
      seqs.uploadR2,
      seqs.uploadA,
      seqs.grantR1R3,
    ]);
    expect(await listSeqs({ caseId: ids.caseB })).toEqual([seqs.grantR1R3, seqs.viewR3, seqs.caseOpenB]);
  });

  it('combine with action, outcome and actor', async () => {
    expect(await listSeqs({ caseId: ids.caseA, action: 'record.' })).toEqual([seqs.viewR1]);
    expect(await listSeqs({ caseId: ids.caseB, action: 'case.open' })).toEqual([seqs.caseOpenB]);
    expect(await listSeqs({ subjectId: supId, outcome: 'DENIED' })).toEqual([seqs.other]);
    const r = await gql(server.url, '{ auditEvents(filter: { recordId: "nope" }) { total } }', {}, sup);
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('CSV export of the filtered trail', () => {
  it('has a BOM, the header, and exactly the filtered rows with the hashes of the database', async () => {
    const res = await fetch(exportUrl({ caseId: ids.caseB }), { headers: { authorization: `Bearer ${sup}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="?audit-\d+\.csv"?$/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1));
    expect(header).toEqual([...AUDIT_CSV_COLUMNS]);
    expect(rows.map((r) => Number(r[0]))).toEqual([seqs.grantR1R3, seqs.viewR3, seqs.caseOpenB]);
    const db = await server
      .em()
      .find(AuditEvent, { seq: { $in: rows.map((r) => Number(r[0])) } }, { orderBy: { seq: 'asc' } });
    rows.forEach((r, i) => {
      const e = db[i];
      const cell = Object.fromEntries(AUDIT_CSV_COLUMNS.map((c, j) => [c, r[j]]));
      expect(cell).toMatchObject({ at: e.at.toISOString(), action: e.action, prev_hash: e.prevHash, hash: e.hash });
      expect(JSON.parse(cell.details)).toEqual(e.details);
      // Everything the hash covers is in the file: an outside party can recompute it.
      const fromFile = hashEvent({
        seq: Number(cell.seq),
        at: new Date(cell.at),
        actorId: cell.actor_id || null,
        actorName: cell.actor_name || null,
        action: cell.action,
        subjectType: cell.subject_type || null,
        subjectId: cell.subject_id || null,
        outcome: cell.outcome as AuditOutcome,
        clientAddress: cell.client_address || null,
        details: JSON.parse(cell.details),
        prevHash: cell.prev_hash,
      });
      expect(fromFile).toBe(e.hash);
    });
  });

  it('is itself audited: who exported which filter', async () => {
    const filter = { recordId: ids.r1, outcome: 'ALLOWED' };
    const res = await fetch(exportUrl(filter), { headers: { authorization: `Bearer ${sup}` } });
    expect(res.status).toBe(200);
    await res.text();
    const [event] = await server
      .em()
      .find(AuditEvent, { action: 'auditEvents.export', actorId: supId }, { orderBy: { id: 'desc' }, limit: 1 });
    expect(event.outcome).toBe('ALLOWED');
    expect(event.details).toMatchObject({ filter, format: 'csv' });
  });

  it('refuses others with 403 and audits the attempt; 401 without a session; 400 for a bad filter', async () => {
    const res = await fetch(exportUrl({}), { headers: { authorization: `Bearer ${officer}` } });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'FORBIDDEN',
    );
    const [denied] = await server
      .em()
      .find(AuditEvent, { action: 'auditEvents.export', actorId: officerId }, { orderBy: { id: 'desc' }, limit: 1 });
    expect(denied.outcome).toBe('DENIED');
    expect((await fetch(exportUrl({}))).status).toBe(401);
    const bad = await fetch(`${server.url}/exports/audit.csv?filter=${encodeURIComponent('{"seq":1}')}`, {
      headers: { authorization: `Bearer ${sup}` },
    });
    expect(bad.status).toBe(400);
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell(12)).toBe('12');
  });

  it('streams a large trail in many chunks, in chain order, intact', async () => {
    const em: EntityManager = server.em();
    await em.transactional(async (tx) => {
      await server.services.audit.settle(tx);
      await tx.execute('select pg_advisory_xact_lock(?)', [0x41554454]);
      const [last] = await tx.execute<{ seq: string; hash: string }[]>(
        'select seq, hash from audit_event where seq is not null order by seq desc limit 1',
      );
      let prev = { seq: Number(last.seq), hash: last.hash };
      for (let batch = 0; batch < 20; batch++) {
        const events: AuditEvent[] = [];
        for (let i = 0; i < 1000; i++) {
          const e = Object.assign(new AuditEvent(), {
            seq: prev.seq + 1,
            at: new Date(),
            actorId: null,
            actorName: 'bulk',
            action: 'test.bulk',
            subjectType: 'Record',
            subjectId: ids.r3,
            outcome: AuditOutcome.ALLOWED,
            clientAddress: null,
            details: { i: batch * 1000 + i, text: '大量事件' },
            prevHash: prev.hash,
          });
          e.hash = hashEvent(e);
          events.push(e);
          prev = e;
        }
        await tx.insertMany(AuditEvent, events);
      }
    });
    const res = await fetch(exportUrl({ action: 'test.bulk' }), { headers: { authorization: `Bearer ${sup}` } });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let chunks = 0;
    let text = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks++;
      text += decoder.decode(value, { stream: true });
    }
    expect(chunks).toBeGreaterThan(5);
    const rows = parseCsv(text.slice(1)).slice(1);
    expect(rows).toHaveLength(20_000);
    for (let i = 1; i < rows.length; i++) expect(rows[i][10]).toBe(rows[i - 1][11]);
    expect((await verifyAuditChain(server.em())).problems).toEqual([]);
  }, 60_000);
});
