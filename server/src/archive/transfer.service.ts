import { createHash, randomUUID } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { ApprovalRequest } from '../approvals/approval-request.entity.js';
import { ApprovalStep } from '../approvals/approval-step.entity.js';
import { Decision, RequestStatus, RequestType } from '../approvals/approval.enums.js';
import type { NotificationService } from '../notifications/notification.service.js';
import type { ApprovalService } from '../approvals/approval.service.js';
import { stricter } from '../approvals/policy-rules.js';
import type { AuditActor, AuditService } from '../audit/audit.service.js';
import { AuditOutcome } from '../audit/audit-event.entity.js';
import { buildFailure } from '../exports/failure.js';
import { Case } from '../cases/case.entity.js';
import { CaseStatus } from '../cases/case.enums.js';
import { transition } from '../cases/case.service.js';
import { draftOf } from '../common/base.entity.js';
import { isCalendarDate, today } from '../common/dates.js';
import { badInput, changedMeanwhile, invalidState } from '../common/errors.js';
import { isUuid } from '../common/identifiers.js';
import { containsPattern, listReadable } from '../common/list.js';
import type { PageArgs } from '../common/pagination.js';
import type { Config } from '../config.js';
import type { Context } from '../context.js';
import type { FixityService } from '../files/fixity.service.js';
import type { ContentStore } from '../files/store.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { EnforcementRecord } from '../records/record.entity.js';
import { Confidentiality, EnforcementStage, isAv } from '../records/record.enums.js';
import { Unit } from '../units/unit.entity.js';
import { TransferStatus } from './archive.enums.js';
import { TransferChecker } from './checks.js';
import { nextArchiveNumber, nextPaperNumber } from './numbering.js';
import { assignRetention, ruleFor } from './retention.js';
import { RetentionRule } from './retention-rule.entity.js';
import {
  type CatalogueEntry,
  type CheckPhase,
  Transfer,
  RUN_SILENT_MS,
  type TransferCheckRun,
  type TransferChecks,
} from './transfer.entity.js';
import type { RetentionRuleInput, SaveCatalogueInput, TransferFilter } from './transfer.inputs.js';

const EDITABLE = [TransferStatus.DRAFT, TransferStatus.RETURNED];
/** The statuses a transfer's checks are made in, by phase: the unit's before submission, the archive's on receipt. */
const PHASE_STATUSES: Record<CheckPhase, TransferStatus[]> = { UNIT: EDITABLE, ARCHIVE: [TransferStatus.SENT] };
const STAGE_ORDER = Object.values(EnforcementStage);
const SORTABLE = ['number', 'status', 'createdAt', 'submittedAt', 'sentAt', 'acceptedAt', 'archiveNumber'] as const;

/** The bureau's date of a moment (YYYY-MM-DD). */
const dayOf = (d: Date | null | undefined) => (d ? today(d) : null);

/** A 四性 check run: `started` once its progress is on the transfer, `result` when it ends. */
interface CheckRun {
  started: Promise<void>;
  result: Promise<TransferChecks>;
  /** No request waits for it any more: it keeps its result on the transfer itself. */
  background: boolean;
  /** No file finished hashing for RUN_STALL_MS: hung (a store read that never ends); not joined again. */
  stalled: () => boolean;
}

const nothing = () => undefined;

/** A running check renews its progress on the transfer this often (a minute without means it died). */
const RUN_HEARTBEAT_MS = 5000;
/** A run with no file hashed for this long is taken for hung: it stops renewing its heartbeat. */
const RUN_STALL_MS = 30 * 60_000;

const stillChecking = () =>
  invalidState(
    'The 四性 checks are still re-hashing the case file (their progress shows on the transfer); try again once they are done',
    { reason: 'CHECKS_RUNNING' },
  );

/**
 * 移交 and 接收 (Art. 13): a concluded case's unit compiles its catalogue (卷内目录), the 四性 checks
 * run, the unit head signs it off through the approval engine, and the archive accepts it (archive
 * number, retention; the case becomes the archive's and read-only for its unit) or returns it.
 */
export class TransferService {
  private readonly checker: TransferChecker;
  /** 四性 check runs going on in this instance, by transfer, phase and basis: a second asker joins the first. */
  private readonly runs = new Map<string, CheckRun>();

