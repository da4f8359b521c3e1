import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Can } from '../authz/guard.js';
import { Case } from '../cases/case.entity.js';
import type { Context } from '../context.js';
import { User } from '../users/user.entity.js';
import { LongTermReason } from './archive.enums.js';
import { CaseHold } from './case-hold.entity.js';

@Resolver(() => Case)
export class CaseHoldsResolver {
  @FieldResolver(() => [CaseHold], {
    description: 'Holds and long-term marks on the whole case file, oldest first (for those who may read them)',
  })
  holds(@Root() c: Case, @Ctx() ctx: Context): Promise<CaseHold[]> {
    return ctx.services.holds.caseHolds(ctx, c);
  }

  @Can('placeHold', 'Case')
  @Mutation(() => CaseHold, {
    description:
      'A hold on a whole case file: nothing of it can be disposed of while one stands; holds stack. With longTermReason it is a long-term preservation mark (Art. 15)',
  })
  placeCaseHold(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('reason') reason: string,
    @Ctx() ctx: Context,
    @Arg('longTermReason', () => LongTermReason, { nullable: true }) longTermReason?: LongTermReason | null,
  ) {
    return ctx.services.holds.placeCaseHold(ctx, caseId, reason, longTermReason ?? null);
  }

  @Can('releaseHold', 'Case')
  @Mutation(() => CaseHold, {
    description: 'Releases one hold of a case file (others stand) and re-evaluates retention; never disposes',
  })
  releaseCaseHold(@Arg('holdId', () => ID) holdId: string, @Arg('reason') reason: string, @Ctx() ctx: Context) {
    return ctx.services.holds.releaseCaseHold(ctx, holdId, reason);
  }
}

@Resolver(() => CaseHold)
export class CaseHoldResolver {
  @FieldResolver(() => String, { description: 'Who placed it' })
  async placedByName(@Root() h: CaseHold, @Ctx() ctx: Context): Promise<string> {
    return (await ctx.em.findOne(User, { id: h.placedBy.id }))?.displayName ?? '';
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who released it' })
  async releasedByName(@Root() h: CaseHold, @Ctx() ctx: Context): Promise<string | null> {
    return h.releasedBy ? ((await ctx.em.findOne(User, { id: h.releasedBy.id }))?.displayName ?? null) : null;
  }
}
