import { validate } from 'class-validator';
import sql, { type Sql } from 'sql-template-tag';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditService } from '../audit/audit.service.js';
import { draftOf } from '../common/base.entity.js';
import { BUREAU_TIME_ZONE, isCalendarDate } from '../common/dates.js';
import { badInput, invalidState } from '../common/errors.js';
import type { PageArgs } from '../common/pagination.js';
import type { Context } from '../context.js';
import type { EnforcementStage } from '../records/record.enums.js';
import { ComplianceKind, RECORDED_STAGES } from './compliance.enums.js';
import { type ComplianceRow, type ComplianceScope, findingsQuery } from './compliance.sql.js';
import {
  ComplianceFilter,
  type ComplianceItem,
  type ComplianceItemPage,
  type ComplianceSummary,
  type RecordingGap,
} from './compliance.types.js';
import { RecordingExplanation } from './recording-explanation.entity.js';

/** The longest period a report covers (three years and a day or two). */
const MAX_DAYS = 1100;
/** Rows a CSV or PDF export holds at most; a larger one asks for a narrower period. */
export const EXPORT_LIMIT = 20_000;

/** Runs a query built with sql-template-tag on the request's connection. */
async function run<T>(em: EntityManager, query: Sql): Promise<T[]> {
  // Knex expands array bindings into lists; a permission filter's array value is one PostgreSQL array.
  const values = query.values.map((v) =>
    Array.isArray(v) ? `{${v.map((x) => `"${String(x).replace(/["\\]/g, '\\$&')}"`).join(',')}}` : v,
  );
  return em.execute<T[]>(query.sql, values as never[]);
}

const toItem = (r: ComplianceRow): ComplianceItem => ({
  id: r.id,
  kind: r.kind,
  at: new Date(r.at),
  unitId: r.unit_id,
  officerId: r.officer_id,
  caseId: r.case_id,
  recordId: r.record_id,
  subjectType: r.subject_type,
  subjectId: r.subject_id,
  stage: r.stage as EnforcementStage | null,
  detail: r.detail,
});

/**
 * The supervision reports (监督报表): findings of Art. 7, 8 and 13, refused and unusual access,
 * fixity failures and overdue requests, per unit and per person, each down to its items. What a
 * finding is about must be readable by the caller; the queries are in compliance.sql.ts.
 */
export class ComplianceService {
  constructor(private readonly audit: AuditService) {}

  /** Checks a filter from outside GraphQL (the export routes) as GraphQL would. */
  async parseFilter(raw: Record<string, unknown>): Promise<ComplianceFilter> {
    const filter = Object.assign(new ComplianceFilter(), {
      from: raw.from,
      to: raw.to,
      unitId: raw.unitId || null,
      officerId: raw.officerId || null,
      kinds: raw.kinds ? String(raw.kinds).split(',').filter(Boolean) : null,
    });
    if (typeof filter.from !== 'string' || typeof filter.to !== 'string')
      throw badInput('from and to are required (YYYY-MM-DD)', { field: 'from' });
    const problems = await validate(filter, { skipMissingProperties: true });
    if (problems.length) {
      throw badInput(`Invalid filter: ${problems.map((p) => p.property).join(', ')}`, { field: problems[0].property });
    }
    for (const kind of filter.kinds ?? []) {
      if (!Object.values(ComplianceKind).includes(kind)) throw badInput(`Unknown kind ${kind}`, { field: 'kinds' });
    }
    return filter;
  }

  private scope(filter: ComplianceFilter, now = new Date()): ComplianceScope {
    if (!isCalendarDate(filter.from)) throw badInput('from must be a date (YYYY-MM-DD)', { field: 'from' });
    if (!isCalendarDate(filter.to)) throw badInput('to must be a date (YYYY-MM-DD)', { field: 'to' });
    if (filter.from > filter.to) throw badInput('from must not be after to', { field: 'to' });
    const days = (Date.parse(filter.to) - Date.parse(filter.from)) / 86_400_000;
    if (days > MAX_DAYS) throw badInput(`A report covers at most ${MAX_DAYS} days`, { field: 'to' });
    return { ...filter, now };
  }

  private findings(ctx: Context, scope: ComplianceScope): Sql {
    return findingsQuery(ctx, scope, ctx.services.config);
  }

  /** Per kind, per unit, per person and per month, in one pass over the findings. */
  async summary(ctx: Context, filter: ComplianceFilter): Promise<ComplianceSummary> {
    const scope = this.scope(filter);
    await this.audit.settle(ctx.em); // denied attempts are named by their sealed sequence number
    const rows = await run<{
      kind: ComplianceKind;
      unit_id: string | null;
      officer_id: string | null;
      month: string | null;
      n: number;
      g: number;
    }>(
      ctx.em,
      sql`
        select kind, unit_id, officer_id, month, count(*)::int as n, grouping(unit_id, officer_id, month)::int as g
        from (select kind, unit_id, officer_id, to_char(at at time zone ${BUREAU_TIME_ZONE}, 'YYYY-MM') as month
              from (${this.findings(ctx, scope)}) x) y
        group by grouping sets ((kind), (kind, unit_id), (kind, officer_id), (kind, month))
        order by kind, month nulls first`,
    );
    // grouping(unit, officer, month): bit 2 unit, bit 1 officer, bit 0 month; 1 = rolled up.
    const summary: ComplianceSummary = {
      from: filter.from,
      to: filter.to,
      totals: [],
      byUnit: [],
      byOfficer: [],
      byMonth: [],
    };
    for (const r of rows) {
      const count = { kind: r.kind, count: r.n };
      if (r.g === 0b111) summary.totals.push(count);
      else if (r.g === 0b011) summary.byUnit.push({ ...count, unitId: r.unit_id });
      else if (r.g === 0b101 && r.officer_id) summary.byOfficer.push({ ...count, officerId: r.officer_id });
      else if (r.g === 0b110) summary.byMonth.push({ ...count, month: r.month! });
    }
    return summary;
  }

