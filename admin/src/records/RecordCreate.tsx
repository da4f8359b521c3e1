import {
  AutocompleteInput,
  Create,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  maxLength,
  required,
} from 'react-admin';
import { useAppAbility } from '../auth/ability';
import { useSession } from '../auth/session';
import { textKindChoices } from '../common/choices';
import type { CaseRecord } from '../common/records';
import { DocumentInputs, ProtectionInputs } from './MetadataInputs';
import { recordableCaseFilter } from './recordableCases';

const caseOption = (c: CaseRecord) => `${c.number} ${c.partyName}（${c.cause}）`;
const validateBody = [required('resources.records.errors.body'), maxLength(200_000)];
const defaults = { confidentiality: 'NONE', longTerm: false };

/** A text record written in the system (Art. 3 text kinds), on a case the user may add records to. */
export const RecordCreate = () => {
  const ability = useAppAbility();
  const session = useSession();
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={defaults} sx={{ maxWidth: 800 }}>
        <ReferenceInput
          source="caseId"
          reference="cases"
          filter={recordableCaseFilter(ability, session)}
          sort={{ field: 'openedOn', order: 'DESC' }}
        >
          <AutocompleteInput
            optionText={caseOption}
            validate={required('resources.records.errors.caseId')}
            helperText="resources.records.case_help"
            fullWidth
          />
        </ReferenceInput>
        <SelectInput source="kind" choices={textKindChoices} validate={required()} fullWidth />
        <DocumentInputs />
        <TextInput source="body" validate={validateBody} multiline minRows={8} fullWidth />
        <ProtectionInputs />
      </SimpleForm>
    </Create>
  );
};
