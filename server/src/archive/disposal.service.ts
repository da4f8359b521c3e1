import type { Request, Response } from 'express';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { ApprovalRequest } from '../approvals/approval-request.entity.js';
import { RequestStatus, RequestType } from '../approvals/approval.enums.js';
import type { ApprovalService } from '../approvals/approval.service.js';
import { stricter } from '../approvals/policy-rules.js';
import { AuditOutcome } from '../audit/audit-event.entity.js';
import { type AuditService, SYSTEM_ACTOR } from '../audit/audit.service.js';
import { CaseStatus } from '../cases/case.enums.js';
import { today } from '../common/dates.js';
import { AppError, badInput, changedMeanwhile, ErrorCode, invalidState } from '../common/errors.js';
import { isUuid } from '../common/identifiers.js';
import { listReadable } from '../common/list.js';
import type { NotificationService } from '../notifications/notification.service.js';
import type { PageArgs } from '../common/pagination.js';
import type { Context } from '../context.js';
import type { ContentStore } from '../files/store.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { sendError, sendKeptFile } from '../http/respond.js';
import { EnforcementRecord } from '../records/record.entity.js';
import { Confidentiality, isAv, type RecordKind } from '../records/record.enums.js';
import { DisposalStatus } from './archive.enums.js';
import { type CertificateFacts, storeCertificate } from './certificate.js';
import { DisposalItem, DisposalList } from './disposal.entity.js';
import { nextPaperNumber } from './numbering.js';

/** A record on a list in one of these is not free for another list. */
export const OPEN_LIST_STATUSES = [
  DisposalStatus.DRAFT,
  DisposalStatus.IN_APPROVAL,
  DisposalStatus.RETURNED,
  DisposalStatus.APPROVED,
];
const EDITABLE = [DisposalStatus.DRAFT, DisposalStatus.RETURNED];
/** Most records on one list (each is locked and re-checked at every step). */
export const MAX_DISPOSAL_ITEMS = 500;

const STATUS_OF: Record<RequestStatus, DisposalStatus> = {
  [RequestStatus.PENDING]: DisposalStatus.IN_APPROVAL,
  [RequestStatus.APPROVED]: DisposalStatus.APPROVED,
  [RequestStatus.REJECTED]: DisposalStatus.REJECTED,
  [RequestStatus.RETURNED]: DisposalStatus.RETURNED,
  [RequestStatus.CANCELLED]: DisposalStatus.CANCELLED,
};

/** Why a record may not be disposed of (now). */
export enum Refusal {
  HELD = 'HELD',
  CASE_HELD = 'CASE_HELD',
  LONG_TERM = 'LONG_TERM',
  NOT_DUE = 'NOT_DUE',
  PERMANENT = 'PERMANENT',
  NOT_ARCHIVED = 'NOT_ARCHIVED',
  DISPOSED = 'DISPOSED',
  ON_OTHER_LIST = 'ON_OTHER_LIST',
}

const WHY: Record<Refusal, string> = {
  HELD: 'a hold stands on it',
  CASE_HELD: 'a hold stands on its case file',
  LONG_TERM: 'it is marked for long-term preservation (Art. 15)',
  NOT_DUE: 'its retention has not ended',
  PERMANENT: 'it is kept permanently (or has no retention yet)',
  NOT_ARCHIVED: 'its case file is not archived',
  DISPOSED: 'it was disposed of already',
  ON_OTHER_LIST: 'it is on another open disposal list',
};

/** What is checked of a record, read under its row lock (and its case's). */
interface RecordFacts {
  id: string;
  title: string;
  kind: RecordKind;
  confidentiality: Confidentiality;
  secret_rank: number;
  long_term: boolean;
  retention: EnforcementRecord['retention'];
  retain_until: string | null;
  disposed_at: Date | null;
  file_id: string | null;
  hold_count: number;
  case_id: string;
  case_number: string;
  archive_number: string | null;
  case_status: CaseStatus;
  case_hold_count: number;
  active_holds: number;
  long_term_marks: number;
  active_case_holds: number;
  case_long_term_marks: number;
  other_list: string | null;
}

interface Problem {
  recordId: string;
  reasons: Refusal[];
}

/**
 * 销毁 at the end of retention (Art. 14–15): the archive lists what is due and free of holds and
 * long-term marks, proposes a list, which the archive room's head and then a leader approve through
 * the engine; executing it removes the bytes (never those another record still carries), keeps each
 * record as a stub with its audit trail, and issues a destruction certificate. Every item is
 * re-checked under row locks when the list is made, edited, submitted and executed.
 */
