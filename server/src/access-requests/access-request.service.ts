import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { ApprovalRequest } from '../approvals/approval-request.entity.js';
import { RequestType } from '../approvals/approval.enums.js';
import type { ApprovalService } from '../approvals/approval.service.js';
import { stricter } from '../approvals/policy-rules.js';
import type { AuditService } from '../audit/audit.service.js';
import { NO_ROWS } from '../authz/guard.js';
import { badInput, invalidState } from '../common/errors.js';
import { isUuid } from '../common/identifiers.js';
import { listReadable } from '../common/list.js';
import type { PageArgs } from '../common/pagination.js';
import type { Context } from '../context.js';
import { EnforcementRecord } from '../records/record.entity.js';
import { Confidentiality, isAv } from '../records/record.enums.js';
import { AccessGrant } from './access-grant.entity.js';
import { caslActionOf, GrantAction } from './access.enums.js';
import type { GrantFilter, RequestViewingInput } from './access-request.inputs.js';
import { ViewingRequest } from './viewing-request.entity.js';

/** Most records one request may name, and the longest period a grant may run. */
const MAX_RECORDS = 500;
const MAX_DAYS = 90;

/**
 * 查阅申请 (Art. 18): a staff member asks to view or download exact records of one case for a
 * period; once the chain approves, each record gets a grant for the requester, and nothing else
 * opens. Grants end at their expiry or when revoked.
 */
export class AccessRequestService {
  constructor(
    private readonly audit: AuditService,
    private readonly approvals: ApprovalService,
  ) {
    approvals.onApproved(RequestType.VIEWING, (em, request, ctx) => this.grant(em, request, ctx));
  }

  async request(ctx: Context, input: RequestViewingInput): Promise<ViewingRequest> {
    const purpose = input.purpose.trim();
    if (purpose.length < 4) throw badInput('Say what the records are needed for', { field: 'purpose' });
    const actions = [...new Set(input.actions)];
    if (actions.length === 0) throw badInput('Ask for at least one action (view or download)', { field: 'actions' });
    const validFrom = input.validFrom ?? new Date();
    const validUntil = input.validUntil;
    if (validUntil <= new Date() || validUntil <= validFrom)
      throw badInput('The period must end in the future, after it starts', { field: 'validUntil' });
    if (validUntil.getTime() - validFrom.getTime() > MAX_DAYS * 86_400_000)
      throw badInput(`A grant runs at most ${MAX_DAYS} days`, { field: 'validUntil' });
    const dueAt = input.dueAt ?? null;
    if (dueAt && (dueAt <= new Date() || dueAt > validUntil))
      throw badInput('The decision must be wanted in the future, before the period ends', { field: 'dueAt' });
    const records = await this.scope(ctx, input);
    const caseIds = new Set(records.map((r) => r.case.id));
    if (caseIds.size !== 1) throw badInput('A request concerns the records of one case', { field: 'recordIds' });
    const c = records[0]!.case;
    const profile = records.reduce(
      (p, r) => ({
        maxConfidentiality: stricter(p.maxConfidentiality, r.confidentiality),
        hasAv: p.hasAv || isAv(r.kind),
        maxSecretRank: Math.max(p.maxSecretRank, r.secretRank),
      }),
      { maxConfidentiality: Confidentiality.NONE, hasAv: false, maxSecretRank: 0 },
    );
    return ctx.em.transactional(async (em) => {
      const approval = await this.approvals.submit(ctx, em, {
        type: RequestType.VIEWING,
        unitId: c.unit.id,
        purpose,
        summary: `${c.number} · ${records.length} 件 · ${actions.map((a) => (a === GrantAction.VIEW ? '查阅' : '下载')).join('、')}`,
        profile,
        dueAt,
      });
      const viewing = em.create(ViewingRequest, {
        id: approval.id,
        approval,
        case: c,
        recordIds: records.map((r) => r.id),
        actions,
        validFrom,
        validUntil,
      });
      await em.flush();
      await this.audit.append(em, ctx.actor, {
        action: 'access.request',
        subjectType: 'ApprovalRequest',
        subjectId: approval.id,
        details: { caseId: c.id, recordIds: viewing.recordIds, actions, validFrom, validUntil },
      });
      return viewing;
    });
  }

