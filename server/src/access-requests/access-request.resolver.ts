import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Can, SignedIn } from '../authz/guard.js';
import type { Context } from '../context.js';
import { AccessGrant } from './access-grant.entity.js';
import { RequestViewingInput } from './access-request.inputs.js';
import { ViewingRequest } from './viewing-request.entity.js';

@Resolver(() => ViewingRequest)
export class AccessRequestResolver {
  @Can('create', 'ViewingRequest')
  @Mutation(() => ViewingRequest, {
    description: '查阅申请 (Art. 18): view or download records of one case for a period',
  })
  requestViewing(@Arg('input') input: RequestViewingInput, @Ctx() ctx: Context) {
    return ctx.services.accessRequests.request(ctx, input);
  }

  @SignedIn()
  @Query(() => [AccessGrant], { description: "The caller's grants in force, soonest to expire first" })
  myGrants(@Ctx() ctx: Context) {
    return ctx.services.accessRequests.myGrants(ctx);
  }

  @SignedIn()
  @Mutation(() => AccessGrant, { description: 'Ends a grant now (its holder, or a leader)' })
  revokeGrant(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() ctx: Context) {
    return ctx.services.accessRequests.revoke(ctx, id, reason);
  }
}

@Resolver(() => AccessGrant)
export class AccessGrantResolver {
  @FieldResolver(() => ID, { description: 'The record it opens' })
  recordId(@Root() g: AccessGrant): string {
    return g.record.id;
  }
}
