import { Arg, Args, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Can } from '../authz/guard.js';
import { badInput } from '../common/errors.js';
import { isUuid } from '../common/identifiers.js';
import { PageArgs, Paginated } from '../common/pagination.js';
import type { Context } from '../context.js';
import { Notification } from './notification.entity.js';

@ObjectType()
export class NotificationPage extends Paginated(Notification) {
  @Field(() => Int, { description: 'How many of all the caller’s notifications are unread' })
  unread!: number;
}

@Resolver(() => Notification)
export class NotificationResolver {
  @Can('read', 'Notification')
  @Query(() => NotificationPage, { description: "The caller's notifications (the bell), newest first" })
  myNotifications(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg('unreadOnly', () => Boolean, { defaultValue: false }) unreadOnly: boolean,
  ) {
    return ctx.services.notifications.list(ctx, unreadOnly, page);
  }

  @Can('update', 'Notification')
  @Mutation(() => Int, { description: 'Marks these of the caller’s notifications read (all, when ids is omitted)' })
  markNotificationsRead(@Ctx() ctx: Context, @Arg('ids', () => [ID], { nullable: true }) ids?: string[] | null) {
    if (ids && (ids.length === 0 || ids.length > 200 || !ids.every(isUuid)))
      throw badInput('Give between 1 and 200 notification ids', { field: 'ids' });
    return ctx.services.notifications.markRead(ctx, ids ?? null);
  }
}
