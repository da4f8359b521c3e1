import BlockIcon from '@mui/icons-material/Block';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useState } from 'react';
import { Button, Form, SaveButton, TextInput, maxLength, useRecordContext, useTranslate } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { ReasonDialog } from '../common/ReasonDialog';
import { cancelDisclosure, closeDisclosure } from './disclosureData';
import { CANCELLABLE, type DisclosureRecord } from './domain';
import { useStep } from './useStep';

/** 撤销: withdraws a request not yet approved, with the reason. */
export const CancelDisclosureButton = () => {
  const record = useRecordContext<DisclosureRecord>();
  const ability = useAppAbility();
  const { run } = useStep();
  const [open, setOpen] = useState(false);
  if (!record || !CANCELLABLE.includes(record.status) || !ability.can('cancel', asSubject('Disclosure', record)))
    return null;
  return (
    <>
      <Button label="resources.disclosures.actions.cancel" onClick={() => setOpen(true)} color="error">
        <BlockIcon />
      </Button>
      <ReasonDialog
        open={open}
        onClose={() => setOpen(false)}
        onSubmit={async (reason) => {
          if (await run(() => cancelDisclosure(record.id, reason), 'resources.disclosures.notifications.cancelled'))
            setOpen(false);
          return undefined;
        }}
        title="resources.disclosures.cancel.title"
        help="resources.disclosures.cancel.help"
        confirm="resources.disclosures.actions.cancel"
        icon={<BlockIcon />}
        translateOptions={{ number: record.number }}
      />
    </>
  );
};

const BLANK = {};

/** 办结: closes a delivered request, with an optional note. */
export const CloseDisclosureButton = () => {
  const record = useRecordContext<DisclosureRecord>();
  const ability = useAppAbility();
  const translate = useTranslate();
  const { run } = useStep();
  const [open, setOpen] = useState(false);
  if (!record || record.status !== 'DELIVERED' || !ability.can('update', asSubject('Disclosure', record))) return null;
  const submit = async (values: { note?: string }) => {
    if (await run(() => closeDisclosure(record.id, values.note), 'resources.disclosures.notifications.closed'))
      setOpen(false);
  };
  return (
    <>
      <Button label="resources.disclosures.actions.close" onClick={() => setOpen(true)} variant="contained">
        <DoneAllIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm" aria-labelledby="close-title">
        <Form onSubmit={submit} record={BLANK}>
          <DialogTitle id="close-title">
            {translate('resources.disclosures.close.title', { number: record.number })}
          </DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>{translate('resources.disclosures.close.help')}</DialogContentText>
            <TextInput
              source="note"
              label="resources.disclosures.fields.closeNote"
              validate={maxLength(1000)}
              multiline
              minRows={2}
              fullWidth
            />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton label="resources.disclosures.actions.close" icon={<DoneAllIcon />} />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};
