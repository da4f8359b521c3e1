import DoneAllIcon from '@mui/icons-material/DoneAll';
import NotificationsIcon from '@mui/icons-material/Notifications';
import { Box } from '@mui/material';
import {
  BooleanInput,
  Button,
  Datagrid,
  FunctionField,
  List,
  Pagination,
  TopToolbar,
  useListContext,
  useNotify,
  useRedirect,
  useRefresh,
  useTranslate,
  useUnselectAll,
} from 'react-admin';
import { DateTimeField } from '../common/fields';
import { request } from '../graphql/client';
import { MarkNotificationsReadMutation } from '../graphql/notifications';
import type { NotificationRecord } from './notificationProvider';
import { iconOf, linkOf, textKey } from './presentation';

/** Marks these read (every one of the caller's, given null), then reloads what shows them. */
function useMarkRead() {
  const refresh = useRefresh();
  const notify = useNotify();
  return (ids: string[] | null) =>
    request(MarkNotificationsReadMutation, { ids }).then(
      (count) => {
        refresh();
        return count;
      },
      (e: Error) => {
        notify(e.message, { type: 'error' });
        return null;
      },
    );
}

const MarkSelectedRead = () => {
  const { selectedIds } = useListContext();
  const unselectAll = useUnselectAll('notifications');
  const markRead = useMarkRead();
  return (
    <Button
      label="er.notifications.mark_selected"
      onClick={() => void markRead(selectedIds.map(String)).then(() => unselectAll())}
    >
      <DoneAllIcon />
    </Button>
  );
};

const Actions = () => {
  const markRead = useMarkRead();
  const { meta } = useListContext();
  const unread = (meta as { unread?: number } | undefined)?.unread ?? 0;
  return (
    <TopToolbar>
      <Button label="er.notifications.mark_all" disabled={unread === 0} onClick={() => void markRead(null)}>
        <DoneAllIcon />
      </Button>
    </TopToolbar>
  );
};

const Text = (_: { label: string; sortable: false }) => {
  const translate = useTranslate();
  return (
    <FunctionField<NotificationRecord>
      source="summary"
      render={(n) => (
        <Box
          component="span"
          sx={{ display: 'inline-flex', gap: 1, alignItems: 'center', fontWeight: n.readAt ? 400 : 700 }}
          data-unread={n.readAt ? undefined : 'true'}
        >
          {iconOf(n)}
          {translate(textKey(n), { summary: n.summary })}
        </Box>
      )}
    />
  );
};

const filters = [<BooleanInput key="unreadOnly" source="unreadOnly" label="er.notifications.unread_only" alwaysOn />];

/**
 * 全部通知: every notification of the caller, newest first, a page at a time, unread ones in bold
 * (or only those); opening one marks it read and goes to what it is about.
 */
export const NotificationList = () => {
  const redirect = useRedirect();
  const markRead = useMarkRead();
  return (
    <List
      title="er.notifications.title"
      filters={filters}
      actions={<Actions />}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
      exporter={false}
      empty={false}
    >
      <Datagrid
        bulkActionButtons={<MarkSelectedRead />}
        rowClick={(_id, _resource, record) => {
          const n = record as NotificationRecord;
          if (!n.readAt) void markRead([n.id]);
          redirect(linkOf(n));
          return false;
        }}
      >
        <Text label="er.notifications.fields.summary" sortable={false} />
        <DateTimeField source="createdAt" sortable={false} label="er.notifications.fields.createdAt" />
        <DateTimeField source="readAt" sortable={false} label="er.notifications.fields.readAt" emptyText="—" />
      </Datagrid>
    </List>
  );
};

export const notifications = { list: NotificationList, icon: NotificationsIcon };
