import { Entity, type Opt, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Counters of rate-limiter-flexible's PostgreSQL store (its own table layout), shared by every
 * server instance: e.g. `login:<client address>` counts failed sign-ins in the current window.
 */
@Entity({ tableName: 'rate_limit' })
export class RateLimitEntry {
  @PrimaryKey({ length: 255 })
  key!: string;

  @Property({ type: 'integer', default: 0 })
  points: number & Opt = 0;

  /** Milliseconds since the epoch when the window ends. */
  @Property({ type: 'bigint', nullable: true })
  expire?: string | null;
}
