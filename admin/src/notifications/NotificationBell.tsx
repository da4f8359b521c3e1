import DoneAllIcon from '@mui/icons-material/DoneAll';
import NotificationsIcon from '@mui/icons-material/Notifications';
import {
  Badge,
  Button,
  Divider,
  IconButton,
  ListItemIcon,
  ListItemText,
  Menu,
  MenuItem,
  Tooltip,
  Typography,
} from '@mui/material';
import { useState, type MouseEvent } from 'react';
import { useGetList, useNotify, useRedirect, useRefresh, useTranslate } from 'react-admin';
import { request } from '../graphql/client';
import { MarkNotificationsReadMutation } from '../graphql/notifications';
import { useDateTimeFormat } from '../common/format';
import type { NotificationRecord } from './notificationProvider';
import { iconOf, linkOf, textKey } from './presentation';

/** How often the bell asks the server (the server writes a notification with the event it tells of). */
const POLL_MS = 30_000;
const SHOWN = 10;

/** 通知: the bell in the app bar, with the unread count, the latest notifications and "mark all read". */
export const NotificationBell = () => {
  const translate = useTranslate();
  const redirect = useRedirect();
  const format = useDateTimeFormat(true);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const {
    data = [],
    meta,
    isPending,
  } = useGetList<NotificationRecord>(
    'notifications',
    { pagination: { page: 1, perPage: SHOWN }, sort: { field: 'createdAt', order: 'DESC' } },
    { refetchInterval: POLL_MS, refetchOnWindowFocus: true },
  );
  const unread = (meta as { unread?: number } | undefined)?.unread ?? 0;

  const refresh = useRefresh();
  const notify = useNotify();
  /** Marks these read (all, given null), then refetches the bell. */
  const markRead = (ids: string[] | null) =>
    request(MarkNotificationsReadMutation, { ids }).then(refresh, (e: Error) => notify(e.message, { type: 'error' }));

  const open = (n: NotificationRecord) => {
    setAnchor(null);
    if (!n.readAt) void markRead([n.id]);
    redirect(linkOf(n));
  };
  const markAll = () => {
    setAnchor(null);
    void markRead(null);
  };
  // Until the first answer the count is unknown, not zero.
  const label = isPending
    ? translate('er.notifications.title')
    : translate('er.notifications.bell', { smart_count: unread });

  return (
    <>
      <Tooltip title={label}>
        <IconButton
          color="inherit"
          aria-label={label}
          onClick={(e: MouseEvent<HTMLElement>) => setAnchor(e.currentTarget)}
        >
          <Badge badgeContent={unread} color="error" max={99}>
            <NotificationsIcon />
          </Badge>
        </IconButton>
      </Tooltip>
      <Menu
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        slotProps={{ paper: { sx: { width: 420, maxWidth: '100vw' } } }}
      >
        <Typography variant="subtitle2" sx={{ px: 2, py: 1 }}>
          {translate('er.notifications.title')}
        </Typography>
        <Divider />
        {data.length === 0 && (
          <MenuItem disabled>
            <ListItemText>{translate('er.notifications.none')}</ListItemText>
          </MenuItem>
        )}
        {data.map((n) => (
          <MenuItem key={n.id} onClick={() => open(n)} data-unread={n.readAt ? undefined : 'true'}>
            <ListItemIcon>{iconOf(n)}</ListItemIcon>
            <ListItemText
              primary={translate(textKey(n), { summary: n.summary })}
              secondary={format(n.createdAt)}
              slotProps={{
                primary: { sx: { fontWeight: n.readAt ? 400 : 700, whiteSpace: 'normal' } },
              }}
            />
          </MenuItem>
        ))}
        <Divider />
        {unread > 0 && (
          <Button startIcon={<DoneAllIcon />} onClick={markAll} sx={{ mx: 1, my: 0.5 }}>
            {translate('er.notifications.mark_all')}
          </Button>
        )}
        <Button
          onClick={() => {
            setAnchor(null);
            redirect('/notifications');
          }}
          sx={{ mx: 1, my: 0.5 }}
        >
          {translate('er.notifications.all')}
        </Button>
      </Menu>
    </>
  );
};
