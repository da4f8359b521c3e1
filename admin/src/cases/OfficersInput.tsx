import { AutocompleteArrayInput, required, useGetList, type Validator } from 'react-admin';
import type { UserRecord } from '../common/records';

const ELIGIBLE = ['officer', 'unitHead'];

const atLeastTwo: Validator = (value: unknown) =>
  Array.isArray(value) && value.length >= 2 ? undefined : 'resources.cases.errors.handlingOfficerIds';
const validate = [required('resources.cases.errors.handlingOfficerIds'), atLeastTwo];

/** 承办人员: at least two active enforcement officers of the case's unit. */
export const OfficersInput = ({ unitId }: { unitId?: string }) => {
  const { data = [], isPending } = useGetList<UserRecord>(
    'users',
    {
      filter: { unitId, active: true },
      pagination: { page: 1, perPage: 200 },
      sort: { field: 'username', order: 'ASC' },
    },
    { enabled: !!unitId },
  );
  const choices = data
    .filter((user) => user.roles.some((role) => ELIGIBLE.includes(role)))
    .map((user) => ({ id: user.id, name: `${user.displayName}（${user.username}）` }));
  return (
    <AutocompleteArrayInput
      source="handlingOfficerIds"
      choices={choices}
      isPending={!!unitId && isPending}
      validate={validate}
      helperText="resources.cases.officers_help"
      disabled={!unitId}
      fullWidth
    />
  );
};