export class DisposalService {
  constructor(
    private readonly audit: AuditService,
    private readonly approvals: ApprovalService,
    private readonly store: ContentStore,
    private readonly notifications: NotificationService,
  ) {
    approvals.onStatus(RequestType.DISPOSAL, (em, request, ctx) => this.follow(em, request, ctx));
    // Resubmitting and withdrawing go through this service, which re-checks the items first.
    approvals.manage(RequestType.DISPOSAL, 'submitDisposalList / cancelDisposalList');
  }

  /**
   * Records due for disposal: retention ended before today (the bureau's day), not disposed, case
   * archived, no hold on the record or its case (long-term marks are holds), not flagged long-term,
   * not on another open list; only those the caller may read, filtered and counted in SQL.
   */
  async candidates(ctx: Context, page: PageArgs) {
    return listReadable(
      ctx.em,
      ctx.authz,
      EnforcementRecord,
      'Record',
      await this.dueWhere(ctx.em, today()),
      page,
      ['retainUntil', 'createdAt', 'title', 'kind', 'retention'],
      [{ retainUntil: 'asc' }, { id: 'asc' }],
      { populate: ['case'] },
    );
  }

  /** What makes a record due for disposal on `on` (the one definition: the list and the daily notice). */
  private async dueWhere(em: EntityManager, on: string): Promise<FilterQuery<EnforcementRecord>[]> {
    const onLists = await em.execute<{ record_id: string }[]>(
      `select distinct i.record_id from disposal_item i join disposal_list l on l.id = i.list_id
        where l.status in (?)`,
      [OPEN_LIST_STATUSES],
    );
    const where: FilterQuery<EnforcementRecord>[] = [
      { retainUntil: { $ne: null, $lt: on } },
      { disposedAt: null },
      { holdCount: 0 },
      { longTerm: false },
      { case: { status: CaseStatus.ARCHIVED, holdCount: 0 } },
    ];
    if (onLists.length) where.push({ id: { $nin: onLists.map((r) => r.record_id) } });
    return where;
  }

  /**
   * The daily scan: records that came due for disposal (as `candidates` defines it) and were not
   * announced for their present retention end are announced to the archivists, one notice each
   * (NotificationService.disposalDue), and audited. A record due again after a hold moved its
   * retention end is announced again. Returns the records announced.
   */
  async notifyDue(em: EntityManager, on = today()): Promise<string[]> {
    return em.transactional(async (tem) => {
      // Not yet announced for their present retention end (row-locked), then due as the list defines it.
      const fresh = await tem.execute<{ id: string }[]>(
        `select id from record where retain_until < ? and disposed_at is null
            and disposal_notified_for is distinct from retain_until
          for update skip locked`,
        [on],
      );
      if (!fresh.length) return [];
      const records = await tem.find(
        EnforcementRecord,
        { $and: [...(await this.dueWhere(tem, on)), { id: { $in: fresh.map((r) => r.id) } }] },
        { populate: ['case'], orderBy: { retainUntil: 'asc', id: 'asc' } },
      );
      if (!records.length) return [];
      const ids = records.map((r) => r.id);
      const told = await this.notifications.disposalDue(tem, records);
      await tem.flush();
      await tem.execute(
        `update record set disposal_notified_for = retain_until
          where id in (select value::uuid from jsonb_array_elements_text(?::jsonb))`,
        [JSON.stringify(ids)],
      );
      await this.audit.append(tem, SYSTEM_ACTOR, {
        action: 'disposal.dueNotice',
        subjectType: 'Record',
        subjectId: null,
        details: { on, archivistsTold: told, records: ids },
      });
      return ids;
    });
  }

  async get(ctx: Context, id: string, operation = 'disposal.read'): Promise<DisposalList> {
    const found = isUuid(id) ? await ctx.em.findOne(DisposalList, { id }) : null;
    if (!found) throw await ctx.authz.missing('DisposalList', id, operation);
    await ctx.authz.ensure('read', found, operation);
    return found;
  }

  list(ctx: Context, statuses: DisposalStatus[] | null | undefined, page: PageArgs) {
    return listReadable(
      ctx.em,
      ctx.authz,
      DisposalList,
      'DisposalList',
      statuses?.length ? [{ status: { $in: statuses } }] : [],
      page,
      ['createdAt', 'number', 'status'],
      [{ createdAt: 'desc' }, { id: 'asc' }],
    );
  }

  items(em: EntityManager, list: DisposalList): Promise<DisposalItem[]> {
    return em.find(DisposalItem, { list: list.id }, { orderBy: { caseNumber: 'asc', title: 'asc', id: 'asc' } });
  }

