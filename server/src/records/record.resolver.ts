import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { LongTermReason } from '../archive/archive.enums.js';
import { Can, SignedIn } from '../authz/guard.js';
import { Case } from '../cases/case.entity.js';
import { badInput } from '../common/errors.js';
import { PageArgs, Paginated } from '../common/pagination.js';
import type { Context } from '../context.js';
import { User } from '../users/user.entity.js';
import { RecordHold } from './record-hold.entity.js';
import { RecordVersion } from './record-version.entity.js';
import { EnforcementRecord } from './record.entity.js';
import { isAv } from './record.enums.js';
import { CreateRecordInput, RecordFilter, RecordMetadataInput } from './record.inputs.js';

@ObjectType()
export class RecordPage extends Paginated(EnforcementRecord) {}

@ObjectType({ description: 'The content of a record; reading it is audited' })
export class RecordContent {
  @Field(() => String, { nullable: true })
  body!: string | null;

  @Field(() => ID, { nullable: true })
  fileId!: string | null;
}

@Resolver(() => EnforcementRecord)
export class RecordResolver {
  @SignedIn()
  @Query(() => RecordPage, { description: 'Records the caller may read; the total counts only those' })
  records(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => RecordFilter, { nullable: true }) filter?: RecordFilter,
  ) {
    return ctx.services.records.list(ctx, filter, page);
  }

  @SignedIn()
  @Query(() => EnforcementRecord)
  record(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.records.get(ctx, id);
  }

  @SignedIn()
  @Query(() => [RecordVersion], { description: 'Every version of a record, oldest first, with who and when' })
  recordHistory(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.records.history(ctx, id);
  }

  @SignedIn()
  @Query(() => RecordContent, { description: 'Reads the content; needs `view` and is audited' })
  recordContent(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.records.content(ctx, id);
  }

  @FieldResolver(() => Case)
  async case(@Root() r: EnforcementRecord, @Ctx() ctx: Context): Promise<Case> {
    return r.case.number ? r.case : ctx.loaders.cases.load(r.case.id);
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: 'The officer who recorded it, when the caller may read them',
  })
  async officer(@Root() r: EnforcementRecord, @Ctx() ctx: Context): Promise<User | null> {
    return r.officer ? ((await ctx.loaders.users.load(r.officer.id)) ?? null) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Art. 8: audio/video made without telling the party' })
  notNotified(@Root() r: EnforcementRecord): boolean {
    return isAv(r.kind) && r.partyNotified === false;
  }

  @FieldResolver(() => [RecordHold])
  holds(@Root() r: EnforcementRecord, @Ctx() ctx: Context) {
    return ctx.loaders.holds.load(r.id);
  }

  @Can('create', 'Record')
  @Mutation(() => EnforcementRecord, {
    description: 'A text record written in the system (audio/video arrives by upload)',
  })
  createTextRecord(@Arg('input') input: CreateRecordInput, @Ctx() ctx: Context) {
    if (isAv(input.kind)) throw badInput('Audio/video records are created by uploading their file', { field: 'kind' });
    return ctx.services.records.create(ctx, input);
  }

  @Can('update', 'Record')
  @Mutation(() => EnforcementRecord, { description: 'Corrects metadata: a new version with its reason (Art. 21)' })
  correctRecord(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: RecordMetadataInput,
    @Arg('reason') reason: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.records.correct(ctx, id, input, reason);
  }

  @Can('placeHold', 'Record')
  @Mutation(() => RecordHold)
  placeHold(
    @Arg('recordId', () => ID) recordId: string,
    @Arg('reason') reason: string,
    @Ctx() ctx: Context,
    @Arg('longTermReason', () => LongTermReason, {
      nullable: true,
      description: 'Art. 15: makes the hold a long-term preservation mark; `reason` then states its ground',
    })
    longTermReason?: LongTermReason | null,
  ) {
    return ctx.services.records.placeHold(ctx, recordId, reason, longTermReason ?? null);
  }

  @Can('releaseHold', 'Record')
  @Mutation(() => RecordHold)
  releaseHold(@Arg('holdId', () => ID) holdId: string, @Arg('reason') reason: string, @Ctx() ctx: Context) {
    return ctx.services.records.releaseHold(ctx, holdId, reason);
  }
}

@Resolver(() => RecordVersion)
export class RecordVersionResolver {
  @FieldResolver(() => String, { description: 'Who made this version' })
  createdByName(@Root() v: RecordVersion): string {
    return v.createdBy.displayName;
  }
}
