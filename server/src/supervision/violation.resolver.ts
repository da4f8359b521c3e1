import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Can, SignedIn } from '../authz/guard.js';
import { PageArgs, Paginated } from '../common/pagination.js';
import type { Context } from '../context.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';
import { evidenceKey } from './evidence.loader.js';
import { EvidenceLink, Violation } from './violation.entity.js';
import { ViolationFilter, ViolationInput } from './violation.inputs.js';

@ObjectType()
export class ViolationPage extends Paginated(Violation) {}

@Resolver(() => Violation)
export class ViolationResolver {
  @SignedIn()
  @Query(() => ViolationPage, { description: 'The Art. 21 register: each entry as it stands now' })
  violations(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => ViolationFilter, { nullable: true }) filter?: ViolationFilter,
  ) {
    return ctx.services.violations.list(ctx, filter, page);
  }

  @SignedIn()
  @Query(() => ViolationPage, {
    description: 'The entries about the caller, as they stand now, once an outcome is recorded on them',
  })
  myViolations(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.violations.mine(ctx, page);
  }

  @SignedIn()
  @Query(() => Violation, { description: 'An entry as it stands now (its latest version)' })
  violation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.violations.get(ctx, id);
  }

  @SignedIn()
  @Query(() => [Violation], {
    description:
      'The versions of an entry, oldest first: all for the register’s keepers, those about them for the person',
  })
  violationHistory(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.violations.history(ctx, id);
  }

  @Can('create', 'Violation')
  @Mutation(() => Violation, { description: 'Registers a violation of Art. 21 (audited)' })
  registerViolation(@Arg('input', () => ViolationInput) input: ViolationInput, @Ctx() ctx: Context) {
    return ctx.services.violations.register(ctx, input);
  }

  @Can('update', 'Violation')
  @Mutation(() => Violation, { description: 'Corrects an entry: a new version with its reason (audited)' })
  correctViolation(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ViolationInput) input: ViolationInput,
    @Arg('reason') reason: string,
    @Ctx() ctx: Context,
    @Arg('version', () => Int, { nullable: true, description: 'The version corrected, to refuse a stale edit' })
    version?: number,
  ) {
    return ctx.services.violations.correct(ctx, id, input, reason, version);
  }

  @FieldResolver(() => ID, { description: 'The entry’s id (the same for all its versions)' })
  id(@Root() v: Violation): string {
    return v.entry.id;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The responsible person' })
  person(@Root() v: Violation, @Ctx() ctx: Context) {
    return ctx.loaders.users.load(v.person.id);
  }

  @FieldResolver(() => ID)
  personId(@Root() v: Violation): string {
    return v.person.id;
  }

  @FieldResolver(() => Unit)
  unit(@Root() v: Violation, @Ctx() ctx: Context) {
    return v.unit.name ? v.unit : ctx.em.findOneOrFail(Unit, { id: v.unit.id });
  }

  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() v: Violation, @Ctx() ctx: Context) {
    return ctx.loaders.users.load(v.createdBy.id);
  }
}

/**
 * What an evidence link names, as far as the caller may read it: a record or case they may not
 * read stays a bare reference, with no title and no hint whether it exists.
 */
@Resolver(() => EvidenceLink)
export class EvidenceLinkResolver {
  @FieldResolver(() => Boolean, { description: 'May the caller read what the link names (and so follow it)?' })
  async readable(@Root() link: EvidenceLink, @Ctx() ctx: Context): Promise<boolean> {
    return (await ctx.loaders.evidence.load(evidenceKey(link))).readable;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The record's title or the case's number and cause; null where the caller may not read it",
  })
  async title(@Root() link: EvidenceLink, @Ctx() ctx: Context): Promise<string | null> {
    return (await ctx.loaders.evidence.load(evidenceKey(link))).title;
  }
}
