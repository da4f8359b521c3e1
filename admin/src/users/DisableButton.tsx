import BlockIcon from '@mui/icons-material/Block';
import { useState } from 'react';
import { Button, Confirm, useRecordContext } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import type { UserRecord } from '../common/records';
import { useAction } from '../common/useAction';

export const DisableButton = () => {
  const record = useRecordContext<UserRecord>();
  const ability = useAppAbility();
  const [open, setOpen] = useState(false);
  const { execute, pending } = useAction(
    (dp, id: string) => dp.disableUser(id),
    'resources.users.notifications.disabled',
  );
  if (!record?.active || !ability.can('disable', asSubject('User', record))) return null;
  return (
    <>
      <Button label="er.actions.disable" color="error" onClick={() => setOpen(true)} disabled={pending}>
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={pending}
        title="resources.users.disable_confirm.title"
        content="resources.users.disable_confirm.content"
        translateOptions={{ name: record.displayName }}
        confirm="er.actions.disable"
        confirmColor="warning"
        onConfirm={async () => {
          await execute(record.id);
          setOpen(false);
        }}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
