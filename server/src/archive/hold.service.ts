import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditService } from '../audit/audit.service.js';
import type { Case } from '../cases/case.entity.js';
import type { Procedure } from '../cases/case.enums.js';
import { today } from '../common/dates.js';
import { badInput, invalidState } from '../common/errors.js';
import { isUuid } from '../common/identifiers.js';
import type { Context } from '../context.js';
import type { RecordKind } from '../records/record.enums.js';
import { LongTermReason, type RetentionPeriod } from './archive.enums.js';
import { CaseHold } from './case-hold.entity.js';
import { caseRetainUntil, recordRetention, ruleFor } from './retention.js';

/** Most records a re-evaluation lists one by one in its audit entry (the rest are counted). */
const AUDIT_RECORDS = 200;

/**
 * The reason of a hold, checked: always a ground in words; with an Art. 15 reason it is a
 * long-term preservation mark, whose ground must say what happened (at least a short sentence).
 */
export function holdReason(reason: string, longTermReason?: LongTermReason | null): string {
  const text = reason.trim();
  if (text.length < 2) throw badInput('A hold needs its reason', { field: 'reason' });
  if (longTermReason && text.length < 4)
    throw badInput('A long-term mark (Art. 15) needs its ground in words: what happened', { field: 'reason' });
  if (longTermReason && !Object.values(LongTermReason).includes(longTermReason))
    throw badInput('Unknown Art. 15 reason', { field: 'longTermReason' });
  return text;
}

/** Adds `delta` to a hold counter under the row's lock (no lost update when two act at once); the new count. */
export async function bumpHoldCount(
  em: EntityManager,
  table: 'record' | 'enforcement_case',
  id: string,
  delta: 1 | -1,
): Promise<number> {
  // A record destroyed by disposal (checked before, committed since) takes no new hold.
  const live = delta > 0 && table === 'record' ? ' and disposed_at is null' : '';
  const [row] = await em.execute<{ hold_count: number }[]>(
    `update "${table}" set hold_count = hold_count + ? where id = ?${live} returning hold_count`,
    [delta, id],
  );
  if (!row)
    throw invalidState(
      live ? 'This record was disposed of: only its stub remains, nothing to hold' : 'The held item no longer exists',
    );
  if (row.hold_count < 0) throw invalidState('The hold count would go below zero; the holds are out of step');
  return row.hold_count;
}

interface CaseFacts {
  id: string;
  procedure: Procedure;
  archived_on: string | null;
  retention_period: RetentionPeriod | null;
  retain_until: string | null;
}

/**
 * Holds on whole case files (and, with an Art. 15 reason, long-term marks), and the re-evaluation of
 * retention when any hold is released. Releasing never disposes: it only says whether the item is
 * now due, and disposal goes through a list and its two approvals.
 */
export class HoldService {
  constructor(
    private readonly audit: AuditService,
    private readonly shortMonths: number,
  ) {}

  /** A hold on a case file: nothing of the case can be disposed of while one stands; holds stack. */
  async placeCaseHold(
    ctx: Context,
    caseId: string,
    reason: string,
    longTermReason?: LongTermReason | null,
  ): Promise<CaseHold> {
    const op = 'case.placeHold';
    const c = await ctx.services.cases.get(ctx, caseId, op);
    await ctx.authz.ensure('placeHold', c, op);
    const text = holdReason(reason, longTermReason);
    return ctx.em.transactional(async (em) => {
      const count = await bumpHoldCount(em, 'enforcement_case', c.id, 1);
      const hold = em.create(CaseHold, {
        case: c.id,
        reason: text,
        longTermReason: longTermReason ?? null,
        placedBy: ctx.user!,
      });
      await em.flush();
      await this.audit.append(em, ctx.actor, {
        action: 'case.placeHold',
        subjectType: 'Case',
        subjectId: c.id,
        details: { holdId: hold.id, reason: text, longTermReason: longTermReason ?? null, holdCount: count },
      });
      return hold;
    });
  }

  /** Releases one hold of a case file (the others stand) and re-evaluates the case's retention. */
  async releaseCaseHold(ctx: Context, holdId: string, reason: string): Promise<CaseHold> {
    const op = 'case.releaseHold';
    const found = isUuid(holdId) ? await ctx.em.findOne(CaseHold, { id: holdId }) : null;
    if (!found) throw await ctx.authz.missing('Case', holdId, op);
    const c = await ctx.services.cases.get(ctx, found.case.id, op);
    await ctx.authz.ensure('releaseHold', c, op);
    const text = reason.trim();
    if (text.length < 2) throw badInput('A release needs its reason', { field: 'reason' });
    await ctx.em.transactional(async (em) => {
      // Released once: of two concurrent releases only the first changes the row.
      const [row] = await em.execute<{ id: string }[]>(
        `update case_hold set released_at = now(), released_by_id = ?, release_reason = ?
          where id = ? and released_at is null returning id`,
        [ctx.user!.id, text, found.id],
      );
      if (!row) throw invalidState('This hold was already released');
      const count = await bumpHoldCount(em, 'enforcement_case', c.id, -1);
      await this.audit.append(em, ctx.actor, {
        action: 'case.releaseHold',
        subjectType: 'Case',
        subjectId: c.id,
        details: { holdId: found.id, reason: text, holdCount: count },
      });
      await this.reevaluate(em, ctx, c.id, null, { holdId: found.id });
    });
    return ctx.em.findOneOrFail(CaseHold, { id: found.id }, { refresh: true });
  }

