import { Typography } from '@mui/material';
import {
  DateInput,
  FormDataConsumer,
  SelectInput,
  TextInput,
  maxLength,
  required,
  useGetList,
  useTranslate,
} from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { procedureChoices } from '../common/choices';
import { today } from '../common/dates';
import type { UnitRecord } from '../common/records';
import { notAfter } from '../common/validation';
import { OfficersInput } from './OfficersInput';
import { PartyInputs } from './PartyInputs';

const validateCause = [required(), maxLength(200)];
const validateOpenedOn = [required(), notAfter(today)];

/** Units that number cases (a case prefix) and in which the rules let the user open one. */
export function useCaseUnits() {
  const ability = useAppAbility();
  const { data = [], isPending } = useGetList<UnitRecord>('units', {
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'code', order: 'ASC' },
  });
  const units = data.filter(
    (unit) => unit.casePrefix && ability.can('create', asSubject('Case', { unit: { id: unit.id } })),
  );
  return { units, isPending };
}

/** 立案: unit, cause, procedure, opening date, handling officers and the party. */
export const CaseInputs = () => {
  const translate = useTranslate();
  const { units, isPending } = useCaseUnits();
  return (
    <>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
        {translate('resources.cases.sections.case')}
      </Typography>
      <SelectInput
        source="unitId"
        choices={units}
        optionText={(unit: UnitRecord) => `${unit.name}（${unit.casePrefix}）`}
        isPending={isPending}
        validate={required()}
        helperText="resources.cases.unit_help"
        fullWidth
      />
      <TextInput source="cause" validate={validateCause} helperText="resources.cases.cause_help" fullWidth />
      <SelectInput source="procedure" choices={procedureChoices} validate={required()} fullWidth />
      <DateInput source="openedOn" validate={validateOpenedOn} fullWidth />
      <FormDataConsumer<{ unitId?: string }>>
        {({ formData }) => <OfficersInput unitId={formData.unitId} />}
      </FormDataConsumer>
      <PartyInputs />
    </>
  );
};
