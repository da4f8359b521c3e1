import { Box, Typography, useMediaQuery, type Theme } from '@mui/material';
import { useEffect } from 'react';
import { AppBar as RaAppBar, LoadingIndicator, LocalesMenuButton, TitlePortal, useTranslate } from 'react-admin';
import { NotificationBell } from '../notifications/NotificationBell';
import { UserMenu } from './UserMenu';

export const AppBar = () => {
  const translate = useTranslate();
  const title = translate('er.app.title');
  const wide = useMediaQuery<Theme>((theme) => theme.breakpoints.up('md'));
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <RaAppBar
      color="primary"
      userMenu={<UserMenu />}
      toolbar={
        <>
          <NotificationBell />
          <LocalesMenuButton />
          <LoadingIndicator />
        </>
      }
    >
      {wide && (
        <Typography variant="h6" component="span" sx={{ fontWeight: 600, whiteSpace: 'nowrap', mr: 2 }}>
          {title}
        </Typography>
      )}
      <Box sx={{ flex: 1, overflow: 'hidden', opacity: 0.9 }}>
        <TitlePortal variant="subtitle1" />
      </Box>
    </RaAppBar>
  );
};