  /** The archivist proposes a list: a ground and the records (each readable, due and free). */
  async create(ctx: Context, note: string, recordIds: string[]): Promise<DisposalList> {
    const op = 'disposal.create';
    await ctx.authz.ensure('create', { __typename: 'DisposalList' } as never, op);
    const ground = this.ground(note);
    const records = await this.readable(ctx, recordIds, op, true);
    return ctx.em.transactional(async (em) => {
      const number = await nextPaperNumber(em, 'XH');
      const list = em.create(DisposalList, { number, unit: ctx.user!.unit.id, note: ground, createdBy: ctx.user! });
      await em.flush();
      await this.addItems(ctx, em, list, records);
      await this.audit.append(em, ctx.actor, {
        action: 'disposal.create',
        subjectType: 'DisposalList',
        subjectId: list.id,
        details: { number, note: ground, recordIds: records.map((r) => r.id) },
      });
      return list;
    });
  }

  /** Changes the ground and/or the records of a draft or returned list; added records are checked. */
  async edit(ctx: Context, id: string, note?: string | null, recordIds?: string[] | null): Promise<DisposalList> {
    const op = 'disposal.edit';
    const list = await this.get(ctx, id, op);
    await ctx.authz.ensure('update', list, op);
    if (!EDITABLE.includes(list.status)) throw invalidState('Only a draft or returned list can be changed');
    const ground = note === undefined || note === null ? null : this.ground(note);
    const wanted = recordIds ? await this.readable(ctx, recordIds, op, true) : null;
    await ctx.em.transactional(async (em) => {
      await this.lockList(em, list, EDITABLE, 'Only a draft or returned list can be changed');
      const current = await this.items(em, list);
      let added: string[] = [];
      let removed: string[] = [];
      if (wanted) {
        const keep = new Set(wanted.map((r) => r.id));
        const had = new Set(current.map((i) => i.record.id));
        removed = current.filter((i) => !keep.has(i.record.id)).map((i) => i.record.id);
        if (removed.length) await em.nativeDelete(DisposalItem, { list: list.id, record: { $in: removed } });
        const fresh = wanted.filter((r) => !had.has(r.id));
        await this.addItems(ctx, em, list, fresh);
        added = fresh.map((r) => r.id);
      }
      if (ground) list.note = ground;
      list.updatedAt = new Date();
      await em.flush();
      await this.audit.append(em, ctx.actor, {
        action: 'disposal.edit',
        subjectType: 'DisposalList',
        subjectId: list.id,
        details: { ...(ground ? { note: ground } : {}), added, removed },
      });
    });
    return list;
  }

  /** Sends the list through its two approvals (again, after a return); every item is re-checked first. */
  async submit(ctx: Context, id: string): Promise<DisposalList> {
    const op = 'disposal.submit';
    const list = await this.get(ctx, id, op);
    await ctx.authz.ensure('update', list, op);
    if (!EDITABLE.includes(list.status)) throw invalidState('Only a draft or returned list can be submitted');
    await ctx.em.transactional(async (em) => {
      if (list.approval) await this.approvals.lockRequest(em, list.approval.id);
      await this.lockList(em, list, EDITABLE, 'Only a draft or returned list can be submitted');
      const items = await this.items(em, list);
      if (items.length === 0) throw badInput('The list has no records', { field: 'recordIds' });
      const facts = await this.lockRecords(
        em,
        items.map((i) => i.record.id),
        list.id,
      );
      await this.refuse(ctx, facts, op, list.id, (m) => invalidState(`The list cannot be submitted: ${m}`));
      const profile = facts.reduce(
        (p, r) => ({
          maxConfidentiality: stricter(p.maxConfidentiality, r.confidentiality),
          hasAv: p.hasAv || isAv(r.kind),
          maxSecretRank: Math.max(p.maxSecretRank, r.secret_rank),
        }),
        { maxConfidentiality: Confidentiality.NONE, hasAv: false, maxSecretRank: 0 },
      );
      const summary = `${list.number} · 销毁 ${items.length} 件`;
      let approval: ApprovalRequest;
      if (list.approval) {
        approval = await em.findOneOrFail(ApprovalRequest, { id: list.approval.id });
        Object.assign(approval, profile, { summary });
        await this.approvals.resubmitIn(ctx, em, approval);
      } else {
        approval = await this.approvals.submit(ctx, em, {
          type: RequestType.DISPOSAL,
          unitId: list.unit.id,
          purpose: list.note,
          summary,
          profile,
        });
        list.approval = approval;
      }
      list.status = DisposalStatus.IN_APPROVAL;
      list.updatedAt = new Date();
      await em.flush();
      await this.audit.append(em, ctx.actor, {
        action: 'disposal.submit',
        subjectType: 'DisposalList',
        subjectId: list.id,
        details: { approvalId: approval.id, recordIds: facts.map((f) => f.id) },
      });
    });
    return list;
  }

