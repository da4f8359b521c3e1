import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useId, type ReactElement, type ReactNode } from 'react';
import { Button, Form, SaveButton, useTranslate } from 'react-admin';

type Values = Record<string, unknown>;
/** The dialog's form starts empty, not from the device shown around it. */
const EMPTY = {};

interface Props<V extends object> {
  open: boolean;
  onClose: () => void;
  /** Resolves to nothing when done, or to the errors to show on the form's fields. */
  onSubmit: (values: V) => Promise<Values | undefined>;
  title: string;
  help?: string;
  confirm: string;
  icon: ReactElement;
  translateOptions?: Record<string, unknown>;
  defaultValues?: Values;
  children: ReactNode;
}

/** A device workflow step in a dialog: a short form whose refusals show on its own fields. */
export function StepDialog<V extends object>(props: Props<V>) {
  const { open, onClose, onSubmit, title, help, confirm, icon, translateOptions, defaultValues, children } = props;
  const translate = useTranslate();
  const titleId = useId();
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      <Form record={EMPTY} defaultValues={defaultValues} onSubmit={(values: Values) => onSubmit(values as V)}>
        <DialogTitle id={titleId}>{translate(title, translateOptions)}</DialogTitle>
        <DialogContent>
          {help && <DialogContentText sx={{ mb: 2 }}>{translate(help, translateOptions)}</DialogContentText>}
          {children}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton label={confirm} icon={icon} alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
}
