import { Alert } from '@mui/material';
import { Create, SimpleForm, useTranslate } from 'react-admin';
import { ViolationInputs } from './ViolationInputs';

/** Registers a violation of Art. 21 (version 1 of a new entry). */
export const ViolationCreate = () => {
  const translate = useTranslate();
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ evidence: [] }}>
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('resources.violations.help')}
        </Alert>
        <ViolationInputs />
      </SimpleForm>
    </Create>
  );
};
