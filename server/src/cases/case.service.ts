import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { RetentionRule } from '../archive/retention-rule.entity.js';
import type { AuditService } from '../audit/audit.service.js';
import { addDays, isCalendarDate, today } from '../common/dates.js';
import { draftOf } from '../common/base.entity.js';
import { badInput, changedMeanwhile, invalidState } from '../common/errors.js';
import { isPhoneNumber, isResidentIdNumber, isUnifiedSocialCreditCode } from '../common/identifiers.js';
import { containsPattern, listReadable } from '../common/list.js';
import type { PageArgs } from '../common/pagination.js';
import type { Context } from '../context.js';
import { Unit } from '../units/unit.entity.js';
import { Role } from '../users/roles.js';
import { User } from '../users/user.entity.js';
import { isUuid } from '../common/identifiers.js';
import { Case } from './case.entity.js';
import { CaseStatus, PartyKind, transferDays } from './case.enums.js';
import type { CaseFilter, OpenCaseInput, PartyInput } from './case.inputs.js';

const SORTABLE = ['number', 'openedOn', 'concludedOn', 'transferDeadline', 'createdAt', 'status'] as const;

/**
 * The transitions the lifecycle allows: compiled when its transfer is submitted, transferred when
 * the unit head signs it off, archived on acceptance; a returned or withdrawn transfer puts the
 * case back to concluded, where its unit can add the missing records.
 */
const NEXT: Record<CaseStatus, CaseStatus[]> = {
  [CaseStatus.OPEN]: [CaseStatus.CONCLUDED],
  [CaseStatus.CONCLUDED]: [CaseStatus.COMPILED],
  [CaseStatus.COMPILED]: [CaseStatus.TRANSFERRED, CaseStatus.CONCLUDED],
  [CaseStatus.TRANSFERRED]: [CaseStatus.ARCHIVED, CaseStatus.CONCLUDED],
  [CaseStatus.ARCHIVED]: [],
};

/** Moves a case along its lifecycle, or refuses with INVALID_STATE. */
export function transition(c: Case, to: CaseStatus): void {
  if (!NEXT[c.status as CaseStatus].includes(to)) throw invalidState(`A ${c.status} case cannot become ${to}`);
  c.status = to;
}

function checkParty(party: PartyInput): void {
  const id = party.idNumber?.trim().toUpperCase() || null;
  if (party.kind === PartyKind.PERSON) {
    if (id && !isResidentIdNumber(id))
      throw badInput('party.idNumber is not a valid resident ID number', { field: 'party.idNumber' });
    if (party.legalRepresentative)
      throw badInput('A person has no legal representative', { field: 'party.legalRepresentative' });
  } else if (id && !isUnifiedSocialCreditCode(id)) {
    throw badInput('party.idNumber is not a valid unified social credit code', { field: 'party.idNumber' });
  }
  if (party.phone && !isPhoneNumber(party.phone.trim()))
    throw badInput('party.phone is not a phone number', { field: 'party.phone' });
}

/** 案件: opening, the register and the lifecycle. */
export class CaseService {
  constructor(private readonly audit: AuditService) {}

  async list(ctx: Context, filter: CaseFilter | undefined, page: PageArgs) {
    return listReadable(
      ctx.em,
      ctx.authz,
      Case,
      'Case',
      caseWhere(filter),
      page,
      SORTABLE,
      { openedOn: 'desc', number: 'desc' },
      { populate: ['unit'] },
    );
  }

  async get(ctx: Context, id: string, operation = 'case.read'): Promise<Case> {
    const found = isUuid(id) ? await ctx.em.findOne(Case, { id }, { populate: ['unit'] }) : null;
    if (!found) throw await ctx.authz.missing('Case', id, operation);
    await ctx.authz.ensure('read', found, operation);
    return found;
  }

