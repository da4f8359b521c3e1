import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { ERRORS, type Lock, type Locker, type RequestRelease } from '@tus/utils';
import pg from 'pg';

/** The channel on which a request that waits for an upload asks its holder, on any instance, to let go. */
const RELEASE_CHANNEL = 'tus_lock_release';
const RETRY_MS = 100;

/** The advisory-lock key of an upload: 64 bits of SHA-256 of a namespaced id, as a signed bigint. */
export const lockKeyOf = (id: string) => createHash('sha256').update(`tus:${id}`).digest().readBigInt64BE(0).toString();

interface Held {
  client: pg.PoolClient;
  requestRelease: RequestRelease;
}

/**
 * tus's upload lock shared by every server instance on one PostgreSQL: a session-level advisory
 * lock per upload, held on a connection of its own pool for as long as the request writes. A
 * request that finds the upload locked asks the holder to let go (NOTIFY, heard by every
 * instance's LISTEN connection; the holder's tus then ends its request) and tries again until it
 * gets the lock or its time is up, as tus's in-memory locker does within one process. A crashed
 * instance's locks go with its connections.
 */
export class PgLocker implements Locker {
  private readonly pool: pg.Pool;
  private readonly held = new Map<string, Held>();
  private listener: Promise<pg.Client> | null = null;
  private closed = false;

  constructor(
    private readonly url: string,
    private readonly timeoutMs = 30_000,
    maxConnections = 25,
  ) {
    this.pool = new pg.Pool({
      connectionString: url,
      max: maxConnections,
      connectionTimeoutMillis: timeoutMs,
      application_name: 'er-upload-locks',
    });
    // A lock's connection that breaks loses its lock with it; the next request takes it anew.
    this.pool.on('error', () => undefined);
  }

  newLock(id: string): Lock {
    return {
      lock: (signal, requestRelease) => this.acquire(id, signal, requestRelease),
      unlock: () => this.release(id),
    };
  }

  /** Uploads this instance holds now (for tests and health). */
  holding(): string[] {
    return [...this.held.keys()];
  }

  async close(): Promise<void> {
    this.closed = true;
    const listener = this.listener;
    this.listener = null;
    if (listener) await listener.then((c) => c.end()).catch(() => undefined);
    for (const id of [...this.held.keys()]) await this.release(id).catch(() => undefined);
    await this.pool.end();
  }

  /** The LISTEN connection, opened on first use and again after it breaks. */
  private listen(): Promise<pg.Client> {
    this.listener ??= (async () => {
      const client = new pg.Client({ connectionString: this.url, application_name: 'er-upload-locks-listen' });
      const reset = () => {
        if (this.listener) this.listener = null;
      };
      client.on('error', reset);
      client.on('end', reset);
      client.on('notification', (message) => {
        if (message.channel !== RELEASE_CHANNEL || !message.payload) return;
        const holder = this.held.get(message.payload);
        if (holder) void Promise.resolve(holder.requestRelease()).catch(() => undefined);
      });
      await client.connect();
      await client.query(`listen ${RELEASE_CHANNEL}`);
      return client;
    })().catch((error: unknown) => {
      this.listener = null;
      throw error;
    });
    return this.listener;
  }

  private async acquire(id: string, signal: AbortSignal, requestRelease: RequestRelease): Promise<void> {
    if (this.closed) throw ERRORS.ERR_LOCK_TIMEOUT;
    await this.listen();
    const key = lockKeyOf(id);
    const deadline = Date.now() + this.timeoutMs;
    for (let attempt = 0; ; attempt++) {
      if (signal.aborted || Date.now() > deadline) throw ERRORS.ERR_LOCK_TIMEOUT;
      const client = await this.pool.connect();
      const got = await client.query<{ ok: boolean }>('select pg_try_advisory_lock($1::bigint) as ok', [key]).then(
        ({ rows }) => rows[0].ok,
        (error: unknown) => {
          client.release(error as Error);
          throw error;
        },
      );
      if (got) {
        this.held.set(id, { client, requestRelease });
        return;
      }
      client.release();
      // Ask the holder to let go now and then (a holder busy finishing may not hear the first ask).
      if (attempt % 10 === 0) await this.pool.query('select pg_notify($1, $2)', [RELEASE_CHANNEL, id]);
      await sleep(RETRY_MS, undefined, { signal }).catch(() => undefined);
    }
  }

  private async release(id: string): Promise<void> {
    const holder = this.held.get(id);
    if (!holder) throw new Error('Releasing an unlocked lock!');
    this.held.delete(id);
    try {
      await holder.client.query('select pg_advisory_unlock($1::bigint)', [lockKeyOf(id)]);
      holder.client.release();
    } catch (error) {
      // Dropping the connection drops its locks too.
      holder.client.release(error as Error);
    }
  }
}
