import pg from 'pg';
import { AuditOutcome } from '../../server/src/audit/audit-event.entity.js';
import { APPEND_LOCK_KEY, GENESIS_HASH, hashEvent } from '../../server/src/audit/audit.service.js';
import { eventMaker } from './events.js';

const FILL_BATCH = 5000;

/**
 * Extends the chain to `target` events FILL_BATCH at a time, each batch in one transaction under
 * the service's append lock, its rows built like `AuditService.append` builds them and hashed
 * with the real `hashEvent`, inserted with one `unnest` statement.
 */
export async function fillChain(pool: pg.Pool, target: number): Promise<number> {
  const maker = eventMaker(99);
  const client = await pool.connect();
  let added = 0;
  let at = Date.now();
  try {
    for (;;) {
      await client.query('begin');
      await client.query('select pg_advisory_xact_lock($1)', [APPEND_LOCK_KEY]);
      const head = await client.query<{ seq: string; hash: string }>(
        'select seq, hash from audit_event where seq is not null order by seq desc limit 1',
      );
      let seq = head.rows[0] ? Number(head.rows[0].seq) : 0;
      let prevHash = head.rows[0]?.hash ?? GENESIS_HASH;
      if (seq >= target) {
        await client.query('commit');
        return added;
      }
      const cols: unknown[][] = Array.from({ length: 12 }, () => []);
      for (let i = Math.min(FILL_BATCH, target - seq); i > 0; i--) {
        const actor = maker.actor();
        const entry = maker.entry();
        const e = {
          seq: ++seq,
          at: new Date((at += 3)),
          actorId: actor.id,
          actorName: actor.username,
          action: entry.action,
          subjectType: entry.subjectType ?? null,
          subjectId: entry.subjectId ?? null,
          outcome: entry.outcome ?? AuditOutcome.ALLOWED,
          clientAddress: actor.clientAddress,
          details: entry.details ?? {},
          prevHash,
        };
        prevHash = hashEvent(e);
        const row = [e.seq, e.at.toISOString(), e.actorId, e.actorName, e.action, e.subjectType, e.subjectId];
        row.push(e.outcome, e.clientAddress, JSON.stringify(e.details), e.prevHash, prevHash);
        row.forEach((v, k) => cols[k]!.push(v));
      }
      await client.query(
        `insert into audit_event (seq, at, actor_id, actor_name, action, subject_type, subject_id, outcome, client_address, details, prev_hash, hash)
         select * from unnest($1::bigint[], $2::timestamptz[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[],
           $8::text[], $9::text[], $10::jsonb[], $11::text[], $12::text[])`,
        cols,
      );
      await client.query('commit');
      added += cols[0]!.length;
    }
  } catch (e) {
    await client.query('rollback');
    throw e;
  } finally {
    client.release();
  }
}
