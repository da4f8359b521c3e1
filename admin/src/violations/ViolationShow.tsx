import { Show, TopToolbar } from 'react-admin';
import { CorrectViolationButton } from './CorrectViolationButton';
import { ViolationDetails } from './ViolationDetails';

/** The register's page of an entry: who it is about, and 更正 for those who keep the register. */
export const ViolationShow = () => (
  <Show
    actions={
      <TopToolbar>
        <CorrectViolationButton />
      </TopToolbar>
    }
  >
    <ViolationDetails withPerson />
  </Show>
);
