import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import { useState } from 'react';
import { Button, TextInput, maxLength, minLength, required, useRecordContext } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { useAction } from '../common/useAction';
import { reportFault } from './deviceActions';
import type { DeviceRecord } from './domain';
import { StepDialog } from './StepDialog';

const validateDescription = [required(), minLength(2), maxLength(1000)];

/** 故障报告 (Art. 10): blocks the device at once, until repaired and checked. */
export const ReportFaultButton = () => {
  const device = useRecordContext<DeviceRecord>();
  const ability = useAppAbility();
  const [open, setOpen] = useState(false);
  const { submit } = useAction(
    (_dp, id: string, description: string) => reportFault(id, description),
    'resources.devices.notifications.fault_reported',
  );
  if (!device || device.status !== 'IN_SERVICE' || !ability.can('reportFault', asSubject('Device', device)))
    return null;
  return (
    <>
      <Button label="resources.devices.actions.report_fault" color="error" onClick={() => setOpen(true)}>
        <ReportProblemIcon />
      </Button>
      <StepDialog<{ description: string }>
        open={open}
        onClose={() => setOpen(false)}
        onSubmit={({ description }) => submit(() => setOpen(false), device.id, description.trim())}
        title="resources.devices.fault.title"
        help="resources.devices.fault.help"
        confirm="resources.devices.actions.report_fault"
        icon={<ReportProblemIcon />}
        translateOptions={{ number: device.number }}
      >
        <TextInput
          source="description"
          label="resources.devices.fields.description"
          validate={validateDescription}
          multiline
          minRows={3}
          fullWidth
        />
      </StepDialog>
    </>
  );
};
