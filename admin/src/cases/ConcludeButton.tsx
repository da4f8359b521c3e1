import GavelIcon from '@mui/icons-material/Gavel';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useState } from 'react';
import { Button, DateInput, Form, SaveButton, required, useRecordContext, useTranslate } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { today } from '../common/dates';
import type { CaseRecord } from '../common/records';
import { useAction } from '../common/useAction';

type Values = { concludedOn?: string };

/** 终结: an open case ends on a date between its opening and today; the server sets the transfer deadline. */
export const ConcludeButton = () => {
  const record = useRecordContext<CaseRecord>();
  const ability = useAppAbility();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const { submit } = useAction(
    (dp, id: string, on: string) => dp.concludeCase(id, on),
    'resources.cases.notifications.concluded',
  );
  if (!record || record.status !== 'OPEN' || !ability.can('conclude', asSubject('Case', record))) return null;

  const inRange = (value: unknown) =>
    typeof value === 'string' && (value < record.openedOn || value > today())
      ? 'resources.cases.errors.concludedOn'
      : undefined;

  return (
    <>
      <Button label="resources.cases.actions.conclude" onClick={() => setOpen(true)}>
        <GavelIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="xs" aria-labelledby="conclude-title">
        <Form
          record={{ id: record.id, concludedOn: today() }}
          onSubmit={(values: Values) => submit(() => setOpen(false), record.id, String(values.concludedOn))}
        >
          <DialogTitle id="conclude-title">
            {translate('resources.cases.conclude.title', { number: record.number })}
          </DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>
              {translate(
                record.procedure === 'LICENSING'
                  ? 'resources.cases.conclude.help_licensing'
                  : 'resources.cases.conclude.help',
              )}
            </DialogContentText>
            <DateInput
              source="concludedOn"
              label="resources.cases.fields.concludedOn"
              validate={[required(), inRange]}
              fullWidth
            />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton label="resources.cases.actions.conclude" icon={<GavelIcon />} alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};
