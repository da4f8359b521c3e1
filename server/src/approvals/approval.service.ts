import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { AuditService } from '../audit/audit.service.js';
import { NO_ROWS } from '../authz/guard.js';
import { badInput, conflict, invalidState } from '../common/errors.js';
import { isUuid } from '../common/identifiers.js';
import { listReadable } from '../common/list.js';
import type { PageArgs } from '../common/pagination.js';
import type { Context } from '../context.js';
import { clearanceRank, type Role } from '../users/roles.js';
import type { NotificationService } from '../notifications/notification.service.js';
import { User } from '../users/user.entity.js';
import { ApprovalPolicy } from './approval-policy.entity.js';
import type { ApprovalQueueFilter, MyRequestsFilter } from './approval.inputs.js';
import { ApprovalRequest } from './approval-request.entity.js';
import { ApprovalStep } from './approval-step.entity.js';
import { Decision, RequestStatus, type RequestType } from './approval.enums.js';
import { matches, type PolicyRule, type RequestProfile } from './policy-rules.js';

/** What a request type does when its chain is fully approved (e.g. create grants). */
export type ApprovedHook = (em: EntityManager, request: ApprovalRequest, ctx: Context) => Promise<void>;

export interface Submission {
  type: RequestType;
  unitId: string;
  purpose: string;
  summary: string;
  profile: RequestProfile & { maxSecretRank: number };
  dueAt?: Date | null;
}

/**
 * The approval engine shared by every request type: the chain comes from the policy version in
 * force at submission (kept with the request), steps are decided in order by whoever the CASL
 * rules let decide, any rejection ends the request, and every decision is audited.
 */
export class ApprovalService {
  private readonly hooks = new Map<RequestType, ApprovedHook>();
  private readonly statusHooks = new Map<RequestType, ApprovedHook[]>();

