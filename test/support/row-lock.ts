import pg from 'pg';

export interface HeldRow {
  /** Resolves once `n` statements of the database wait for a lock (polled outside the holder's transaction). */
  waiting(n: number): Promise<void>;
  /** Runs a statement in the holder's transaction (e.g. the change a concurrent writer makes). */
  query(sql: string, params?: unknown[]): Promise<void>;
  /** Commits the holder's transaction, letting the waiting statements go on. */
  release(): Promise<void>;
  /**
   * Starts each request in turn, each only once the one before is queued behind the held row, then
   * lets them all go: they reach the row in this order. Their answers, in the same order.
   */
  inOrder<T>(...requests: (() => Promise<T>)[]): Promise<T[]>;
  end(): Promise<void>;
}

/**
 * Holds a row lock (`lockSql`, e.g. `select … for update`) in a transaction of its own, so a test
 * can queue concurrent requests behind it in a known order and then let them go: races made
 * deterministic. pg_stat_activity is read once per transaction, so the watcher has its own connection.
 */
export async function holdRow(url: string, lockSql: string, params: unknown[]): Promise<HeldRow> {
  const holder = new pg.Client({ connectionString: url });
  const watcher = new pg.Client({ connectionString: url });
  await Promise.all([holder.connect(), watcher.connect()]);
  const { rows } = await holder.query<{ pid: number }>('select pg_backend_pid() as pid');
  const holderPid = rows[0]!.pid;
  await holder.query('begin');
  await holder.query(lockSql, params);
  const row: HeldRow = {
    async waiting(n) {
      for (let i = 0; i < 500; i++) {
        // Blocked behind the holder, directly or queued behind a request that is.
        const { rows } = await watcher.query<{ n: string }>(
          `with recursive blocked(pid) as (
             select a.pid from pg_stat_activity a where $1 = any(pg_blocking_pids(a.pid))
             union
             select a.pid from pg_stat_activity a join blocked b on b.pid = any(pg_blocking_pids(a.pid)))
           select count(*) as n from blocked`,
          [holderPid],
        );
        if (Number(rows[0]!.n) >= n) return;
        await new Promise((r) => setTimeout(r, 10));
      }
      throw new Error(`fewer than ${n} statements are waiting for a lock`);
    },
    async query(sql, p = []) {
      await holder.query(sql, p);
    },
    async release() {
      await holder.query('commit');
    },
    async inOrder(...requests) {
      const started = [];
      for (const [i, request] of requests.entries()) {
        started.push(request());
        await row.waiting(i + 1);
      }
      await row.release();
      return Promise.all(started);
    },
    async end() {
      await Promise.all([holder.end(), watcher.end()]);
    },
  };
  return row;
}
