import { Create, SimpleForm } from 'react-admin';
import { UserInputs } from './UserInputs';

export const UserCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ clearance: 'NONE', roles: [] }}>
      <UserInputs create />
    </SimpleForm>
  </Create>
);
