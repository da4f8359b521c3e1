import { Create, SimpleForm, useNotify, useRedirect } from 'react-admin';
import { useSession } from '../auth/session';
import { DeviceInputs } from './DeviceInputs';
import type { DeviceRecord } from './domain';

/** 登记设备: a clerk registers for their own unit; the form starts there. */
export const DeviceCreate = () => {
  const session = useSession();
  const notify = useNotify();
  const redirect = useRedirect();
  const onSuccess = (device: DeviceRecord) => {
    notify('resources.devices.notifications.registered', { type: 'success', messageArgs: { number: device.number } });
    redirect('show', 'devices', device.id);
  };
  const defaults = session?.user.roles.includes('unitClerk') ? { unitId: session.user.unit.id } : {};
  return (
    <Create mutationOptions={{ onSuccess }}>
      <SimpleForm defaultValues={defaults} sx={{ maxWidth: 640 }}>
        <DeviceInputs />
      </SimpleForm>
    </Create>
  );
};
