import {
  BooleanInput,
  FormDataConsumer,
  SelectInput,
  TextInput,
  maxLength,
  required,
  type Validator,
} from 'react-admin';
import { useSession } from '../auth/session';
import { confidentialityChoices, secretLevelChoices, stageChoices } from '../common/choices';
import { CLEARANCES } from '../common/domain';

const validateTitle = [required(), maxLength(300)];
const validateReason = [required('resources.records.errors.longTermReason'), maxLength(300)];

type Values = { confidentiality?: string; longTerm?: boolean };

/** Secret levels up to the user's own clearance: nobody files a record they could not read. */
function useSecretLevels() {
  const clearance = useSession()?.user.clearance ?? 'NONE';
  const rank = CLEARANCES.indexOf(clearance);
  return secretLevelChoices.filter((choice) => CLEARANCES.indexOf(choice.id) <= rank);
}

/** Title, stage and document fields shared by the text-record form and the correction form. */
export const DocumentInputs = () => (
  <>
    <TextInput source="title" validate={validateTitle} fullWidth />
    <SelectInput source="stage" choices={stageChoices} emptyText="—" fullWidth />
    <TextInput
      source="documentNumber"
      validate={maxLength(100)}
      helperText="resources.records.document_help"
      fullWidth
    />
    <TextInput source="issuedTo" validate={maxLength(200)} fullWidth />
  </>
);

/** Confidentiality (Art. 20) with the level for state secrets, and long-term preservation (Art. 15) with its reason. */
export const ProtectionInputs = () => {
  const levels = useSecretLevels();
  const choices = levels.length
    ? confidentialityChoices
    : confidentialityChoices.filter((choice) => choice.id !== 'STATE_SECRET');
  const levelRequired: Validator = required('resources.records.errors.secretLevel');
  return (
    <FormDataConsumer<Values>>
      {({ formData }) => (
        <>
          <SelectInput source="confidentiality" choices={choices} validate={required()} fullWidth />
          {formData.confidentiality === 'STATE_SECRET' && (
            <SelectInput source="secretLevel" choices={levels} validate={levelRequired} fullWidth />
          )}
          <BooleanInput source="longTerm" helperText="resources.records.long_term_help" />
          {formData.longTerm && <TextInput source="longTermReason" validate={validateReason} multiline fullWidth />}
        </>
      )}
    </FormDataConsumer>
  );
};