  /** Opens a case with its number (per unit and year), party and at least two handling officers of the unit. */
  async open(ctx: Context, input: OpenCaseInput): Promise<Case> {
    const unit = await ctx.em.findOne(Unit, { id: input.unitId });
    if (!unit) throw badInput('No such unit', { field: 'unitId' });
    if (!unit.casePrefix)
      throw badInput(`${unit.name} has no case number prefix and cannot open cases`, { field: 'unitId' });
    const openedOn = input.openedOn ?? today();
    if (!isCalendarDate(openedOn) || openedOn > today())
      throw badInput('openedOn must be a real date, not in the future', { field: 'openedOn' });
    checkParty(input.party);
    const officers = await ctx.em.find(User, { id: { $in: input.handlingOfficerIds }, unit: unit.id, active: true });
    const eligible = officers.filter((o) => o.roles.includes(Role.officer) || o.roles.includes(Role.unitHead));
    if (eligible.length !== input.handlingOfficerIds.length) {
      throw badInput('Handling officers must be at least two active enforcement officers of the case’s unit', {
        field: 'handlingOfficerIds',
      });
    }
    // Checked before the transaction: a refusal is audited on its own connection, and must not
    // wait for one while this request holds another.
    await ctx.authz.ensure(
      'create',
      draftOf(Case, { unit, handlingOfficerIds: input.handlingOfficerIds }),
      'case.open',
    );
    return ctx.em.transactional(async (em) => {
      // The prefix as it stands under a share lock: it cannot change while this case takes it.
      const [locked] = await em.execute<{ case_prefix: string | null }[]>(
        'select case_prefix from unit where id = ? for share',
        [unit.id],
      );
      const prefix = locked?.case_prefix;
      if (!prefix) throw badInput(`${unit.name} has no case number prefix and cannot open cases`, { field: 'unitId' });
      const year = Number(openedOn.slice(0, 4));
      const [{ last_seq: seq }] = await em.execute<{ last_seq: number }[]>(
        `insert into case_number_counter (unit_id, year, last_seq) values (?, ?, 1)
         on conflict (unit_id, year) do update set last_seq = case_number_counter.last_seq + 1 returning last_seq`,
        [unit.id, year],
      );
      const p = input.party;
      const c = em.create(Case, {
        number: `${prefix}〔${year}〕${seq}号`,
        year,
        seq,
        unit,
        cause: input.cause.trim(),
        procedure: input.procedure,
        handlingOfficerIds: input.handlingOfficerIds,
        partyKind: p.kind,
        partyName: p.name.trim(),
        partyIdNumber: p.idNumber?.trim().toUpperCase() || null,
        partyPhone: p.phone?.trim() || null,
        partyAddress: p.address?.trim() || null,
        partyLegalRepresentative: p.legalRepresentative?.trim() || null,
        openedOn,
        createdBy: ctx.user!,
      });
      await em.flush();
      await this.audit.append(em, ctx.actor, {
        action: 'case.open',
        subjectType: 'Case',
        subjectId: c.id,
        details: {
          number: c.number,
          unitId: unit.id,
          procedure: c.procedure,
          handlingOfficerIds: c.handlingOfficerIds,
        },
      });
      return c;
    });
  }

  /** 终结: sets the concluded date and the archive transfer deadline (the schedule's days: 30, licensing 15). */
  async conclude(ctx: Context, id: string, concludedOn?: string | null): Promise<Case> {
    const rules = new Map((await ctx.em.find(RetentionRule, {})).map((r) => [r.procedure, r.transferDays]));
    return this.step(ctx, id, 'conclude', (c) => {
      const on = concludedOn ?? today();
      if (!isCalendarDate(on) || on > today() || on < c.openedOn) {
        throw badInput('concludedOn must be a real date between the opening date and today', { field: 'concludedOn' });
      }
      transition(c, CaseStatus.CONCLUDED);
      c.concludedOn = on;
      c.transferDeadline = addDays(on, rules.get(c.procedure) ?? transferDays(c.procedure));
      return { concludedOn: on, transferDeadline: c.transferDeadline };
    });
  }

  private async step(ctx: Context, id: string, action: 'conclude', apply: (c: Case) => Record<string, unknown>) {
    const operation = `case.${action}`;
    const c = await this.get(ctx, id, operation);
    await ctx.authz.ensure(action, c, operation);
    const from = c.status;
    const details = apply(c);
    await ctx.em.transactional(async (em: EntityManager) => {
      // Moved by someone else since it was read (concluded twice at once, say): stale.
      const [row] = await em.execute<{ status: string }[]>(
        'select status from enforcement_case where id = ? for update',
        [c.id],
      );
      if (row?.status !== from) throw changedMeanwhile();
      await em.flush();
      await this.audit.append(em, ctx.actor, {
        action: operation,
        subjectType: 'Case',
        subjectId: c.id,
        details: { from, to: c.status, ...details },
      });
    });
    return c;
  }
}

/** The case filter as MikroORM conditions (also used through `case` by the records list). */
export function caseWhere(filter: CaseFilter | undefined): FilterQuery<Case>[] {
  const where: FilterQuery<Case>[] = [];
  if (!filter) return where;
  if (filter.q) {
    const like = containsPattern(filter.q.trim());
    where.push({
      $or: [
        { number: { $ilike: like } },
        { partyName: { $ilike: like } },
        { cause: { $ilike: like } },
        { archiveNumber: { $ilike: like } },
      ],
    });
  }
  if (filter.unitId) where.push({ unit: filter.unitId });
  if (filter.officerId) where.push({ handlingOfficerIds: { $contains: [filter.officerId] } } as FilterQuery<Case>);
  if (filter.procedures?.length) where.push({ procedure: { $in: filter.procedures } });
  if (filter.statuses?.length) where.push({ status: { $in: filter.statuses } });
  if (filter.openedFrom) where.push({ openedOn: { $gte: filter.openedFrom } });
  if (filter.openedTo) where.push({ openedOn: { $lte: filter.openedTo } });
  if (filter.overdueOn) {
    where.push({
      transferDeadline: { $lt: filter.overdueOn },
      status: { $in: [CaseStatus.CONCLUDED, CaseStatus.COMPILED] },
    });
  }
  return where;
}