  constructor(
    private readonly config: Config,
    private readonly audit: AuditService,
    private readonly approvals: ApprovalService,
    fixity: FixityService,
    store: ContentStore,
    private readonly notifications: NotificationService,
  ) {
    this.checker = new TransferChecker(fixity, store);
    approvals.onStatus(RequestType.TRANSFER, (em, request, ctx) => this.follow(em, request, ctx));
    approvals.manage(RequestType.TRANSFER, 'submitTransfer / withdrawTransfer');
  }

  list(ctx: Context, filter: TransferFilter | undefined, page: PageArgs) {
    const where: FilterQuery<Transfer>[] = [];
    if (filter?.statuses?.length) where.push({ status: { $in: filter.statuses } });
    if (filter?.unitId) where.push({ unit: filter.unitId });
    if (filter?.q?.trim()) {
      const like = containsPattern(filter.q.trim());
      where.push({
        $or: [
          { number: { $ilike: like } },
          { archiveNumber: { $ilike: like } },
          { case: { number: { $ilike: like } } },
          { case: { partyName: { $ilike: like } } },
          { case: { cause: { $ilike: like } } },
        ],
      });
    }
    return listReadable(
      ctx.em,
      ctx.authz,
      Transfer,
      'Transfer',
      where,
      page,
      SORTABLE,
      { createdAt: 'desc' },
      {
        populate: ['case', 'unit'],
      },
    );
  }

  async get(ctx: Context, id: string, operation = 'transfer.read'): Promise<Transfer> {
    const found = isUuid(id) ? await ctx.em.findOne(Transfer, { id }, { populate: ['case', 'unit'] }) : null;
    if (!found) throw await ctx.authz.missing('Transfer', id, operation);
    await ctx.authz.ensure('read', found, operation);
    return found;
  }

  /** The case's transfer, if it has one and the caller may read it. */
  async ofCase(ctx: Context, caseId: string): Promise<Transfer | null> {
    const found = await ctx.em.findOne(Transfer, { case: caseId }, { populate: ['case', 'unit'] });
    return found && ctx.authz.ability.can('read', found) ? found : null;
  }

  /** Starts the transfer of a concluded case, with a catalogue drafted from its records. */
  async open(ctx: Context, caseId: string): Promise<Transfer> {
    const op = 'transfer.open';
    const c = await ctx.services.cases.get(ctx, caseId, op);
    await ctx.authz.ensure('create', draftOf(Transfer, { unit: c.unit, case: c, status: TransferStatus.DRAFT }), op);
    if (c.status !== CaseStatus.CONCLUDED)
      throw invalidState(`Only a concluded case is compiled for transfer (this one is ${c.status})`);
    const existing = await ctx.em.findOne(Transfer, { case: c.id });
    if (existing) throw invalidState(`This case already has its transfer ${existing.number}`);
    const records = await ctx.em.find(EnforcementRecord, { case: c.id, disposedAt: null });
    const files = await this.files(ctx.em, records);
    const ordered = [...records].sort(
      (a, b) =>
        STAGE_ORDER.indexOf(a.stage ?? EnforcementStage.OTHER) -
          STAGE_ORDER.indexOf(b.stage ?? EnforcementStage.OTHER) ||
        (a.capturedFrom ?? a.createdAt).getTime() - (b.capturedFrom ?? b.createdAt).getTime(),
    );
    const catalogue: CatalogueEntry[] = ordered.map((r, i) => ({
      seq: i + 1,
      recordId: r.id,
      documentNumber: r.documentNumber ?? null,
      title: r.title,
      date: dayOf(r.capturedFrom ?? r.createdAt),
      pages: null,
      durationSeconds: (r.fileId && files.get(r.fileId)?.durationSeconds) || null,
      remarks: null,
    }));
    return ctx.em.transactional(async (em) => {
      const t = em.create(Transfer, {
        number: await nextPaperNumber(em, 'YJ'),
        case: c,
        unit: c.unit,
        catalogue,
        createdBy: ctx.user!,
      });
      await em.flush();
      await this.audit.append(em, ctx.actor, {
        action: 'transfer.open',
        subjectType: 'Transfer',
        subjectId: t.id,
        details: { number: t.number, caseId: c.id, caseNumber: c.number, entries: catalogue.length },
      });
      return t;
    });
  }

