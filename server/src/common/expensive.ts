import type { EntityManager } from '@mikro-orm/postgresql';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { createMethodMiddlewareDecorator } from 'type-graphql';
import type { Config } from '../config.js';
import type { Context } from '../context.js';
import { AppError, ErrorCode } from './errors.js';

/**
 * A counter of rate-limiter-flexible on the shared `rate_limit` table (its own PostgreSQL layout),
 * so every instance counts together: `points` per `seconds`, keys under `prefix`.
 */
export function sharedLimiter(em: EntityManager, prefix: string, points: number, seconds: number) {
  return new RateLimiterPostgres({
    storeClient: em.getConnection().getKnex(),
    storeType: 'knex',
    tableName: 'rate_limit',
    tableCreated: true,
    clearExpiredByTimeout: false,
    keyPrefix: prefix,
    points,
    duration: seconds,
  });
}

/**
 * A per-person budget for the requests that read a lot (reports over a period, the trail's export
 * and verification): `EXPENSIVE_PER_MINUTE` a minute, counted in PostgreSQL so every instance
 * shares it. Past it the answer is RATE_LIMITED with the seconds to wait, and the refusal is audited.
 */
export class ExpensiveLimiter {
  private limiter: RateLimiterPostgres | null = null;

  constructor(private readonly config: Config) {}

  private of(em: EntityManager): RateLimiterPostgres {
    this.limiter ??= sharedLimiter(em, 'expensive', this.config.expensivePerMinute, 60);
    return this.limiter;
  }

  /** Takes one from the caller's budget, or refuses (audited) with RATE_LIMITED and retryAfterSeconds. */
  async consume(ctx: Context, operation: string): Promise<void> {
    const key = ctx.principal?.id ?? `address:${ctx.actor.clientAddress ?? 'unknown'}`;
    try {
      await this.of(ctx.em).consume(key, 1);
    } catch (rejection) {
      // A store failure is an Error (the database is down: answered as such); a spent budget is not.
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw await ctx.authz.deny(
        new AppError(ErrorCode.RATE_LIMITED, `Too many large reads in a minute; try again in ${seconds} s`, {
          retryAfterSeconds: seconds,
        }),
        { action: operation },
      );
    }
  }
}

/** Resolver guard, after the permission guard: the operation spends one of the caller's expensive requests. */
export function Expensive(): MethodDecorator {
  return createMethodMiddlewareDecorator<Context>(async ({ context, info }, next) => {
    await context.services.expensive.consume(context, `${info.parentType.name.toLowerCase()}.${info.fieldName}`);
    return next();
  });
}
