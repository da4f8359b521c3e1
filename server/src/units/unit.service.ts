import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/postgresql';
import type { AuditService } from '../audit/audit.service.js';
import { conflict } from '../common/errors.js';
import { draftOf } from '../common/base.entity.js';
import { containsPattern, listReadable } from '../common/list.js';
import type { PageArgs } from '../common/pagination.js';
import type { Context } from '../context.js';
import { isUuid } from '../common/identifiers.js';
import { Unit } from './unit.entity.js';
import type { CreateUnitInput, UnitFilter, UpdateUnitInput } from './unit.inputs.js';

const SORTABLE = ['code', 'name', 'kind', 'createdAt'] as const;

const duplicate = (e: unknown) =>
  e instanceof UniqueConstraintViolationException ? conflict('A unit with this code or name exists') : e;

/** The bureau's units (办案机构 and offices). */
export class UnitService {
  constructor(private readonly audit: AuditService) {}

  async list(ctx: Context, filter: UnitFilter | undefined, page: PageArgs) {
    const where: FilterQuery<Unit>[] = [];
    if (filter?.q) {
      const like = containsPattern(filter.q);
      where.push({ $or: [{ code: { $ilike: like } }, { name: { $ilike: like } }] });
    }
    if (filter?.kind) where.push({ kind: filter.kind });
    return listReadable(ctx.em, ctx.authz, Unit, 'Unit', where, page, SORTABLE, { code: 'asc' });
  }

  async get(ctx: Context, id: string, operation = 'unit.read'): Promise<Unit> {
    const unit = isUuid(id) ? await ctx.em.findOne(Unit, { id }) : null;
    if (!unit) throw await ctx.authz.missing('Unit', id, operation);
    await ctx.authz.ensure('read', unit, operation);
    return unit;
  }

  async create(ctx: Context, input: CreateUnitInput): Promise<Unit> {
    const fields = { code: input.code, name: input.name.trim(), kind: input.kind };
    await ctx.authz.ensure('create', draftOf(Unit, fields), 'unit.create');
    try {
      return await ctx.em.transactional(async (em) => {
        const unit = em.create(Unit, fields);
        await em.flush();
        await this.audit.append(em, ctx.actor, {
          action: 'unit.create',
          subjectType: 'Unit',
          subjectId: unit.id,
          details: { ...input },
        });
        return unit;
      });
    } catch (e) {
      throw duplicate(e);
    }
  }

  async update(ctx: Context, id: string, input: UpdateUnitInput): Promise<Unit> {
    const unit = await this.get(ctx, id, 'unit.update');
    await ctx.authz.ensure('update', unit, 'unit.update');
    const before = { name: unit.name, kind: unit.kind };
    if (input.name) unit.name = input.name.trim();
    if (input.kind) unit.kind = input.kind;
    try {
      await ctx.em.transactional(async (em) => {
        await em.flush();
        await this.audit.append(em, ctx.actor, {
          action: 'unit.update',
          subjectType: 'Unit',
          subjectId: unit.id,
          details: { before, after: { name: unit.name, kind: unit.kind } },
        });
      });
    } catch (e) {
      throw duplicate(e);
    }
    return unit;
  }
}
