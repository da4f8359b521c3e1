import BuildIcon from '@mui/icons-material/Build';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import { useState, type ReactElement, type ReactNode } from 'react';
import {
  Button,
  RadioButtonGroupInput,
  TextInput,
  maxLength,
  minLength,
  required,
  useRecordContext,
} from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { useAction } from '../common/useAction';
import { checkAfterRepair, recordRepair, sendForRepair } from './deviceActions';
import { openFault, type DeviceDetail } from './domain';
import { StepDialog } from './StepDialog';

const validateText = [required(), minLength(2), maxLength(1000)];
type Step = 'send' | 'record' | 'check';

/** Which repair step (Art. 10) the device's open fault waits for: sent out, back with a result, checked. */
function nextStep(device: DeviceDetail): Step | null {
  const fault = openFault(device);
  if (!fault) return null;
  if (device.status === 'FAULTY') return 'send';
  if (device.status !== 'UNDER_REPAIR') return null;
  return fault.repairedAt ? 'check' : 'record';
}

interface StepProps<V extends object> {
  step: Step;
  icon: ReactElement;
  run: (id: string, values: V) => Promise<unknown>;
  children: ReactNode;
}

function RepairStep<V extends object>({ step, icon, run, children }: StepProps<V>) {
  const device = useRecordContext<DeviceDetail>();
  const ability = useAppAbility();
  const [open, setOpen] = useState(false);
  const { submit } = useAction(
    (_dp, id: string, values: V) => run(id, values),
    `resources.devices.notifications.repair_${step}`,
  );
  if (!device?.faults || nextStep(device) !== step || !ability.can('repair', asSubject('Device', device))) return null;
  return (
    <>
      <Button label={`resources.devices.actions.repair_${step}`} onClick={() => setOpen(true)}>
        {icon}
      </Button>
      <StepDialog<V>
        open={open}
        onClose={() => setOpen(false)}
        onSubmit={(values) => submit(() => setOpen(false), device.id, values)}
        title={`resources.devices.repair.${step}_title`}
        help={`resources.devices.repair.${step}_help`}
        confirm={`resources.devices.actions.repair_${step}`}
        icon={icon}
        translateOptions={{ number: device.number }}
      >
        {children}
      </StepDialog>
    </>
  );
}

/** Sent to the professional repair service. */
export const SendForRepairButton = () => (
  <RepairStep<{ repairService: string }>
    step="send"
    icon={<LocalShippingIcon />}
    run={(id, v) => sendForRepair(id, v.repairService.trim())}
  >
    <TextInput
      source="repairService"
      label="resources.devices.fields.repairService"
      validate={validateText}
      fullWidth
    />
  </RepairStep>
);

/** Back from the repair service with its result; the device stays blocked until checked. */
export const RecordRepairButton = () => (
  <RepairStep<{ result: string }> step="record" icon={<BuildIcon />} run={(id, v) => recordRepair(id, v.result.trim())}>
    <TextInput
      source="result"
      label="resources.devices.fields.repairResult"
      validate={validateText}
      multiline
      minRows={2}
      fullWidth
    />
  </RepairStep>
);

const outcomes = [
  { id: 'passed', name: 'resources.devices.repair.passed' },
  { id: 'failed', name: 'resources.devices.repair.failed' },
];

/** The check after repair: passed returns the device to service, failed sends it back to the repairer. */
export const CheckAfterRepairButton = () => (
  <RepairStep<{ outcome: string; note: string }>
    step="check"
    icon={<FactCheckIcon />}
    run={(id, v) => checkAfterRepair(id, v.outcome === 'passed', v.note.trim())}
  >
    <RadioButtonGroupInput
      source="outcome"
      label="resources.devices.fields.checkOutcome"
      choices={outcomes}
      validate={required()}
    />
    <TextInput
      source="note"
      label="resources.devices.fields.checkNote"
      validate={validateText}
      multiline
      minRows={2}
      fullWidth
    />
  </RepairStep>
);
