import {
  ArrayInput,
  AutocompleteInput,
  DateInput,
  ReferenceInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  maxLength,
  minLength,
  required,
} from 'react-admin';
import type { UserRecord } from '../common/records';
import { evidenceKindChoices, kindChoices, violationOutcomeChoices } from './choices';

const userText = (u: UserRecord) => (u ? `${u.displayName}（${u.username}）` : '');

/** What an entry says: the same inputs register it and correct it. */
export const ViolationInputs = () => (
  <>
    <SelectInput source="kind" choices={kindChoices} validate={required()} fullWidth />
    <ReferenceInput source="personId" reference="users">
      <AutocompleteInput optionText={userText} validate={required()} fullWidth />
    </ReferenceInput>
    <DateInput source="occurredOn" validate={required()} />
    <TextInput
      source="finding"
      multiline
      minRows={3}
      fullWidth
      validate={[required(), minLength(2), maxLength(10000)]}
    />
    <SelectInput
      source="outcome"
      choices={violationOutcomeChoices}
      emptyText="resources.violations.outcomes.none"
      fullWidth
    />
    <ArrayInput source="evidence">
      <SimpleFormIterator inline disableReordering>
        <SelectInput source="kind" choices={evidenceKindChoices} validate={required()} />
        <TextInput source="ref" validate={[required(), maxLength(64)]} />
      </SimpleFormIterator>
    </ArrayInput>
  </>
);
