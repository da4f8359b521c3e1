import { Edit, ShowButton, SimpleForm, TopToolbar } from 'react-admin';
import { UnitInputs } from './UnitInputs';

export const UnitEdit = () => (
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
      <UnitInputs />
    </SimpleForm>
  </Edit>
);
