import pg from 'pg';

export interface HeldRow {
  /** Resolves once `n` statements of the database wait for a lock (polled outside the holder's transaction). */
  waiting(n: number): Promise<void>;
  /** Runs a statement in the holder's transaction (e.g. the change a concurrent writer makes). */
  query(sql: string, params?: unknown[]): Promise<void>;
  /** Commits the holder's transaction, letting the waiting statements go on. */
  release(): Promise<void>;
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
  await holder.query('begin');
  await holder.query(lockSql, params);
  return {
    async waiting(n) {
      for (let i = 0; i < 500; i++) {
        const { rows } = await watcher.query<{ n: string }>(
          // Blocked behind someone (this holder, or a request queued before it); the audit sealer's
          // own lock waits are not the requests under test.
          `select count(*) as n from pg_stat_activity
            where datname = current_database() and wait_event_type = 'Lock'
              and application_name is distinct from 'er-audit-sealer' and cardinality(pg_blocking_pids(pid)) > 0`,
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
    async end() {
      await Promise.all([holder.end(), watcher.end()]);
    },
  };
}