  /** Withdraws a list not yet executed (its approval, if pending or returned, is cancelled with it). */
  async cancel(ctx: Context, id: string, reason: string): Promise<DisposalList> {
    const op = 'disposal.cancel';
    const list = await this.get(ctx, id, op);
    await ctx.authz.ensure('cancel', list, op);
    const from = [...EDITABLE, DisposalStatus.IN_APPROVAL, DisposalStatus.APPROVED];
    const refusal = 'Only a list not yet executed, rejected or cancelled can be cancelled';
    if (!from.includes(list.status)) throw invalidState(refusal);
    const why = reason.trim();
    if (why.length < 2) throw badInput('Say why it is cancelled', { field: 'reason' });
    if (why.length > 500) throw badInput('The reason is longer than 500 characters', { field: 'reason' });
    await ctx.em.transactional(async (em) => {
      // The approval's row before the list's, in the order a deciding leader takes them.
      if (list.approval) await this.approvals.lockRequest(em, list.approval.id);
      await this.lockList(em, list, from, refusal);
      // Once its execution has destroyed a record, a list is finished (run it again), never cancelled:
      // a cancelled list with destroyed records would have no certificate.
      const [begun] = await em.execute<{ n: string }[]>(
        `select count(*) as n from disposal_item i join record r on r.id = i.record_id
          where i.list_id = ? and r.disposed_at is not null`,
        [list.id],
      );
      if (Number(begun?.n) > 0)
        throw invalidState(
          `The execution of list ${list.number} has begun (${begun!.n} record(s) destroyed): run it again to finish it and issue its certificate`,
        );
      if (list.approval && (list.status === DisposalStatus.IN_APPROVAL || list.status === DisposalStatus.RETURNED)) {
        const approval = await em.findOneOrFail(ApprovalRequest, { id: list.approval.id });
        await this.approvals.cancelIn(ctx, em, approval);
      }
      list.status = DisposalStatus.CANCELLED;
      list.cancelledAt = list.updatedAt = new Date();
      list.cancelReason = why;
      await em.flush();
      await this.audit.append(em, ctx.actor, {
        action: 'disposal.cancel',
        subjectType: 'DisposalList',
        subjectId: list.id,
        details: { reason: why },
      });
    });
    return list;
  }

  /**
   * Executes an approved list: each item in its own transaction under row locks (re-checked there),
   * so a run that dies half-way is finished by the next one; then the certificate. A second
   * execution of an executed list is refused.
   */
  async execute(ctx: Context, id: string): Promise<DisposalList> {
    const op = 'disposal.execute';
    const list = await this.get(ctx, id, op);
    await ctx.authz.ensure('dispose', list, op);
    if (list.status === DisposalStatus.EXECUTED)
      throw await this.denied(ctx, list, invalidState(`List ${list.number} was executed already`));
    if (list.status !== DisposalStatus.APPROVED)
      throw await this.denied(
        ctx,
        list,
        invalidState(
          `List ${list.number} is ${list.status.toLowerCase()}: only a list approved by the archive room's head and then a leader is executed`,
        ),
      );
    const items = await this.items(ctx.em, list);
    // Everything still to do is checked before anything is destroyed, so a refusal leaves the list whole.
    try {
      await ctx.em.transactional(async (em) => {
        await this.lockList(em, list, [DisposalStatus.APPROVED], `List ${list.number} is no longer approved`);
        const pending = (
          await this.lockRecords(
            em,
            items.map((i) => i.record.id),
            list.id,
          )
        ).filter((f) => !f.disposed_at);
        await this.refuse(ctx, pending, op, list.id, (m) =>
          invalidState(`List ${list.number} cannot be executed: ${m}`),
        );
      });
    } catch (error) {
      // A refusal naming the items was audited where it was found; a list that moved meanwhile is audited here.
      const named = error instanceof AppError && (error.extensions.details as { problems?: unknown })?.problems;
      if (error instanceof AppError && !named) throw await this.denied(ctx, list, error);
      throw error;
    }
    for (const item of items) await this.disposeItem(ctx, list, item);
    await this.finish(ctx, list, items);
    return ctx.em.findOneOrFail(DisposalList, { id: list.id }, { refresh: true });
  }

