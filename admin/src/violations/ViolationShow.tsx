import { Typography } from '@mui/material';
import {
  Datagrid,
  Labeled,
  NumberField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { DateTimeField, DayField } from '../common/fields';
import { CorrectViolationButton } from './CorrectViolationButton';
import { EvidenceField, KindField, PersonField, ViolationOutcomeField } from './fields';

const Versions = () => {
  const translate = useTranslate();
  return (
    <>
      <Typography variant="h6" sx={{ mt: 2 }}>
        {translate('resources.violations.versions')}
      </Typography>
      <ReferenceManyField reference="violationVersions" target="entryId" sort={{ field: 'version', order: 'DESC' }}>
        <Datagrid bulkActionButtons={false} rowClick={false} expand={<VersionDetails />} expandSingle>
          <NumberField source="version" sortable={false} label="resources.violations.fields.version" />
          <DateTimeField source="createdAt" sortable={false} label="resources.violations.fields.createdAt" />
          <TextField source="createdBy.displayName" sortable={false} label="resources.violations.fields.createdBy" />
          <KindField source="kind" sortable={false} label="resources.violations.fields.kind" />
          <ViolationOutcomeField source="outcome" sortable={false} label="resources.violations.fields.outcome" />
          <TextField source="reason" sortable={false} label="resources.violations.fields.reason" emptyText="—" />
        </Datagrid>
      </ReferenceManyField>
    </>
  );
};

const VersionDetails = () => (
  <SimpleShowLayout>
    <PersonField source="person" label="resources.violations.fields.person" />
    <DayField source="occurredOn" label="resources.violations.fields.occurredOn" />
    <TextField source="finding" label="resources.violations.fields.finding" />
    <EvidenceField source="evidence" label="resources.violations.fields.evidence" />
  </SimpleShowLayout>
);

/** An entry as it stands, its evidence, and every version with who, when and why. */
export const ViolationShow = () => (
  <Show
    actions={
      <TopToolbar>
        <CorrectViolationButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <KindField source="kind" />
      <PersonField source="person" />
      <TextField source="unit.name" label="resources.violations.fields.unit" />
      <DayField source="occurredOn" />
      <TextField source="finding" sx={{ whiteSpace: 'pre-wrap' }} />
      <ViolationOutcomeField source="outcome" />
      <EvidenceField source="evidence" />
      <Labeled label="resources.violations.fields.version">
        <NumberField source="version" />
      </Labeled>
      <DateTimeField source="createdAt" />
      <Versions />
    </SimpleShowLayout>
  </Show>
);
