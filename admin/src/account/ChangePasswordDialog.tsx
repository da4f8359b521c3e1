import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import {
  Button,
  Form,
  PasswordInput,
  SaveButton,
  required,
  useDataProvider,
  useNotify,
  useTranslate,
} from 'react-admin';
import { passwordPolicy } from '../common/validation';
import type { AppDataProvider } from '../dataProvider';
import { isApiError } from '../graphql/client';

type Values = Record<string, unknown>;

const matchesNew = (value: unknown, values: Values) =>
  value === values.newPassword ? undefined : 'er.validation.password_mismatch';

const serverErrors = (error: unknown): Record<string, string> | undefined => {
  if (!isApiError(error, 'BAD_USER_INPUT')) return undefined;
  const field = (error.details as { field?: string } | undefined)?.field;
  return field === 'currentPassword'
    ? { currentPassword: 'er.validation.currentPassword' }
    : { newPassword: 'er.validation.newPassword' };
};

export const ChangePasswordDialog = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<AppDataProvider>();

  const submit = async (values: Values) => {
    try {
      await dataProvider.changePassword(String(values.currentPassword), String(values.newPassword));
      notify('er.auth.password_changed', { type: 'success' });
      onClose();
    } catch (error) {
      const errors = serverErrors(error);
      if (errors) return errors;
      notify(error instanceof Error ? error.message : 'er.error.INTERNAL_SERVER_ERROR', { type: 'error' });
    }
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="xs" aria-labelledby="change-password-title">
      <Form onSubmit={submit}>
        <DialogTitle id="change-password-title">{translate('er.auth.change_password')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate('er.auth.change_password_help')}</DialogContentText>
          <PasswordInput
            source="currentPassword"
            label="er.auth.current_password"
            autoComplete="current-password"
            validate={required()}
            fullWidth
          />
          <PasswordInput
            source="newPassword"
            label="er.auth.new_password"
            autoComplete="new-password"
            helperText="er.auth.password_hint"
            validate={[required(), passwordPolicy]}
            fullWidth
          />
          <PasswordInput
            source="confirmPassword"
            label="er.auth.confirm_password"
            autoComplete="new-password"
            validate={[required(), matchesNew]}
            fullWidth
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton label="er.auth.change_password" />
        </DialogActions>
      </Form>
    </Dialog>
  );
};
