import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { Button, useRecordContext } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import type { UserRecord } from '../common/records';
import { useAction } from '../common/useAction';

export const EnableButton = () => {
  const record = useRecordContext<UserRecord>();
  const ability = useAppAbility();
  const { execute, pending } = useAction(
    (dp, id: string) => dp.enableUser(id),
    'resources.users.notifications.enabled',
  );
  if (!record || record.active || !ability.can('enable', asSubject('User', record))) return null;
  return (
    <Button label="er.actions.enable" onClick={() => execute(record.id)} disabled={pending}>
      <CheckCircleIcon />
    </Button>
  );
};