  constructor(
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  onApproved(type: RequestType, hook: ApprovedHook) {
    this.hooks.set(type, hook);
  }

  /** Runs `hook` in the deciding transaction whenever a request of `type` changes status. */
  onStatus(type: RequestType, hook: ApprovedHook) {
    this.statusHooks.set(type, [...(this.statusHooks.get(type) ?? []), hook]);
  }

  private async statusChanged(em: EntityManager, request: ApprovalRequest, ctx: Context) {
    for (const hook of this.statusHooks.get(request.type) ?? []) await hook(em, request, ctx);
  }

  async currentPolicy(em: EntityManager, type: RequestType): Promise<ApprovalPolicy> {
    const policy = await em.findOne(ApprovalPolicy, { requestType: type }, { orderBy: { version: 'desc' } });
    if (!policy) throw invalidState(`No approval policy is set for ${type} requests`);
    return policy;
  }

  /** Opens a request and its chain inside the caller's transaction `em`. */
  async submit(ctx: Context, em: EntityManager, s: Submission): Promise<ApprovalRequest> {
    const policy = await this.currentPolicy(em, s.type);
    const rule = policy.rules.find((r) => matches(r, s.profile));
    if (!rule) throw invalidState(`The ${s.type} policy (version ${policy.version}) has no rule for this request`);
    const request = em.create(ApprovalRequest, {
      type: s.type,
      requester: ctx.user!,
      unit: s.unitId,
      purpose: s.purpose,
      summary: s.summary.slice(0, 300),
      maxConfidentiality: s.profile.maxConfidentiality,
      hasAv: s.profile.hasAv,
      maxSecretRank: s.profile.maxSecretRank,
      policy,
      dueAt: s.dueAt ?? null,
    });
    await this.addSteps(em, request, rule, 1, ctx.user!.id);
    await em.flush();
    await this.notifications.approvalWaiting(em, request);
    await this.audit.append(em, ctx.actor, {
      action: 'approval.submit',
      subjectType: 'ApprovalRequest',
      subjectId: request.id,
      details: { type: s.type, policyVersion: policy.version, summary: request.summary, steps: rule.steps.length },
    });
    return request;
  }

  private async addSteps(
    em: EntityManager,
    request: ApprovalRequest,
    rule: PolicyRule,
    first: number,
    requesterId: string,
  ) {
    for (const [i, step] of rule.steps.entries()) {
      const unitId = step.sameUnit ? request.unit.id : null;
      const minClearanceRank = step.clearanceOfRecords ? request.maxSecretRank : 0;
      // A chain nobody can finish would wait for ever: say so now.
      if (!(await this.anyDecider(em, step.role, unitId, minClearanceRank, requesterId)))
        throw badInput(
          `Nobody can decide step ${i + 1} (${step.label ?? step.role}) of this request: no active user holds that role${unitId ? ' in the unit' : ''}${minClearanceRank ? ' with the clearance' : ''}`,
        );
      em.create(ApprovalStep, {
        request,
        seq: first + i,
        role: step.role,
        unitId,
        minClearanceRank,
        label: step.label ?? null,
        requesterId,
        waiting: i === 0,
      });
    }
    request.currentStep = first;
  }

  private async anyDecider(em: EntityManager, role: Role, unitId: string | null, rank: number, requesterId: string) {
    const users = await em.find(User, {
      active: true,
      id: { $ne: requesterId },
      roles: { $contains: [role] },
      ...(unitId ? { unit: unitId } : {}),
    });
    return users.some((u) => clearanceRank(u.clearance) >= rank);
  }

  /** A decision on a waiting step, by someone the rules let decide it; decided once only. */
  async decide(ctx: Context, stepId: string, decision: Decision, comment: string | null | undefined) {
    const [decided] = await this.decideAll(ctx, [stepId], decision, comment);
    return decided!;
  }

  /**
   * Decides several waiting steps as one: each is checked first (exists for the caller, theirs to
   * decide), then all are decided in one transaction, so a batch is decided whole or not at all.
   */
  async decideAll(ctx: Context, stepIds: string[], decision: Decision, comment: string | null | undefined) {
    const text = comment?.trim() || null;
    if (decision !== Decision.APPROVE && !text)
      throw badInput('Say why (a comment is required to reject or return)', { field: 'comment' });
    if (new Set(stepIds).size !== stepIds.length) throw badInput('A step is named twice', { field: 'stepIds' });
    const steps: ApprovalStep[] = [];
    for (const stepId of stepIds) {
      const step = isUuid(stepId)
        ? await ctx.em.findOne(ApprovalStep, { id: stepId }, { populate: ['request'] })
        : null;
      if (!step) throw await ctx.authz.missing('ApprovalStep', stepId, 'approval.decide');
      await ctx.authz.ensure('approve', step, 'approval.decide', { known: true });
      steps.push(step);
    }
    await ctx.em.transactional(async (em) => {
      // The requests first, in one order, as every path that moves a request does.
      for (const id of [...new Set(steps.map((s) => s.request.id))].sort()) await this.lockRequest(em, id);
      for (const step of steps) await this.decideIn(ctx, em, step, decision, text);
    });
    return Promise.all(steps.map((s) => ctx.em.findOneOrFail(ApprovalStep, { id: s.id }, { refresh: true })));
  }

  private async decideIn(ctx: Context, em: EntityManager, step: ApprovalStep, decision: Decision, text: string | null) {
    const request = step.request;
    {
      // Decided once: of two concurrent decisions only the first changes the row.
      // em.execute, not em.getConnection().execute: only the former runs in the transaction.
      const claimed = await em.execute(
        `update approval_step set decision = ?, comment = ?, decided_by_id = ?, decided_at = now(), waiting = false
            where id = ? and waiting and decision is null`,
        [decision, text, ctx.user!.id, step.id],
        'run',
      );
      if ((claimed as { affectedRows?: number }).affectedRows !== 1) throw conflict('This step was already decided');
      const next =
        decision === Decision.APPROVE ? await em.findOne(ApprovalStep, { request, seq: step.seq + 1 }) : null;
      if (next) {
        next.waiting = true;
        request.currentStep = next.seq;
      } else {
        request.currentStep = 0;
        request.decidedAt = new Date();
        request.status =
          decision === Decision.APPROVE
            ? RequestStatus.APPROVED
            : decision === Decision.REJECT
              ? RequestStatus.REJECTED
              : RequestStatus.RETURNED;
      }
      await em.flush();
      await this.notifications.settle(em, request);
      if (next) await this.notifications.approvalWaiting(em, request);
      else this.notifications.requestDecided(em, request);
      await this.audit.append(em, ctx.actor, {
        action: 'approval.decide',
        subjectType: 'ApprovalRequest',
        subjectId: request.id,
        details: { stepId: step.id, seq: step.seq, role: step.role, decision, comment: text, status: request.status },
      });
      if (request.status === RequestStatus.APPROVED) await this.hooks.get(request.type)?.(em, request, ctx);
      if (!next) await this.statusChanged(em, request, ctx);
    }
  }

  /** Types whose requests are resubmitted and cancelled only through their own module (which checks more). */
  private readonly managed = new Map<RequestType, string>();

  /** `type`'s requests go round again or are withdrawn only through its module, never by the generic mutations. */
  manage(type: RequestType, mutations: string) {
    this.managed.set(type, mutations);
  }

  private refuseManaged(request: ApprovalRequest, what: string) {
    const mutations = this.managed.get(request.type);
    if (mutations) throw invalidState(`A ${request.type} request is ${what} from its own page (${mutations})`);
  }

  /** The requester sends a returned request round again, under the policy version it started with. */
  async resubmit(ctx: Context, requestId: string, purpose?: string | null): Promise<ApprovalRequest> {
    const request = await this.get(ctx, requestId, 'approval.resubmit');
    await ctx.authz.ensure('resubmit', request, 'approval.resubmit');
    this.refuseManaged(request, 'resubmitted');
    await ctx.em.transactional((em) => this.resubmitIn(ctx, em, request, purpose));
    return request;
  }

  /**
   * Resubmits inside the caller's transaction: for the generic mutation, and for modules that
   * checked their own rights and recomputed the request's profile first.
   */
  async resubmitIn(ctx: Context, em: EntityManager, request: ApprovalRequest, purpose?: string | null) {
    if ((await this.lockRequest(em, request.id)) !== RequestStatus.RETURNED)
      throw invalidState('Only a returned request can be resubmitted');
    await em.populate(request, ['policy', 'requester']);
    const rule = request.policy.rules.find((r) => matches(r, request));
    if (!rule) throw invalidState('The policy this request started with has no rule for it');
    const last = await em.count(ApprovalStep, { request });
    if (purpose?.trim()) request.purpose = purpose.trim();
    request.status = RequestStatus.PENDING;
    request.decidedAt = null;
    await this.addSteps(em, request, rule, last + 1, request.requester.id);
    await em.flush();
    await this.notifications.approvalWaiting(em, request);
    await this.audit.append(em, ctx.actor, {
      action: 'approval.resubmit',
      subjectType: 'ApprovalRequest',
      subjectId: request.id,
      details: { policyVersion: request.policy.version },
    });
    await this.statusChanged(em, request, ctx);
  }

  async cancel(ctx: Context, requestId: string): Promise<ApprovalRequest> {
    const request = await this.get(ctx, requestId, 'approval.cancel');
    await ctx.authz.ensure('cancel', request, 'approval.cancel');
    this.refuseManaged(request, 'withdrawn');
    await ctx.em.transactional((em) => this.cancelIn(ctx, em, request));
    return request;
  }

  /** Withdraws a pending or returned request inside the caller's transaction. */
  async cancelIn(ctx: Context, em: EntityManager, request: ApprovalRequest) {
    // The status as it is now, under the lock: a decision that committed meanwhile is not undone.
    const status = await this.lockRequest(em, request.id);
    if (status !== RequestStatus.PENDING && status !== RequestStatus.RETURNED)
      throw invalidState(`Only a pending or returned request can be cancelled; this one is ${status.toLowerCase()}`);
    await em.nativeUpdate(ApprovalStep, { request, waiting: true }, { waiting: false });
    request.status = RequestStatus.CANCELLED;
    request.currentStep = 0;
    request.decidedAt = new Date();
    await em.flush();
    await this.notifications.settle(em, request);
    await this.audit.append(em, ctx.actor, {
      action: 'approval.cancel',
      subjectType: 'ApprovalRequest',
      subjectId: request.id,
      details: {},
    });
    await this.statusChanged(em, request, ctx);
  }

  /**
   * Locks a request's row for the rest of the transaction and returns its status as committed.
   * Every path that moves a request takes this lock first — a decision before it claims its step,
   * a withdrawal or resubmission before it changes anything, and a module (disclosure, transfer,
   * disposal) before it locks its own row — so concurrent moves queue in one order instead of
   * deadlocking, and none acts on a status read before the other committed.
   */
  async lockRequest(em: EntityManager, requestId: string): Promise<RequestStatus> {
    const [row] = await em.execute<{ status: RequestStatus }[]>(
      'select status from approval_request where id = ? for update',
      [requestId],
    );
    if (!row) throw invalidState('The approval request no longer exists');
    return row.status;
  }

  async get(ctx: Context, id: string, operation = 'approval.read'): Promise<ApprovalRequest> {
    const found = isUuid(id) ? await ctx.em.findOne(ApprovalRequest, { id }, { populate: ['requester'] }) : null;
    if (!found) throw await ctx.authz.missing('ApprovalRequest', id, operation);
    const deciding = await ctx.em.find(ApprovalStep, { request: found });
    // Readable to its requester and overseers, and to whoever may decide, or did decide, one of its steps.
    const { ability } = ctx.authz;
    if (!deciding.some((s) => ability.can('approve', s as never) || ability.can('read', s as never)))
      await ctx.authz.ensure('read', found, operation);
    return found;
  }

  /** Steps waiting for the caller, oldest request first (the 待审批 queue), and how many. */
  async queue(
    ctx: Context,
    page: PageArgs,
    filter?: ApprovalQueueFilter | null,
  ): Promise<{ items: ApprovalStep[]; total: number }> {
    const allowed = ctx.authz.filter<ApprovalStep>('approve', 'ApprovalStep', ApprovalStep);
    const where = {
      $and: [allowed ?? NO_ROWS, { waiting: true }, ...queueConditions(filter)],
    } as FilterQuery<ApprovalStep>;
    const sort = QUEUE_SORTABLE[page.sortField ?? 'createdAt'];
    if (!sort)
      throw badInput(`Cannot sort by "${page.sortField}"; sortable fields: ${Object.keys(QUEUE_SORTABLE).join(', ')}`, {
        field: 'sortField',
      });
    const [items, total] = await ctx.em.findAndCount(ApprovalStep, where, {
      populate: ['request', 'request.requester'],
      orderBy: [
        { request: { [sort]: page.sortOrder === 'DESC' ? 'desc nulls last' : 'asc nulls last' } },
        { id: 'asc' },
      ] as never,
      limit: page.perPage,
      offset: (page.page - 1) * page.perPage,
    });
    return { items, total };
  }

  /** 我的申请: the caller's own requests, of those CASL lets them read, newest first. */
  mine(
    ctx: Context,
    page: PageArgs,
    filter?: MyRequestsFilter | null,
  ): Promise<{ items: ApprovalRequest[]; total: number }> {
    const where: FilterQuery<ApprovalRequest>[] = [{ requester: ctx.user!.id }];
    if (filter?.statuses?.length) where.push({ status: { $in: filter.statuses } });
    if (filter?.types?.length) where.push({ type: { $in: filter.types } });
    return listReadable(ctx.em, ctx.authz, ApprovalRequest, 'ApprovalRequest', where, page, MY_REQUESTS_SORTABLE, [
      { createdAt: 'desc' },
      { id: 'desc' },
    ]);
  }

  async steps(ctx: Context, request: ApprovalRequest): Promise<ApprovalStep[]> {
    return ctx.em.find(ApprovalStep, { request }, { orderBy: { seq: 'asc' }, populate: ['decidedBy'] });
  }
}

/** The queue's sort fields (the request's), oldest request first by default. */
const QUEUE_SORTABLE: Record<string, string> = { createdAt: 'createdAt', dueAt: 'dueAt', type: 'type' };

const MY_REQUESTS_SORTABLE = ['createdAt', 'status', 'type', 'dueAt', 'decidedAt'] as const;

/** The queue filter as conditions on the step's request, ANDed with the permission filter. */
function queueConditions(f?: ApprovalQueueFilter | null): FilterQuery<ApprovalStep>[] {
  if (!f) return [];
  const on: FilterQuery<ApprovalRequest>[] = [];
  if (f.types?.length) on.push({ type: { $in: f.types } });
  if (typeof f.hasAv === 'boolean') on.push({ hasAv: f.hasAv });
  if (f.confidentialities?.length) on.push({ maxConfidentiality: { $in: f.confidentialities } });
  const now = new Date();
  if (f.overdue === true) on.push({ dueAt: { $lt: now } });
  if (f.overdue === false) on.push({ $or: [{ dueAt: null }, { dueAt: { $gte: now } }] });
  return on.map((condition) => ({ request: condition }) as FilterQuery<ApprovalStep>);
}