  /** The records asked for: named ones (each must be readable), or every readable record of a case. */
  private async scope(ctx: Context, input: RequestViewingInput): Promise<EnforcementRecord[]> {
    if (input.caseId) {
      const c = await ctx.services.cases.get(ctx, input.caseId, 'access.request');
      const readable = ctx.authz.filter<EnforcementRecord>('read', 'Record', EnforcementRecord);
      const records = await ctx.em.find(
        EnforcementRecord,
        { $and: [readable ?? NO_ROWS, { case: c.id }] } as FilterQuery<EnforcementRecord>,
        { populate: ['case', 'case.unit'], limit: MAX_RECORDS + 1 },
      );
      if (records.length === 0) throw badInput('The case has no records you can ask for', { field: 'caseId' });
      if (records.length > MAX_RECORDS) throw badInput(`At most ${MAX_RECORDS} records in one request`);
      return records;
    }
    const ids = [...new Set(input.recordIds ?? [])];
    if (ids.length === 0) throw badInput('Name the records, or the case', { field: 'recordIds' });
    if (ids.length > MAX_RECORDS)
      throw badInput(`At most ${MAX_RECORDS} records in one request`, { field: 'recordIds' });
    const records: EnforcementRecord[] = [];
    for (const id of ids) records.push(await ctx.services.records.get(ctx, id, 'access.request'));
    return records;
  }

  /** On final approval: one grant per record, for the requester, the actions and the period asked. */
  private async grant(em: EntityManager, request: ApprovalRequest, ctx: Context) {
    const viewing = await em.findOneOrFail(ViewingRequest, { id: request.id });
    for (const recordId of viewing.recordIds)
      em.create(AccessGrant, {
        user: request.requester.id,
        record: recordId,
        actions: viewing.actions,
        request,
        validFrom: viewing.validFrom,
        expiresAt: viewing.validUntil,
      });
    await em.flush();
    await this.audit.append(em, ctx.actor, {
      action: 'access.grant',
      subjectType: 'ApprovalRequest',
      subjectId: request.id,
      details: {
        userId: request.requester.id,
        recordIds: viewing.recordIds,
        actions: viewing.actions,
        expiresAt: viewing.validUntil,
      },
    });
  }

  async revoke(ctx: Context, grantId: string, reason: string): Promise<AccessGrant> {
    const grant = isUuid(grantId) ? await ctx.em.findOne(AccessGrant, { id: grantId }) : null;
    if (!grant) throw await ctx.authz.missing('AccessGrant', grantId, 'access.revoke');
    await ctx.authz.ensure('revoke', grant, 'access.revoke');
    if (grant.revokedAt) throw invalidState('This grant was already revoked');
    if (reason.trim().length < 2) throw badInput('A revocation needs its reason', { field: 'reason' });
    Object.assign(grant, { revokedAt: new Date(), revokedBy: ctx.user!, revokeReason: reason.trim() });
    await ctx.em.transactional(async (em) => {
      await em.flush();
      await this.audit.append(em, ctx.actor, {
        action: 'access.revoke',
        subjectType: 'AccessGrant',
        subjectId: grant.id,
        details: { recordId: grant.record.id, userId: grant.user.id, reason: grant.revokeReason },
      });
    });
    return grant;
  }

  /** Grants the caller may read (their own; all for leaders, legal and supervisors), filtered in SQL. */
  list(ctx: Context, filter: GrantFilter | undefined, page: PageArgs) {
    const now = new Date();
    const where: FilterQuery<AccessGrant>[] = [];
    if (filter?.userId) where.push({ user: filter.userId });
    if (filter?.recordId) where.push({ record: filter.recordId });
    if (filter?.inForce === true) where.push({ revokedAt: null, validFrom: { $lte: now }, expiresAt: { $gt: now } });
    if (filter?.inForce === false)
      where.push({ $or: [{ revokedAt: { $ne: null } }, { validFrom: { $gt: now } }, { expiresAt: { $lte: now } }] });
    return listReadable(ctx.em, ctx.authz, AccessGrant, 'AccessGrant', where, page, ['expiresAt', 'createdAt'], {
      expiresAt: 'asc',
      id: 'asc',
    });
  }

  /** The caller's grants still in force, soonest to expire first. */
  async myGrants(ctx: Context): Promise<AccessGrant[]> {
    const now = new Date();
    return ctx.em.find(
      AccessGrant,
      { user: ctx.user!.id, revokedAt: null, validFrom: { $lte: now }, expiresAt: { $gt: now } },
      { orderBy: { expiresAt: 'asc' } },
    );
  }

  async viewing(ctx: Context, requestId: string): Promise<ViewingRequest | null> {
    return ctx.em.findOne(ViewingRequest, { id: requestId });
  }
}

/** The id of the caller's grant that allows `action` on a record, for the audit of its use. */
export function grantUsed(ctx: Context, recordId: string, action: GrantAction): string | null {
  const wanted = caslActionOf(action);
  return ctx.principal?.grants?.find((g) => g.recordId === recordId && g.actions.includes(wanted))?.id ?? null;
}
