import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import type { ReactElement } from 'react';
import {
  Button,
  Form,
  SaveButton,
  SelectInput,
  TextInput,
  maxLength,
  minLength,
  required,
  useTranslate,
} from 'react-admin';
import type { LongTermReason } from '../gql/graphql';

export const LONG_TERM_REASONS: LongTermReason[] = ['OBJECTION', 'OBSTRUCTION', 'MASS_INCIDENT', 'OTHER_IMPORTANT'];

const reasonChoices = LONG_TERM_REASONS.map((id) => ({ id, name: `er.longTermReason.${id}` }));
const validateHold = [required(), minLength(2), maxLength(500)];
const validateGround = [required(), minLength(4), maxLength(500)];

interface Props {
  open: boolean;
  onClose: () => void;
  /** Resolves to nothing when done, or to the errors to show on the form's fields. */
  onSubmit: (reason: string, longTermReason: LongTermReason | null) => Promise<Record<string, unknown> | undefined>;
  /** Art. 15: one of the four reasons must be chosen, and the ground says what happened. */
  longTerm?: boolean;
  title: string;
  confirm: string;
  icon: ReactElement;
  translateOptions?: Record<string, unknown>;
}

/** 法律保全 or 长期保存 (Art. 15): a hold with its ground, and for a long-term mark one of the four reasons. */
export const HoldDialog = ({ open, onClose, onSubmit, longTerm, title, confirm, icon, translateOptions }: Props) => {
  const translate = useTranslate();
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="hold-dialog-title">
      <Form
        onSubmit={(values: { reason?: string; longTermReason?: LongTermReason }) =>
          onSubmit(String(values.reason ?? '').trim(), longTerm ? (values.longTermReason ?? null) : null)
        }
      >
        <DialogTitle id="hold-dialog-title">{translate(title, translateOptions)}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            {translate(longTerm ? 'er.hold.long_term_help' : 'er.hold.help', translateOptions)}
          </DialogContentText>
          {longTerm && (
            <SelectInput
              source="longTermReason"
              label="er.hold.longTermReason"
              choices={reasonChoices}
              validate={required()}
              fullWidth
            />
          )}
          <TextInput
            source="reason"
            label={longTerm ? 'er.hold.ground' : 'er.hold.reason'}
            validate={longTerm ? validateGround : validateHold}
            multiline
            minRows={3}
            fullWidth
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton label={confirm} icon={icon} />
        </DialogActions>
      </Form>
    </Dialog>
  );
};
