import EditNoteIcon from '@mui/icons-material/EditNote';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useState } from 'react';
import {
  Button,
  Form,
  SaveButton,
  TextInput,
  maxLength,
  minLength,
  required,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  useUpdate,
} from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import type { ViolationRecord } from './violationData';
import { ViolationInputs } from './ViolationInputs';

const validateReason = [required(), minLength(2), maxLength(500)];

/** 更正: a dialog with the entry's fields and a required reason; saving adds the next version. */
export const CorrectViolationButton = () => {
  const record = useRecordContext<ViolationRecord>();
  const ability = useAppAbility();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [update, { isPending }] = useUpdate<ViolationRecord>();
  const [open, setOpen] = useState(false);
  if (!record || !ability.can('update', asSubject('Violation', record))) return null;
  const defaults = {
    kind: record.kind,
    personId: record.personId,
    occurredOn: record.occurredOn,
    finding: record.finding,
    outcome: record.outcome ?? null,
    evidence: record.evidence.map(({ kind, ref }) => ({ kind, ref })),
    reason: '',
  };
  const submit = (values: Record<string, unknown>) =>
    update(
      'violations',
      { id: record.id, data: values, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: (saved) => {
          setOpen(false);
          notify('resources.violations.correct.done', { type: 'success', messageArgs: { version: saved.version } });
          refresh();
        },
        onError: (error) => notify((error as Error).message, { type: 'error' }),
      },
    );
  return (
    <>
      <Button label="resources.violations.actions.correct" onClick={() => setOpen(true)}>
        <EditNoteIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="md" aria-labelledby="correct-title">
        <Form defaultValues={defaults} onSubmit={submit} resource="violations">
          <DialogTitle id="correct-title">
            {translate('resources.violations.correct.title', { version: record.version })}
          </DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>{translate('resources.violations.correct.help')}</DialogContentText>
            <ViolationInputs />
            <TextInput
              source="reason"
              multiline
              minRows={2}
              fullWidth
              validate={validateReason}
              helperText="resources.violations.correct.reason_help"
            />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton label="resources.violations.actions.correct" icon={<EditNoteIcon />} disabled={isPending} />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};
