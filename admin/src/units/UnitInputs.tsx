import { SelectInput, TextInput, maxLength, regex, required } from 'react-admin';
import { unitKindChoices } from '../common/choices';

const validateCode = [required(), regex(/^[A-Z0-9][A-Z0-9_-]{1,31}$/, 'er.validation.code')];
const validateName = [required(), maxLength(100)];
const validateCasePrefix = [regex(/^[\p{L}\p{N}]{1,16}$/u, 'er.validation.casePrefix')];
const toUpper = (value: string) => value.toUpperCase();

/** The fields of a unit shared by UnitCreate and UnitEdit; the code is permanent once created. */
export const UnitInputs = ({ create = false }: { create?: boolean }) => (
  <>
    <TextInput
      source="code"
      validate={create ? validateCode : undefined}
      parse={toUpper}
      readOnly={!create}
      helperText="resources.units.code_help"
      sx={{ minWidth: 320 }}
    />
    <TextInput source="name" validate={validateName} sx={{ minWidth: 320 }} />
    <SelectInput source="kind" choices={unitKindChoices} validate={required()} sx={{ minWidth: 320 }} />
    <TextInput
      source="casePrefix"
      validate={validateCasePrefix}
      helperText="resources.units.casePrefix_help"
      sx={{ minWidth: 320 }}
    />
  </>
);