  /** Replaces the catalogue (order, document numbers, titles, dates, pages, remarks) while the unit holds it. */
  async saveCatalogue(ctx: Context, input: SaveCatalogueInput): Promise<Transfer> {
    const op = 'transfer.catalogue';
    const t = await this.get(ctx, input.transferId, op);
    await ctx.authz.ensure('update', t, op);
    const records = await ctx.em.find(EnforcementRecord, { case: t.case.id });
    const byId = new Map(records.map((r) => [r.id, r]));
    const files = await this.files(ctx.em, records);
    const seen = new Set<string>();
    const catalogue = input.entries.map((e, i): CatalogueEntry => {
      const field = `entries.${i}`;
      const r = byId.get(e.recordId);
      if (!r) throw badInput(`Line ${i + 1} is not a record of this case`, { field: `${field}.recordId` });
      if (seen.has(r.id)) throw badInput(`Line ${i + 1} lists a record already listed`, { field: `${field}.recordId` });
      seen.add(r.id);
      if (r.disposedAt)
        throw badInput(`Line ${i + 1}: the record's file was destroyed`, { field: `${field}.recordId` });
      if (e.date && !isCalendarDate(e.date))
        throw badInput(`Line ${i + 1}: not a calendar date`, { field: `${field}.date` });
      if (e.pages && isAv(r.kind))
        throw badInput(`Line ${i + 1}: audio and video have a duration, not pages`, { field: `${field}.pages` });
      return {
        seq: i + 1,
        recordId: r.id,
        documentNumber: e.documentNumber?.trim() || null,
        title: e.title.trim(),
        date: e.date ?? null,
        pages: e.pages ?? null,
        durationSeconds: (r.fileId && files.get(r.fileId)?.durationSeconds) || null,
        remarks: e.remarks?.trim() || null,
      };
    });
    await ctx.em.transactional(async (em) => {
      await this.lock(em, t, EDITABLE, 'The catalogue can be changed only before submission or after a return');
      t.catalogue = catalogue;
      t.checks = null;
      await em.flush();
      await this.audit.append(em, ctx.actor, {
        action: 'transfer.catalogue',
        subjectType: 'Transfer',
        subjectId: t.id,
        details: { entries: catalogue.length, recordIds: catalogue.map((e) => e.recordId) },
      });
    });
    return t;
  }

  /** Runs the 四性 checks now and keeps the result on the transfer (the unit before submission, the archive on receipt). */
  async check(ctx: Context, id: string): Promise<Transfer> {
    const op = 'transfer.check';
    const t = await this.get(ctx, id, op);
    const { ability } = ctx.authz;
    if (!ability.can('update', t) && !ability.can('accept', t)) await ctx.authz.ensure('update', t, op);
    const read = t.status;
    const checks = await this.checksFor(ctx, t);
    // Still re-hashing a large case: the run goes on in the background and keeps its result itself.
    if (!checks) return ctx.em.findOneOrFail(Transfer, { id: t.id }, { refresh: true });
    // Kept only on the transfer as it was checked: one submitted or accepted meanwhile keeps its own checks.
    if (!(await this.keepChecks(ctx.em, t.id, [read], checks, ctx.actor)))
      throw invalidState('The transfer or its case file changed while it was being checked; check it again');
    return ctx.em.findOneOrFail(Transfer, { id: t.id }, { refresh: true });
  }

