import { Typography } from '@mui/material';
import {
  Datagrid,
  Labeled,
  NumberField,
  ReferenceManyField,
  SimpleShowLayout,
  TextField,
  useTranslate,
} from 'react-admin';
import { DateTimeField, DayField } from '../common/fields';
import { EvidenceField, KindField, PersonField, ViolationOutcomeField } from './fields';

/** Labels name the register's fields, so the register's page and the person's own page read alike. */
const label = (field: string) => `resources.violations.fields.${field}`;

interface Props {
  /** Show the responsible person and their unit (the register); on the person's own page it is them. */
  withPerson?: boolean;
}

const Versions = ({ withPerson }: Props) => {
  const translate = useTranslate();
  return (
    <>
      <Typography variant="h6" sx={{ mt: 2 }}>
        {translate('resources.violations.versions')}
      </Typography>
      <ReferenceManyField reference="violationVersions" target="entryId" sort={{ field: 'version', order: 'DESC' }}>
        <Datagrid
          bulkActionButtons={false}
          rowClick={false}
          expand={<VersionDetails withPerson={withPerson} />}
          expandSingle
        >
          <NumberField source="version" sortable={false} label={label('version')} />
          <DateTimeField source="createdAt" sortable={false} label={label('createdAt')} />
          <TextField source="createdBy.displayName" sortable={false} label={label('createdBy')} emptyText="—" />
          <KindField source="kind" sortable={false} label={label('kind')} />
          <ViolationOutcomeField source="outcome" sortable={false} label={label('outcome')} />
          <TextField source="reason" sortable={false} label={label('reason')} emptyText="—" />
        </Datagrid>
      </ReferenceManyField>
    </>
  );
};

const VersionDetails = ({ withPerson }: Props) => (
  <SimpleShowLayout>
    {withPerson && <PersonField source="person" label={label('person')} />}
    <DayField source="occurredOn" label={label('occurredOn')} />
    <TextField source="finding" label={label('finding')} sx={{ whiteSpace: 'pre-wrap' }} />
    <EvidenceField source="evidence" label={label('evidence')} />
  </SimpleShowLayout>
);

/** An entry as it stands, its evidence, and every version with who, when and why. */
export const ViolationDetails = ({ withPerson = false }: Props) => (
  <SimpleShowLayout>
    <KindField source="kind" label={label('kind')} />
    {withPerson && <PersonField source="person" label={label('person')} />}
    {withPerson && <TextField source="unit.name" label={label('unit')} />}
    <DayField source="occurredOn" label={label('occurredOn')} />
    <TextField source="finding" label={label('finding')} sx={{ whiteSpace: 'pre-wrap' }} />
    <ViolationOutcomeField source="outcome" label={label('outcome')} />
    <EvidenceField source="evidence" label={label('evidence')} />
    <Labeled label={label('version')}>
      <NumberField source="version" />
    </Labeled>
    <DateTimeField source="createdAt" label={label('createdAt')} />
    <Versions withPerson={withPerson} />
  </SimpleShowLayout>
);
