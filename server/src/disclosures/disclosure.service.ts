import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { ApprovalRequest } from '../approvals/approval-request.entity.js';
import { RequestStatus, RequestType } from '../approvals/approval.enums.js';
import type { ApprovalService } from '../approvals/approval.service.js';
import { stricter } from '../approvals/policy-rules.js';
import type { AuditService } from '../audit/audit.service.js';
import { NO_ROWS } from '../authz/guard.js';
import type { Case } from '../cases/case.entity.js';
import { isCalendarDate } from '../common/dates.js';
import { badInput, changedMeanwhile, invalidState } from '../common/errors.js';
import { isUuid } from '../common/identifiers.js';
import { containsPattern, listReadable } from '../common/list.js';
import type { PageArgs } from '../common/pagination.js';
import type { Context } from '../context.js';
import { canWatermark } from '../exports/watermark.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { EnforcementRecord } from '../records/record.entity.js';
import { Confidentiality, isAv } from '../records/record.enums.js';
import { Attachment } from './attachment.entity.js';
import { DisclosureItem } from './disclosure-item.entity.js';
import { Disclosure } from './disclosure.entity.js';
import {
  ApplicantRelation,
  AttachmentPurpose,
  DisclosureStatus,
  DisclosureType,
  ItemDecision,
  OPEN_STATUSES,
} from './disclosure.enums.js';
import {
  type DecideItemsInput,
  type DisclosureFilter,
  MAX_ITEMS,
  type RecordDeliveryInput,
  type RegisterCopyApplicationInput,
  type RegisterExternalRequestInput,
} from './disclosure.inputs.js';

const REQUEST_TYPE: Record<DisclosureType, RequestType> = {
  [DisclosureType.EXTERNAL]: RequestType.EXTERNAL,
  [DisclosureType.PARTY_COPY]: RequestType.PARTY_COPY,
};
const PREFIX: Record<DisclosureType, string> = { [DisclosureType.EXTERNAL]: 'DQ', [DisclosureType.PARTY_COPY]: 'FZ' };
/** While these hold, the items may still be decided and the request (re)submitted. */
const EDITABLE = [DisclosureStatus.REGISTERED, DisclosureStatus.RETURNED];
const INCLUDED = [ItemDecision.INCLUDE, ItemDecision.INCLUDE_REDACTED];

/** The approval's outcome as the disclosure's status. */
const STATUS_OF: Record<RequestStatus, DisclosureStatus> = {
  [RequestStatus.PENDING]: DisclosureStatus.IN_APPROVAL,
  [RequestStatus.APPROVED]: DisclosureStatus.APPROVED,
  [RequestStatus.REJECTED]: DisclosureStatus.REJECTED,
  [RequestStatus.RETURNED]: DisclosureStatus.RETURNED,
  [RequestStatus.CANCELLED]: DisclosureStatus.CANCELLED,
};

/**
 * Requests from courts and other bodies (调取, Art. 16–17; the archive's queue) and parties' copy
 * applications (Art. 19–20; the legal staff's queue): registered with their papers, decided per
 * record, approved through the engine, then packaged, delivered and closed.
 */
export class DisclosureService {
  constructor(
    private readonly audit: AuditService,
    private readonly approvals: ApprovalService,
  ) {
    for (const type of Object.values(REQUEST_TYPE)) {
      approvals.onStatus(type, (em, request, ctx) => this.follow(em, request, ctx));
      // Resubmitting and withdrawing go through this service, which re-checks the items first.
      approvals.manage(type, 'submitDisclosure / cancelDisclosure');
    }
  }

