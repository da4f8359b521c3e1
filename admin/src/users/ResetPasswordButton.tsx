import PasswordIcon from '@mui/icons-material/Password';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useState } from 'react';
import { Button, Form, PasswordInput, SaveButton, required, useRecordContext, useTranslate } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { passwordPolicy } from '../common/validation';
import type { UserRecord } from '../common/records';
import { useAction } from '../common/useAction';

type Values = Record<string, unknown>;

export const ResetPasswordButton = () => {
  const record = useRecordContext<UserRecord>();
  const ability = useAppAbility();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const { execute } = useAction(
    (dp, id: string, password: string) => dp.resetUserPassword(id, password),
    'resources.users.notifications.password_reset',
  );
  if (!record || !ability.can('resetPassword', asSubject('User', record))) return null;

  const submit = async (values: Values) => {
    if (await execute(record.id, String(values.password))) setOpen(false);
  };

  return (
    <>
      <Button label="er.actions.reset_password" onClick={() => setOpen(true)}>
        <PasswordIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="xs" aria-labelledby="reset-password-title">
        <Form onSubmit={submit}>
          <DialogTitle id="reset-password-title">
            {translate('resources.users.reset_password.title', { name: record.displayName })}
          </DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>{translate('resources.users.reset_password.help')}</DialogContentText>
            <PasswordInput
              source="password"
              label="er.auth.new_password"
              helperText="er.auth.password_hint"
              autoComplete="new-password"
              validate={[required(), passwordPolicy]}
              fullWidth
            />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton label="er.actions.reset_password" />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};
