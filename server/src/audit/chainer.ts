import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { AuditEvent } from './audit-event.entity.js';
import { APPEND_LOCK_KEY, GENESIS_HASH, hashEvent } from './audit.service.js';
import { type ChainRow, eventOfRow } from './audit.verify.js';

/** Events sealed per transaction: one lock, one read, one UPDATE, one INSERT and one commit for all. */
export const SEAL_BATCH = 2000;

const PENDING_SQL = `select id, at, actor_id, actor_name, action, subject_type, subject_id, outcome, client_address, details
       from audit_event where seq is null order by id limit ?`;

/**
 * One sealing transaction, under the chain's advisory lock (so the chain never forks, also across
 * server instances). First the committed pending events, in insertion order: each gets the next
 * sequence number, its predecessor's hash, and the SHA-256 of its canonical form computed from
 * the row as PostgreSQL returns it — the very bytes the verifier will hash. Then `fresh` events
 * (detached appends waiting in memory) are inserted already sealed after them. Returns how many
 * pending events it sealed.
 */
async function sealBatch(tx: EntityManager, fresh: AuditEvent[] = []): Promise<number> {
  await tx.execute('select pg_advisory_xact_lock(?)', [APPEND_LOCK_KEY]);
  const rows = await tx.execute<(ChainRow & { id: string })[]>(PENDING_SQL, [SEAL_BATCH]);
  if (rows.length === 0 && fresh.length === 0) return 0;
  const [head] = await tx.execute<{ seq: string; hash: string }[]>(
    'select seq, hash from audit_event where seq is not null order by seq desc limit 1',
  );
  let seq = head ? Number(head.seq) : 0;
  let prevHash = head?.hash ?? GENESIS_HASH;
  const sealed = rows.map((r) => {
    seq++;
    const hash = hashEvent(eventOfRow({ ...r, seq: String(seq), prev_hash: prevHash }));
    const s = { id: r.id, seq, prev_hash: prevHash, hash };
    prevHash = hash;
    return s;
  });
  if (sealed.length)
    await tx.execute(
      `update audit_event a set seq = v.seq, prev_hash = v.prev_hash, hash = v.hash
         from jsonb_to_recordset(?::jsonb) as v(id bigint, seq bigint, prev_hash text, hash text)
        where a.id = v.id`,
      [JSON.stringify(sealed)],
    );
  if (fresh.length) {
    for (const e of fresh) {
      e.seq = ++seq;
      e.prevHash = prevHash;
      e.hash = prevHash = hashEvent(e);
    }
    const written = await tx.execute<{ id: string; seq: string }[]>(
      `insert into audit_event (at, actor_id, actor_name, action, subject_type, subject_id, outcome, client_address, details, seq, prev_hash, hash)
       select v.at, v.actor_id, v.actor_name, v.action, v.subject_type, v.subject_id, v.outcome, v.client_address, v.details, v.seq, v.prev_hash, v.hash
         from jsonb_to_recordset(?::jsonb) as v(at timestamptz, actor_id uuid, actor_name text, action text, subject_type text,
              subject_id text, outcome text, client_address text, details jsonb, seq bigint, prev_hash text, hash text)
        order by v.seq
       returning id, seq`,
      [
        JSON.stringify(
          fresh.map((e) => ({
            at: e.at.toISOString(),
            actor_id: e.actorId ?? null,
            actor_name: e.actorName ?? null,
            action: e.action,
            subject_type: e.subjectType ?? null,
            subject_id: e.subjectId ?? null,
            outcome: e.outcome,
            client_address: e.clientAddress ?? null,
            details: e.details,
            seq: e.seq,
            prev_hash: e.prevHash,
            hash: e.hash,
          })),
        ),
      ],
    );
    const bySeq = new Map(fresh.map((e) => [e.seq, e]));
    for (const r of written) bySeq.get(Number(r.seq))!.id = r.id;
  }
  return rows.length;
}

/**
 * Seals every pending event committed so far, batch by batch, each batch in a transaction of its
 * own (so a crash loses nothing: unsealed events stay pending and the next run takes them).
 * Returns how many it sealed.
 */
export async function sealPending(em: EntityManager): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await em.fork({ clear: true }).transactional((tx) => sealBatch(tx));
    total += n;
    if (n < SEAL_BATCH) return total;
  }
}

interface Waiting {
  event: AuditEvent;
  done: (error?: unknown) => void;
}

/**
 * Seals in the background: soon after every commit of a transaction that appended, and every
 * `intervalMs` for events other server instances or crashed processes left pending. Detached
 * appends (denied attempts, sign-ins) wait here in memory and are written sealed, many in one
 * transaction, each caller answered when that transaction has committed (group commit). Readers
 * of the chain do not wait for the timer; they call `sealPending` first.
 */
export class Sealer {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private again = false;
  private dirty = false;
  private stopped = false;
  private queue: Waiting[] = [];

  constructor(
    private readonly orm: MikroORM,
    private readonly onError: (e: unknown) => void,
  ) {}

  start(intervalMs: number): void {
    this.orm.em.getEventManager().registerSubscriber({
      afterTransactionCommit: () => {
        if (this.dirty) this.poke();
      },
    });
    this.timer = setInterval(() => this.poke(), intervalMs);
    this.timer.unref();
    this.poke();
  }

  /** An event was inserted pending; seal it after its transaction commits. */
  appended(): void {
    this.dirty = true;
  }

  /** Writes `event` sealed in the next sealing transaction; resolves once that has committed. */
  enqueue(event: AuditEvent): Promise<AuditEvent> {
    if (this.stopped) return Promise.reject(new Error('audit sealing has stopped'));
    return new Promise<AuditEvent>((resolve, reject) => {
      this.queue.push({ event, done: (error) => (error === undefined ? resolve(event) : reject(error)) });
      this.poke();
    });
  }

  poke(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.stopped && this.queue.length === 0) return; // after stop: only what still waits
    this.running = this.loop().finally(() => {
      this.running = null;
    });
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      this.dirty = false;
      const batch = this.queue.splice(0, SEAL_BATCH);
      try {
        const em = this.orm.em.fork({ clear: true }) as EntityManager;
        const n = await em.transactional((tx) => sealBatch(tx as EntityManager, batch.map((w) => w.event)));
        for (const w of batch) w.done();
        if (n === SEAL_BATCH || this.queue.length) this.again = true;
      } catch (e) {
        // Not written: each waiting caller learns it. The next append or the timer tries again.
        for (const w of batch) w.done(e);
        this.onError(e);
        return;
      }
    } while (this.again);
  }

  /** Stops the timer, writes what waits in memory and finishes a sealing under way. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.poke();
    await this.running;
    for (const w of this.queue.splice(0)) w.done(new Error('audit sealing has stopped'));
  }
}
