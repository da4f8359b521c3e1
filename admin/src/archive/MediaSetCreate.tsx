import { Alert } from '@mui/material';
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  Create,
  FormDataConsumer,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  minValue,
  required,
  useTranslate,
} from 'react-admin';
import type { CaseRecord } from '../common/records';
import { CaseRecordsInput } from '../records/CaseRecordsInput';
import { MEDIUM_TYPES } from './mediaData';

const F = 'resources.mediaSets.fields';
const mediumChoices = MEDIUM_TYPES.map((t) => ({ id: t, name: `er.mediumType.${t}` }));
const caseOption = (c: CaseRecord) => (c ? `${c.number} ${c.partyName ?? ''}（${c.cause}）` : '');
const defaults = { mediumType: 'DVD', caseIds: [], recordIds: [] };

/** Something must go on the medium: a whole case or a record. */
const somethingChosen = (_: unknown, values: { caseIds?: string[]; recordIds?: string[] }) =>
  values.caseIds?.length || values.recordIds?.length ? undefined : 'resources.mediaSets.errors.empty';

/** 制作长期保存介质: archived cases and/or records of a case, onto CD, DVD, BD-R or USB drives. */
export const MediaSetCreate = () => {
  const translate = useTranslate();
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={defaults} sx={{ maxWidth: 860 }}>
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('resources.mediaSets.create_help')}
        </Alert>
        <ReferenceArrayInput
          source="caseIds"
          reference="cases"
          filter={{ statuses: ['ARCHIVED'] }}
          sort={{ field: 'openedOn', order: 'DESC' }}
        >
          <AutocompleteArrayInput
            optionText={caseOption}
            label={`${F}.caseIds`}
            helperText={`${F}.caseIds_help`}
            validate={somethingChosen}
            fullWidth
          />
        </ReferenceArrayInput>
        <ReferenceInput source="recordsCaseId" reference="cases" sort={{ field: 'openedOn', order: 'DESC' }}>
          <AutocompleteInput
            optionText={caseOption}
            label={`${F}.recordsCaseId`}
            helperText={`${F}.recordsCaseId_help`}
            fullWidth
          />
        </ReferenceInput>
        <FormDataConsumer>
          {({ formData }) =>
            formData.recordsCaseId ? (
              <CaseRecordsInput caseId={String(formData.recordsCaseId)} label={`${F}.recordIds`} />
            ) : null
          }
        </FormDataConsumer>
        <SelectInput source="mediumType" choices={mediumChoices} validate={required()} />
        <FormDataConsumer>
          {({ formData }) =>
            formData.mediumType === 'USB' ? (
              <NumberInput
                source="capacityMb"
                label={`${F}.capacityMb`}
                helperText={`${F}.capacityMb_help`}
                validate={[required(), minValue(1)]}
                min={1}
                step={1}
              />
            ) : null
          }
        </FormDataConsumer>
      </SimpleForm>
    </Create>
  );
};
