import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import { useState } from 'react';
import { Button, useRecordContext } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { ReasonDialog } from '../common/ReasonDialog';
import { useAction } from '../common/useAction';
import { retireDevice } from './deviceActions';
import type { DeviceRecord } from './domain';

/** 报废: the device leaves service for good; not while someone holds it. */
export const RetireButton = () => {
  const device = useRecordContext<DeviceRecord>();
  const ability = useAppAbility();
  const [open, setOpen] = useState(false);
  const { submit } = useAction(
    (_dp, id: string, reason: string) => retireDevice(id, reason),
    'resources.devices.notifications.retired',
  );
  if (!device || device.status === 'RETIRED' || device.currentCheckout) return null;
  if (!ability.can('retire', asSubject('Device', device))) return null;
  return (
    <>
      <Button label="resources.devices.actions.retire" color="error" onClick={() => setOpen(true)}>
        <DeleteForeverIcon />
      </Button>
      <ReasonDialog
        open={open}
        onClose={() => setOpen(false)}
        onSubmit={(reason) => submit(() => setOpen(false), device.id, reason)}
        title="resources.devices.retire.title"
        help="resources.devices.retire.help"
        confirm="resources.devices.actions.retire"
        icon={<DeleteForeverIcon />}
        translateOptions={{ number: device.number }}
      />
    </>
  );
};
