import LogoutIcon from '@mui/icons-material/Logout';
import { useState } from 'react';
import { Button, Confirm, useRecordContext } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { useAction } from '../common/useAction';
import { returnDevice } from './deviceActions';
import type { DeviceRecord } from './domain';

/** 归还: the holder returns the device, or the unit's clerk takes it back. */
export const ReturnButton = ({ device: given }: { device?: DeviceRecord }) => {
  const fromContext = useRecordContext<DeviceRecord>();
  const device = given ?? fromContext;
  const ability = useAppAbility();
  const [open, setOpen] = useState(false);
  const { execute, pending } = useAction(
    (_dp, checkoutId: string) => returnDevice(checkoutId),
    'resources.devices.notifications.returned',
  );
  const checkout = device?.currentCheckout;
  if (!device || !checkout) return null;
  if (!ability.can('return', asSubject('DeviceCheckout', { ...checkout, device }))) return null;
  return (
    <>
      <Button label="resources.devices.actions.return" onClick={() => setOpen(true)} disabled={pending}>
        <LogoutIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={pending}
        title="resources.devices.return.title"
        content="resources.devices.return.content"
        translateOptions={{ number: device.number, officer: checkout.officer?.displayName ?? '' }}
        confirm="resources.devices.actions.return"
        onConfirm={async () => {
          if (await execute(checkout.id)) setOpen(false);
        }}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
