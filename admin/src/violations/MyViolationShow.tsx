import { Alert } from '@mui/material';
import { Show, useTranslate } from 'react-admin';
import { ViolationDetails } from './ViolationDetails';

const About = () => {
  const translate = useTranslate();
  return (
    <Alert severity="info" sx={{ m: 2, mb: 0 }}>
      {translate('resources.myViolations.help')}
    </Alert>
  );
};

/** An entry about the caller: the finding, the outcome, the evidence they may open, and its versions. */
export const MyViolationShow = () => (
  <Show actions={false}>
    <About />
    <ViolationDetails />
  </Show>
);