  async registerExternal(ctx: Context, input: RegisterExternalRequestInput): Promise<Disclosure> {
    const op = 'disclosure.register';
    await ctx.authz.ensure('create', { __typename: 'Disclosure', type: DisclosureType.EXTERNAL } as never, op);
    if (!isCalendarDate(input.letterDate)) throw badInput('letterDate is not a calendar date', { field: 'letterDate' });
    const dueAt = this.dueAt(input.dueAt);
    const letter = await this.attachment(
      ctx,
      input.letterId,
      AttachmentPurpose.LETTER,
      'letterId',
      DisclosureType.EXTERNAL,
    );
    const records = await this.externalScope(ctx, input);
    return this.register(ctx, records, {
      type: DisclosureType.EXTERNAL,
      purpose: input.purpose.trim(),
      dueAt,
      bodyKind: input.bodyKind,
      bodyName: input.bodyName.trim(),
      letterNumber: input.letterNumber.trim(),
      letterDate: input.letterDate,
      letter,
      concerning: input.concerning.trim(),
    });
  }

  async registerCopy(ctx: Context, input: RegisterCopyApplicationInput): Promise<Disclosure> {
    const op = 'disclosure.register';
    await ctx.authz.ensure('create', { __typename: 'Disclosure', type: DisclosureType.PARTY_COPY } as never, op);
    const dueAt = this.dueAt(input.dueAt);
    const form = await this.attachment(
      ctx,
      input.applicationFormId,
      AttachmentPurpose.APPLICATION_FORM,
      'applicationFormId',
      DisclosureType.PARTY_COPY,
    );
    const identity = await this.attachment(
      ctx,
      input.identityDocumentId,
      AttachmentPurpose.IDENTITY_DOCUMENT,
      'identityDocumentId',
      DisclosureType.PARTY_COPY,
    );
    let authorisation: Attachment | null = null;
    if (input.relation === ApplicantRelation.AGENT) {
      if (!input.authorisationId)
        throw badInput("An agent's application needs the party's written authorisation", { field: 'authorisationId' });
      authorisation = await this.attachment(
        ctx,
        input.authorisationId,
        AttachmentPurpose.AUTHORISATION,
        'authorisationId',
        DisclosureType.PARTY_COPY,
      );
    } else if (input.authorisationId) {
      authorisation = await this.attachment(
        ctx,
        input.authorisationId,
        AttachmentPurpose.AUTHORISATION,
        'authorisationId',
        DisclosureType.PARTY_COPY,
      );
    }
    const c = await ctx.services.cases.get(ctx, input.caseId, op);
    const records = await this.caseRecords(ctx, c, input.recordIds, op);
    return this.register(ctx, records, {
      type: DisclosureType.PARTY_COPY,
      purpose: input.purpose.trim(),
      dueAt,
      applicantName: input.applicantName.trim(),
      applicantIdType: input.applicantIdType.trim(),
      applicantIdNumber: input.applicantIdNumber.trim(),
      relation: input.relation,
      partyCase: c,
      applicationForm: form,
      identityDocument: identity,
      authorisation,
    });
  }

  private dueAt(dueAt: Date | null | undefined): Date | null {
    if (dueAt && dueAt <= new Date()) throw badInput('The due date must be in the future', { field: 'dueAt' });
    return dueAt ?? null;
  }

  /** An attachment the caller may read, of the purpose the field needs. */
  private async attachment(
    ctx: Context,
    id: string,
    purpose: AttachmentPurpose,
    field: string,
    queue: DisclosureType,
  ): Promise<Attachment> {
    const found = isUuid(id) ? await ctx.em.findOne(Attachment, { id }) : null;
    if (!found) throw await ctx.authz.missing('Attachment', id, 'disclosure.attachment');
    await ctx.authz.ensure('read', found, 'disclosure.attachment');
    if (found.queue !== queue) throw badInput(`The file given as ${field} was uploaded for the other queue`, { field });
    if (found.purpose !== purpose)
      throw badInput(`The file given as ${field} was uploaded as ${found.purpose}, not ${purpose}`, { field });
    return found;
  }