  /** One page of findings, newest first (or oldest first), with the total under the same filter. */
  async items(ctx: Context, filter: ComplianceFilter, page: PageArgs): Promise<ComplianceItemPage> {
    const scope = this.scope(filter);
    await this.audit.settle(ctx.em);
    if (page.sortField && page.sortField !== 'at')
      throw badInput(`Cannot sort by "${page.sortField}"; sortable fields: at`, { field: 'sortField' });
    const findings = this.findings(ctx, scope);
    const order = page.sortOrder === 'ASC' ? sql`at asc, id asc` : sql`at desc, id asc`;
    const rows = await run<ComplianceRow>(
      ctx.em,
      sql`select * from (${findings}) x order by ${order} limit ${page.perPage}::int offset ${(page.page - 1) * page.perPage}::int`,
    );
    const [{ n }] =
      rows.length < page.perPage && page.page === 1
        ? [{ n: rows.length }]
        : await run<{ n: number }>(ctx.em, sql`select count(*)::int as n from (${findings}) x`);
    const items = rows.map(toItem);
    await this.attachExplanations(ctx.em, items);
    return { items, total: n };
  }

  /** Every finding of the filter, oldest first, for an export (at most EXPORT_LIMIT). */
  async all(ctx: Context, filter: ComplianceFilter): Promise<ComplianceItem[]> {
    const scope = this.scope(filter);
    await this.audit.settle(ctx.em);
    const rows = await run<ComplianceRow>(
      ctx.em,
      sql`select * from (${this.findings(ctx, scope)}) x order by kind, at, id limit ${EXPORT_LIMIT + 1}::int`,
    );
    if (rows.length > EXPORT_LIMIT)
      throw badInput(`More than ${EXPORT_LIMIT} findings: choose a shorter period, a unit or a kind`, { field: 'to' });
    const items = rows.map(toItem);
    await this.attachExplanations(ctx.em, items);
    return items;
  }

  /** The stages of a case that have text records and no audio/video the caller can see (Art. 7). */
  async gaps(ctx: Context, caseId: string): Promise<RecordingGap[]> {
    const scope: ComplianceScope = { from: '2000-01-01', to: '2000-01-01', caseId, now: new Date() };
    const rows = await run<ComplianceRow>(ctx.em, sql`select * from (${this.findings(ctx, scope)}) x order by at, id`);
    const items = rows.map(toItem);
    await this.attachExplanations(ctx.em, items);
    return items.map((i) => ({
      stage: i.stage!,
      since: i.at,
      records: Number(i.detail.records ?? 0),
      explanation: i.explanation ?? null,
    }));
  }

  /** The officer's written explanation of a missing recording (Art. 7); a later one supersedes it. */
  async explain(ctx: Context, caseId: string, stage: EnforcementStage, text: string): Promise<RecordingExplanation> {
    const found = await ctx.services.cases.get(ctx, caseId, 'compliance.explain');
    const trimmed = text.trim();
    if (!RECORDED_STAGES.includes(stage))
      throw badInput(`Only ${RECORDED_STAGES.join(', ')} need audio or video`, { field: 'stage' });
    if (trimmed.length < 5 || trimmed.length > 1000)
      throw badInput('The explanation takes 5 to 1000 characters', { field: 'text' });
    const draft = draftOf(RecordingExplanation, { case: found, stage, text: trimmed, author: ctx.user! });
    await ctx.authz.ensure('create', draft, 'compliance.explain', { known: true });
    if (!(await this.gaps(ctx, found.id)).some((g) => g.stage === stage)) {
      throw invalidState('This stage has audio or video, or no record of it: there is nothing to explain', {
        reason: 'NO_GAP',
      });
    }
    return ctx.em.transactional(async (em: EntityManager) => {
      const explanation = em.create(RecordingExplanation, { case: found, stage, text: trimmed, author: ctx.user! });
      await em.flush();
      await this.audit.append(em, ctx.actor, {
        action: 'compliance.explain',
        subjectType: 'Case',
        subjectId: found.id,
        details: { stage, explanationId: explanation.id, caseNumber: found.number },
      });
      return explanation;
    });
  }

  /** Adds the latest explanation to each missing-recording finding. */
  private async attachExplanations(em: EntityManager, items: ComplianceItem[]): Promise<void> {
    const gaps = items.filter((i) => i.kind === ComplianceKind.MISSING_RECORDING && i.caseId && i.stage);
    if (gaps.length === 0) return;
    const found = await em.find(
      RecordingExplanation,
      { $or: gaps.map((g) => ({ case: g.caseId!, stage: g.stage! })) },
      { orderBy: { createdAt: 'asc' }, populate: ['author'] },
    );
    const latest = new Map(found.map((e) => [`${e.case.id}:${e.stage}`, e]));
    for (const g of gaps) g.explanation = latest.get(`${g.caseId}:${g.stage}`) ?? null;
  }
}
