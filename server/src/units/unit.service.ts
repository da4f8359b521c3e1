import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/postgresql';
import type { AuditService } from '../audit/audit.service.js';
import { Case } from '../cases/case.entity.js';
import { conflict, invalidState } from '../common/errors.js';
import { draftOf } from '../common/base.entity.js';
import { containsPattern, listReadable } from '../common/list.js';
import type { PageArgs } from '../common/pagination.js';
import type { Context } from '../context.js';
import { isUuid } from '../common/identifiers.js';
import { Unit } from './unit.entity.js';
import type { CreateUnitInput, UnitFilter, UpdateUnitInput } from './unit.inputs.js';

const SORTABLE = ['code', 'name', 'kind', 'createdAt'] as const;

/** A refused duplicate, naming the field whose value another unit has (details.field). */
function duplicate(e: unknown) {
  if (!(e instanceof UniqueConstraintViolationException)) return e;
  const field = /unit_case_prefix_unique/.test(e.message)
    ? 'casePrefix'
    : /unit_code_unique/.test(e.message)
      ? 'code'
      : 'name';
  const what = { casePrefix: 'case-number prefix', code: 'code', name: 'name' }[field];
  return conflict(`Another unit has this ${what}`, { field });
}

/** An empty prefix is none. */
const prefixOf = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

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
    const fields = {
      code: input.code,
      name: input.name.trim(),
      kind: input.kind,
      casePrefix: prefixOf(input.casePrefix),
    };
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
    const before = { name: unit.name, kind: unit.kind, casePrefix: unit.casePrefix ?? null };
    const casePrefix = input.casePrefix === undefined ? before.casePrefix : prefixOf(input.casePrefix);
    try {
      await ctx.em.transactional(async (em) => {
        if (casePrefix !== before.casePrefix) {
          // Locked against a case being opened meanwhile (opening shares this lock and reads the prefix under it).
          await em.execute('select 1 from unit where id = ? for update', [unit.id]);
          if ((await em.count(Case, { unit: unit.id })) > 0)
            throw invalidState('The unit has opened cases: their numbers carry its case-number prefix, which stays', {
              field: 'casePrefix',
              reason: 'UNIT_HAS_CASES',
            });
        }
        if (input.name) unit.name = input.name.trim();
        if (input.kind) unit.kind = input.kind;
        unit.casePrefix = casePrefix;
        await em.flush();
        await this.audit.append(em, ctx.actor, {
          action: 'unit.update',
          subjectType: 'Unit',
          subjectId: unit.id,
          details: { before, after: { name: unit.name, kind: unit.kind, casePrefix: unit.casePrefix ?? null } },
        });
      });
    } catch (e) {
      throw duplicate(e);
    }
    return unit;
  }
}