  /** Records named one by one, plus every readable record of the named cases; each must be readable. */
  private async externalScope(ctx: Context, input: RegisterExternalRequestInput): Promise<EnforcementRecord[]> {
    const op = 'disclosure.register';
    const found = new Map<string, EnforcementRecord>();
    for (const caseId of new Set(input.caseIds ?? [])) {
      const c = await ctx.services.cases.get(ctx, caseId, op);
      for (const r of await this.caseRecords(ctx, c, null, op)) found.set(r.id, r);
    }
    for (const id of new Set(input.recordIds ?? [])) {
      if (!found.has(id)) found.set(id, await ctx.services.records.get(ctx, id, op));
    }
    if (found.size === 0) throw badInput('Name the records or cases asked for', { field: 'recordIds' });
    if (found.size > MAX_ITEMS) throw badInput(`At most ${MAX_ITEMS} records in one request`, { field: 'recordIds' });
    return [...found.values()];
  }

  /** The named records of a case (each must belong to it), or all its readable records. */
  private async caseRecords(ctx: Context, c: Case, ids: string[] | null | undefined, op: string) {
    if (ids?.length) {
      const records: EnforcementRecord[] = [];
      for (const id of new Set(ids)) {
        const r = await ctx.services.records.get(ctx, id, op);
        if (r.case.id !== c.id) throw badInput('Every record must belong to the case', { field: 'recordIds' });
        records.push(r);
      }
      return records;
    }
    const readable = ctx.authz.filter<EnforcementRecord>('read', 'Record', EnforcementRecord);
    const records = await ctx.em.find(
      EnforcementRecord,
      { $and: [readable ?? NO_ROWS, { case: c.id }] } as FilterQuery<EnforcementRecord>,
      { populate: ['case'], orderBy: { capturedFrom: 'asc', createdAt: 'asc', id: 'asc' }, limit: MAX_ITEMS + 1 },
    );
    if (records.length === 0) throw badInput('The case has no records you can name', { field: 'caseId' });
    if (records.length > MAX_ITEMS) throw badInput(`At most ${MAX_ITEMS} records in one request`, { field: 'caseId' });
    return records;
  }

  private async register(
    ctx: Context,
    records: EnforcementRecord[],
    data: Partial<Disclosure> & { type: DisclosureType },
  ) {
    return ctx.em.transactional(async (em) => {
      const number = await this.nextNumber(em, data.type);
      const disclosure = em.create(Disclosure, {
        ...data,
        number,
        unit: records[0]!.unit.id,
        registeredBy: ctx.user!,
      } as never) as Disclosure;
      // A court receives what it asked for unless the archive decides otherwise; a party's
      // application is decided record by record by the legal staff.
      const preset = data.type === DisclosureType.EXTERNAL ? ItemDecision.INCLUDE : null;
      records.forEach((record, i) =>
        em.create(DisclosureItem, {
          disclosure,
          seq: i + 1,
          record,
          decision: preset,
          decidedBy: preset ? ctx.user! : null,
          decidedAt: preset ? new Date() : null,
        }),
      );
      await em.flush();
      await this.audit.append(em, ctx.actor, {
        action: 'disclosure.register',
        subjectType: 'Disclosure',
        subjectId: disclosure.id,
        details: {
          type: data.type,
          number,
          recordIds: records.map((r) => r.id),
          ...(data.type === DisclosureType.EXTERNAL
            ? { body: data.bodyName, letterNumber: data.letterNumber, letterId: data.letter?.id }
            : { applicant: data.applicantName, relation: data.relation, caseId: data.partyCase?.id }),
        },
      });
      return disclosure;
    });
  }

