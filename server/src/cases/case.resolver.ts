import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Can, SignedIn } from '../authz/guard.js';
import { PageArgs, Paginated } from '../common/pagination.js';
import type { Context } from '../context.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';
import { Case } from './case.entity.js';
import { CaseFilter, OpenCaseInput } from './case.inputs.js';

@ObjectType()
export class CasePage extends Paginated(Case) {}

@Resolver(() => Case)
export class CaseResolver {
  @SignedIn()
  @Query(() => CasePage, { description: 'Cases the caller may read; the total counts only those' })
  cases(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => CaseFilter, { nullable: true }) filter?: CaseFilter,
  ) {
    return ctx.services.cases.list(ctx, filter, page);
  }

  @SignedIn()
  @Query(() => Case)
  case(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.cases.get(ctx, id);
  }

  @FieldResolver(() => Unit)
  async unit(@Root() c: Case, @Ctx() ctx: Context): Promise<Unit> {
    if (!c.unit.name) await ctx.em.populate(c, ['unit']);
    return c.unit;
  }

  @FieldResolver(() => [User], { description: 'The handling officers the caller may read' })
  async handlingOfficers(@Root() c: Case, @Ctx() ctx: Context): Promise<User[]> {
    const users = await ctx.services.users.byIds(ctx, c.handlingOfficerIds);
    return c.handlingOfficerIds.map((id) => users.get(id)).filter((u): u is User => u !== undefined);
  }

  @Can('create', 'Case')
  @Mutation(() => Case, { description: 'Opens a case (立案) with its number, party and handling officers' })
  openCase(@Arg('input') input: OpenCaseInput, @Ctx() ctx: Context) {
    return ctx.services.cases.open(ctx, input);
  }

  @Can('conclude', 'Case')
  @Mutation(() => Case, { description: '终结: sets the transfer deadline (30 days, licensing 15)' })
  concludeCase(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
    @Arg('concludedOn', () => String, { nullable: true }) concludedOn?: string,
  ) {
    return ctx.services.cases.conclude(ctx, id, concludedOn);
  }
}
