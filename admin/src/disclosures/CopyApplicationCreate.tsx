import { Alert } from '@mui/material';
import {
  Create,
  DateTimeInput,
  FormDataConsumer,
  RadioButtonGroupInput,
  SimpleForm,
  TextInput,
  maxLength,
  minLength,
  required,
  useTranslate,
} from 'react-admin';
import { AttachmentInput } from './AttachmentInput';
import { CaseScopeInputs } from './CaseScopeInputs';
import { choicesOf, ID_TYPES, RELATIONS } from './domain';

const relationChoices = choicesOf(RELATIONS, 'resources.disclosures.relations');
const defaults = { applicantIdType: ID_TYPES[0], relation: 'PARTY', scope: 'case', recordIds: [] };

/** ID types to pick from; any other can be typed. */
const IdTypes = () => (
  <datalist id="applicant-id-types">
    {ID_TYPES.map((t) => (
      <option key={t} value={t} />
    ))}
  </datalist>
);

/** 当事人复制申请 (Art. 19): the applicant, their identity and standing, the case and what they apply for. */
export const CopyApplicationCreate = () => {
  const translate = useTranslate();
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={defaults} sx={{ maxWidth: 860 }}>
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('resources.disclosures.copy_help')}
        </Alert>
        <TextInput source="applicantName" validate={[required(), maxLength(200)]} fullWidth />
        <TextInput
          source="applicantIdType"
          validate={[required(), maxLength(50)]}
          helperText="resources.disclosures.id_type_help"
          slotProps={{ htmlInput: { list: 'applicant-id-types' } }}
          fullWidth
        />
        <IdTypes />
        <TextInput source="applicantIdNumber" validate={[required(), maxLength(64)]} fullWidth />
        <RadioButtonGroupInput source="relation" choices={relationChoices} validate={required()} />
        <CaseScopeInputs />
        <TextInput
          source="purpose"
          validate={[required(), minLength(2), maxLength(2000)]}
          multiline
          minRows={2}
          fullWidth
        />
        <AttachmentInput
          source="applicationFormId"
          purpose="APPLICATION_FORM"
          label="resources.copyApplications.fields.applicationFormId"
          validate={required('resources.disclosures.errors.applicationFormId')}
        />
        <AttachmentInput
          source="identityDocumentId"
          purpose="IDENTITY_DOCUMENT"
          label="resources.copyApplications.fields.identityDocumentId"
          validate={required('resources.disclosures.errors.identityDocumentId')}
        />
        <FormDataConsumer>
          {({ formData }) =>
            formData.relation === 'AGENT' ? (
              <AttachmentInput
                source="authorisationId"
                purpose="AUTHORISATION"
                label="resources.copyApplications.fields.authorisationId"
                validate={required('resources.disclosures.errors.authorisationId')}
                helperText="resources.disclosures.authorisation_help"
              />
            ) : null
          }
        </FormDataConsumer>
        <DateTimeInput source="dueAt" />
      </SimpleForm>
    </Create>
  );
};
