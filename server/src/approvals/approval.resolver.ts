import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Can, SignedIn } from '../authz/guard.js';
import { badInput } from '../common/errors.js';
import { PageArgs, Paginated } from '../common/pagination.js';
import type { Context } from '../context.js';
import { ViewingRequest } from '../access-requests/viewing-request.entity.js';
import { User } from '../users/user.entity.js';
import { ApprovalPolicy } from './approval-policy.entity.js';
import { ApprovalRequest } from './approval-request.entity.js';
import { ApprovalStep } from './approval-step.entity.js';
import { Decision, RequestType } from './approval.enums.js';
import { ApprovalQueueFilter, MyRequestsFilter } from './approval.inputs.js';
import { PolicyRule } from './policy-rules.js';
import { validatePolicyRules } from './policy.service.js';

/** Steps one batch decision may take (the console's select-all takes at most this many). */
export const MAX_BATCH_DECISIONS = 100;

@ObjectType()
export class ApprovalQueuePage extends Paginated(ApprovalStep) {}

@ObjectType()
export class MyRequestsPage extends Paginated(ApprovalRequest) {}

@Resolver(() => ApprovalStep)
export class ApprovalStepResolver {
  @SignedIn()
  @Query(() => ApprovalQueuePage, { description: '待审批: steps waiting for the caller, oldest request first' })
  approvalQueue(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => ApprovalQueueFilter, { nullable: true }) filter?: ApprovalQueueFilter | null,
  ) {
    return ctx.services.approvals.queue(ctx, page, filter);
  }

  @SignedIn()
  @Mutation(() => ApprovalStep, { description: 'Decides a waiting step; REJECT and RETURN need a comment' })
  decideApproval(
    @Arg('stepId', () => ID) stepId: string,
    @Arg('decision', () => Decision) decision: Decision,
    @Ctx() ctx: Context,
    @Arg('comment', () => String, { nullable: true }) comment?: string | null,
  ) {
    return ctx.services.approvals.decide(ctx, stepId, decision, comment);
  }

  @SignedIn()
  @Mutation(() => [ApprovalStep], {
    description:
      'Decides several waiting steps at once (batch approval): all are checked, then decided together or none',
  })
  async decideApprovals(
    @Arg('stepIds', () => [ID]) stepIds: string[],
    @Arg('decision', () => Decision) decision: Decision,
    @Ctx() ctx: Context,
    @Arg('comment', () => String, { nullable: true }) comment?: string | null,
  ) {
    if (stepIds.length === 0 || stepIds.length > MAX_BATCH_DECISIONS)
      throw badInput(`Decide between 1 and ${MAX_BATCH_DECISIONS} steps at once`, {
        field: 'stepIds',
        reason: 'TOO_MANY',
        max: MAX_BATCH_DECISIONS,
      });
    return ctx.services.approvals.decideAll(ctx, stepIds, decision, comment);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who decided it' })
  async decidedByName(@Root() s: ApprovalStep, @Ctx() ctx: Context): Promise<string | null> {
    if (!s.decidedBy) return null;
    const u = await ctx.em.findOne(User, { id: s.decidedBy.id });
    return u ? `${u.displayName}（${u.username}）` : null;
  }
}

@Resolver(() => ApprovalRequest)
export class ApprovalRequestResolver {
  @SignedIn()
  @Query(() => ApprovalRequest)
  approvalRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.approvals.get(ctx, id);
  }

  @SignedIn()
  @Query(() => MyRequestsPage, { description: "我的申请: the caller's own requests, a page at a time, newest first" })
  myRequests(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => MyRequestsFilter, { nullable: true }) filter?: MyRequestsFilter | null,
  ) {
    return ctx.services.approvals.mine(ctx, page, filter);
  }

  @SignedIn()
  @Mutation(() => ApprovalRequest, { description: 'Sends a returned request round again' })
  resubmitRequest(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
    @Arg('purpose', () => String, { nullable: true }) purpose?: string | null,
  ) {
    return ctx.services.approvals.resubmit(ctx, id, purpose);
  }

  @SignedIn()
  @Mutation(() => ApprovalRequest)
  cancelRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.approvals.cancel(ctx, id);
  }

  @FieldResolver(() => User, { nullable: true })
  async requester(@Root() r: ApprovalRequest, @Ctx() ctx: Context): Promise<User | null> {
    return (await ctx.em.findOne(User, { id: r.requester.id })) ?? null;
  }

  @FieldResolver(() => [ApprovalStep], { description: 'The chain, in order, with decisions so far' })
  steps(@Root() r: ApprovalRequest, @Ctx() ctx: Context) {
    return ctx.services.approvals.steps(ctx, r);
  }

  @FieldResolver(() => ViewingRequest, { nullable: true, description: 'What a VIEWING request asks for' })
  viewing(@Root() r: ApprovalRequest, @Ctx() ctx: Context) {
    return r.type === RequestType.VIEWING ? ctx.services.accessRequests.viewing(ctx, r.id) : null;
  }
}

@Resolver(() => ApprovalPolicy)
export class ApprovalPolicyResolver {
  @Can('read', 'ApprovalPolicy')
  @Query(() => ApprovalPolicy, { description: 'The policy version now in force for a request type' })
  approvalPolicy(@Arg('type', () => RequestType) type: RequestType, @Ctx() ctx: Context) {
    return ctx.services.approvals.currentPolicy(ctx.em, type);
  }

  @Can('update', 'ApprovalPolicy')
  @Mutation(() => ApprovalPolicy, {
    description:
      'Adds the next version of a policy (requests in flight keep theirs); the last rule must match everything',
  })
  updateApprovalPolicy(
    @Arg('type', () => RequestType) type: RequestType,
    @Arg('rules', () => [PolicyRule]) rules: PolicyRule[],
    @Ctx() ctx: Context,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ) {
    validatePolicyRules(rules);
    return ctx.services.policies.update(ctx, type, rules, note);
  }
}
