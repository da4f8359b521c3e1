import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { AuditService } from '../audit/audit.service.js';
import { badInput, conflict, invalidState } from '../common/errors.js';
import { draftOf } from '../common/base.entity.js';
import { containsPattern, listReadable } from '../common/list.js';
import type { PageArgs } from '../common/pagination.js';
import type { Context } from '../context.js';
import { Unit } from '../units/unit.entity.js';
import type { AuthService } from './auth.service.js';
import { checkPasswordPolicy, hashPassword } from './password.js';
import { isUuid } from '../common/identifiers.js';
import { User } from './user.entity.js';
import type { CreateUserInput, UpdateUserInput, UserFilter } from './user.inputs.js';

const SORTABLE = ['username', 'displayName', 'createdAt', 'updatedAt', 'active'] as const;

/** Staff accounts: the register infoCenter keeps (DESIGN.md "Who uses it"). */
export class UserService {
  constructor(
    private readonly audit: AuditService,
    private readonly auth: AuthService,
  ) {}

  async list(ctx: Context, filter: UserFilter | undefined, page: PageArgs) {
    const where: FilterQuery<User>[] = [];
    if (filter?.q) {
      const like = containsPattern(filter.q);
      where.push({ $or: [{ username: { $ilike: like } }, { displayName: { $ilike: like } }] });
    }
    if (filter?.unitId) where.push({ unit: filter.unitId });
    if (filter?.role) where.push({ roles: { $contains: [filter.role] } } as FilterQuery<User>);
    if (filter?.active !== undefined && filter.active !== null) where.push({ active: filter.active });
    return listReadable(
      ctx.em,
      ctx.authz,
      User,
      'User',
      where,
      page,
      SORTABLE,
      { username: 'asc' },
      { populate: ['unit'] },
    );
  }

  /**
   * The users among `ids` the caller may read, in one SQL query under the rules (for relations in
   * lists, so a page of cases costs one query for all their officers, not one per row).
   */
  async byIds(ctx: Context, ids: readonly string[]): Promise<Map<string, User>> {
    const users = await ctx.loaders.users.loadMany(ids);
    return new Map(users.filter((u): u is User => u instanceof User).map((u) => [u.id, u]));
  }

  /** A user the caller may read, else NOT_FOUND (audited). */
  async get(ctx: Context, id: string, operation = 'user.read'): Promise<User> {
    const user = isUuid(id) ? await ctx.em.findOne(User, { id }, { populate: ['unit'] }) : null;
    if (!user) throw await ctx.authz.missing('User', id, operation);
    await ctx.authz.ensure('read', user, operation);
    return user;
  }

  private async unit(ctx: Context, unitId: string): Promise<Unit> {
    const unit = await ctx.em.findOne(Unit, { id: unitId });
    if (!unit) throw badInput('No such unit', { field: 'unitId' });
    return unit;
  }

  async create(ctx: Context, input: CreateUserInput): Promise<User> {
    checkPasswordPolicy(input.password);
    const unit = await this.unit(ctx, input.unitId);
    const passwordHash = await hashPassword(input.password);
    const fields = {
      username: input.username,
      displayName: input.displayName.trim(),
      unit,
      roles: input.roles,
      clearance: input.clearance,
      passwordHash,
    };
    await ctx.authz.ensure('create', draftOf(User, fields), 'user.create');
    try {
      return await ctx.em.transactional(async (em) => {
        const user = em.create(User, fields);
        await em.flush();
        await this.audit.append(em, ctx.actor, {
          action: 'user.create',
          subjectType: 'User',
          subjectId: user.id,
          details: { username: user.username, unitId: unit.id, roles: user.roles, clearance: user.clearance },
        });
        return user;
      });
    } catch (e) {
      if (e instanceof UniqueConstraintViolationException) throw conflict(`Username "${input.username}" is taken`);
      throw e;
    }
  }

  update(ctx: Context, id: string, input: UpdateUserInput): Promise<User> {
    const snapshot = (u: User) => ({
      displayName: u.displayName,
      unitId: u.unit.id,
      roles: u.roles,
      clearance: u.clearance,
    });
    let before: ReturnType<typeof snapshot>;
    return this.step(
      ctx,
      id,
      'update',
      async (user) => {
        before = snapshot(user);
        if (input.displayName !== undefined && input.displayName !== null) user.displayName = input.displayName.trim();
        if (input.unitId) user.unit = await this.unit(ctx, input.unitId);
        if (input.roles) user.roles = input.roles;
        if (input.clearance) user.clearance = input.clearance;
      },
      async (_em, user) => ({ before, after: snapshot(user) }),
    );
  }

  /**
   * One account workflow step: load what the caller may read, check the step is allowed on it,
   * apply it (which refuses a wrong starting state), then flush and audit in one transaction.
   */
  private async step(
    ctx: Context,
    id: string,
    action: 'update' | 'disable' | 'enable' | 'unlock' | 'resetPassword',
    apply: (user: User) => void | Promise<void>,
    after?: (em: EntityManager, user: User) => Promise<Record<string, unknown>>,
  ): Promise<User> {
    const operation = `user.${action}`;
    const user = await this.get(ctx, id, operation);
    await ctx.authz.ensure(action, user, operation);
    await apply(user);
    await ctx.em.transactional(async (em) => {
      await em.flush();
      const details = after ? await after(em, user) : {};
      await this.audit.append(em, ctx.actor, { action: operation, subjectType: 'User', subjectId: user.id, details });
    });
    return user;
  }

  private endSessions = async (em: EntityManager, user: User) => ({
    sessionsEnded: await this.auth.revokeAll(em, user.id),
  });

  /** Disables the account and ends its sessions at once. */
  disable(ctx: Context, id: string): Promise<User> {
    return this.step(
      ctx,
      id,
      'disable',
      (user) => {
        if (!user.active) throw invalidState('The user is already disabled');
        user.active = false;
      },
      this.endSessions,
    );
  }

  enable(ctx: Context, id: string): Promise<User> {
    return this.step(ctx, id, 'enable', (user) => {
      if (user.active) throw invalidState('The user is already active');
      user.active = true;
    });
  }

  /** Lifts a lock from repeated failed sign-ins before it expires. */
  unlock(ctx: Context, id: string): Promise<User> {
    return this.step(ctx, id, 'unlock', (user) => {
      if (!user.lockedUntil || user.lockedUntil <= new Date()) throw invalidState('The user is not locked');
      user.lockedUntil = null;
      user.failedLoginCount = 0;
    });
  }

  /** Sets a new password for someone who forgot theirs; their sessions end. */
  resetPassword(ctx: Context, id: string, password: string): Promise<User> {
    return this.step(
      ctx,
      id,
      'resetPassword',
      async (user) => {
        checkPasswordPolicy(password);
        user.passwordHash = await hashPassword(password);
        user.passwordChangedAt = new Date();
      },
      this.endSessions,
    );
  }
}
