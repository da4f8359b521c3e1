import { Alert } from '@mui/material';
import {
  Create,
  DateInput,
  DateTimeInput,
  SelectInput,
  SimpleForm,
  TextInput,
  maxLength,
  minLength,
  required,
  useTranslate,
} from 'react-admin';
import { AttachmentInput } from './AttachmentInput';
import { CaseScopeInputs } from './CaseScopeInputs';
import { BODY_KINDS, choicesOf } from './domain';

const bodyKindChoices = choicesOf(BODY_KINDS, 'resources.disclosures.bodyKinds');
const defaults = { bodyKind: 'PEOPLES_COURT', scope: 'records', recordIds: [] };

/** 调取登记 (Art. 16–17): a letter from a court, reconsideration body or other body, and what it asks for. */
export const ExternalRequestCreate = () => {
  const translate = useTranslate();
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={defaults} sx={{ maxWidth: 860 }}>
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('resources.disclosures.external_help')}
        </Alert>
        <SelectInput source="bodyKind" choices={bodyKindChoices} validate={required()} fullWidth />
        <TextInput source="bodyName" validate={[required(), maxLength(200)]} fullWidth />
        <TextInput source="letterNumber" validate={[required(), maxLength(100)]} fullWidth />
        <DateInput source="letterDate" validate={required()} />
        <AttachmentInput
          source="letterId"
          purpose="LETTER"
          label="resources.externalRequests.fields.letterId"
          validate={required('resources.disclosures.errors.letterId')}
          helperText="resources.disclosures.upload.help"
        />
        <TextInput
          source="concerning"
          validate={[required(), maxLength(500)]}
          helperText="resources.disclosures.concerning_help"
          fullWidth
        />
        <TextInput
          source="purpose"
          validate={[required(), minLength(2), maxLength(2000)]}
          multiline
          minRows={2}
          fullWidth
        />
        <CaseScopeInputs />
        <DateTimeInput source="dueAt" />
      </SimpleForm>
    </Create>
  );
};