  /** DQ-2026-0001, FZ-2026-0001: numbered per type and year, never reused. */
  private async nextNumber(em: EntityManager, type: DisclosureType): Promise<string> {
    const year = Number(
      new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()),
    );
    const [row] = await em.execute<{ last_seq: number }[]>(
      `insert into disclosure_counter (prefix, year, last_seq) values (?, ?, 1)
       on conflict (prefix, year) do update set last_seq = disclosure_counter.last_seq + 1 returning last_seq`,
      [PREFIX[type], year],
    );
    return `${PREFIX[type]}-${year}-${String(row!.last_seq).padStart(4, '0')}`;
  }

  async get(ctx: Context, id: string, operation = 'disclosure.read'): Promise<Disclosure> {
    const found = isUuid(id) ? await ctx.em.findOne(Disclosure, { id }) : null;
    if (!found) throw await ctx.authz.missing('Disclosure', id, operation);
    await ctx.authz.ensure('read', found, operation);
    return found;
  }

  async items(ctx: Context, disclosure: Disclosure): Promise<DisclosureItem[]> {
    return ctx.em.find(DisclosureItem, { disclosure }, { orderBy: { seq: 'asc' }, populate: ['record', 'redacted'] });
  }

  /** Per record: include, exclude (with its legal ground) or include a redacted copy. */
  async decideItems(ctx: Context, input: DecideItemsInput): Promise<Disclosure> {
    const op = 'disclosure.decide';
    const disclosure = await this.get(ctx, input.disclosureId, op);
    await ctx.authz.ensure('update', disclosure, op);
    if (!EDITABLE.includes(disclosure.status))
      throw invalidState('Items can be decided only before submission or after the request was returned');
    const items = await this.items(ctx, disclosure);
    const byRecord = new Map(items.map((i) => [i.record.id, i]));
    const seen = new Set<string>();
    const changes: {
      item: DisclosureItem;
      redacted: Attachment | null;
      input: DecideItemsInput['decisions'][number];
    }[] = [];
    for (const d of input.decisions) {
      const item = byRecord.get(d.recordId);
      if (!item) throw badInput('A decision names a record that is not in this request', { field: 'recordId' });
      if (seen.has(d.recordId)) throw badInput('A record is decided twice', { field: 'recordId' });
      seen.add(d.recordId);
      const record = item.record;
      if (d.decision === ItemDecision.EXCLUDE && !d.reason)
        throw badInput('Say on what ground the record is excluded', { field: 'reason' });
      if (d.decision !== ItemDecision.EXCLUDE && d.reason)
        throw badInput('A ground is given only for an exclusion', { field: 'reason' });
      // Art. 20: a state secret never goes into a party's copy.
      if (
        disclosure.type === DisclosureType.PARTY_COPY &&
        d.decision !== ItemDecision.EXCLUDE &&
        record.confidentiality === Confidentiality.STATE_SECRET
      )
        throw badInput("A state-secret record can never be included in a party's copy", { field: 'decision' });
      // A party's copy of a photo carries a watermark; a format that cannot take one is given redacted (converted) or not at all.
      if (disclosure.type === DisclosureType.PARTY_COPY && d.decision === ItemDecision.INCLUDE && record.fileId) {
        const file = await ctx.em.findOne(StoredFile, { id: record.fileId });
        if (file?.mediaType.startsWith('image/') && !canWatermark(file.mediaType))
          throw badInput(
            `A ${file.mediaType} photo cannot carry the copy's watermark: include a converted copy as the redacted copy, or exclude it`,
            { field: 'decision' },
          );
      }
      let redacted: Attachment | null = null;
      if (d.decision === ItemDecision.INCLUDE_REDACTED) {
        if (!d.redactedId) throw badInput('Give the redacted copy to include', { field: 'redactedId' });
        redacted = await this.attachment(
          ctx,
          d.redactedId,
          AttachmentPurpose.REDACTED_COPY,
          'redactedId',
          disclosure.type,
        );
      } else if (d.redactedId)
        throw badInput('A redacted copy goes only with INCLUDE_REDACTED', { field: 'redactedId' });
      changes.push({ item, redacted, input: d });
    }
    await ctx.em.transactional(async (em) => {
      await this.lock(em, disclosure, EDITABLE, 'Items can be decided only before submission or after a return');
      const now = new Date();
      for (const { item, redacted, input: d } of changes)
        Object.assign(item, {
          decision: d.decision,
          reason: d.reason ?? null,
          note: d.note?.trim() || null,
          redacted,
          decidedBy: ctx.user!,
          decidedAt: now,
        });
      disclosure.updatedAt = now;
      await em.flush();
      await this.audit.append(em, ctx.actor, {
        action: 'disclosure.decide',
        subjectType: 'Disclosure',
        subjectId: disclosure.id,
        details: {
          recordIds: changes.map((c) => c.item.record.id),
          decisions: changes.map((c) => ({
            recordId: c.item.record.id,
            decision: c.input.decision,
            reason: c.input.reason ?? null,
            redactedId: c.redacted?.id ?? null,
          })),
        },
      });
    });
    return disclosure;
  }

  /** Sends the decided request through its approval chain (again, after a return). */
  async submit(ctx: Context, id: string): Promise<Disclosure> {
    const op = 'disclosure.submit';
    const disclosure = await this.get(ctx, id, op);
    await ctx.authz.ensure('update', disclosure, op);
    if (!EDITABLE.includes(disclosure.status))
      throw invalidState('Only a registered or returned request can be submitted');
    this.plan(disclosure, await this.items(ctx, disclosure)); // refused early, before any lock
    await ctx.em.transactional(async (em) => {
      if (disclosure.approval) await this.approvals.lockRequest(em, disclosure.approval.id);
      await this.lock(em, disclosure, EDITABLE, 'Only a registered or returned request can be submitted');
      // Planned again from the decisions as they are under the lock (legal may have changed one since).
      const { included, excluded, profile, summary } = this.plan(
        disclosure,
        await em.find(
          DisclosureItem,
          { disclosure },
          { orderBy: { seq: 'asc' }, populate: ['record', 'redacted'], refresh: true },
        ),
      );
      // The package will give exactly these versions: a record corrected after approval stops the build.
      for (const item of included) item.recordVersion = item.record.version;
      let approval: ApprovalRequest;
      if (disclosure.approval) {
        // Decisions may have changed since the return: the chain is chosen for what is included now.
        approval = await em.findOneOrFail(ApprovalRequest, { id: disclosure.approval.id });
        Object.assign(approval, profile, { summary });
        await this.approvals.resubmitIn(ctx, em, approval);
      } else {
        approval = await this.approvals.submit(ctx, em, {
          type: REQUEST_TYPE[disclosure.type],
          unitId: disclosure.unit.id,
          purpose: disclosure.purpose,
          summary,
          profile,
          dueAt: disclosure.dueAt ?? null,
        });
        disclosure.approval = approval;
      }
      disclosure.status = DisclosureStatus.IN_APPROVAL;
      disclosure.updatedAt = new Date();
      await em.flush();
      await this.audit.append(em, ctx.actor, {
        action: 'disclosure.submit',
        subjectType: 'Disclosure',
        subjectId: disclosure.id,
        details: { approvalId: approval.id, recordIds: included.map((i) => i.record.id), excluded },
      });
    });
    return disclosure;
  }

  /** What a submission sends for approval: every record decided, something included, and the chain's profile. */
  private plan(disclosure: Disclosure, items: DisclosureItem[]) {
    const undecided = items.filter((i) => !i.decision);
    if (undecided.length) throw badInput(`${undecided.length} record(s) are not decided yet`, { field: 'items' });
    const included = items.filter((i) => INCLUDED.includes(i.decision!));
    if (included.length === 0) throw badInput('Nothing is included: every record was excluded', { field: 'items' });
    const profile = included.reduce(
      (p, { record: r }) => ({
        maxConfidentiality: stricter(p.maxConfidentiality, r.confidentiality),
        hasAv: p.hasAv || isAv(r.kind),
        maxSecretRank: Math.max(p.maxSecretRank, r.secretRank),
      }),
      { maxConfidentiality: Confidentiality.NONE, hasAv: false, maxSecretRank: 0 },
    );
    return {
      included,
      excluded: items.length - included.length,
      profile,
      summary: this.summary(disclosure, included.length, items.length),
    };
  }

  private summary(d: Disclosure, included: number, all: number) {
    const excluded = all - included;
    return `${d.number} · ${this.who(d)} · ${included} 件${excluded ? `（不予提供 ${excluded} 件）` : ''}`;
  }

  private who(d: Disclosure) {
    return d.type === DisclosureType.EXTERNAL
      ? `${d.bodyName ?? ''} ${d.letterNumber ?? ''}`.trim()
      : `申请人 ${d.applicantName ?? ''}`;
  }

  /**
   * Locks the disclosure's row for the rest of the transaction and checks its status there, so two
   * people acting at once cannot both move it (e.g. deliver twice, or decide after submission).
   */
  private async lock(em: EntityManager, d: Disclosure, allowed: DisclosureStatus[], refusal: string) {
    const [row] = await em.execute<{ status: DisclosureStatus; approval_id: string | null }[]>(
      'select status, approval_id from disclosure where id = ? for update',
      [d.id],
    );
    if (!row || !allowed.includes(row.status)) throw invalidState(refusal);
    // Submitted or withdrawn by someone else since it was read: what the caller saw is stale.
    if (row.approval_id !== (d.approval?.id ?? null)) throw changedMeanwhile();
    d.status = row.status;
  }

  /** The approval engine's outcome becomes the disclosure's status, in the same transaction. */
  private async follow(em: EntityManager, request: ApprovalRequest, ctx: Context) {
    const disclosure = await em.findOne(Disclosure, { approval: request.id });
    if (!disclosure) return;
    const status = STATUS_OF[request.status as RequestStatus];
    const from: DisclosureStatus[] =
      status === DisclosureStatus.IN_APPROVAL
        ? [DisclosureStatus.IN_APPROVAL, DisclosureStatus.RETURNED]
        : status === DisclosureStatus.CANCELLED
          ? [DisclosureStatus.IN_APPROVAL, DisclosureStatus.RETURNED, DisclosureStatus.CANCELLED]
          : [DisclosureStatus.IN_APPROVAL];
    await this.lock(
      em,
      disclosure,
      from,
      `The request is ${disclosure.status.toLowerCase()}; its approval cannot move it`,
    );
    if (disclosure.status === status) return;
    const was = disclosure.status;
    disclosure.status = status;
    disclosure.updatedAt = new Date();
    await em.flush();
    await this.audit.append(em, ctx.actor, {
      action: 'disclosure.status',
      subjectType: 'Disclosure',
      subjectId: disclosure.id,
      details: { from: was, to: status, approvalId: request.id },
    });
  }

  /** Cancels a request not yet approved (withdrawn by the body, or registered by mistake). */
  async cancel(ctx: Context, id: string, reason: string): Promise<Disclosure> {
    const op = 'disclosure.cancel';
    const disclosure = await this.get(ctx, id, op);
    await ctx.authz.ensure('cancel', disclosure, op);
    if (!EDITABLE.includes(disclosure.status) && disclosure.status !== DisclosureStatus.IN_APPROVAL)
      throw invalidState('Only a request not yet approved can be cancelled');
    if (reason.trim().length < 2) throw badInput('Say why it is cancelled', { field: 'reason' });
    await ctx.em.transactional(async (em) => {
      // The approval's row before the disclosure's, in the order a deciding leader takes them.
      if (disclosure.approval) await this.approvals.lockRequest(em, disclosure.approval.id);
      await this.lock(
        em,
        disclosure,
        [...EDITABLE, DisclosureStatus.IN_APPROVAL],
        'Only a request not yet approved can be cancelled',
      );
      if (disclosure.approval && disclosure.status !== DisclosureStatus.REGISTERED) {
        const approval = await em.findOneOrFail(ApprovalRequest, { id: disclosure.approval.id });
        await this.approvals.cancelIn(ctx, em, approval);
      }
      disclosure.status = DisclosureStatus.CANCELLED;
      disclosure.closeNote = reason.trim();
      disclosure.updatedAt = new Date();
      await em.flush();
      await this.audit.append(em, ctx.actor, {
        action: 'disclosure.cancel',
        subjectType: 'Disclosure',
        subjectId: disclosure.id,
        details: { reason: reason.trim() },
      });
    });
    return disclosure;
  }

  /** The package was handed over: how, to whom, when, with the receipt. */
  async recordDelivery(ctx: Context, input: RecordDeliveryInput): Promise<Disclosure> {
    const op = 'disclosure.deliver';
    const disclosure = await this.get(ctx, input.disclosureId, op);
    await ctx.authz.ensure('update', disclosure, op);
    if (disclosure.status !== DisclosureStatus.PACKAGE_READY)
      throw invalidState('A delivery is recorded once the package is ready, and only once');
    if (input.deliveredAt > new Date(Date.now() + 5 * 60_000))
      throw badInput('The delivery cannot be in the future', { field: 'deliveredAt' });
    if (input.deliveredAt < disclosure.registeredAt)
      throw badInput('The delivery cannot precede the registration', { field: 'deliveredAt' });
    const receipt = input.receiptId
      ? await this.attachment(ctx, input.receiptId, AttachmentPurpose.RECEIPT, 'receiptId', disclosure.type)
      : null;
    await ctx.em.transactional(async (em) => {
      await this.lock(
        em,
        disclosure,
        [DisclosureStatus.PACKAGE_READY],
        'A delivery is recorded once the package is ready, and only once',
      );
      Object.assign(disclosure, {
        status: DisclosureStatus.DELIVERED,
        deliveryMethod: input.method,
        deliveredTo: input.recipient.trim(),
        deliveredAt: input.deliveredAt,
        receipt,
        deliveredBy: ctx.user!,
        deliveryNote: input.note?.trim() || null,
        updatedAt: new Date(),
      });
      await em.flush();
      const packageId = (await ctx.services.exports.readyPackage(em, disclosure))?.id ?? null;
      await this.audit.append(em, ctx.actor, {
        action: 'disclosure.deliver',
        subjectType: 'Disclosure',
        subjectId: disclosure.id,
        details: {
          method: input.method,
          recipient: disclosure.deliveredTo,
          deliveredAt: input.deliveredAt,
          receiptId: receipt?.id ?? null,
          packageId,
        },
      });
    });
    return disclosure;
  }

  async close(ctx: Context, id: string, note?: string | null): Promise<Disclosure> {
    const op = 'disclosure.close';
    const disclosure = await this.get(ctx, id, op);
    await ctx.authz.ensure('update', disclosure, op);
    if (disclosure.status !== DisclosureStatus.DELIVERED) throw invalidState('Only a delivered request can be closed');
    await ctx.em.transactional(async (em) => {
      await this.lock(em, disclosure, [DisclosureStatus.DELIVERED], 'Only a delivered request can be closed');
      Object.assign(disclosure, {
        status: DisclosureStatus.CLOSED,
        closedAt: new Date(),
        closeNote: note?.trim() || null,
        updatedAt: new Date(),
      });
      await em.flush();
      await this.audit.append(em, ctx.actor, {
        action: 'disclosure.close',
        subjectType: 'Disclosure',
        subjectId: disclosure.id,
        details: { note: disclosure.closeNote },
      });
    });
    return disclosure;
  }

  /** The caller's queue: what the rules let them read, filtered and counted in SQL. */
  list(ctx: Context, filter: DisclosureFilter | undefined, page: PageArgs) {
    const where: FilterQuery<Disclosure>[] = [];
    if (filter?.type) where.push({ type: filter.type });
    if (filter?.statuses?.length) where.push({ status: { $in: filter.statuses } });
    const now = new Date();
    if (filter?.overdue === true) where.push({ status: { $in: OPEN_STATUSES }, dueAt: { $lt: now } });
    if (filter?.overdue === false)
      where.push({ $or: [{ status: { $nin: OPEN_STATUSES } }, { dueAt: null }, { dueAt: { $gte: now } }] });
    if (filter?.q?.trim()) {
      const like = containsPattern(filter.q.trim());
      where.push({
        $or: [
          { number: { $ilike: like } },
          { bodyName: { $ilike: like } },
          { letterNumber: { $ilike: like } },
          { applicantName: { $ilike: like } },
        ],
      });
    }
    return listReadable(
      ctx.em,
      ctx.authz,
      Disclosure,
      'Disclosure',
      where,
      page,
      ['registeredAt', 'dueAt', 'number', 'status'],
      [{ registeredAt: 'desc' }, { id: 'asc' }],
    );
  }
}
