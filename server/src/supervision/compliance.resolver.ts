import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Can } from '../authz/guard.js';
import { Expensive } from '../common/expensive.js';
import { Case } from '../cases/case.entity.js';
import { PageArgs } from '../common/pagination.js';
import type { Context } from '../context.js';
import { EnforcementRecord } from '../records/record.entity.js';
import { EnforcementStage } from '../records/record.enums.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';
import {
  ComplianceFilter,
  ComplianceItem,
  ComplianceItemPage,
  ComplianceOfficerCount,
  ComplianceSummary,
  ComplianceUnitCount,
  RecordingGap,
} from './compliance.types.js';
import { RecordingExplanation } from './recording-explanation.entity.js';

@Resolver()
export class ComplianceResolver {
  @Can('read', 'ComplianceReport')
  @Expensive()
  @Query(() => ComplianceSummary, { description: 'Headline figures of the compliance reports for a period' })
  complianceSummary(@Arg('filter', () => ComplianceFilter) filter: ComplianceFilter, @Ctx() ctx: Context) {
    return ctx.services.compliance.summary(ctx, filter);
  }

  @Can('read', 'ComplianceReport')
  @Expensive()
  @Query(() => ComplianceItemPage, { description: 'The findings behind the figures (sortable by at)' })
  complianceItems(
    @Arg('filter', () => ComplianceFilter) filter: ComplianceFilter,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.compliance.items(ctx, filter, page);
  }

  @Can('create', 'RecordingExplanation')
  @Mutation(() => RecordingExplanation, {
    description: 'Explains why a stage of a case has no audio or video (Art. 7); audited',
  })
  explainRecordingGap(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('stage', () => EnforcementStage) stage: EnforcementStage,
    @Arg('text') text: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.compliance.explain(ctx, caseId, stage, text);
  }
}

/** What a finding is about, loaded in batches; ids come only from rows the caller may read. */
@Resolver(() => ComplianceItem)
export class ComplianceItemResolver {
  @FieldResolver(() => Unit, { nullable: true })
  unit(@Root() item: ComplianceItem, @Ctx() ctx: Context) {
    return item.unitId ? ctx.em.findOne(Unit, { id: item.unitId }) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  officer(@Root() item: ComplianceItem, @Ctx() ctx: Context) {
    return item.officerId ? ctx.loaders.users.load(item.officerId) : null;
  }

  @FieldResolver(() => Case, { nullable: true })
  case(@Root() item: ComplianceItem, @Ctx() ctx: Context) {
    return item.caseId ? ctx.loaders.cases.load(item.caseId) : null;
  }

  @FieldResolver(() => EnforcementRecord, { nullable: true })
  record(@Root() item: ComplianceItem, @Ctx() ctx: Context) {
    return item.recordId ? ctx.em.findOne(EnforcementRecord, { id: item.recordId }) : null;
  }
}

@Resolver(() => ComplianceUnitCount)
export class ComplianceUnitCountResolver {
  @FieldResolver(() => Unit, { nullable: true })
  unit(@Root() row: ComplianceUnitCount, @Ctx() ctx: Context) {
    return row.unitId ? ctx.em.findOne(Unit, { id: row.unitId }) : null;
  }
}

@Resolver(() => ComplianceOfficerCount)
export class ComplianceOfficerCountResolver {
  @FieldResolver(() => User, { nullable: true })
  officer(@Root() row: ComplianceOfficerCount, @Ctx() ctx: Context) {
    return ctx.loaders.users.load(row.officerId);
  }
}

@Resolver(() => RecordingExplanation)
export class RecordingExplanationResolver {
  @FieldResolver(() => User, { nullable: true })
  author(@Root() e: RecordingExplanation, @Ctx() ctx: Context) {
    return ctx.loaders.users.load(e.author.id);
  }
}

/** The case page's list of stages that should have audio/video and have none (Art. 7). */
@Resolver(() => Case)
export class CaseRecordingGapsResolver {
  @FieldResolver(() => [RecordingGap], {
    description: 'Stages with text records and no audio/video (Art. 7), with the latest explanation',
  })
  recordingGaps(@Root() c: Case, @Ctx() ctx: Context) {
    return ctx.services.compliance.gaps(ctx, c.id);
  }
}
