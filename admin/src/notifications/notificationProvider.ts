import type { DataProvider } from 'react-admin';
import { bool } from '../graphql/args';
import { request } from '../graphql/client';
import { MyNotificationsQuery } from '../graphql/notifications';
import type { MyNotificationsQuery as Result } from '../gql/graphql';

export type NotificationRecord = Result['myNotifications']['items'][number];

/** The bell's resource: `notifications` lists the caller's own (meta.unread counts the unread); NotificationBell marks them read. */
export function withNotifications<T extends DataProvider>(base: T): T {
  return {
    ...base,
    async getList(resource, params) {
      if (resource !== 'notifications') return base.getList(resource, params);
      const { myNotifications } = await request(
        MyNotificationsQuery,
        {
          page: params.pagination?.page ?? 1,
          perPage: params.pagination?.perPage ?? 10,
          unreadOnly: bool((params.filter as Record<string, unknown> | undefined)?.unreadOnly) ?? false,
        },
        params.signal,
      );
      return {
        data: myNotifications.items as never[],
        total: myNotifications.total,
        meta: { unread: myNotifications.unread },
      };
    },
  };
}