  /** Every hold of a case file the caller may read, oldest first. */
  async caseHolds(ctx: Context, c: Case): Promise<CaseHold[]> {
    if (!ctx.authz.ability.can('read', 'CaseHold')) return [];
    return ctx.em.find(CaseHold, { case: c.id }, { orderBy: { placedAt: 'asc', id: 'asc' } });
  }

  /**
   * After a hold is released: recomputes the retention of the case file and of its records (all,
   * or `recordIds`) when the archive has accepted it. The case keeps the period it was given at
   * acceptance (a later change of the schedule applies to cases accepted afterwards); each record's
   * period follows from it as at acceptance (Art. 14). Audits the new last day and whether the item
   * is now due; never disposes.
   */
  async reevaluate(
    em: EntityManager,
    ctx: Context,
    caseId: string,
    recordIds: string[] | null,
    cause: { holdId: string },
  ): Promise<void> {
    if (recordIds?.length === 0) return;
    const [c] = await em.execute<CaseFacts[]>(
      `select id, procedure, to_char(archived_on, 'YYYY-MM-DD') as archived_on, retention_period,
              to_char(retain_until, 'YYYY-MM-DD') as retain_until
         from enforcement_case where id = ? for update`,
      [caseId],
    );
    if (!c) throw invalidState('The case no longer exists');
    const now = today();
    if (!c.archived_on || !c.retention_period) {
      await this.audit.append(em, ctx.actor, {
        action: 'retention.reevaluate',
        subjectType: 'Case',
        subjectId: caseId,
        details: { ...cause, accepted: false, note: 'not yet accepted by the archive: no retention to re-evaluate' },
      });
      return;
    }
    const rule = await ruleFor(em, c.procedure);
    const basis = { period: c.retention_period, evidenceAvKeepsCasePeriod: rule.evidenceAvKeepsCasePeriod };
    const caseUntil = caseRetainUntil(c.retention_period, c.archived_on);
    if (caseUntil !== c.retain_until)
      await em.execute('update enforcement_case set retain_until = ? where id = ?', [caseUntil, caseId]);
    const catalogued = await cataloguedRecords(em, caseId);
    const records = await em.execute<
      {
        id: string;
        kind: RecordKind;
        retention: RetentionPeriod | null;
        retain_until: string | null;
        hold_count: number;
        long_term: boolean;
      }[]
    >(
      `select id, kind, retention, to_char(retain_until, 'YYYY-MM-DD') as retain_until, hold_count, long_term
         from record where case_id = ? and disposed_at is null ${recordIds ? 'and id in (?)' : ''}
        order by id for update`,
      recordIds ? [caseId, recordIds] : [caseId],
    );
    const [{ case_holds: caseHolds } = { case_holds: 0 }] = await em.execute<{ case_holds: number }[]>(
      'select hold_count as case_holds from enforcement_case where id = ?',
      [caseId],
    );
    const outcome = [];
    for (const r of records) {
      const next = recordRetention(r, basis, catalogued, c.archived_on, this.shortMonths);
      if (next.retention !== r.retention || next.retainUntil !== r.retain_until)
        await em.execute('update record set retention = ?, retain_until = ? where id = ?', [
          next.retention,
          next.retainUntil,
          r.id,
        ]);
      const held = r.hold_count > 0 || caseHolds > 0;
      outcome.push({
        recordId: r.id,
        retention: next.retention,
        retainUntil: next.retainUntil,
        previous: r.retain_until,
        due: next.retainUntil !== null && next.retainUntil < now,
        stillHeld: held,
        longTerm: r.long_term,
      });
    }
    await this.audit.append(em, ctx.actor, {
      action: 'retention.reevaluate',
      subjectType: 'Case',
      subjectId: caseId,
      details: {
        ...cause,
        accepted: true,
        today: now,
        caseRetention: c.retention_period,
        caseRetainUntil: caseUntil,
        caseDue: caseUntil !== null && caseUntil < now,
        caseHeld: caseHolds > 0,
        dueRecords: outcome.filter((o) => o.due && !o.stillHeld && !o.longTerm).length,
        recordCount: outcome.length,
        records: outcome.slice(0, AUDIT_RECORDS),
      },
    });
  }
}

/** Ids of the records listed in the accepted catalogue of the case (its AV used as evidence, Art. 14). */
async function cataloguedRecords(em: EntityManager, caseId: string): Promise<Set<string>> {
  const rows = await em.execute<{ record_id: string }[]>(
    `select e->>'recordId' as record_id
       from archive_transfer t, jsonb_array_elements(t.catalogue) e
      where t.case_id = ? and t.status = 'ACCEPTED'`,
    [caseId],
  );
  return new Set(rows.map((r) => r.record_id));
}
