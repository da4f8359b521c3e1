import {
  DateInput,
  Edit,
  Labeled,
  ShowButton,
  SimpleForm,
  TextField,
  TextInput,
  TopToolbar,
  maxLength,
  required,
  useNotify,
  useRecordContext,
  useRedirect,
} from 'react-admin';
import { today } from '../common/dates';
import { EnumField } from '../common/fields';
import { notAfter } from '../common/validation';
import { CustodianInput } from './DeviceInputs';
import type { DeviceRecord } from './domain';

const validateText = [required(), maxLength(100)];

/** The custodian picker for the device's own unit (the unit does not change here). */
const Custodian = () => {
  const device = useRecordContext<DeviceRecord>();
  return <CustodianInput unitId={device?.unit.id} />;
};

/**
 * 修改设备信息: the registry corrects model and serial, hands the device to another custodian of
 * its unit (Art. 9) or sets its purchase date; number, kind and unit stay as registered.
 */
export const DeviceEdit = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  return (
    <Edit
      mutationMode="pessimistic"
      mutationOptions={{
        onSuccess: (device: DeviceRecord) => {
          notify('resources.devices.notifications.updated', {
            type: 'success',
            messageArgs: { number: device.number },
          });
          redirect('show', 'devices', device.id);
        },
      }}
      actions={
        <TopToolbar>
          <ShowButton />
        </TopToolbar>
      }
    >
      <SimpleForm sx={{ maxWidth: 640 }}>
        <Labeled>
          <TextField source="number" />
        </Labeled>
        <Labeled>
          <EnumField source="kind" prefix="er.deviceKind" />
        </Labeled>
        <Labeled label="resources.devices.fields.unitId">
          <TextField source="unit.name" />
        </Labeled>
        <TextInput source="model" validate={validateText} fullWidth />
        <TextInput source="serial" validate={validateText} fullWidth />
        <Custodian />
        <DateInput source="purchasedOn" validate={notAfter(today)} fullWidth />
      </SimpleForm>
    </Edit>
  );
};
