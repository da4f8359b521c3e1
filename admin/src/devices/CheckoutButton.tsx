import LoginIcon from '@mui/icons-material/Login';
import { Alert } from '@mui/material';
import { useState } from 'react';
import {
  BooleanInput,
  Button,
  FormDataConsumer,
  NumberInput,
  TextInput,
  maxLength,
  maxValue,
  minValue,
  number,
  required,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { useAction } from '../common/useAction';
import { checkoutDevice, type PreUseCheck } from './deviceActions';
import { PRE_USE, passesPreUse, type DeviceRecord } from './domain';
import { StepDialog } from './StepDialog';

const validateBattery = [required(), number(), minValue(0), maxValue(100)];
const validateStorage = [required(), number(), minValue(0), maxValue(100_000)];

const CheckWarning = ({ check }: { check: Partial<PreUseCheck> }) => {
  const translate = useTranslate();
  if (check.batteryPercent == null || check.freeStorageGb == null || passesPreUse(check)) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }} data-testid="pre-use-failed">
      {translate('resources.devices.checkout.failed', PRE_USE)}
    </Alert>
  );
};

/** 领用 (Art. 9): an officer of the unit takes an in-service device nobody holds, after the pre-use check. */
export const CheckoutButton = () => {
  const device = useRecordContext<DeviceRecord>();
  const ability = useAppAbility();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const { submit } = useAction(
    (_dp, id: string, check: PreUseCheck) => checkoutDevice(id, check),
    'resources.devices.notifications.checked_out',
  );
  if (!device || device.status !== 'IN_SERVICE' || device.currentCheckout) return null;
  if (!ability.can('checkout', asSubject('Device', device))) return null;
  return (
    <>
      <Button label="resources.devices.actions.checkout" onClick={() => setOpen(true)}>
        <LoginIcon />
      </Button>
      <StepDialog<PreUseCheck>
        open={open}
        onClose={() => setOpen(false)}
        onSubmit={(check) => submit(() => setOpen(false), device.id, check)}
        title="resources.devices.checkout.title"
        help="resources.devices.checkout.help"
        confirm="resources.devices.actions.checkout"
        icon={<LoginIcon />}
        translateOptions={{ number: device.number, ...PRE_USE }}
        defaultValues={{ clockCorrect: false }}
      >
        <NumberInput
          source="batteryPercent"
          label="resources.devices.fields.batteryPercent"
          validate={validateBattery}
          min={0}
          max={100}
          fullWidth
        />
        <NumberInput
          source="freeStorageGb"
          label="resources.devices.fields.freeStorageGb"
          validate={validateStorage}
          min={0}
          step={0.1}
          fullWidth
        />
        <BooleanInput
          source="clockCorrect"
          label="resources.devices.fields.clockCorrect"
          helperText={translate('resources.devices.checkout.clock_help')}
        />
        <FormDataConsumer<PreUseCheck>>{({ formData }) => <CheckWarning check={formData} />}</FormDataConsumer>
        <TextInput
          source="overrideReason"
          label="resources.devices.fields.overrideReason"
          helperText="resources.devices.checkout.reason_help"
          validate={maxLength(300)}
          multiline
          minRows={2}
          fullWidth
        />
      </StepDialog>
    </>
  );
};
