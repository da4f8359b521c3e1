import { Typography } from '@mui/material';
import { FormDataConsumer, RadioButtonGroupInput, TextInput, maxLength, required, useTranslate } from 'react-admin';
import { partyKindChoices } from '../common/choices';
import { partyIdNumber, phoneNumber } from '../common/validation';

const validateName = [required(), maxLength(200)];
const validatePerson = [partyIdNumber('PERSON'), maxLength(32)];
const validateOrganisation = [partyIdNumber('ORGANISATION'), maxLength(32)];
const toUpper = (value: string) => value.toUpperCase();

/** 当事人: the kind switches between a person's fields and an organisation's. */
export const PartyInputs = () => {
  const translate = useTranslate();
  return (
    <>
      <Typography variant="subtitle1" component="h2" sx={{ mt: 2, fontWeight: 600 }}>
        {translate('resources.cases.sections.party')}
      </Typography>
      <RadioButtonGroupInput
        source="party.kind"
        label="resources.cases.fields.partyKind"
        choices={partyKindChoices}
        validate={required()}
      />
      <FormDataConsumer<{ party?: { kind?: string } }>>
        {({ formData }) => {
          const person = formData.party?.kind !== 'ORGANISATION';
          const label = (field: string) => `resources.cases.party.${person ? 'person' : 'organisation'}.${field}`;
          return (
            <>
              <TextInput source="party.name" label={label('name')} validate={validateName} fullWidth />
              <TextInput
                source="party.idNumber"
                label={label('idNumber')}
                parse={toUpper}
                validate={person ? validatePerson : validateOrganisation}
                fullWidth
              />
              <TextInput source="party.phone" label={label('phone')} validate={phoneNumber} fullWidth />
              <TextInput source="party.address" label={label('address')} validate={maxLength(300)} fullWidth />
              {!person && (
                <TextInput
                  source="party.legalRepresentative"
                  label={label('legalRepresentative')}
                  validate={maxLength(100)}
                  fullWidth
                />
              )}
            </>
          );
        }}
      </FormDataConsumer>
    </>
  );
};
