import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';
import { Sql } from 'sql-template-tag';
import { createMethodMiddlewareDecorator, type MiddlewareFn } from 'type-graphql';
import { AuditOutcome } from '../audit/audit-event.entity.js';
import type { AuditActor, AuditService } from '../audit/audit.service.js';
import { forbidden, notFound, unauthenticated } from '../common/errors.js';
import { maskPersonal } from '../common/mask.js';
import { type Action, type AppAbility, type Principal, type SubjectType, subjectTypeOf } from './ability.js';
import { accessibleFilter } from './to-filter.js';

/** A filter that matches no row, for callers that prefer a query to a short-circuit. */
export const NO_ROWS = { $and: [{ id: null }, { id: { $ne: null } }] };

/**
 * The request's view of its permissions: every check of a resolver or service goes through here,
 * and every refusal is audited (in its own transaction, so a rolled-back request keeps it).
 */
export class Authz {
  constructor(
    readonly principal: Principal | null,
    readonly ability: AppAbility,
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    private readonly actor: AuditActor,
  ) {}

  /** Records a refused attempt and returns the error to throw. */
  async deny(
    error: Error,
    entry: { action: string; subjectType?: string; subjectId?: string | null; details?: Record<string, unknown> },
  ) {
    await this.audit.appendDetached(this.em, this.actor, {
      action: entry.action,
      subjectType: entry.subjectType ?? null,
      subjectId: entry.subjectId ?? null,
      outcome: AuditOutcome.DENIED,
      details: {
        ...entry.details,
        reason: (error as { extensions?: { code?: string } }).extensions?.code ?? error.message,
      },
    });
    return error;
  }

  /** Signed in, or UNAUTHENTICATED (audited). */
  async requirePrincipal(operation: string): Promise<Principal> {
    if (this.principal) return this.principal;
    throw await this.deny(unauthenticated(), { action: operation });
  }

  /** May the caller do `action` on some `type` at all (before loading anything)? */
  async ensureType(action: Action, type: SubjectType, operation: string): Promise<void> {
    await this.requirePrincipal(operation);
    if (this.ability.can(action, type)) return;
    throw await this.deny(forbidden(), { action: operation, subjectType: type, details: { attempted: action } });
  }

  /**
   * May the caller do `action` on this loaded object (and `field`, if given)? What it may not even
   * read is NOT_FOUND, exactly as if it did not exist; the rest is FORBIDDEN. `known`: the caller
   * has already seen it (a check of the state a change would produce), so FORBIDDEN.
   */
  async ensure(
    action: Action,
    subject: object & { id?: string },
    operation: string,
    opts: { field?: string; known?: boolean } = {},
  ): Promise<void> {
    const { field, known = action === 'create' } = opts;
    await this.requirePrincipal(operation);
    if (this.ability.can(action, subject as never, field)) return;
    const type = subjectTypeOf(subject);
    // Nothing is hidden by refusing to create it, or to change something into what the caller may
    // not have (`known`); elsewhere what cannot be read does not exist.
    const hidden = !known && !this.ability.can('read', subject as never);
    throw await this.deny(hidden ? notFound(type) : forbidden(), {
      action: operation,
      subjectType: type,
      subjectId: subject.id ?? null,
      details: { attempted: action, ...(field ? { field } : {}) },
    });
  }

  /** Audits a lookup of something that does not exist (or is hidden) and returns NOT_FOUND. */
  async missing(type: SubjectType, id: string, operation: string) {
    return this.deny(notFound(type), { action: operation, subjectType: type, subjectId: id.slice(0, 64) });
  }

  /** May the caller read this field of this object? Drives field masking. */
  canReadField(subject: object, field: string): boolean {
    return this.ability.can('read', subject as never, field);
  }

  /** The SQL filter for rows on which `action` is allowed, or null when none can be. */
  filter<T extends object>(action: Action, type: SubjectType, entity: EntityName<T>): FilterQuery<T> | null {
    return accessibleFilter(this.ability, action, type, this.em.getMetadata().get(entity as string));
  }

  /**
   * The primary keys of the rows on which `action` is allowed, as an SQL subquery built from the
   * same filter (for hand-written report queries: `x.id in (${keys})`), or null when none can be.
   * `alias` must not clash with the outer query's aliases.
   */
  keysWhere<T extends object>(action: Action, type: SubjectType, entity: EntityName<T>, alias: string): Sql | null {
    const filter = this.filter<T>(action, type, entity);
    if (filter === null) return null;
    const pk = this.em.getMetadata().get(entity as string).primaryKeys[0];
    const query = this.em
      .createQueryBuilder(entity, alias)
      .select(`${alias}.${pk}`)
      .where(filter)
      .getKnexQuery()
      .toSQL();
    const parts = query.sql.split('?');
    if (parts.length !== query.bindings.length + 1) throw new Error(`Unexpected placeholder in the ${type} filter`);
    return new Sql(parts, query.bindings as unknown[]);
  }
}

interface HasAuthz {
  authz: Authz;
}

/**
 * Resolver guard: the operation runs only if the caller may do `action` on `type` at all.
 * Item-level checks follow in the service through `authz.ensure`.
 */
export function Can(action: Action, type: SubjectType): MethodDecorator {
  return createMethodMiddlewareDecorator<HasAuthz>(async ({ context, info }, next) => {
    await context.authz.ensureType(action, type, `${info.parentType.name.toLowerCase()}.${info.fieldName}`);
    return next();
  });
}

/** Resolver guard for operations open to anyone signed in (their own account, sign-out). */
export function SignedIn(): MethodDecorator {
  return createMethodMiddlewareDecorator<HasAuthz>(async ({ context, info }, next) => {
    await context.authz.requirePrincipal(`${info.parentType.name.toLowerCase()}.${info.fieldName}`);
    return next();
  });
}

/** Field masking, used as `@UseMiddleware(MaskUnlessReadable)`: null unless the rules allow reading the field. */
export const MaskUnlessReadable: MiddlewareFn<HasAuthz> = async ({ context, root, info }, next) =>
  context.authz.canReadField(root as object, info.fieldName) ? next() : null;

/** Personal data, used as `@UseMiddleware(MaskPersonalUnlessReadable)`: masked unless the rules allow reading the field. */
export const MaskPersonalUnlessReadable: MiddlewareFn<HasAuthz> = async ({ context, root, info }, next) => {
  const value: unknown = await next();
  if (typeof value !== 'string' || context.authz.canReadField(root as object, info.fieldName)) return value;
  return maskPersonal(value);
};
