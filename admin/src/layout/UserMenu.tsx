import KeyIcon from '@mui/icons-material/Key';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { forwardRef, useState } from 'react';
import { Logout, UserMenu as RaUserMenu, useTranslate, useUserMenu } from 'react-admin';
import { ChangePasswordDialog } from '../account/ChangePasswordDialog';
import { Can } from '../auth/ability';

const ChangePasswordItem = forwardRef<HTMLLIElement, { onOpen: () => void }>(({ onOpen }, ref) => {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  const open = () => {
    userMenu?.onClose();
    onOpen();
  };
  return (
    <MenuItem ref={ref} onClick={open}>
      <ListItemIcon>
        <KeyIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('er.auth.change_password')}</ListItemText>
    </MenuItem>
  );
});

export const UserMenu = () => {
  const [open, setOpen] = useState(false);
  return (
    <>
      <RaUserMenu>
        <Can I="changePassword" a="User">
          <ChangePasswordItem onOpen={() => setOpen(true)} />
        </Can>
        <Logout />
      </RaUserMenu>
      <ChangePasswordDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
};
