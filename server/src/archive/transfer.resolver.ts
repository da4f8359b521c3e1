import DataLoader from 'dataloader';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ApprovalRequest } from '../approvals/approval-request.entity.js';
import { RequestType } from '../approvals/approval.enums.js';
import { Can } from '../authz/guard.js';
import { Case } from '../cases/case.entity.js';
import { PageArgs, Paginated } from '../common/pagination.js';
import type { Context } from '../context.js';
import { EnforcementRecord } from '../records/record.entity.js';
import { Unit } from '../units/unit.entity.js';
import { RetentionRule } from './retention-rule.entity.js';
import { CatalogueEntry, RUN_SILENT_MS, Transfer, TransferCheckRun } from './transfer.entity.js';
import { RetentionRuleInput, SaveCatalogueInput, TransferFilter } from './transfer.inputs.js';

@ObjectType()
export class TransferPage extends Paginated(Transfer) {}

@Resolver(() => Transfer)
export class TransferResolver {
  @Can('read', 'Transfer')
  @Query(() => TransferPage, {
    description: "Transfers the caller may see: a unit's own, or the archive's incoming queue",
  })
  transfers(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => TransferFilter, { nullable: true }) filter?: TransferFilter,
  ) {
    return ctx.services.transfers.list(ctx, filter, page);
  }

  @Can('read', 'Transfer')
  @Query(() => Transfer)
  transfer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.transfers.get(ctx, id);
  }

  @Can('create', 'Transfer')
  @Mutation(() => Transfer, {
    description: '立卷: starts the transfer of a concluded case with a catalogue drafted from its records',
  })
  openTransfer(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: Context) {
    return ctx.services.transfers.open(ctx, caseId);
  }

  @Can('update', 'Transfer')
  @Mutation(() => Transfer, {
    description: 'Replaces the catalogue (卷内目录): order, numbers, titles, dates, pages, remarks',
  })
  saveCatalogue(@Arg('input') input: SaveCatalogueInput, @Ctx() ctx: Context) {
    return ctx.services.transfers.saveCatalogue(ctx, input);
  }

  @Mutation(() => Transfer, {
    description: '四性检测: runs the authenticity, integrity, usability and security checks now',
  })
  checkTransfer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.transfers.check(ctx, id);
  }

  @Can('transfer', 'Transfer')
  @Mutation(() => Transfer, {
    description: "Sends the case file for the unit head's sign-off; failing checks need overrideReason",
  })
  submitTransfer(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
    @Arg('overrideReason', () => String, { nullable: true }) overrideReason?: string | null,
  ) {
    return ctx.services.transfers.submit(ctx, id, overrideReason);
  }

  @Can('cancel', 'Transfer')
  @Mutation(() => Transfer, { description: 'Withdraws a transfer still waiting for sign-off' })
  withdrawTransfer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.transfers.withdraw(ctx, id);
  }

  @Can('accept', 'Transfer')
  @Mutation(() => Transfer, { description: '接收: gives the archive number and retention; the case is archived' })
  acceptTransfer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.transfers.accept(ctx, id);
  }

  @Can('accept', 'Transfer')
  @Mutation(() => Transfer, { description: 'Sends the case file back to its unit with what to correct' })
  returnTransfer(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() ctx: Context) {
    return ctx.services.transfers.returnToUnit(ctx, id, reason);
  }

  @Can('read', 'RetentionRule')
  @Query(() => [RetentionRule], { description: 'The retention schedule and transfer time limits per procedure' })
  retentionRules(@Ctx() ctx: Context) {
    return ctx.services.transfers.rules(ctx.em);
  }

  @Can('update', 'RetentionRule')
  @Mutation(() => RetentionRule, {
    description: 'Changes one procedure’s rule (applies to cases concluded or accepted afterwards)',
  })
  setRetentionRule(@Arg('input') input: RetentionRuleInput, @Ctx() ctx: Context) {
    return ctx.services.transfers.setRule(ctx, input);
  }

  @FieldResolver(() => Unit)
  unit(@Root() t: Transfer) {
    return t.unit;
  }

  @FieldResolver(() => ID, { nullable: true, description: "The unit head's sign-off request" })
  approvalId(@Root() t: Transfer) {
    return t.approval?.id ?? null;
  }

  @FieldResolver(() => TransferCheckRun, {
    nullable: true,
    description:
      '四性 checks re-hashing the case file in the background now, with their progress (null when none is running)',
  })
  checkRun(@Root() t: Transfer): TransferCheckRun | null {
    const run = t.checkRun;
    // A run whose instance died stops renewing its heartbeat: after a minute it is not shown as running.
    return run && Date.now() - new Date(run.heartbeatAt).getTime() < RUN_SILENT_MS ? run : null;
  }
}

const loaders = new WeakMap<Context, DataLoader<string, EnforcementRecord | null>>();

/** The records of catalogue lines, loaded in one query per request (a catalogue may list hundreds). */
function catalogueRecords(ctx: Context) {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids: readonly string[]) => {
      const found = new Map((await ctx.em.find(EnforcementRecord, { id: { $in: [...ids] } })).map((r) => [r.id, r]));
      return ids.map((id) => found.get(id) ?? null);
    });
    loaders.set(ctx, loader);
  }
  return loader;
}

@Resolver(() => CatalogueEntry)
export class CatalogueEntryResolver {
  @FieldResolver(() => EnforcementRecord, { nullable: true, description: 'The record, when the caller may read it' })
  async record(@Root() e: CatalogueEntry, @Ctx() ctx: Context) {
    const r = await catalogueRecords(ctx).load(e.recordId);
    return r && ctx.authz.ability.can('read', r) ? r : null;
  }
}

@Resolver(() => ApprovalRequest)
export class ApprovalTransferResolver {
  @FieldResolver(() => ID, {
    nullable: true,
    description: 'The case file transfer this approval signs off, when the caller may read it',
  })
  async transferId(@Root() r: ApprovalRequest, @Ctx() ctx: Context): Promise<string | null> {
    if (r.type !== RequestType.TRANSFER) return null;
    const t = await ctx.em.findOne(Transfer, { approval: r.id });
    return t && ctx.authz.ability.can('read', t) ? t.id : null;
  }
}

@Resolver(() => Case)
export class CaseTransferResolver {
  @FieldResolver(() => Transfer, { nullable: true, description: 'Its transfer to the archive, if begun' })
  transfer(@Root() c: Case, @Ctx() ctx: Context) {
    return ctx.services.transfers.ofCase(ctx, c.id);
  }
}
