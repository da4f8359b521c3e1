import { AutocompleteInput, FormDataConsumer, RadioButtonGroupInput, ReferenceInput, required } from 'react-admin';
import type { CaseRecord } from '../common/records';
import { CaseRecordsInput } from '../records/CaseRecordsInput';

const caseOption = (c: CaseRecord) => (c ? `${c.number} ${c.partyName ?? ''}（${c.cause}）` : '');

const scopeChoices = [
  { id: 'case', name: 'resources.disclosures.scope.case' },
  { id: 'records', name: 'resources.disclosures.scope.records' },
];

/** The case (autocomplete) and what of it: the whole case, or records ticked one by one. */
export const CaseScopeInputs = () => (
  <>
    <ReferenceInput source="caseId" reference="cases" sort={{ field: 'openedOn', order: 'DESC' }}>
      <AutocompleteInput
        optionText={caseOption}
        label="resources.disclosures.fields.caseId"
        validate={required('resources.disclosures.errors.caseId')}
        fullWidth
      />
    </ReferenceInput>
    <RadioButtonGroupInput source="scope" label="resources.disclosures.fields.scope" choices={scopeChoices} />
    <FormDataConsumer>
      {({ formData }) =>
        formData.scope === 'records' && formData.caseId ? (
          <CaseRecordsInput
            caseId={String(formData.caseId)}
            label="resources.disclosures.fields.recordIds"
            validate={required('resources.disclosures.errors.recordIds')}
          />
        ) : null
      }
    </FormDataConsumer>
  </>
);