  /** One item, in its own transaction: the list still approved, the record re-checked, bytes removed unless shared. */
  private async disposeItem(ctx: Context, list: DisposalList, item: DisposalItem): Promise<void> {
    const op = 'disposal.execute';
    await ctx.em.transactional(async (em) => {
      await this.lockList(em, list, [DisposalStatus.APPROVED], `List ${list.number} is no longer approved`);
      const [facts] = await this.lockRecords(em, [item.record.id], list.id);
      if (!facts) throw invalidState('A record of the list no longer exists');
      const fileIds = (
        await em.execute<{ file_id: string }[]>(
          `select file_id from record where id = ? and file_id is not null
           union select file_id from record_version where record_id = ? and file_id is not null`,
          [facts.id, facts.id],
        )
      ).map((r) => r.file_id);
      const files = fileIds.length
        ? await em.execute<{ id: string; sha256: string; disposed_at: Date | null }[]>(
            'select id, sha256, disposed_at from stored_file where id in (?) order by id for update',
            [fileIds],
          )
        : [];
      if (facts.disposed_at) {
        // Done by an earlier run that stopped before its bytes were gone: finish that part only.
        for (const f of files)
          if (f.disposed_at && !(await this.liveElsewhere(em, f.sha256))) await this.store.remove(f.sha256);
        return;
      }
      await this.refuse(ctx, [facts], op, list.id, (m) => invalidState(`List ${list.number} cannot be executed: ${m}`));
      const removed: StoredFile['sha256'][] = [];
      const kept: string[] = [];
      for (const f of files) {
        if (await this.shared(em, f.id, facts.id)) {
          kept.push(f.id);
          continue;
        }
        await em.execute('update stored_file set disposed_at = now() where id = ? and disposed_at is null', [f.id]);
        removed.push(f.sha256);
      }
      await em.execute('update record set disposed_at = now() where id = ? and disposed_at is null', [facts.id]);
      await this.audit.append(em, ctx.actor, {
        action: 'disposal.item',
        subjectType: 'Record',
        subjectId: facts.id,
        details: {
          listId: list.id,
          number: list.number,
          retention: facts.retention,
          retainUntil: facts.retain_until,
          removedFileIds: files.filter((f) => removed.includes(f.sha256)).map((f) => f.id),
          removedSha256: removed,
          keptSharedFileIds: kept,
        },
      });
      // Removed before the commit: should the commit fail, the next run finds the record not
      // disposed and does it again (removing what is gone already is a no-op).
      for (const sha256 of removed) await this.store.remove(sha256);
    });
  }

  /** Is the same content kept live under another row (uploaded again after it was destroyed)? */
  private async liveElsewhere(em: EntityManager, sha256: string): Promise<boolean> {
    const [row] = await em.execute<{ live: boolean }[]>(
      'select exists (select 1 from stored_file where sha256 = ? and disposed_at is null) as live',
      [sha256],
    );
    return Boolean(row?.live);
  }

  /** Does anything other than `recordId` still carry the file (content is stored once, whoever has it)? */
  private async shared(em: EntityManager, fileId: string, recordId: string): Promise<boolean> {
    const [row] = await em.execute<{ shared: boolean }[]>(
      `select exists (select 1 from record r where r.id <> ? and r.disposed_at is null and r.file_id = ?)
           or exists (select 1 from record_version v join record r on r.id = v.record_id
                       where v.record_id <> ? and r.disposed_at is null and v.file_id = ?)
           or exists (select 1 from attachment where file_id = ?)
           or exists (select 1 from media_volume where file_id = ?)
           or exists (select 1 from disposal_list where certificate_id = ?)
           or exists (select 1 from stored_file s join stored_file f on f.sha256 = s.sha256
                       where f.id = ? and s.id <> f.id and s.disposed_at is null) as shared`,
      [recordId, fileId, recordId, fileId, fileId, fileId, fileId, fileId],
    );
    return Boolean(row?.shared);
  }

  /** The certificate, then the list EXECUTED; a list executed meanwhile by someone else is left as it is. */
  private async finish(ctx: Context, list: DisposalList, items: DisposalItem[]): Promise<void> {
    const executedAt = new Date();
    const facts = await this.certificateFacts(ctx.em, list, items, executedAt, ctx.user!.displayName);
    const certificate = await storeCertificate(this.store, facts);
    await ctx.em.transactional(async (em) => {
      await this.lockList(em, list, [DisposalStatus.APPROVED], `List ${list.number} was executed already`);
      const file = await certificate.register(em);
      Object.assign(list, {
        status: DisposalStatus.EXECUTED,
        executedBy: ctx.user!,
        executedAt,
        certificate: file,
        updatedAt: new Date(),
      });
      await em.flush();
      await this.audit.append(em, ctx.actor, {
        action: 'disposal.execute',
        subjectType: 'DisposalList',
        subjectId: list.id,
        details: {
          number: list.number,
          items: items.length,
          recordIds: items.map((i) => i.record.id),
          certificateId: file.id,
          certificateSha256: file.sha256,
        },
      });
    });
  }

