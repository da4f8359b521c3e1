import HandymanIcon from '@mui/icons-material/Handyman';
import { useState } from 'react';
import { Button, SelectInput, TextInput, maxLength, required, useRecordContext } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { useAction } from '../common/useAction';
import type { MaintenanceKind } from '../gql/graphql';
import { logMaintenance } from './deviceActions';
import { MAINTENANCE_KINDS, type DeviceDetail } from './domain';
import { StepDialog } from './StepDialog';

const kindChoices = MAINTENANCE_KINDS.map((kind) => ({ id: kind, name: `er.maintenanceKind.${kind}` }));

/** 维护保养 (Art. 9): the unit's clerk logs charging, battery and storage checks, cleaning. */
export const LogMaintenanceButton = () => {
  const device = useRecordContext<DeviceDetail>();
  const ability = useAppAbility();
  const [open, setOpen] = useState(false);
  const { submit } = useAction(
    (_dp, id: string, kind: MaintenanceKind, note?: string) => logMaintenance(id, kind, note),
    'resources.devices.notifications.maintained',
  );
  if (!device || device.status === 'RETIRED' || !ability.can('maintain', asSubject('Device', device))) return null;
  const overdue = device.maintenanceDue?.find((due) => due.overdue)?.kind;
  return (
    <>
      <Button label="resources.devices.actions.maintain" onClick={() => setOpen(true)}>
        <HandymanIcon />
      </Button>
      <StepDialog<{ kind: MaintenanceKind; note?: string }>
        open={open}
        onClose={() => setOpen(false)}
        onSubmit={({ kind, note }) => submit(() => setOpen(false), device.id, kind, note)}
        title="resources.devices.maintenance.title"
        help="resources.devices.maintenance.help"
        confirm="resources.devices.actions.maintain"
        icon={<HandymanIcon />}
        translateOptions={{ number: device.number }}
        defaultValues={{ kind: overdue }}
      >
        <SelectInput
          source="kind"
          label="resources.devices.fields.maintenanceKind"
          choices={kindChoices}
          validate={required()}
          fullWidth
        />
        <TextInput
          source="note"
          label="resources.devices.fields.note"
          validate={maxLength(500)}
          multiline
          minRows={2}
          fullWidth
        />
      </StepDialog>
    </>
  );
};
