import { Arg, Args, Ctx, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Can, SignedIn } from '../authz/guard.js';
import { PageArgs, Paginated } from '../common/pagination.js';
import type { Context } from '../context.js';
import { Unit } from './unit.entity.js';
import { CreateUnitInput, UnitFilter, UpdateUnitInput } from './unit.inputs.js';

@ObjectType()
export class UnitPage extends Paginated(Unit) {}

@Resolver(() => Unit)
export class UnitResolver {
  @SignedIn()
  @Query(() => UnitPage)
  units(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => UnitFilter, { nullable: true }) filter?: UnitFilter,
  ) {
    return ctx.services.units.list(ctx, filter, page);
  }

  @SignedIn()
  @Query(() => Unit)
  unit(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.units.get(ctx, id);
  }

  @Can('create', 'Unit')
  @Mutation(() => Unit)
  createUnit(@Arg('input') input: CreateUnitInput, @Ctx() ctx: Context) {
    return ctx.services.units.create(ctx, input);
  }

  @Can('update', 'Unit')
  @Mutation(() => Unit)
  updateUnit(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateUnitInput, @Ctx() ctx: Context) {
    return ctx.services.units.update(ctx, id, input);
  }
}
