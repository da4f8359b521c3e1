import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Can, SignedIn } from '../authz/guard.js';
import { PageArgs, Paginated } from '../common/pagination.js';
import type { Context } from '../context.js';
import { Unit } from '../units/unit.entity.js';
import { User } from './user.entity.js';
import { CreateUserInput, UpdateUserInput, UserFilter } from './user.inputs.js';

@ObjectType()
export class UserPage extends Paginated(User) {}

@Resolver(() => User)
export class UserResolver {
  @SignedIn()
  @Query(() => UserPage, { description: 'Users the caller may read; the total counts only those' })
  users(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => UserFilter, { nullable: true }) filter?: UserFilter,
  ) {
    return ctx.services.users.list(ctx, filter, page);
  }

  @SignedIn()
  @Query(() => User)
  user(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.users.get(ctx, id);
  }

  @FieldResolver(() => Unit)
  async unit(@Root() user: User, @Ctx() ctx: Context): Promise<Unit> {
    if (!user.unit.name) await ctx.em.populate(user, ['unit']);
    return user.unit;
  }

  @Can('create', 'User')
  @Mutation(() => User)
  createUser(@Arg('input') input: CreateUserInput, @Ctx() ctx: Context) {
    return ctx.services.users.create(ctx, input);
  }

  @Can('update', 'User')
  @Mutation(() => User)
  updateUser(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateUserInput, @Ctx() ctx: Context) {
    return ctx.services.users.update(ctx, id, input);
  }

  @Can('disable', 'User')
  @Mutation(() => User, { description: 'Disables the account and ends its sessions at once' })
  disableUser(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.users.disable(ctx, id);
  }

  @Can('enable', 'User')
  @Mutation(() => User)
  enableUser(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.users.enable(ctx, id);
  }

  @Can('unlock', 'User')
  @Mutation(() => User, { description: 'Lifts the lock left by repeated failed sign-ins' })
  unlockUser(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.users.unlock(ctx, id);
  }

  @Can('resetPassword', 'User')
  @Mutation(() => User, { description: "Sets a new password; the user's sessions end" })
  resetUserPassword(@Arg('id', () => ID) id: string, @Arg('password') password: string, @Ctx() ctx: Context) {
    return ctx.services.users.resetPassword(ctx, id, password);
  }
}
