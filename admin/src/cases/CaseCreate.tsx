import { Create, SimpleForm, useNotify, useRedirect } from 'react-admin';
import { useSession } from '../auth/session';
import { today } from '../common/dates';
import type { CaseRecord } from '../common/records';
import { CaseInputs } from './CaseInputs';

const ELIGIBLE = ['officer', 'unitHead'];

/** 立案: the form starts on the user's own unit, with them as first handling officer when they may be one. */
export const CaseCreate = () => {
  const session = useSession();
  const notify = useNotify();
  const redirect = useRedirect();
  const user = session?.user;
  const handling = user && user.roles.some((role) => ELIGIBLE.includes(role)) ? [user.id] : [];
  const defaults = {
    unitId: user?.unit.id,
    openedOn: today(),
    handlingOfficerIds: handling,
    party: { kind: 'PERSON' },
  };
  const onSuccess = (created: CaseRecord) => {
    notify('resources.cases.notifications.opened', { type: 'success', messageArgs: { number: created.number } });
    redirect('show', 'cases', created.id);
  };
  return (
    <Create mutationOptions={{ onSuccess }}>
      <SimpleForm defaultValues={defaults} sx={{ maxWidth: 720 }}>
        <CaseInputs />
      </SimpleForm>
    </Create>
  );
};
