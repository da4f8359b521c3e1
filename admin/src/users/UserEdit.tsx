import { Edit, SimpleForm, TopToolbar, ShowButton } from 'react-admin';
import { UserInputs } from './UserInputs';

export const UserEdit = () => (
  <Edit
    mutationMode="pessimistic"
    redirect="show"
    actions={
      <TopToolbar>
        <ShowButton />
      </TopToolbar>
    }
  >
    <SimpleForm>
      <UserInputs />
    </SimpleForm>
  </Edit>
);
