import LockOpenIcon from '@mui/icons-material/LockOpen';
import { Button, useRecordContext } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { isLocked, type UserRecord } from '../common/records';
import { useAction } from '../common/useAction';

export const UnlockButton = () => {
  const record = useRecordContext<UserRecord>();
  const ability = useAppAbility();
  const { execute, pending } = useAction(
    (dp, id: string) => dp.unlockUser(id),
    'resources.users.notifications.unlocked',
  );
  if (!record || !isLocked(record) || !ability.can('unlock', asSubject('User', record))) return null;
  return (
    <Button label="er.actions.unlock" onClick={() => execute(record.id)} disabled={pending}>
      <LockOpenIcon />
    </Button>
  );
};