  /**
   * Submits the case file for the unit head's sign-off: the checks run first; a failing check
   * blocks it unless `overrideReason` says why it must go anyway.
   */
  async submit(ctx: Context, id: string, overrideReason?: string | null): Promise<Transfer> {
    const op = 'transfer.submit';
    const t = await this.get(ctx, id, op);
    await ctx.authz.ensure('transfer', t, op);
    if (!EDITABLE.includes(t.status)) throw invalidState('Only a draft or returned transfer can be submitted');
    if (t.catalogue.length === 0) throw badInput('The catalogue is empty', { field: 'catalogue' });
    const override = overrideReason?.trim() || null;
    if (override && override.length < 4)
      throw badInput('Say why the file goes despite the failed checks', { field: 'overrideReason' });
    const checks = await this.checksFor(ctx, t);
    if (!checks) throw stillChecking();
    if (!checks.passed && !override) {
      await this.keepChecks(ctx.em, t.id, EDITABLE, checks, ctx.actor);
      throw invalidState('The 四性 checks failed: correct the case file, or give a reason to submit it anyway', {
        reason: 'CHECKS_FAILED',
        failed: checks.results.filter((r) => !r.passed).map((r) => r.kind),
      });
    }
    const records = await ctx.em.find(EnforcementRecord, { id: { $in: t.catalogue.map((e) => e.recordId) } });
    const profile = records.reduce(
      (p, r) => ({
        maxConfidentiality: stricter(p.maxConfidentiality, r.confidentiality),
        hasAv: p.hasAv || isAv(r.kind),
        maxSecretRank: Math.max(p.maxSecretRank, r.secretRank),
      }),
      { maxConfidentiality: Confidentiality.NONE, hasAv: false, maxSecretRank: 0 },
    );
    const summary = `${t.number} · ${t.case.number} 移交档案室 · ${t.catalogue.length} 件`;
    await ctx.em.transactional(async (em) => {
      if (t.approval) await this.approvals.lockRequest(em, t.approval.id);
      await this.lock(em, t, EDITABLE, 'Only a draft or returned transfer can be submitted');
      // The checks and the chain were made for the catalogue as read: changed since, they are stale.
      const [same] = await em.execute<{ same: boolean }[]>(
        'select catalogue = ?::jsonb as same from archive_transfer where id = ?',
        [JSON.stringify(t.catalogue), t.id],
      );
      if (!same?.same) throw changedMeanwhile();
      const c = await this.lockCase(em, t.case.id);
      transition(c, CaseStatus.COMPILED);
      const previous = t.approval ? await em.findOne(ApprovalRequest, { id: t.approval.id }) : null;
      let approval: ApprovalRequest;
      if (previous?.status === RequestStatus.RETURNED) {
        Object.assign(previous, profile, { summary });
        await this.approvals.resubmitIn(ctx, em, previous);
        approval = previous;
      } else {
        approval = await this.approvals.submit(ctx, em, {
          type: RequestType.TRANSFER,
          unitId: t.unit.id,
          purpose: `移交 ${t.case.number}（${t.case.cause}）`,
          summary,
          profile,
          dueAt: t.case.transferDeadline ? new Date(`${t.case.transferDeadline}T23:59:59+08:00`) : null,
        });
      }
      Object.assign(t, {
        approval,
        checks,
        overrideReason: checks.passed ? null : override,
        status: TransferStatus.IN_APPROVAL,
        submittedBy: ctx.user!,
        submittedAt: new Date(),
      });
      await em.flush();
      await this.audit.append(em, ctx.actor, {
        action: 'transfer.submit',
        subjectType: 'Transfer',
        subjectId: t.id,
        details: { approvalId: approval.id, ...this.checkSummary(checks), overrideReason: t.overrideReason },
      });
    });
    return t;
  }

  /** Withdraws a transfer waiting for the unit head; the case goes back to the unit. */
  async withdraw(ctx: Context, id: string): Promise<Transfer> {
    const op = 'transfer.withdraw';
    const t = await this.get(ctx, id, op);
    await ctx.authz.ensure('cancel', t, op);
    await ctx.em.transactional(async (em) => {
      // The approval's row before the transfer's, in the order a deciding head takes them.
      if (t.approval) await this.approvals.lockRequest(em, t.approval.id);
      await this.lock(em, t, [TransferStatus.IN_APPROVAL], 'Only a transfer waiting for sign-off can be withdrawn');
      const approval = await em.findOneOrFail(ApprovalRequest, { id: t.approval!.id });
      await this.approvals.cancelIn(ctx, em, approval);
    });
    return t;
  }

