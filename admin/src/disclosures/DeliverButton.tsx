import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useState } from 'react';
import {
  Button,
  DateTimeInput,
  Form,
  SaveButton,
  SelectInput,
  TextInput,
  maxLength,
  required,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { AttachmentInput } from './AttachmentInput';
import { recordDelivery } from './disclosureData';
import { choicesOf, METHODS, type DisclosureRecord } from './domain';
import { useStep } from './useStep';

/** The dialog's form starts from its defaults, not from the request's own (empty) delivery fields. */
const BLANK = {};

const methodChoices = choicesOf(METHODS, 'resources.disclosures.methods');

const notFuture = (value: unknown) =>
  value && new Date(value as string).getTime() > Date.now() + 60_000
    ? 'resources.disclosures.errors.deliveredAt'
    : undefined;

/** 登记交付: how, to whom and when the package was handed over, with the signed receipt. */
export const DeliverButton = () => {
  const record = useRecordContext<DisclosureRecord>();
  const ability = useAppAbility();
  const translate = useTranslate();
  const { run } = useStep();
  const [open, setOpen] = useState(false);
  const [now] = useState(() => new Date().toISOString());
  if (!record || record.status !== 'PACKAGE_READY' || !ability.can('update', asSubject('Disclosure', record)))
    return null;
  const submit = async (values: Record<string, unknown>) => {
    if (await run(() => recordDelivery(record.id, values), 'resources.disclosures.notifications.delivered'))
      setOpen(false);
  };
  return (
    <>
      <Button label="resources.disclosures.actions.deliver" onClick={() => setOpen(true)} variant="contained">
        <LocalShippingIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm" aria-labelledby="deliver-title">
        <Form
          record={BLANK}
          defaultValues={{
            method: 'IN_PERSON',
            deliveredAt: now,
            recipient: record.bodyName ?? record.applicantName ?? '',
          }}
          onSubmit={submit}
          resource={record.type === 'EXTERNAL' ? 'externalRequests' : 'copyApplications'}
        >
          <DialogTitle id="deliver-title">{translate('resources.disclosures.deliver.title')}</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>{translate('resources.disclosures.deliver.help')}</DialogContentText>
            <SelectInput
              source="method"
              label="resources.disclosures.fields.deliveryMethod"
              choices={methodChoices}
              validate={required()}
              fullWidth
            />
            <TextInput
              source="recipient"
              label="resources.disclosures.fields.deliveredTo"
              validate={[required(), maxLength(200)]}
              fullWidth
            />
            <DateTimeInput
              source="deliveredAt"
              label="resources.disclosures.fields.deliveredAt"
              validate={[required(), notFuture]}
            />
            <AttachmentInput source="receiptId" purpose="RECEIPT" label="resources.disclosures.fields.receipt" />
            <TextInput
              source="note"
              label="resources.disclosures.fields.deliveryNote"
              validate={maxLength(1000)}
              multiline
              fullWidth
            />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton label="resources.disclosures.actions.deliver" icon={<LocalShippingIcon />} />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};
