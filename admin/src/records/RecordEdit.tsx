import { Alert, Typography } from '@mui/material';
import {
  BooleanInput,
  DateTimeInput,
  Edit,
  ReferenceInput,
  SaveButton,
  SelectInput,
  ShowButton,
  SimpleForm,
  TextInput,
  Toolbar,
  TopToolbar,
  maxLength,
  minLength,
  required,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { AV_KINDS } from '../common/domain';
import type { EnforcementRecord } from '../common/records';
import { DocumentInputs, ProtectionInputs } from './MetadataInputs';

const validateReason = [required('resources.records.errors.reason'), minLength(2), maxLength(500)];

/** The save button, or why this user cannot correct this record now (compiled case, not a handler). */
const CorrectToolbar = () => {
  const record = useRecordContext<EnforcementRecord>();
  const ability = useAppAbility();
  const translate = useTranslate();
  const allowed = record && ability.can('update', asSubject('Record', record));
  return (
    <Toolbar>
      {allowed ? (
        <SaveButton label="resources.records.actions.correct" />
      ) : (
        <Alert severity="warning">{translate('resources.records.correct.forbidden')}</Alert>
      )}
    </Toolbar>
  );
};

/** Capture time, place, device, officer and the Art. 8 notice: the fields of audio and video. */
const AvInputs = () => {
  const record = useRecordContext<EnforcementRecord>();
  if (!record || !AV_KINDS.includes(record.kind)) return null;
  return (
    <>
      <DateTimeInput source="capturedFrom" validate={required()} />
      <DateTimeInput source="capturedTo" validate={required()} />
      <TextInput source="location" validate={maxLength(300)} fullWidth />
      <TextInput source="deviceNumber" validate={maxLength(64)} fullWidth />
      <ReferenceInput source="officerId" reference="users" filter={{ unitId: record.unit.id }}>
        <SelectInput optionText="displayName" fullWidth />
      </ReferenceInput>
      <BooleanInput source="partyNotified" />
    </>
  );
};

const CorrectionHelp = () => {
  const record = useRecordContext<EnforcementRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Alert severity="info" sx={{ mb: 2, width: '100%' }}>
      <Typography variant="body2">
        {translate('resources.records.correct.help', { title: record.title, version: record.version })}
      </Typography>
    </Alert>
  );
};

/** 更正: a new version of the metadata with its reason; the earlier versions stay as they were (Art. 21). */
export const RecordEdit = () => (
  <Edit
    mutationMode="pessimistic"
    redirect="show"
    actions={
      <TopToolbar>
        <ShowButton />
      </TopToolbar>
    }
  >
    <SimpleForm toolbar={<CorrectToolbar />} sx={{ maxWidth: 800 }}>
      <CorrectionHelp />
      <DocumentInputs />
      <AvInputs />
      <ProtectionInputs />
      <TextInput
        source="reason"
        label="resources.records.fields.reason"
        validate={validateReason}
        helperText="resources.records.correct.reason_help"
        multiline
        fullWidth
      />
    </SimpleForm>
  </Edit>
);