  /** The archive accepts: archive number, retention from the schedule; the case is archived. */
  async accept(ctx: Context, id: string): Promise<Transfer> {
    const op = 'transfer.accept';
    const t = await this.get(ctx, id, op);
    await ctx.authz.ensure('accept', t, op);
    if (t.status !== TransferStatus.SENT) throw invalidState('Only a transfer sent to the archive can be accepted');
    // The archive's own 四性 checks on receipt, kept with the transfer (not a veto: the archivist has read them).
    const checks = await this.checksFor(ctx, t);
    if (!checks) throw stillChecking();
    await ctx.em.transactional(async (em) => {
      await this.lock(em, t, [TransferStatus.SENT], 'Only a transfer sent to the archive can be accepted');
      const c = await this.lockCase(em, t.case.id);
      transition(c, CaseStatus.ARCHIVED);
      const acceptedOn = today();
      const catalogued = new Set(t.catalogue.map((e) => e.recordId));
      const { period, retainUntil } = await assignRetention(
        em,
        c,
        catalogued,
        acceptedOn,
        this.config.avShortRetentionMonths,
      );
      const unit = await em.findOneOrFail(Unit, { id: c.unit.id });
      const archiveNumber = await nextArchiveNumber(em, {
        pattern: this.config.archiveNumberPattern,
        fonds: this.config.archiveFonds,
        unitCode: unit.code,
        period,
        acceptedOn,
      });
      c.archiveNumber = archiveNumber;
      c.archivedOn = acceptedOn;
      Object.assign(t, {
        status: TransferStatus.ACCEPTED,
        checks,
        acceptedAt: new Date(),
        decidedBy: ctx.user!,
        archiveNumber,
        retentionPeriod: period,
        returnReason: null,
      });
      await em.flush();
      await this.audit.append(em, ctx.actor, {
        action: 'transfer.accept',
        subjectType: 'Transfer',
        subjectId: t.id,
        details: {
          caseId: c.id,
          caseNumber: c.number,
          archiveNumber,
          retentionPeriod: period,
          retainUntil,
          ...this.checkSummary(checks),
        },
      });
      await this.notifications.transferDecided(
        em,
        t,
        Decision.APPROVE,
        `${t.number} ${c.number} 已归档，档号 ${archiveNumber}`,
      );
      await em.flush();
    });
    return t;
  }

  /** The archive sends the file back with its reasons; the case returns to the unit (concluded). */
  async returnToUnit(ctx: Context, id: string, reason: string): Promise<Transfer> {
    const op = 'transfer.return';
    const t = await this.get(ctx, id, op);
    await ctx.authz.ensure('accept', t, op);
    const why = reason.trim();
    if (why.length < 2) throw badInput('Say what the unit must correct', { field: 'reason' });
    await ctx.em.transactional(async (em) => {
      await this.lock(em, t, [TransferStatus.SENT], 'Only a transfer sent to the archive can be returned');
      const c = await this.lockCase(em, t.case.id);
      transition(c, CaseStatus.CONCLUDED);
      Object.assign(t, {
        status: TransferStatus.RETURNED,
        returnReason: why,
        returnedAt: new Date(),
        decidedBy: ctx.user!,
      });
      await em.flush();
      await this.audit.append(em, ctx.actor, {
        action: 'transfer.return',
        subjectType: 'Transfer',
        subjectId: t.id,
        details: { caseId: c.id, reason: why },
      });
      await this.notifications.transferDecided(em, t, Decision.RETURN, `${t.number} ${c.number}：${why}`);
      await em.flush();
    });
    return t;
  }

  /** The unit head's decision becomes the transfer's status, in the deciding transaction. */
  private async follow(em: EntityManager, request: ApprovalRequest, ctx: Context) {
    const t = await em.findOne(Transfer, { approval: request.id }, { populate: ['case'] });
    if (!t) return;
    const [row] = await em.execute<{ status: TransferStatus; approval_id: string | null }[]>(
      'select status, approval_id from archive_transfer where id = ? for update',
      [t.id],
    );
    if (request.status === RequestStatus.PENDING) return;
    if (row?.status !== TransferStatus.IN_APPROVAL) return;
    const c = await this.lockCase(em, t.case.id);
    const from = t.status;
    if (request.status === RequestStatus.APPROVED) {
      transition(c, CaseStatus.TRANSFERRED);
      Object.assign(t, { status: TransferStatus.SENT, sentAt: new Date() });
    } else {
      transition(c, CaseStatus.CONCLUDED);
      const step = await em.findOne(
        ApprovalStep,
        { request: request.id, decision: { $in: [Decision.RETURN, Decision.REJECT] } },
        { orderBy: { seq: 'desc' } },
      );
      Object.assign(t, {
        status: request.status === RequestStatus.CANCELLED ? TransferStatus.DRAFT : TransferStatus.RETURNED,
        returnReason: request.status === RequestStatus.CANCELLED ? null : (step?.comment ?? null),
        returnedAt: request.status === RequestStatus.CANCELLED ? null : new Date(),
      });
    }
    await em.flush();
    await this.audit.append(em, ctx.actor, {
      action: 'transfer.status',
      subjectType: 'Transfer',
      subjectId: t.id,
      details: { from, to: t.status, approvalId: request.id, caseStatus: c.status },
    });
  }

