import { Grid, Typography } from '@mui/material';
import { TextField, useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { Cell, Section } from '../common/layout';
import { EnumField } from '../common/fields';
import type { CaseRecord } from '../common/records';

type PersonalField = 'partyIdNumber' | 'partyPhone' | 'partyAddress';

/** Personal data as the server sent it, marked when the rules had it masked. */
const PersonalField = ({ source }: FieldProps & { source: PersonalField }) => {
  const record = useRecordContext<CaseRecord>();
  const ability = useAppAbility();
  const translate = useTranslate();
  const value = record?.[source];
  if (!record || !value) return <Typography variant="body2">—</Typography>;
  const masked = !ability.can('read', asSubject('Case', record), source);
  return (
    <Typography variant="body2" data-testid={source}>
      {value}
      {masked && (
        <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
          {translate('er.markers.masked')}
        </Typography>
      )}
    </Typography>
  );
};

/** 当事人: a person (name, ID number, phone, address) or an organisation (credit code, legal representative). */
export const PartySection = () => {
  const record = useRecordContext<CaseRecord>();
  if (!record) return null;
  const kind = record.partyKind === 'PERSON' ? 'person' : 'organisation';
  const label = (field: string) => `resources.cases.party.${kind}.${field}`;
  return (
    <Section title="resources.cases.sections.party">
      <Grid container spacing={2}>
        <Cell label="resources.cases.fields.partyKind">
          <EnumField source="partyKind" prefix="er.partyKind" />
        </Cell>
        <Cell label={label('name')}>
          <TextField source="partyName" />
        </Cell>
        <Cell label={label('idNumber')}>
          <PersonalField source="partyIdNumber" />
        </Cell>
        <Cell label={label('phone')}>
          <PersonalField source="partyPhone" />
        </Cell>
        <Cell label={label('address')}>
          <PersonalField source="partyAddress" />
        </Cell>
        {record.partyKind === 'ORGANISATION' && (
          <Cell label={label('legalRepresentative')}>
            <TextField source="partyLegalRepresentative" emptyText="—" />
          </Cell>
        )}
      </Grid>
    </Section>
  );
};
