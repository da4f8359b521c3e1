import { Arg, Args, Ctx, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Can } from '../authz/guard.js';
import { listReadable } from '../common/list.js';
import { PageArgs, Paginated } from '../common/pagination.js';
import type { Context } from '../context.js';
import { AuditEvent } from './audit-event.entity.js';
import { AuditEventFilter, auditWhere } from './audit-filter.js';

@ObjectType()
export class AuditEventPage extends Paginated(AuditEvent) {}

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Can('read', 'AuditEvent')
  @Query(() => AuditEvent, { description: 'One audit event by its sequence number' })
  async auditEvent(@Arg('seq', () => Int) seq: number, @Ctx() ctx: Context): Promise<AuditEvent> {
    if (seq > 0) await ctx.services.audit.settle(ctx.em);
    const event = seq > 0 ? await ctx.em.findOne(AuditEvent, { seq }) : null;
    if (!event) throw await ctx.authz.missing('AuditEvent', String(seq), 'auditEvent.read');
    await ctx.authz.ensure('read', event, 'auditEvent.read');
    return event;
  }

  @Can('read', 'AuditEvent')
  @Query(() => AuditEventPage, { description: 'The audit trail, newest first' })
  async auditEvents(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => AuditEventFilter, { nullable: true }) f?: AuditEventFilter,
  ) {
    // Sealed events only: every event committed before this read is sealed first.
    await ctx.services.audit.settle(ctx.em);
    const where = [...auditWhere(f), { seq: { $ne: null } }];
    return listReadable(ctx.em, ctx.authz, AuditEvent, 'AuditEvent', where, page, ['seq', 'at'], { seq: 'desc' });
  }
}