  // Retention schedule

  rules(em: EntityManager): Promise<RetentionRule[]> {
    return em.find(RetentionRule, {}, { orderBy: { procedure: 'asc' } });
  }

  async setRule(ctx: Context, input: RetentionRuleInput): Promise<RetentionRule> {
    const op = 'retention.setRule';
    const rule = await ruleFor(ctx.em, input.procedure);
    await ctx.authz.ensure('update', rule, op);
    if (input.transferDays > 366) throw badInput('transferDays must be at most 366', { field: 'transferDays' });
    if (input.period === 'SHORT')
      throw badInput('A case file is kept permanently, 30 or 10 years', { field: 'period' });
    const labels = new Set<string>();
    for (const [i, r] of input.requirements.entries()) {
      if (labels.has(r.label.trim()))
        throw badInput(`Requirement ${i + 1} is listed twice`, { field: `requirements.${i}` });
      labels.add(r.label.trim());
    }
    const before = {
      period: rule.period,
      transferDays: rule.transferDays,
      evidenceAvKeepsCasePeriod: rule.evidenceAvKeepsCasePeriod,
    };
    await ctx.em.transactional(async (em) => {
      Object.assign(rule, {
        period: input.period,
        transferDays: input.transferDays,
        evidenceAvKeepsCasePeriod: input.evidenceAvKeepsCasePeriod,
        requirements: input.requirements.map((r) => ({
          label: r.label.trim(),
          kinds: [...new Set(r.kinds)],
          stage: r.stage ?? null,
        })),
        avStages: [...new Set(input.avStages)],
        updatedBy: ctx.user!,
        updatedAt: new Date(),
      });
      await em.flush();
      await this.audit.append(em, ctx.actor, {
        action: 'retention.setRule',
        subjectType: 'RetentionRule',
        subjectId: null,
        details: { procedure: rule.procedure, before, after: { ...input } },
      });
    });
    return rule;
  }

  // Helpers

  /**
   * The 四性 checks of `t` as it stands now. A result that ended in the background serves again if
   * it was made for the same phase on the same basis (catalogue, its records' versions, the rule)
   * within TRANSFER_CHECK_REUSE_MINUTES, and — if it passed — no catalogued file has failed fixity
   * since. Otherwise a run is awaited for up to TRANSFER_CHECK_WAIT_SECONDS: this instance's own for
   * the same basis if one is moving, else a new one, claimed on the transfer row so no two instances
   * re-hash the same case at once. Null when it outlasts the wait (or runs on another instance): it
   * goes on in the background, shows its progress on the transfer (`checkRun`) and keeps its result
   * there when it ends.
   */
  private async checksFor(ctx: Context, t: Transfer): Promise<TransferChecks | null> {
    const phase: CheckPhase = t.status === TransferStatus.SENT ? 'ARCHIVE' : 'UNIT';
    const c = await ctx.em.findOneOrFail(Case, { id: t.case.id });
    const { basis, rule } = await this.basisOf(ctx.em, c, t.catalogue);
    const kept = t.checks;
    if (
      kept?.background &&
      kept.basis === basis &&
      kept.phase === phase &&
      Date.now() - new Date(kept.checkedAt).getTime() < this.config.transferCheckReuseMinutes * 60_000 &&
      !(kept.passed && (await this.fixityFailing(ctx.em, c.id)))
    )
      return kept;
    const key = `${t.id}:${phase}:${basis}`;
    let run = this.runs.get(key);
    if (run?.stalled()) {
      this.runs.delete(key);
      run = undefined;
    }
    run ??= (await this.startRun(ctx, t.id, t.catalogue, c, rule, phase, basis, key)) ?? undefined;
    // Claimed by another instance, where it is moving: its progress shows on the transfer.
    if (!run) return null;
    await run.started;
    let timer: NodeJS.Timeout | undefined;
    const waited = await Promise.race([
      run.result,
      new Promise<null>((resolve) => {
        timer = setTimeout(resolve, this.config.transferCheckWaitSeconds * 1000, null);
      }),
    ]).finally(() => clearTimeout(timer));
    if (waited) return waited;
    run.background = true;
    return null;
  }

