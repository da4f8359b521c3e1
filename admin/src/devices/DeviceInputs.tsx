import {
  DateInput,
  FormDataConsumer,
  SelectInput,
  TextInput,
  maxLength,
  regex,
  required,
  useGetList,
} from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { today } from '../common/dates';
import type { UnitRecord, UserRecord } from '../common/records';
import { notAfter } from '../common/validation';
import { DEVICE_KINDS } from './domain';

const kindChoices = DEVICE_KINDS.map((kind) => ({ id: kind, name: `er.deviceKind.${kind}` }));
const validateNumber = [required(), regex(/^[A-Z0-9][A-Z0-9-]{2,63}$/, 'resources.devices.errors.number')];
const validateText = [required(), maxLength(100)];
const toUpper = (value: string) => value.toUpperCase();

/** Units in which the rules let the user register a device: any for 信息中心, their own for a clerk. */
function useRegisterUnits() {
  const ability = useAppAbility();
  const { data = [], isPending } = useGetList<UnitRecord>('units', {
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'code', order: 'ASC' },
  });
  const units = data.filter((unit) => ability.can('create', asSubject('Device', { unit: { id: unit.id } })));
  return { units, isPending };
}

/** 保管人: an active member of the device's unit (optional). */
export const CustodianInput = ({ unitId }: { unitId?: string }) => {
  const { data = [], isPending } = useGetList<UserRecord>(
    'users',
    {
      filter: { unitId, active: true },
      pagination: { page: 1, perPage: 200 },
      sort: { field: 'username', order: 'ASC' },
    },
    { enabled: !!unitId },
  );
  const choices = data.map((user) => ({ id: user.id, name: `${user.displayName}（${user.username}）` }));
  return (
    <SelectInput
      source="custodianId"
      choices={choices}
      isPending={!!unitId && isPending}
      disabled={!unitId}
      emptyText="resources.devices.no_custodian"
      fullWidth
    />
  );
};

/** 登记设备: number, kind, model and serial, the unit that keeps it, its custodian and purchase date. */
export const DeviceInputs = () => {
  const { units, isPending } = useRegisterUnits();
  return (
    <>
      <SelectInput
        source="unitId"
        choices={units}
        optionText={(unit: UnitRecord) => `${unit.name}（${unit.code}）`}
        isPending={isPending}
        validate={required()}
        fullWidth
      />
      <TextInput
        source="number"
        parse={toUpper}
        validate={validateNumber}
        helperText="resources.devices.number_help"
        fullWidth
      />
      <SelectInput source="kind" choices={kindChoices} validate={required()} fullWidth />
      <TextInput source="model" validate={validateText} fullWidth />
      <TextInput source="serial" validate={validateText} fullWidth />
      <FormDataConsumer<{ unitId?: string }>>
        {({ formData }) => <CustodianInput unitId={formData.unitId} />}
      </FormDataConsumer>
      <DateInput source="purchasedOn" validate={notAfter(today)} fullWidth />
    </>
  );
};
