import { Typography } from '@mui/material';
import {
  AutocompleteInput,
  CheckboxGroupInput,
  FormDataConsumer,
  RadioButtonGroupInput,
  ReferenceInput,
  required,
  useGetList,
  useTranslate,
} from 'react-admin';
import type { CaseRecord, EnforcementRecord } from '../common/records';

const caseOption = (c: CaseRecord) => (c ? `${c.number} ${c.partyName ?? ''}（${c.cause}）` : '');

const scopeChoices = [
  { id: 'case', name: 'resources.disclosures.scope.case' },
  { id: 'records', name: 'resources.disclosures.scope.records' },
];

const recordLabel = (translate: (key: string) => string) => (r: EnforcementRecord) =>
  `${r.title}（${translate(`er.recordKind.${r.kind}`)}${
    r.confidentiality === 'NONE' ? '' : ` · ${translate(`er.confidentiality.${r.confidentiality}`)}`
  }）`;

/** The records of the chosen case the user may read, to tick. */
const CaseRecordsInput = ({ caseId }: { caseId: string }) => {
  const translate = useTranslate();
  const { data = [], isPending } = useGetList<EnforcementRecord>('records', {
    filter: { caseId },
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'createdAt', order: 'ASC' },
  });
  if (isPending) return <Typography variant="body2">{translate('ra.page.loading')}</Typography>;
  return (
    <CheckboxGroupInput
      source="recordIds"
      label="resources.disclosures.fields.recordIds"
      choices={data}
      optionText={recordLabel(translate)}
      row={false}
      validate={required('resources.disclosures.errors.recordIds')}
    />
  );
};

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
        formData.scope === 'records' && formData.caseId ? <CaseRecordsInput caseId={String(formData.caseId)} /> : null
      }
    </FormDataConsumer>
  </>
);
