import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { ApprovalRequest } from '../approvals/approval-request.entity.js';
import { RequestType } from '../approvals/approval.enums.js';
import { Can } from '../authz/guard.js';
import { Case } from '../cases/case.entity.js';
import { PageArgs, Paginated } from '../common/pagination.js';
import type { Context } from '../context.js';
import { ExportPackage, PackageStatus } from '../exports/export-package.entity.js';
import { FixityStatus, StoredFile } from '../files/stored-file.entity.js';
import { EnforcementRecord } from '../records/record.entity.js';
import { User } from '../users/user.entity.js';
import { Attachment } from './attachment.entity.js';
import { DisclosureItem } from './disclosure-item.entity.js';
import { Disclosure } from './disclosure.entity.js';
import { ItemDecision, OPEN_STATUSES } from './disclosure.enums.js';
import {
  DecideItemsInput,
  DisclosureFilter,
  RecordDeliveryInput,
  RegisterCopyApplicationInput,
  RegisterExternalRequestInput,
} from './disclosure.inputs.js';

@ObjectType()
export class DisclosurePage extends Paginated(Disclosure) {}

/** A related row the caller may read, else null (never an error that reveals it). */
async function readable<T extends object>(ctx: Context, row: T | null | undefined): Promise<T | null> {
  return row && ctx.authz.ability.can('read', row as never) ? row : null;
}

@Resolver(() => Disclosure)
export class DisclosureResolver {
  @Can('read', 'Disclosure')
  @Query(() => DisclosurePage, {
    description: "Requests and copy applications the caller may see: the archive's and legal staff's queues",
  })
  disclosures(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => DisclosureFilter, { nullable: true }) filter?: DisclosureFilter,
  ) {
    return ctx.services.disclosures.list(ctx, filter, page);
  }

  @Can('read', 'Disclosure')
  @Query(() => Disclosure)
  disclosure(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.disclosures.get(ctx, id);
  }

  @Can('create', 'Disclosure')
  @Mutation(() => Disclosure, { description: '调取 (Art. 16–17): registers a letter from a court or other body' })
  registerExternalRequest(@Arg('input') input: RegisterExternalRequestInput, @Ctx() ctx: Context) {
    return ctx.services.disclosures.registerExternal(ctx, input);
  }

  @Can('create', 'Disclosure')
  @Mutation(() => Disclosure, { description: "当事人复制申请 (Art. 19–20): registers a party's application" })
  registerCopyApplication(@Arg('input') input: RegisterCopyApplicationInput, @Ctx() ctx: Context) {
    return ctx.services.disclosures.registerCopy(ctx, input);
  }

  @Can('update', 'Disclosure')
  @Mutation(() => Disclosure, { description: 'Include, exclude (with the ground) or include redacted, per record' })
  decideDisclosureItems(@Arg('input') input: DecideItemsInput, @Ctx() ctx: Context) {
    return ctx.services.disclosures.decideItems(ctx, input);
  }

  @Can('update', 'Disclosure')
  @Mutation(() => Disclosure, {
    description: 'Sends the decided request through its approval chain (again after a return)',
  })
  submitDisclosure(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.disclosures.submit(ctx, id);
  }

  @Can('cancel', 'Disclosure')
  @Mutation(() => Disclosure, { description: 'Withdraws a request not yet approved' })
  cancelDisclosure(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() ctx: Context) {
    return ctx.services.disclosures.cancel(ctx, id, reason);
  }

  @Can('export', 'Disclosure')
  @Mutation(() => ExportPackage, { description: 'Builds the export package of an approved request in the background' })
  buildExportPackage(@Arg('disclosureId', () => ID) disclosureId: string, @Ctx() ctx: Context) {
    return ctx.services.exports.request(ctx, disclosureId);
  }

  @Can('update', 'Disclosure')
  @Mutation(() => Disclosure, { description: 'Records how, to whom and when the package was handed over' })
  recordDelivery(@Arg('input') input: RecordDeliveryInput, @Ctx() ctx: Context) {
    return ctx.services.disclosures.recordDelivery(ctx, input);
  }

  @Can('update', 'Disclosure')
  @Mutation(() => Disclosure)
  closeDisclosure(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ) {
    return ctx.services.disclosures.close(ctx, id, note);
  }

  @Can('read', 'ExportPackage')
  @Query(() => ExportPackage)
  exportPackage(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.exports.get(ctx, id);
  }

  @FieldResolver(() => Boolean, { description: 'Open and past its due date' })
  overdue(@Root() d: Disclosure): boolean {
    return !!d.dueAt && d.dueAt < new Date() && OPEN_STATUSES.includes(d.status);
  }

  @FieldResolver(() => [DisclosureItem])
  items(@Root() d: Disclosure, @Ctx() ctx: Context) {
    return ctx.services.disclosures.items(ctx, d);
  }

  @FieldResolver(() => Int, { description: 'Records included (whole or redacted)' })
  includedCount(@Root() d: Disclosure, @Ctx() ctx: Context): Promise<number> {
    return ctx.em.count(DisclosureItem, {
      disclosure: d.id,
      decision: { $in: [ItemDecision.INCLUDE, ItemDecision.INCLUDE_REDACTED] },
    });
  }

  @FieldResolver(() => User, { nullable: true })
  async registeredBy(@Root() d: Disclosure, @Ctx() ctx: Context): Promise<User | null> {
    return (await ctx.loaders.users.load(d.registeredBy.id)) ?? null;
  }

  @FieldResolver(() => User, { nullable: true })
  async deliveredBy(@Root() d: Disclosure, @Ctx() ctx: Context): Promise<User | null> {
    return d.deliveredBy ? ((await ctx.loaders.users.load(d.deliveredBy.id)) ?? null) : null;
  }

  @FieldResolver(() => Case, { nullable: true, description: 'The case the applicant is a party to' })
  async partyCase(@Root() d: Disclosure, @Ctx() ctx: Context): Promise<Case | null> {
    return d.partyCase ? readable(ctx, await ctx.loaders.cases.load(d.partyCase.id)) : null;
  }

  @FieldResolver(() => ApprovalRequest, { nullable: true, description: 'Its approval, when the caller may see it' })
  async approval(@Root() d: Disclosure, @Ctx() ctx: Context): Promise<ApprovalRequest | null> {
    if (!d.approval) return null;
    return ctx.services.approvals.get(ctx, d.approval.id).catch(() => null);
  }

  @FieldResolver(() => ID, { nullable: true })
  approvalId(@Root() d: Disclosure): string | null {
    return d.approval?.id ?? null;
  }

  @FieldResolver(() => [ExportPackage], { description: 'Packages built for it, newest first' })
  packages(@Root() d: Disclosure, @Ctx() ctx: Context): Promise<ExportPackage[]> {
    return ctx.services.exports.packages(ctx, d);
  }

  @FieldResolver(() => Attachment, { nullable: true })
  async letter(@Root() d: Disclosure, @Ctx() ctx: Context) {
    return readable(ctx, d.letter ? await ctx.em.findOne(Attachment, { id: d.letter.id }) : null);
  }

  @FieldResolver(() => Attachment, { nullable: true })
  async applicationForm(@Root() d: Disclosure, @Ctx() ctx: Context) {
    return readable(ctx, d.applicationForm ? await ctx.em.findOne(Attachment, { id: d.applicationForm.id }) : null);
  }

  @FieldResolver(() => Attachment, { nullable: true })
  async identityDocument(@Root() d: Disclosure, @Ctx() ctx: Context) {
    return readable(ctx, d.identityDocument ? await ctx.em.findOne(Attachment, { id: d.identityDocument.id }) : null);
  }

  @FieldResolver(() => Attachment, { nullable: true })
  async authorisation(@Root() d: Disclosure, @Ctx() ctx: Context) {
    return readable(ctx, d.authorisation ? await ctx.em.findOne(Attachment, { id: d.authorisation.id }) : null);
  }

  @FieldResolver(() => Attachment, { nullable: true })
  async receipt(@Root() d: Disclosure, @Ctx() ctx: Context) {
    return readable(ctx, d.receipt ? await ctx.em.findOne(Attachment, { id: d.receipt.id }) : null);
  }
}

