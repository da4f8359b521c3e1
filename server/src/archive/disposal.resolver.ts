import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ApprovalRequest } from '../approvals/approval-request.entity.js';
import { RequestType } from '../approvals/approval.enums.js';
import { Can, SignedIn } from '../authz/guard.js';
import { PageArgs, Paginated } from '../common/pagination.js';
import type { Context } from '../context.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { EnforcementRecord } from '../records/record.entity.js';
import { User } from '../users/user.entity.js';
import { DisposalStatus } from './archive.enums.js';
import { DisposalItem, DisposalList } from './disposal.entity.js';
import { CreateDisposalListInput, EditDisposalListInput } from './disposal.inputs.js';

@ObjectType()
export class DisposalListPage extends Paginated(DisposalList) {}

@ObjectType()
export class DisposalCandidatePage extends Paginated(EnforcementRecord) {}

@Resolver(() => DisposalList)
export class DisposalListResolver {
  @Can('create', 'DisposalList')
  @Query(() => DisposalCandidatePage, {
    description:
      'Records whose retention has ended (before today), not disposed, case archived, with no hold or long-term mark on them or their case, on no other open list',
  })
  disposalCandidates(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.disposals.candidates(ctx, page);
  }

  @Can('read', 'DisposalList')
  @Query(() => DisposalListPage, { description: 'Disposal lists the caller may see' })
  disposalLists(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg('statuses', () => [DisposalStatus], { nullable: true }) statuses?: DisposalStatus[],
  ) {
    return ctx.services.disposals.list(ctx, statuses, page);
  }

  @SignedIn()
  @Query(() => DisposalList)
  disposalList(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.disposals.get(ctx, id);
  }

  @Can('create', 'DisposalList')
  @Mutation(() => DisposalList, { description: 'Proposes a disposal list; every record is checked under lock' })
  createDisposalList(@Arg('input') input: CreateDisposalListInput, @Ctx() ctx: Context) {
    return ctx.services.disposals.create(ctx, input.note, input.recordIds);
  }

  @Can('update', 'DisposalList')
  @Mutation(() => DisposalList, { description: 'Changes a draft or returned list (ground, records)' })
  editDisposalList(@Arg('input') input: EditDisposalListInput, @Ctx() ctx: Context) {
    return ctx.services.disposals.edit(ctx, input.id, input.note, input.recordIds);
  }

  @Can('update', 'DisposalList')
  @Mutation(() => DisposalList, {
    description: "Sends the list for approval (the archive room's head, then a leader), or again after a return",
  })
  submitDisposalList(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.disposals.submit(ctx, id);
  }

  @Can('cancel', 'DisposalList')
  @Mutation(() => DisposalList, { description: 'Withdraws a list not yet executed' })
  cancelDisposalList(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() ctx: Context) {
    return ctx.services.disposals.cancel(ctx, id, reason);
  }

  @Can('dispose', 'DisposalList')
  @Mutation(() => DisposalList, {
    description:
      'Executes an approved list: removes the file bytes (not those another kept record carries), keeps the stubs, issues the destruction certificate. Run again, it finishes an interrupted execution',
  })
  executeDisposalList(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.disposals.execute(ctx, id);
  }

  @FieldResolver(() => [DisposalItem])
  items(@Root() l: DisposalList, @Ctx() ctx: Context) {
    return ctx.services.disposals.items(ctx.em, l);
  }

  @FieldResolver(() => Int)
  async itemCount(@Root() l: DisposalList, @Ctx() ctx: Context): Promise<number> {
    return ctx.em.count(DisposalItem, { list: l.id });
  }

  @FieldResolver(() => String)
  async createdByName(@Root() l: DisposalList, @Ctx() ctx: Context): Promise<string> {
    return (await ctx.em.findOne(User, { id: l.createdBy.id }))?.displayName ?? '';
  }

  @FieldResolver(() => String, { nullable: true })
  async executedByName(@Root() l: DisposalList, @Ctx() ctx: Context): Promise<string | null> {
    return l.executedBy ? ((await ctx.em.findOne(User, { id: l.executedBy.id }))?.displayName ?? null) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Its approval request' })
  approvalId(@Root() l: DisposalList): string | null {
    return l.approval?.id ?? null;
  }

  @FieldResolver(() => StoredFile, { nullable: true, description: 'The destruction certificate (hashes, size)' })
  async certificate(@Root() l: DisposalList, @Ctx() ctx: Context): Promise<StoredFile | null> {
    return l.certificate ? ((await ctx.loaders.files.load(l.certificate.id)) ?? null) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'GET address of the destruction certificate (PDF), when the caller may download it',
  })
  certificateUrl(@Root() l: DisposalList, @Ctx() ctx: Context): string | null {
    return l.certificate && ctx.authz.ability.can('download', l as never) ? `/disposals/${l.id}/certificate` : null;
  }
}

@Resolver(() => DisposalItem)
export class DisposalItemResolver {
  @FieldResolver(() => ID)
  recordId(@Root() i: DisposalItem): string {
    return i.record.id;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When the record was disposed of (null: not yet)' })
  async disposedAt(@Root() i: DisposalItem, @Ctx() ctx: Context): Promise<Date | null> {
    const [row] = await ctx.em.execute<{ disposed_at: Date | null }[]>('select disposed_at from record where id = ?', [
      i.record.id,
    ]);
    return row?.disposed_at ? new Date(row.disposed_at) : null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'After execution: false when the bytes were kept because another kept record carries the same content',
  })
  async bytesRemoved(@Root() i: DisposalItem, @Ctx() ctx: Context): Promise<boolean | null> {
    if (!i.file) return null;
    const [row] = await ctx.em.execute<{ disposed_at: Date | null; record_disposed: Date | null }[]>(
      'select f.disposed_at, r.disposed_at as record_disposed from stored_file f, record r where f.id = ? and r.id = ?',
      [i.file.id, i.record.id],
    );
    if (!row?.record_disposed) return null;
    return row.disposed_at !== null;
  }
}

@Resolver(() => ApprovalRequest)
export class ApprovalDisposalResolver {
  @FieldResolver(() => ID, {
    nullable: true,
    description: 'The disposal list this approval decides, when the caller may read it',
  })
  async disposalListId(@Root() r: ApprovalRequest, @Ctx() ctx: Context): Promise<string | null> {
    if (r.type !== RequestType.DISPOSAL) return null;
    const list = await ctx.em.findOne(DisposalList, { approval: r.id });
    return list && ctx.authz.ability.can('read', list as never) ? list.id : null;
  }
}