  private async certificateFacts(
    em: EntityManager,
    list: DisposalList,
    items: DisposalItem[],
    executedAt: Date,
    executedBy: string,
  ): Promise<CertificateFacts> {
    const steps = await em.execute<
      {
        seq: number;
        label: string | null;
        role: string;
        decision: string | null;
        name: string | null;
        decided_at: Date | null;
      }[]
    >(
      `select s.seq, s.label, s.role, s.decision, u.display_name as name, s.decided_at
         from approval_step s left join app_user u on u.id = s.decided_by_id
        where s.request_id = ? order by s.seq`,
      [list.approval?.id ?? null],
    );
    // The round that approved it: the steps after the last one that returned it.
    const lastReturn = Math.max(0, ...steps.filter((s) => s.decision && s.decision !== 'APPROVE').map((s) => s.seq));
    const approvals = steps
      .filter((s) => s.seq > lastReturn && s.decision === 'APPROVE')
      .map((s) => ({ label: s.label ?? s.role, name: s.name ?? '', at: s.decided_at ? new Date(s.decided_at) : null }));
    const files = await em.execute<
      {
        record_id: string;
        version: number | null;
        id: string;
        sha256: string;
        sm3: string;
        size: string;
        disposed_at: Date | null;
      }[]
    >(
      `select x.record_id, x.version, f.id, f.sha256, f.sm3, f.size, f.disposed_at
         from (select r.id as record_id, null::int as version, r.file_id from record r where r.id in (?) and r.file_id is not null
               union
               select v.record_id, max(v.version) as version, v.file_id from record_version v join record r on r.id = v.record_id
                where v.record_id in (?) and v.file_id is not null and v.file_id is distinct from r.file_id
                group by v.record_id, v.file_id) x
         join stored_file f on f.id = x.file_id
        order by x.record_id, x.version nulls first`,
      [items.map((i) => i.record.id), items.map((i) => i.record.id)],
    );
    const [creator] = await em.execute<{ name: string }[]>('select display_name as name from app_user where id = ?', [
      list.createdBy.id,
    ]);
    return {
      number: list.number,
      note: list.note,
      createdBy: creator?.name ?? '',
      createdAt: list.createdAt,
      approvals,
      executedAt,
      executedBy,
      items: items.map((i) => ({
        caseNumber: i.caseNumber,
        archiveNumber: i.archiveNumber ?? null,
        title: i.title,
        retention: i.retention,
        retainUntil: i.retainUntil,
        files: files
          .filter((f) => f.record_id === i.record.id)
          .map((f) => ({
            version: f.version,
            sha256: f.sha256,
            sm3: f.sm3,
            size: Number(f.size),
            removed: f.disposed_at !== null,
          })),
      })),
    };
  }

