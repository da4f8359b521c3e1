import { IsUUID, MaxLength } from 'class-validator';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { Arg, Args, Ctx, Field, ID, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Can } from '../authz/guard.js';
import { listReadable, prefixPattern } from '../common/list.js';
import { PageArgs, Paginated } from '../common/pagination.js';
import type { Context } from '../context.js';
import { AuditEvent, AuditOutcome } from './audit-event.entity.js';

@ObjectType()
export class AuditEventPage extends Paginated(AuditEvent) {}

@InputType()
export class AuditEventFilter {
  @Field(() => ID, { nullable: true })
  @IsUUID()
  actorId?: string;

  @Field(() => String, { nullable: true, description: 'Exact action, or a prefix ending in "." (e.g. "auth.")' })
  @MaxLength(64)
  action?: string;

  @Field(() => AuditOutcome, { nullable: true })
  outcome?: AuditOutcome;

  @Field(() => String, { nullable: true })
  @MaxLength(64)
  subjectType?: string;

  @Field(() => String, { nullable: true })
  @MaxLength(64)
  subjectId?: string;

  @Field(() => Date, { nullable: true })
  from?: Date;

  @Field(() => Date, { nullable: true })
  to?: Date;
}

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Can('read', 'AuditEvent')
  @Query(() => AuditEvent, { description: 'One audit event by its sequence number' })
  async auditEvent(@Arg('seq', () => Int) seq: number, @Ctx() ctx: Context): Promise<AuditEvent> {
    const event = seq > 0 ? await ctx.em.findOne(AuditEvent, { seq }) : null;
    if (!event) throw await ctx.authz.missing('AuditEvent', String(seq), 'auditEvent.read');
    await ctx.authz.ensure('read', event, 'auditEvent.read');
    return event;
  }

  @Can('read', 'AuditEvent')
  @Query(() => AuditEventPage, { description: 'The audit trail, newest first' })
  auditEvents(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => AuditEventFilter, { nullable: true }) f?: AuditEventFilter,
  ) {
    const where: FilterQuery<AuditEvent>[] = [];
    if (f?.actorId) where.push({ actorId: f.actorId });
    if (f?.action) where.push({ action: f.action.endsWith('.') ? { $like: prefixPattern(f.action) } : f.action });
    if (f?.outcome) where.push({ outcome: f.outcome });
    if (f?.subjectType) where.push({ subjectType: f.subjectType });
    if (f?.subjectId) where.push({ subjectId: f.subjectId });
    if (f?.from) where.push({ at: { $gte: f.from } });
    if (f?.to) where.push({ at: { $lt: f.to } });
    return listReadable(ctx.em, ctx.authz, AuditEvent, 'AuditEvent', where, page, ['seq', 'at'], { seq: 'desc' });
  }
}
