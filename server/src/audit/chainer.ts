import { type EntityManager, IsolationLevel, type MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { AuditEvent } from './audit-event.entity.js';
import { APPEND_LOCK_KEY, GENESIS_HASH, hashEvent } from './audit.service.js';
import { type ChainRow, eventOfRow } from './audit.verify.js';

/** Events sealed per transaction: one lock, one read, one write and one commit for all. */
export const SEAL_BATCH = 2000;

/** The chain's head and the oldest committed pending events, read in one statement after the lock. */
const READ_SQL = `select h.seq as head_seq, h.hash as head_hash, p.*
    from (select 1) one
    left join lateral (select seq, hash from audit_event where seq is not null order by seq desc limit 1) h on true
    left join lateral (select id, at, actor_id, actor_name, action, subject_type, subject_id, outcome, client_address, details
                         from audit_event where seq is null order by id limit ${SEAL_BATCH}) p on true`;

/** Seals the pending rows ($1) and inserts the fresh events sealed ($2), in one statement. */
const WRITE_SQL = `with sealed as (
      update audit_event a set seq = v.seq, prev_hash = v.prev_hash, hash = v.hash
        from jsonb_to_recordset($1::jsonb) as v(id bigint, seq bigint, prev_hash text, hash text)
       where a.id = v.id returning a.id)
    insert into audit_event (at, actor_id, actor_name, action, subject_type, subject_id, outcome, client_address, details, seq, prev_hash, hash)
    select v.at, v.actor_id, v.actor_name, v.action, v.subject_type, v.subject_id, v.outcome, v.client_address, v.details, v.seq, v.prev_hash, v.hash
      from jsonb_to_recordset($2::jsonb) as v(at timestamptz, actor_id uuid, actor_name text, action text, subject_type text,
           subject_id text, outcome text, client_address text, details jsonb, seq bigint, prev_hash text, hash text)
     order by v.seq
    returning id, seq`;

/** How a sealing transaction reaches PostgreSQL. */
interface SealConnection {
  /** Takes the chain's transaction-scoped advisory lock, then runs READ_SQL (a statement after the lock). */
  lockAndRead<T>(): Promise<T[]>;
  /** Runs WRITE_SQL with its two parameters. */
  write<T>(sealed: string, fresh: string): Promise<T[]>;
}

/**
 * The body of one sealing transaction, under the chain's advisory lock (so the chain never forks,
 * also across server instances). First the committed pending events, in insertion order: each
 * gets the next sequence number, its predecessor's hash, and the SHA-256 of its canonical form
 * computed from the row as PostgreSQL returns it — the very bytes the verifier will hash. Then
 * `fresh` events (detached appends waiting in memory) are inserted already sealed after them.
 * Returns how many pending events it sealed, or null when there was nothing to write.
 */
async function sealBatch(db: SealConnection, fresh: AuditEvent[]): Promise<number | null> {
  const rows = await db.lockAndRead<
    ChainRow & { id: string | null; head_seq: string | null; head_hash: string | null }
  >();
  const pending = rows.filter((r) => r.id !== null);
  if (pending.length === 0 && fresh.length === 0) return null;
  let seq = rows[0]?.head_seq ? Number(rows[0].head_seq) : 0;
  let prevHash = rows[0]?.head_hash ?? GENESIS_HASH;
  const sealed = pending.map((r) => {
    seq++;
    const hash = hashEvent(eventOfRow({ ...r, seq: String(seq), prev_hash: prevHash }));
    const s = { id: r.id, seq, prev_hash: prevHash, hash };
    prevHash = hash;
    return s;
  });
  for (const e of fresh) {
    e.seq = ++seq;
    e.prevHash = prevHash;
    e.hash = prevHash = hashEvent(e);
  }
  const written = await db.write<{ id: string; seq: string }>(
    JSON.stringify(sealed),
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
  );
  const bySeq = new Map(fresh.map((e) => [e.seq, e]));
  for (const r of written) bySeq.get(Number(r.seq))!.id = r.id;
  return pending.length;
}

/**
 * Seals every pending event committed so far through `em`, batch by batch, each batch in a
 * transaction of its own (so a crash loses nothing: unsealed events stay pending and the next run
 * takes them). For processes without the background sealer (tools, benchmarks). Returns how many.
 */
export async function sealPending(em: EntityManager): Promise<number> {
  let total = 0;
  for (;;) {
    const n =
      (await em.fork({ clear: true }).transactional(
        (tx) =>
          sealBatch(
            {
              lockAndRead: async <T>() => {
                await tx.execute('select pg_advisory_xact_lock(?)', [APPEND_LOCK_KEY]);
                return tx.execute<T[]>(READ_SQL);
              },
              write: <T>(sealed: string, fresh: string) =>
                tx.execute<T[]>(WRITE_SQL.replace(/\$\d+/g, '?'), [sealed, fresh]),
            },
            [],
          ),
        { isolationLevel: IsolationLevel.READ_COMMITTED },
      )) ?? 0;
    total += n;
    if (n < SEAL_BATCH) return total;
  }
}

/** A caller waiting for a sealing transaction: with an event to write, or to see all pending sealed. */
interface Waiting {
  event?: AuditEvent;
  done: (error?: unknown) => void;
}

/**
 * Seals in the background, on a connection of its own: soon after every commit of a transaction
 * that appended, and every `intervalMs` for events other server instances or crashed processes
 * left pending. Detached appends (denied attempts, sign-ins) wait here in memory and are written
 * sealed, many in one transaction, each caller answered when that transaction has committed
 * (group commit). Readers wait for a sealing that starts after they ask (`flush`).
 */
export class Sealer {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private again = false;
  /** Transactions that appended and have not committed yet (knex transaction objects). */
  private readonly uncommitted = new WeakSet<object>();
  private stopped = false;
  private queue: Waiting[] = [];
  private readonly pool: pg.Pool;

  constructor(
    private readonly orm: MikroORM,
    private readonly onError: (e: unknown) => void,
  ) {
    this.pool = new pg.Pool({
      connectionString: orm.config.getClientUrl(),
      max: 1,
      application_name: 'er-audit-sealer',
      // Bounded waits: a dead connection, or a frozen instance holding the chain's lock, must not
      // stall every instance's sealing (and with it detached appends and readers) for long.
      connectionTimeoutMillis: 10_000,
      keepAlive: true,
      options: '-c lock_timeout=30s -c statement_timeout=60s -c idle_in_transaction_session_timeout=60s',
    });
    this.pool.on('error', () => undefined); // a broken idle connection is replaced on next use
  }

  start(intervalMs: number): void {
    this.orm.em.getEventManager().registerSubscriber({
      afterTransactionCommit: ({ transaction }) => {
        if (transaction && this.uncommitted.has(transaction as object)) {
          this.uncommitted.delete(transaction as object);
          this.poke();
        }
      },
    });
    this.timer = setInterval(() => this.poke(), intervalMs);
    this.timer.unref();
    this.poke();
  }

  /**
   * An event was inserted pending in `transaction`; seal it once that commits. (An append inside a
   * nested transaction — a savepoint — is sealed by the timer or the next reader instead.)
   */
  appended(transaction: unknown): void {
    // A knex transaction is a function object.
    if (transaction && (typeof transaction === 'object' || typeof transaction === 'function'))
      this.uncommitted.add(transaction);
  }

  /** Writes `event` sealed in the next sealing transaction; resolves once that has committed. */
  enqueue(event: AuditEvent): Promise<AuditEvent> {
    return this.wait({ event }).then(() => event);
  }

  /** Resolves when every event committed before the call is sealed. */
  flush(): Promise<void> {
    return this.wait({});
  }

  private wait(w: Omit<Waiting, 'done'>): Promise<void> {
    if (this.stopped) return Promise.reject(new Error('audit sealing has stopped'));
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ ...w, done: (error) => (error === undefined ? resolve() : reject(error)) });
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
      // Let the callers answered by the last commit, and others ready to append, join this batch.
      await new Promise((r) => setImmediate(r));
      this.again = false;
      const batch = this.queue.splice(0, SEAL_BATCH);
      const events = batch.flatMap((w) => (w.event ? [w.event] : []));
      let n: number;
      try {
        n = await this.transaction(events);
      } catch (e) {
        if (events.length > 1) {
          // One event PostgreSQL refuses must not cost the others theirs: each is tried alone.
          for (const w of batch)
            if (w.event)
              await this.transaction([w.event]).then(
                () => w.done(),
                (error: unknown) => w.done(error),
              );
          this.queue.unshift(...batch.filter((w) => !w.event));
          this.again = true;
          continue;
        }
        // Not written: each waiting caller learns it. The next append or the timer tries again.
        for (const w of batch) w.done(e);
        this.onError(e);
        return;
      }
      if (n < SEAL_BATCH) for (const w of batch) w.done();
      else {
        // More pending than one batch: writers are answered, readers wait for the rest.
        for (const w of batch) if (w.event) w.done();
        this.queue.unshift(...batch.filter((w) => !w.event));
      }
      if (n === SEAL_BATCH || this.queue.length) this.again = true;
    } while (this.again);
  }

  /**
   * One sealing transaction in two round trips: BEGIN, the lock and the read in one simple query
   * (each statement its own snapshot, so the read sees everything committed before the lock), then
   * the write and COMMIT in another, its JSON passed as literals escaped by node-postgres.
   */
  private async transaction(events: AuditEvent[]): Promise<number> {
    const client = await this.pool.connect();
    let began = false;
    let committed = false;
    try {
      const n = await sealBatch(
        {
          lockAndRead: async <T>() => {
            began = true;
            const results = (await client.query(
              // READ COMMITTED whatever the server's default: the read must see what committed while it waited.
              `begin isolation level read committed; select pg_advisory_xact_lock(${APPEND_LOCK_KEY}); ${READ_SQL}`,
            )) as unknown as pg.QueryResult[];
            return results[2]!.rows as T[];
          },
          write: async <T>(sealed: string, fresh: string) => {
            const literals = [client.escapeLiteral(sealed), client.escapeLiteral(fresh)];
            const sql = WRITE_SQL.replace(/\$([12])\b/g, (_m, n: string) => literals[Number(n) - 1]!);
            const results = (await client.query(`${sql}; commit`)) as unknown as pg.QueryResult[];
            committed = true;
            return results[0]!.rows as T[];
          },
        },
        events,
      );
      if (!committed) await client.query('commit');
      client.release();
      return n ?? 0;
    } catch (e) {
      if (began && !committed) await client.query('rollback').catch(() => undefined);
      client.release(true); // a connection in an unknown state is not reused
      for (const ev of events) ev.seq = ev.prevHash = ev.hash = undefined as never;
      throw e;
    }
  }

  /** Stops the timer, writes what waits in memory and finishes a sealing under way. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.poke();
    await this.running;
    for (const w of this.queue.splice(0)) w.done(new Error('audit sealing has stopped'));
    await this.pool.end();
  }
}
