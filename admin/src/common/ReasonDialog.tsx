import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import type { ReactElement } from 'react';
import { Button, Form, SaveButton, TextInput, maxLength, minLength, required, useTranslate } from 'react-admin';

const validateReason = [required(), minLength(2), maxLength(500)];

interface Props {
  open: boolean;
  onClose: () => void;
  /** Resolves to nothing when done, or to the errors to show on the form's fields. */
  onSubmit: (reason: string) => Promise<Record<string, unknown> | undefined>;
  title: string;
  help: string;
  confirm: string;
  icon: ReactElement;
  translateOptions?: Record<string, unknown>;
}

/** A workflow step that needs a written reason (legal holds and their release). */
export const ReasonDialog = ({ open, onClose, onSubmit, title, help, confirm, icon, translateOptions }: Props) => {
  const translate = useTranslate();
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="reason-dialog-title">
      <Form onSubmit={(values: { reason?: string }) => onSubmit(String(values.reason ?? '').trim())}>
        <DialogTitle id="reason-dialog-title">{translate(title, translateOptions)}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate(help, translateOptions)}</DialogContentText>
          <TextInput source="reason" label="er.reason" validate={validateReason} multiline minRows={3} fullWidth />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton label={confirm} icon={icon} />
        </DialogActions>
      </Form>
    </Dialog>
  );
};
