import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, Paginated } from '../common/pagination.js';
import { User } from '../users/user.entity.js';
import { Can, SignedIn } from '../authz/guard.js';
import type { Context } from '../context.js';
import { AccessGrant } from './access-grant.entity.js';
import { GrantFilter, RequestViewingInput } from './access-request.inputs.js';
import { ViewingRequest } from './viewing-request.entity.js';

@ObjectType()
export class GrantPage extends Paginated(AccessGrant) {}

@Resolver(() => ViewingRequest)
export class AccessRequestResolver {
  @Can('read', 'AccessGrant')
  @Query(() => GrantPage, {
    description: 'Grants the caller may see (their own; every grant for leaders, legal and supervisors)',
  })
  grants(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => GrantFilter, { nullable: true }) filter?: GrantFilter,
  ) {
    return ctx.services.accessRequests.list(ctx, filter, page);
  }

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

  @FieldResolver(() => ID, { description: 'Whose grant it is' })
  userId(@Root() g: AccessGrant): string {
    return g.user.id;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Whose grant it is (as the staff directory shows them)' })
  async user(@Root() g: AccessGrant, @Ctx() ctx: Context): Promise<User | null> {
    return (await ctx.loaders.users.load(g.user.id)) ?? null;
  }
}
