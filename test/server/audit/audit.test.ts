import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../../server/src/audit/audit-event.entity.js';
import { AuditService } from '../../../server/src/audit/audit.service.js';
import { verifyAuditChain } from '../../../server/src/audit/audit.verify.js';
import { buildUser, TEST_PASSWORD } from '../../factories.js';
import { codeOf, gql, login } from '../../support/graphql.js';
import { startTestServer, type TestServer } from '../../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const actor = { id: null, username: 'test', clientAddress: '127.0.0.1' };

describe('audit trail', () => {
  it('chains every event to the one before, gaplessly, even under concurrent appends', async () => {
    const { audit } = server.services;
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        server.em().transactional((em) =>
          audit.append(em as EntityManager, actor, {
            action: 'test.concurrent',
            details: { i, nested: { b: 1, a: [1, 'x'] } },
          }),
        ),
      ),
    );
    const report = await verifyAuditChain(server.em(), 7);
    expect(report.problems).toEqual([]);
    expect(report.checked).toBeGreaterThanOrEqual(40);
    const rows = await server.em().find(AuditEvent, {}, { orderBy: { seq: 'asc' } });
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
  });

  it('refuses a lone surrogate or NUL in a username, and stays verifiable if one reaches it', async () => {
    for (const username of ['\ud800', 'a\u0000b']) {
      const r = await gql(
        server.url,
        'mutation($u: String!) { login(input: { username: $u, password: "x1234567" }) { token } }',
        { u: username },
      );
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
    }
    // And should such a string reach the trail another way, it is stored as hashed.
    await server.services.audit.append(server.em(), actor, { action: 'test.oddText', details: { s: '\ud800x\u0000' } });
    expect((await verifyAuditChain(server.em())).problems).toEqual([]);
  });

  it('answers a malformed request body with JSON, no stack trace', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":',
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toMatch(/node_modules|at /);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('is refused UPDATE, DELETE and TRUNCATE by PostgreSQL itself', async () => {
    const em = server.em();
    await server.services.audit.append(em, actor, { action: 'test.protected' });
    await expect(em.execute(`update audit_event set action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(em.execute(`delete from audit_event`)).rejects.toThrow(/append-only/);
    await expect(em.execute(`truncate audit_event`)).rejects.toThrow(/append-only/);
  });

  it('lets an event be sealed once, its content untouched, and nothing else', async () => {
    // Pending rows are tried inside transactions left uncommitted, so no sealer takes them meanwhile.
    const plain = new AuditService();
    await expect(
      server.em().transactional(async (tx) => {
        const { id } = await plain.append(tx as EntityManager, actor, { action: 'test.seal', details: { n: 1 } });
        const [pending] = await tx.execute<{ seq: string | null; hash: string | null }[]>(
          'select seq, hash from audit_event where id = ?',
          [id],
        );
        expect(pending).toEqual({ seq: null, hash: null });
        // Its content is as frozen as a sealed event's, even while it is sealed.
        await tx.execute(
          `update audit_event set details = '{"n": 2}', seq = 999999, prev_hash = 'x', hash = 'y' where id = ?`,
          [id],
        );
      }),
    ).rejects.toThrow(/append-only/);
    // Half a seal is refused by the table itself.
    await expect(
      server.em().transactional(async (tx) => {
        const { id } = await plain.append(tx as EntityManager, actor, { action: 'test.seal' });
        await tx.execute('update audit_event set seq = 9999999 where id = ?', [id]);
      }),
    ).rejects.toThrow(/audit_event_sealed_check/);
    const em = server.em();
    const { id } = await server.services.audit.append(em, actor, { action: 'test.seal', details: { n: 1 } });
    await server.services.audit.settle(em);
    const sealed = await server.em().findOneOrFail(AuditEvent, { id });
    expect(sealed.seq).toBeGreaterThan(0);
    // Sealed: its place can't be changed nor taken back.
    await expect(em.execute('update audit_event set seq = seq + 1000000 where id = ?', [id])).rejects.toThrow(
      /append-only/,
    );
    await expect(
      em.execute('update audit_event set seq = null, prev_hash = null, hash = null where id = ?', [id]),
    ).rejects.toThrow(/append-only/);
    expect((await verifyAuditChain(server.em())).problems).toEqual([]);
  });

  it('writes odd values exactly as it hashed them, on both paths: long, padded, lone surrogates, NUL, odd keys', async () => {
    const odd = {
      action: 'test.odd',
      subjectType: 'Upload',
      subjectId: `a${' '.repeat(100)}`, // PostgreSQL would cut the spaces silently
      details: { s: '\ud800x\u0000', ['k\ud800\u0000']: ['\udfff', { n: 1e21, f: 1e-7 }], long: '长'.repeat(5000) },
    };
    const odder = { ...odd, subjectId: '长'.repeat(65), action: 'x'.repeat(80) };
    const who = { id: null, username: `u${'\ud83d'.repeat(70)}`, clientAddress: '1'.repeat(70) };
    const detached = await Promise.all([
      server.services.audit.appendDetached(server.em(), who, odd),
      server.services.audit.appendDetached(server.em(), who, odder),
    ]);
    await server.services.audit.append(server.em(), who, odd);
    await server.services.audit.append(server.em(), who, odder);
    expect(detached.map((e) => Array.from(e.subjectId!).length)).toEqual([64, 64]);
    expect((await verifyAuditChain(server.em())).problems).toEqual([]);
  });

  it('refuses only the detached event PostgreSQL refuses, not the others written with it', async () => {
    const { audit } = server.services;
    const results = await Promise.allSettled([
      audit.appendDetached(server.em(), actor, { action: 'test.batch', details: { n: 1 } }),
      audit.appendDetached(server.em(), { ...actor, id: 'not-a-uuid' }, { action: 'test.batch', details: { n: 2 } }),
      audit.appendDetached(server.em(), actor, { action: 'test.batch', details: { n: 3 } }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const written = await server.em().find(AuditEvent, { action: 'test.batch' }, { orderBy: { id: 'asc' } });
    expect(written.map((e) => e.details.n)).toEqual([1, 3]);
    expect(written.every((e) => e.seq > 0)).toBe(true);
    expect((await verifyAuditChain(server.em())).problems).toEqual([]);
  });

  it('seals events in the order their transactions commit, whatever order they were inserted in', async () => {
    const em = server.em();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    // The first insert stays uncommitted while a later one commits and is sealed.
    const slow = em.fork().transactional(async (tx) => {
      const e = await server.services.audit.append(tx as EntityManager, actor, { action: 'test.slow' });
      await held;
      return e;
    });
    await new Promise((r) => setTimeout(r, 50));
    const fast = await server.services.audit.append(server.em(), actor, { action: 'test.fast' });
    await server.services.audit.settle(server.em());
    release();
    const slowEvent = await slow;
    expect(Number(slowEvent.id)).toBeLessThan(Number(fast.id));
    await server.services.audit.settle(server.em());
    const [a, b] = await Promise.all([
      server.em().findOneOrFail(AuditEvent, { id: fast.id }),
      server.em().findOneOrFail(AuditEvent, { id: slowEvent.id }),
    ]);
    expect(b.seq).toBeGreaterThan(a.seq);
    expect(b.prevHash).not.toBe(a.prevHash);
    expect((await verifyAuditChain(server.em())).problems).toEqual([]);
  });

  it('seals an event once its own transaction commits, without waiting for the timer', async () => {
    const { audit } = server.services;
    await audit.stopSealing();
    audit.startSealing(server.orm, 3_600_000, (e) => console.error(e)); // the timer will not come
    try {
      const { id } = await audit.append(server.em(), actor, { action: 'test.prompt' });
      const seqOf = async () =>
        (await server.em().execute<{ seq: string | null }[]>('select seq from audit_event where id = ?', [id]))[0]!.seq;
      const deadline = Date.now() + 10_000;
      while ((await seqOf()) === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(await seqOf()).not.toBeNull();
    } finally {
      await audit.stopSealing();
      audit.startSealing(server.orm, 1000, (e) => console.error(e));
    }
  });

  it('seals on its own what another process left pending (a crash, another instance), within seconds', async () => {
    // An AuditService without the background sealer, as in a tool or a process that died after its commit.
    const elsewhere = new AuditService();
    const { id } = await elsewhere.append(server.em(), actor, { action: 'test.elsewhere' });
    const sealedSeq = async () =>
      (await server.em().execute<{ seq: string | null }[]>('select seq from audit_event where id = ?', [id]))[0]!.seq;
    expect(await sealedSeq()).toBeNull();
    const deadline = Date.now() + 5000;
    while ((await sealedSeq()) === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(await sealedSeq()).not.toBeNull();
  });

  it('shows tampering done behind the application’s back (triggers disabled by a superuser)', async () => {
    const em = server.em();
    for (let i = 0; i < 3; i++)
      await server.services.audit.append(em, actor, { action: 'test.tamper', details: { i } });
    await server.services.audit.settle(em);
    const [victim] = await em.find(AuditEvent, { action: 'test.tamper' }, { orderBy: { seq: 'asc' }, limit: 1 });
    await em.execute('alter table audit_event disable trigger user');
    try {
      await em.execute(`update audit_event set details = '{"i": 99}' where seq = ?`, [victim.seq]);
      await em.execute(`delete from audit_event where seq = ?`, [victim.seq + 1]);
    } finally {
      await em.execute('alter table audit_event enable trigger user');
    }
    const report = await verifyAuditChain(server.em());
    expect(report.problems).toContainEqual({ seq: victim.seq, problem: 'HASH_MISMATCH' });
    expect(report.problems).toContainEqual({ seq: victim.seq + 2, problem: 'MISSING_SEQUENCE' });
    expect(report.problems).toContainEqual({ seq: victim.seq + 2, problem: 'BROKEN_LINK' });
  });

  it('is readable by a supervisor, filtered, newest first; not by others', async () => {
    await buildUser(server.em(), { username: 'sup', roles: ['supervisor' as never] });
    await buildUser(server.em(), { username: 'ic', roles: ['infoCenter' as never] });
    const sup = await login(server.url, 'sup', TEST_PASSWORD);
    const ic = await login(server.url, 'ic', TEST_PASSWORD);
    await gql(server.url, 'mutation { login(input: { username: "sup", password: "wrong-pass-1" }) { token } }');
    const r = await gql(
      server.url,
      '{ auditEvents(filter: { action: "auth.", outcome: DENIED }, perPage: 5) { total items { seq action outcome actorName details hash prevHash } } }',
      {},
      sup,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.auditEvents.items[0]).toMatchObject({
      action: 'auth.login',
      outcome: 'DENIED',
      actorName: 'sup',
      details: { reason: 'WRONG_PASSWORD' },
    });
    const all = await gql(server.url, '{ auditEvents(perPage: 3) { items { seq } } }', {}, sup);
    const seqs = all.data!.auditEvents.items.map((i: { seq: number }) => i.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    const asc = await gql(
      server.url,
      '{ auditEvents(perPage: 3, sortField: "seq", sortOrder: ASC) { items { seq } } }',
      {},
      sup,
    );
    expect(asc.data!.auditEvents.items.map((i: { seq: number }) => i.seq)).toEqual([1, 2, 3]);
    const desc = await gql(
      server.url,
      '{ auditEvents(perPage: 3, sortField: "seq", sortOrder: DESC) { items { seq } } }',
      {},
      sup,
    );
    expect(desc.data!.auditEvents.items.map((i: { seq: number }) => i.seq)).toEqual(seqs);
    const one = await gql(server.url, 'query($s: Int!) { auditEvent(seq: $s) { seq action } }', { s: 2 }, sup);
    expect(one.data!.auditEvent.seq).toBe(2);
    expect(codeOf(await gql(server.url, '{ auditEvent(seq: 999999) { seq } }', {}, sup))).toBe('NOT_FOUND');
    // infoCenter administers accounts but does not audit itself: separation of duties.
    expect(codeOf(await gql(server.url, '{ auditEvents { total } }', {}, ic))).toBe('FORBIDDEN');
  });
});