@Resolver(() => DisclosureItem)
export class DisclosureItemResolver {
  @FieldResolver(() => ID)
  recordId(@Root() i: DisclosureItem): string {
    return i.record.id;
  }

  @FieldResolver(() => EnforcementRecord, { nullable: true, description: 'The record, when the caller may read it' })
  record(@Root() i: DisclosureItem, @Ctx() ctx: Context) {
    return readable(ctx, i.record);
  }

  @FieldResolver(() => Attachment, { nullable: true })
  redacted(@Root() i: DisclosureItem, @Ctx() ctx: Context) {
    return readable(ctx, i.redacted ?? null);
  }
}

@Resolver(() => ExportPackage)
export class ExportPackageResolver {
  @FieldResolver(() => Float, { description: 'Share of the payload packaged so far, 0 to 1' })
  progress(@Root() p: ExportPackage): number {
    if (p.status === PackageStatus.READY) return 1;
    return p.bytesTotal > 0 ? Math.min(1, p.bytesDone / p.bytesTotal) : 0;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Where to fetch the zip (ready packages, for those who may)',
  })
  downloadUrl(@Root() p: ExportPackage, @Ctx() ctx: Context): string | null {
    return p.status === PackageStatus.READY && ctx.authz.ability.can('download', p as never)
      ? `/packages/${p.id}`
      : null;
  }

  @FieldResolver(() => FixityStatus, {
    nullable: true,
    description:
      "The kept zip's last integrity check in the fixity cycle (none until it is hashed in full after it is made)",
  })
  async fixityStatus(@Root() p: ExportPackage, @Ctx() ctx: Context): Promise<FixityStatus | null> {
    if (!p.sha256) return null;
    return (
      (await ctx.em.findOne(StoredFile, { sha256: p.sha256, disposedAt: null }, { fields: ['fixityStatus'] }))
        ?.fixityStatus ?? null
    );
  }
}

@Resolver(() => Attachment)
export class AttachmentResolver {
  @FieldResolver(() => String, { description: 'Where to see it' })
  url(@Root() a: Attachment): string {
    return `/attachments/${a.id}`;
  }
}

@Resolver(() => ApprovalRequest)
export class ApprovalDisclosureResolver {
  @FieldResolver(() => ID, {
    nullable: true,
    description: 'The court request or copy application this approval decides, when the caller may read it',
  })
  async disclosureId(@Root() r: ApprovalRequest, @Ctx() ctx: Context): Promise<string | null> {
    if (r.type !== RequestType.EXTERNAL && r.type !== RequestType.PARTY_COPY) return null;
    return (await readable(ctx, await ctx.em.findOne(Disclosure, { approval: r.id })))?.id ?? null;
  }
}