  /**
   * What a run of the checks depends on: the catalogue, the case's records (versions, disposal) and
   * the rule's requirements, as one digest. A change to any of them makes an earlier result stale.
   */
  private async basisOf(em: EntityManager, c: Case, catalogue: CatalogueEntry[]) {
    const rule = await ruleFor(em, c.procedure);
    const records = await em.execute<{ id: string; version: number; disposed_at: Date | null }[]>(
      'select id, version, disposed_at from record where case_id = ? order by id',
      [c.id],
    );
    const basis = createHash('sha256')
      .update(canonicalize([catalogue, records, c.procedure, rule.requirements, rule.avStages])!)
      .digest('hex');
    return { basis, rule };
  }

  /** Whether a live file of the case's records is now known not to match its hash, or to be missing. */
  private async fixityFailing(em: EntityManager, caseId: string): Promise<boolean> {
    const [row] = await em.execute<{ n: string }[]>(
      `select count(*) as n from stored_file s
        where s.disposed_at is null and s.fixity_status in ('MISMATCH', 'MISSING')
          and s.id in (select v.file_id from record_version v join record r on r.id = v.record_id where r.case_id = ?)`,
      [caseId],
    );
    return Number(row?.n) > 0;
  }

  /**
   * Claims the run on the transfer row (free, another basis, or silent for a minute) and starts it on
   * a fork of its own. Its progress goes to the row one write at a time, at most every second, and a
   * heartbeat every few seconds while files keep being hashed; a run stalled for RUN_STALL_MS stops
   * renewing it, so it is no longer shown and may be claimed again. Null when another instance holds
   * a live run of the same checks.
   */
  private async startRun(
    ctx: Context,
    id: string,
    catalogue: CatalogueEntry[],
    c: Case,
    rule: RetentionRule,
    phase: CheckPhase,
    basis: string,
    key: string,
  ): Promise<CheckRun | null> {
    const em = ctx.em.fork({ clear: true });
    const actor = ctx.actor;
    const token = randomUUID();
    const startedAt = new Date();
    let progress = { filesDone: 0, filesTotal: 0, bytesDone: 0, bytesTotal: 0 };
    let movedAt = Date.now();
    const state = () =>
      JSON.stringify({ startedAt, heartbeatAt: new Date(), ...progress, key, token } satisfies TransferCheckRun & {
        key: string;
        token: string;
      });
    const claimed = await em.execute<{ id: string }[]>(
      `update archive_transfer set check_run = ?::jsonb
        where id = ? and (check_run is null or check_run->>'key' is distinct from ?
          or (check_run->>'heartbeatAt')::timestamptz < now() - make_interval(secs => ?))
        returning id`,
      [state(), id, key, RUN_SILENT_MS / 1000],
    );
    if (!claimed.length) return null;
    let chain: Promise<unknown> = Promise.resolve();
    let written = Date.now();
    const write = (force: boolean) => {
      if (!force && Date.now() - written < 1000) return chain;
      written = Date.now();
      const value = state();
      chain = chain
        .then(() =>
          em
            .getConnection()
            .execute(`update archive_transfer set check_run = ?::jsonb where id = ? and check_run->>'token' = ?`, [
              value,
              id,
              token,
            ]),
        )
        .catch(() => null);
      return chain;
    };
    const stalled = () => Date.now() - movedAt > RUN_STALL_MS;
    const heartbeat = setInterval(() => void (stalled() ? null : write(true)), RUN_HEARTBEAT_MS);
    heartbeat.unref();
    // Started once the totals (files and bytes to re-hash) are on the transfer, or the run has ended.
    let sized: () => void = nothing;
    const totals = new Promise<void>((resolve) => (sized = resolve));
    const result = (async () => {
      const checks = await this.checker.run(em, c, catalogue, rule, (p) => {
        const first = progress.filesTotal === 0 && p.filesDone === 0;
        progress = p;
        movedAt = Date.now();
        const saved = write(first);
        if (first) void saved.then(sized);
      });
      return { ...checks, basis, phase };
    })();
    const started = Promise.race([totals, result.then(nothing, nothing)]);
    const run: CheckRun = { started, result, background: false, stalled };
    this.runs.set(key, run);
    void result
      .then(
        (checks) =>
          run.background
            ? this.keepChecks(em, id, PHASE_STATUSES[phase], { ...checks, background: true }, actor)
            : undefined,
        (error: unknown) => (run.background ? this.checksFailed(em, id, error, actor) : undefined),
      )
      .catch((error: unknown) => console.error(`keeping the 四性 checks of transfer ${id} failed:`, error))
      .finally(() => {
        clearInterval(heartbeat);
        if (this.runs.get(key) === run) this.runs.delete(key);
        // After every progress write, so none lands after it.
        chain = chain
          .then(() =>
            em
              .getConnection()
              .execute(`update archive_transfer set check_run = null where id = ? and check_run->>'token' = ?`, [
                id,
                token,
              ]),
          )
          .catch(() => null);
      });
    return run;
  }

