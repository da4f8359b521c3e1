import { Alert, Grid, Stack } from '@mui/material';
import { EditButton, Show, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { DateTimeField, DayField, EnumField } from '../common/fields';
import { Cell, Section } from '../common/layout';
import { CheckoutButton } from './CheckoutButton';
import { CheckoutsSection } from './CheckoutsSection';
import { DeviceRecords } from './DeviceRecords';
import type { DeviceDetail } from './domain';
import { FaultsSection } from './FaultsSection';
import { DeviceStatusField, HolderField } from './fields';
import { MaintenanceSection } from './MaintenanceSection';
import { CheckAfterRepairButton, RecordRepairButton, SendForRepairButton } from './RepairButtons';
import { ReportFaultButton } from './ReportFaultButton';
import { RetireButton } from './RetireButton';
import { ReturnButton } from './ReturnButton';

/** 修改: for the registry (the unit's clerk, the information centre) while the device is not retired. */
const DeviceEditButton = () => {
  const device = useRecordContext<DeviceDetail>();
  const ability = useAppAbility();
  if (!device || device.status === 'RETIRED' || !ability.can('update', asSubject('Device', device))) return null;
  return <EditButton />;
};

const DeviceActions = () => (
  <TopToolbar>
    <DeviceEditButton />
    <CheckoutButton />
    <ReturnButton />
    <ReportFaultButton />
    <SendForRepairButton />
    <RecordRepairButton />
    <CheckAfterRepairButton />
    <RetireButton />
  </TopToolbar>
);

/** A blocked device says why: the open fault (Art. 10) stops every checkout until a passed check. */
const BlockedNotice = () => {
  const device = useRecordContext<DeviceDetail>();
  const translate = useTranslate();
  if (device?.status !== 'FAULTY' && device?.status !== 'UNDER_REPAIR') return null;
  return <Alert severity="error">{translate(`resources.devices.blocked.${device.status}`)}</Alert>;
};

const DeviceDetails = () => (
  <Stack spacing={2} sx={{ mt: 1, mb: 4 }}>
    <BlockedNotice />
    <Section title="resources.devices.sections.device">
      <Grid container spacing={2}>
        <Cell>
          <TextField source="number" />
        </Cell>
        <Cell>
          <EnumField source="kind" prefix="er.deviceKind" />
        </Cell>
        <Cell>
          <DeviceStatusField source="status" />
        </Cell>
        <Cell>
          <TextField source="model" />
        </Cell>
        <Cell>
          <TextField source="serial" />
        </Cell>
        <Cell>
          <TextField source="unit.name" />
        </Cell>
        <Cell>
          <TextField source="custodian.displayName" emptyText="—" />
        </Cell>
        <Cell>
          <DayField source="purchasedOn" />
        </Cell>
        <Cell label="resources.devices.fields.holder">
          <HolderField />
        </Cell>
        <Cell>
          <DateTimeField source="createdAt" />
        </Cell>
      </Grid>
    </Section>
    <MaintenanceSection />
    <FaultsSection />
    <CheckoutsSection />
    <DeviceRecords />
  </Stack>
);

export const DeviceShow = () => (
  <Show actions={<DeviceActions />} component="div">
    <DeviceDetails />
  </Show>
);
