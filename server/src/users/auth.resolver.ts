import { packRules } from '@casl/ability/extra';
import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { defineAbilityFor } from '../authz/ability.js';
import { SignedIn } from '../authz/guard.js';
import { actAs, principalOf, type Context } from '../context.js';
import { User } from './user.entity.js';
import { ChangePasswordInput, LoginInput } from './user.inputs.js';

@ObjectType({ description: 'The signed-in user and the CASL rules the console applies' })
export class Me {
  @Field(() => User)
  user!: User;

  @Field(() => GraphQLJSON, { description: 'Packed CASL rules (@casl/ability/extra packRules)' })
  rules!: unknown;

  @Field(() => Date)
  sessionExpiresAt!: Date;
}

@ObjectType()
export class LoginResult extends Me {
  @Field(() => String, {
    nullable: true,
    description: 'Bearer token for API clients; null when the console asked for a cookie',
  })
  token?: string | null;
}

const rulesOf = (user: User) => packRules(defineAbilityFor(principalOf(user)).rules as never);

@Resolver()
export class AuthResolver {
  @Query(() => Me, { nullable: true, description: 'The caller, or null when not signed in' })
  me(@Ctx() ctx: Context): Me | null {
    if (!ctx.user || !ctx.session) return null;
    // The console's rules include the caller's active grants, as the server's do.
    const rules = packRules(ctx.authz.ability.rules as never);
    return { user: ctx.user, rules, sessionExpiresAt: ctx.session.expiresAt };
  }

  @Mutation(() => LoginResult)
  async login(@Arg('input') input: LoginInput, @Ctx() ctx: Context): Promise<LoginResult> {
    const { config, auth } = ctx.services;
    const { token, session, user } = await auth.login(ctx.em, input.username, input.password, {
      clientAddress: ctx.actor.clientAddress,
      userAgent: ctx.req?.headers['user-agent'] ?? null,
    });
    actAs(ctx, user, session);
    if (input.cookie) {
      ctx.res?.cookie(config.cookieName, token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: config.cookieSecure,
        expires: session.expiresAt,
        path: '/',
      });
    }
    return { user, rules: rulesOf(user), sessionExpiresAt: session.expiresAt, token: input.cookie ? null : token };
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Ends the current session' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.auth.logout(ctx.em, ctx.session!.id, ctx.actor);
    ctx.res?.clearCookie(ctx.services.config.cookieName, { path: '/' });
    return true;
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: "Changes the caller's own password; their other sessions end" })
  async changePassword(@Arg('input') input: ChangePasswordInput, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.authz.ensure('changePassword', ctx.user!, 'user.changePassword');
    await ctx.services.auth.changePassword(
      ctx.em,
      ctx.user!.id,
      ctx.session!.id,
      input.currentPassword,
      input.newPassword,
      ctx.actor,
    );
    return true;
  }
}