  /**
   * Keeps `checks` on the transfer if it still stands where they were made: in one of `statuses`, on
   * the same basis (its catalogue or records changed meanwhile: not kept, so no result is shown for a
   * case file it never saw). The one writer of a transfer's checks, each time audited
   * (`transfer.check`); a background result not kept is audited as dropped, an awaited one is
   * refused by the caller. Returns whether it was kept.
   */
  private async keepChecks(
    em: EntityManager,
    id: string,
    statuses: TransferStatus[],
    checks: TransferChecks,
    actor: AuditActor,
  ): Promise<boolean> {
    return em.fork({ clear: true }).transactional(async (tx) => {
      const [row] = await tx.execute<{ status: TransferStatus; catalogue: CatalogueEntry[]; case_id: string }[]>(
        'select status, catalogue, case_id from archive_transfer where id = ? for update',
        [id],
      );
      if (!row) return false;
      const c = await tx.findOneOrFail(Case, { id: row.case_id });
      const kept = statuses.includes(row.status) && (await this.basisOf(tx, c, row.catalogue)).basis === checks.basis;
      if (!kept && !checks.background) return false;
      if (kept)
        await tx.execute('update archive_transfer set checks = ?::jsonb where id = ?', [JSON.stringify(checks), id]);
      await this.audit.append(tx as EntityManager, actor, {
        action: 'transfer.check',
        subjectType: 'Transfer',
        subjectId: id,
        details: { ...this.checkSummary(checks), ...(kept ? {} : { dropped: 'CHANGED_MEANWHILE' }) },
      });
      return kept;
    });
  }

  /** A run that failed in the background: logged in full, audited as FAILED with what may be shown. */
  private async checksFailed(em: EntityManager, id: string, error: unknown, actor: AuditActor) {
    const { message, reference } = buildFailure(error, '四性 checks');
    console.error(
      `四性 checks of transfer ${id} failed in the background${reference ? ` (${reference})` : ''}:`,
      error,
    );
    await this.audit.appendDetached(em.fork({ clear: true }), actor, {
      action: 'transfer.check',
      subjectType: 'Transfer',
      subjectId: id,
      outcome: AuditOutcome.FAILED,
      details: { background: true, error: message.slice(0, 500) },
    });
  }

  private checkSummary(checks: TransferChecks) {
    return {
      passed: checks.passed,
      checkedAt: checks.checkedAt,
      ...(checks.background ? { background: true } : {}),
      failed: checks.results
        .filter((r) => !r.passed)
        .map((r) => ({ kind: r.kind, codes: [...new Set(r.findings.map((f) => f.code))] })),
    };
  }

  private async files(em: EntityManager, records: EnforcementRecord[]) {
    const ids = [...new Set(records.map((r) => r.fileId).filter((id): id is string => !!id))];
    return new Map((ids.length ? await em.find(StoredFile, { id: { $in: ids } }) : []).map((f) => [f.id, f]));
  }

  private async lock(em: EntityManager, t: Transfer, allowed: TransferStatus[], refusal: string) {
    const [row] = await em.execute<{ status: TransferStatus; approval_id: string | null }[]>(
      'select status, approval_id from archive_transfer where id = ? for update',
      [t.id],
    );
    if (!row || !allowed.includes(row.status)) throw invalidState(refusal);
    // Submitted or withdrawn by someone else since it was read: what the caller saw is stale.
    if (row.approval_id !== (t.approval?.id ?? null)) throw changedMeanwhile();
    t.status = row.status;
  }

  private async lockCase(em: EntityManager, caseId: string): Promise<Case> {
    await em.execute('select id from enforcement_case where id = ? for update', [caseId]);
    return em.findOneOrFail(Case, { id: caseId }, { refresh: true });
  }
}