  /** GET `/disposals/:listId/certificate`: the destruction certificate as kept, for the archive and leaders. */
  async serveCertificate(ctx: Context, req: Request, res: Response): Promise<void> {
    const id = String(req.params.listId ?? '');
    const op = 'disposal.certificate';
    try {
      await ctx.authz.requirePrincipal(op);
      const list = isUuid(id) ? await ctx.em.findOne(DisposalList, { id }, { populate: ['certificate'] }) : null;
      if (!list) throw await ctx.authz.missing('DisposalList', id, op);
      await ctx.authz.ensure('download', list, op);
      const file = list.certificate;
      if (!file) throw invalidState('The list has no certificate yet');
      const stat = await this.store.stat(file.sha256);
      if (!stat || stat.size !== file.size)
        throw new AppError(ErrorCode.INVALID_STATE, 'The kept certificate is missing or damaged; tell the archive');
      await this.audit.appendDetached(ctx.em, ctx.actor, {
        action: op,
        subjectType: 'DisposalList',
        subjectId: list.id,
        details: { number: list.number, fileId: file.id, sha256: file.sha256 },
      });
      const failed = await sendKeptFile(req, res, this.store, file, {
        mediaType: 'application/pdf',
        fileName: `销毁证明-${list.number}.pdf`,
        disposition: 'attachment',
      });
      if (failed && !res.headersSent)
        sendError(res, new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'The certificate could not be sent'), 500);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      sendError(res, error);
    }
  }

  /** The approval engine's outcome becomes the list's status, in the same transaction. */
  private async follow(em: EntityManager, request: ApprovalRequest, ctx: Context) {
    const list = await em.findOne(DisposalList, { approval: request.id });
    if (!list) return;
    const status = STATUS_OF[request.status as RequestStatus];
    const from: DisposalStatus[] =
      status === DisposalStatus.IN_APPROVAL
        ? [DisposalStatus.IN_APPROVAL, DisposalStatus.RETURNED]
        : status === DisposalStatus.CANCELLED
          ? [DisposalStatus.IN_APPROVAL, DisposalStatus.RETURNED, DisposalStatus.CANCELLED]
          : [DisposalStatus.IN_APPROVAL];
    await this.lockList(em, list, from, `The list is ${list.status.toLowerCase()}; its approval cannot move it`);
    if (list.status === status) return;
    const was = list.status;
    list.status = status;
    list.updatedAt = new Date();
    await em.flush();
    await this.audit.append(em, ctx.actor, {
      action: 'disposal.status',
      subjectType: 'DisposalList',
      subjectId: list.id,
      details: { from: was, to: status, approvalId: request.id },
    });
  }

  private ground(note: string): string {
    const text = note.trim();
    if (text.length < 2) throw badInput('State the ground for the disposal', { field: 'note' });
    if (text.length > 1000) throw badInput('The ground is at most 1000 characters', { field: 'note' });
    return text;
  }

  /** The named records, each one the caller may read (else NOT_FOUND, as if it did not exist). */
  private async readable(ctx: Context, ids: string[], op: string, nonEmpty: boolean) {
    const unique = [...new Set(ids)];
    if (nonEmpty && unique.length === 0) throw badInput('Name the records to dispose of', { field: 'recordIds' });
    if (unique.length > MAX_DISPOSAL_ITEMS)
      throw badInput(`At most ${MAX_DISPOSAL_ITEMS} records on one list`, { field: 'recordIds' });
    const records: EnforcementRecord[] = [];
    for (const id of unique) records.push(await ctx.services.records.get(ctx, id, op));
    return records;
  }

  /** Checks `records` under their locks and adds them with what identifies them now. */
  private async addItems(ctx: Context, em: EntityManager, list: DisposalList, records: EnforcementRecord[]) {
    if (records.length === 0) return;
    const facts = await this.lockRecords(
      em,
      records.map((r) => r.id),
      list.id,
    );
    await this.refuse(ctx, facts, 'disposal.items', list.id, (m) =>
      badInput(`Not every record can be disposed of: ${m}`, { field: 'recordIds', reason: 'NOT_DISPOSABLE' }),
    );
    const fileIds = facts.map((f) => f.file_id).filter((id): id is string => id !== null);
    const files = new Map((await em.find(StoredFile, { id: { $in: fileIds } })).map((f) => [f.id, f]));
    for (const f of facts) {
      const file = f.file_id ? files.get(f.file_id) : undefined;
      em.create(DisposalItem, {
        list: list.id,
        record: f.id,
        case: f.case_id,
        title: f.title.slice(0, 300),
        caseNumber: f.case_number,
        archiveNumber: f.archive_number,
        retention: f.retention!,
        retainUntil: f.retain_until!,
        file: file?.id ?? null,
        sha256: file?.sha256 ?? null,
        sm3: file?.sm3 ?? null,
        size: file?.size ?? null,
      });
    }
    await em.flush();
  }

  /**
   * Locks the records and their cases (`for update`) and reads what disposal depends on: a hold
   * placed meanwhile waits for this transaction, and one placed before is seen here.
   */
  private async lockRecords(em: EntityManager, ids: string[], listId: string): Promise<RecordFacts[]> {
    if (ids.length === 0) return [];
    // Cases first, then records, each in id order: the order hold releases take too, so no deadlock.
    await em.execute(
      'select id from enforcement_case where id in (select case_id from record where id in (?)) order by id for update',
      [ids],
    );
    return em.execute<RecordFacts[]>(
      `select r.id, r.title, r.kind, r.confidentiality, r.secret_rank, r.long_term, r.retention,
              to_char(r.retain_until, 'YYYY-MM-DD') as retain_until, r.disposed_at, r.file_id, r.hold_count,
              c.id as case_id, c.number as case_number, c.archive_number, c.status as case_status,
              c.hold_count as case_hold_count,
              (select count(*)::int from record_hold h where h.record_id = r.id and h.released_at is null) as active_holds,
              (select count(*)::int from record_hold h where h.record_id = r.id and h.released_at is null
                  and h.long_term_reason is not null) as long_term_marks,
              (select count(*)::int from case_hold h where h.case_id = c.id and h.released_at is null) as active_case_holds,
              (select count(*)::int from case_hold h where h.case_id = c.id and h.released_at is null
                  and h.long_term_reason is not null) as case_long_term_marks,
              (select l.number from disposal_item i join disposal_list l on l.id = i.list_id
                where i.record_id = r.id and l.id <> ? and l.status in (?) limit 1) as other_list
         from record r join enforcement_case c on c.id = r.case_id
        where r.id in (?) order by r.id for update of r, c`,
      [listId, OPEN_LIST_STATUSES, ids],
    );
  }

  /** Why each record may not be disposed of now (empty: it may). */
  private problems(facts: RecordFacts[]): Problem[] {
    const now = today();
    const out: Problem[] = [];
    for (const f of facts) {
      const reasons: Refusal[] = [];
      if (f.disposed_at) reasons.push(Refusal.DISPOSED);
      if (f.hold_count > 0 || f.active_holds > 0) reasons.push(Refusal.HELD);
      if (f.case_hold_count > 0 || f.active_case_holds > 0) reasons.push(Refusal.CASE_HELD);
      if (f.long_term || f.long_term_marks > 0 || f.case_long_term_marks > 0) reasons.push(Refusal.LONG_TERM);
      if (f.case_status !== CaseStatus.ARCHIVED) reasons.push(Refusal.NOT_ARCHIVED);
      if (!f.retention || !f.retain_until) reasons.push(Refusal.PERMANENT);
      else if (f.retain_until >= now) reasons.push(Refusal.NOT_DUE);
      if (f.other_list) reasons.push(Refusal.ON_OTHER_LIST);
      if (reasons.length) out.push({ recordId: f.id, reasons });
    }
    return out;
  }

  /**
   * Throws (audited) when any record may not be disposed of, naming each by its title and case
   * where the caller may read it, and only as "a record you may not read" where not.
   */
  private async refuse(
    ctx: Context,
    facts: RecordFacts[],
    op: string,
    listId: string,
    error: (message: string) => AppError,
  ): Promise<void> {
    const problems = this.problems(facts);
    if (problems.length === 0) return;
    const byId = new Map(facts.map((f) => [f.id, f]));
    const loaded = await ctx.em.find(
      EnforcementRecord,
      { id: { $in: problems.map((p) => p.recordId) } },
      { populate: ['case'] },
    );
    const readable = new Set(loaded.filter((r) => ctx.authz.ability.can('read', r as never)).map((r) => r.id));
    const lines = problems.map((p) => {
      const f = byId.get(p.recordId)!;
      const why = p.reasons.map((r) => (r === Refusal.ON_OTHER_LIST ? `${WHY[r]} (${f.other_list})` : WHY[r]));
      return readable.has(p.recordId)
        ? `「${f.title}」(${f.case_number}, record ${f.id}): ${why.join('; ')}`
        : `a record you may not read: ${why.join('; ')}`;
    });
    const refused = error(lines.join(' | '));
    const details = problems.map((p) => ({
      recordId: readable.has(p.recordId) ? p.recordId : null,
      reasons: p.reasons,
    }));
    (refused.extensions as Record<string, unknown>).details = {
      ...((refused.extensions.details as Record<string, unknown>) ?? {}),
      problems: details,
    };
    await this.audit.appendDetached(ctx.em, ctx.actor, {
      action: op,
      subjectType: 'DisposalList',
      subjectId: listId,
      outcome: AuditOutcome.DENIED,
      details: { problems: problems.map((p) => ({ recordId: p.recordId, reasons: p.reasons })) },
    });
    throw refused;
  }

  private async denied(ctx: Context, list: DisposalList, error: AppError): Promise<Error> {
    return ctx.authz.deny(error, { action: 'disposal.execute', subjectType: 'DisposalList', subjectId: list.id });
  }

  /** Locks the list's row and checks its status there, so two people acting at once cannot both move it. */
  private async lockList(em: EntityManager, list: DisposalList, allowed: DisposalStatus[], refusal: string) {
    const [row] = await em.execute<{ status: DisposalStatus; approval_id: string | null }[]>(
      'select status, approval_id from disposal_list where id = ? for update',
      [list.id],
    );
    if (!row || !allowed.includes(row.status)) throw invalidState(refusal);
    // Submitted or withdrawn by someone else since it was read: what the caller saw is stale.
    if (row.approval_id !== (list.approval?.id ?? null)) throw changedMeanwhile();
    list.status = row.status;
  }
}
