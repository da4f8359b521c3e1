import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/postgresql';
import type { AuditService } from '../audit/audit.service.js';
import { badInput, conflict, invalidState } from '../common/errors.js';
import { listReadable } from '../common/list.js';
import type { PageArgs } from '../common/pagination.js';
import type { Context } from '../context.js';
import { Unit } from '../units/unit.entity.js';
import type { AuthService } from './auth.service.js';
import { checkPasswordPolicy, hashPassword } from './password.js';
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
      const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
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
    try {
      return await ctx.em.transactional(async (em) => {
        const user = em.create(User, {
          username: input.username,
          displayName: input.displayName.trim(),
          unit,
          roles: input.roles,
          clearance: input.clearance,
          passwordHash,
        });
        await ctx.authz.ensure('create', user, 'user.create');
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

  async update(ctx: Context, id: string, input: UpdateUserInput): Promise<User> {
    const user = await this.get(ctx, id, 'user.update');
    await ctx.authz.ensure('update', user, 'user.update');
    const before = {
      displayName: user.displayName,
      unitId: user.unit.id,
      roles: user.roles,
      clearance: user.clearance,
    };
    if (input.displayName !== undefined && input.displayName !== null) user.displayName = input.displayName.trim();
    if (input.unitId) user.unit = await this.unit(ctx, input.unitId);
    if (input.roles) user.roles = input.roles;
    if (input.clearance) user.clearance = input.clearance;
    const after = { displayName: user.displayName, unitId: user.unit.id, roles: user.roles, clearance: user.clearance };
    await ctx.em.transactional(async (em) => {
      await em.flush();
      await this.audit.append(em, ctx.actor, {
        action: 'user.update',
        subjectType: 'User',
        subjectId: user.id,
        details: { before, after },
      });
    });
    return user;
  }

  /** Disables the account and ends its sessions at once. */
  async disable(ctx: Context, id: string): Promise<User> {
    const user = await this.get(ctx, id, 'user.disable');
    await ctx.authz.ensure('disable', user, 'user.disable');
    if (!user.active) throw invalidState('The user is already disabled');
    user.active = false;
    await ctx.em.transactional(async (em) => {
      await em.flush();
      const ended = await this.auth.revokeAll(em, user.id);
      await this.audit.append(em, ctx.actor, {
        action: 'user.disable',
        subjectType: 'User',
        subjectId: user.id,
        details: { sessionsEnded: ended },
      });
    });
    return user;
  }

  async enable(ctx: Context, id: string): Promise<User> {
    const user = await this.get(ctx, id, 'user.enable');
    await ctx.authz.ensure('enable', user, 'user.enable');
    if (user.active) throw invalidState('The user is already active');
    user.active = true;
    await ctx.em.transactional(async (em) => {
      await em.flush();
      await this.audit.append(em, ctx.actor, { action: 'user.enable', subjectType: 'User', subjectId: user.id });
    });
    return user;
  }

  /** Lifts a lock from repeated failed sign-ins before it expires. */
  async unlock(ctx: Context, id: string): Promise<User> {
    const user = await this.get(ctx, id, 'user.unlock');
    await ctx.authz.ensure('unlock', user, 'user.unlock');
    if (!user.lockedUntil || user.lockedUntil <= new Date()) throw invalidState('The user is not locked');
    user.lockedUntil = null;
    user.failedLoginCount = 0;
    await ctx.em.transactional(async (em) => {
      await em.flush();
      await this.audit.append(em, ctx.actor, { action: 'user.unlock', subjectType: 'User', subjectId: user.id });
    });
    return user;
  }

  /** Sets a new password for someone who forgot theirs; their sessions end. */
  async resetPassword(ctx: Context, id: string, password: string): Promise<User> {
    const user = await this.get(ctx, id, 'user.resetPassword');
    await ctx.authz.ensure('resetPassword', user, 'user.resetPassword');
    checkPasswordPolicy(password);
    user.passwordHash = await hashPassword(password);
    user.passwordChangedAt = new Date();
    await ctx.em.transactional(async (em) => {
      await em.flush();
      const ended = await this.auth.revokeAll(em, user.id);
      await this.audit.append(em, ctx.actor, {
        action: 'user.resetPassword',
        subjectType: 'User',
        subjectId: user.id,
        details: { sessionsEnded: ended },
      });
    });
    return user;
  }
}

export const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
