import {
  CheckboxGroupInput,
  PasswordInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  maxLength,
  regex,
  required,
} from 'react-admin';
import { passwordPolicy } from '../common/validation';
import { clearanceChoices, roleChoices } from '../common/choices';

const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;

const validateUsername = [required(), regex(USERNAME, 'er.validation.username')];
const validateName = [required(), maxLength(100)];
const validatePassword = [required(), passwordPolicy];

/** The fields of a user shared by UserCreate and UserEdit; the username is fixed once created. */
export const UserInputs = ({ create = false }: { create?: boolean }) => (
  <>
    <TextInput
      source="username"
      validate={create ? validateUsername : undefined}
      readOnly={!create}
      helperText={create ? 'er.validation.username' : false}
      autoComplete="off"
      sx={{ minWidth: 320 }}
    />
    <TextInput source="displayName" validate={validateName} sx={{ minWidth: 320 }} />
    <ReferenceInput source="unitId" reference="units" perPage={200} sort={{ field: 'code', order: 'ASC' }}>
      <SelectInput optionText="name" validate={required()} sx={{ minWidth: 320 }} />
    </ReferenceInput>
    <CheckboxGroupInput source="roles" choices={roleChoices} validate={required('er.validation.roles')} row />
    <SelectInput source="clearance" choices={clearanceChoices} validate={required()} sx={{ minWidth: 320 }} />
    {create && (
      <PasswordInput
        source="password"
        validate={validatePassword}
        helperText="resources.users.password_help"
        autoComplete="new-password"
        sx={{ minWidth: 320 }}
      />
    )}
  </>
);
