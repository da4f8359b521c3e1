import LockOpenIcon from '@mui/icons-material/LockOpen';
import { useState } from 'react';
import { Button, useRecordContext } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { ReasonDialog } from '../common/ReasonDialog';
import type { EnforcementRecord, RecordHold } from '../common/records';
import { useAction } from '../common/useAction';

/** Releases one active legal hold of the shown record, with the reason. */
export const ReleaseHoldButton = ({ hold }: { hold: RecordHold }) => {
  const record = useRecordContext<EnforcementRecord>();
  const ability = useAppAbility();
  const [open, setOpen] = useState(false);
  const { submit } = useAction(
    (dp, id: string, reason: string) => dp.releaseHold(id, reason),
    'resources.records.notifications.released',
  );
  if (!record || hold.releasedAt || !ability.can('releaseHold', asSubject('Record', record))) return null;
  return (
    <>
      <Button label="resources.records.actions.release_hold" onClick={() => setOpen(true)} size="small">
        <LockOpenIcon />
      </Button>
      <ReasonDialog
        open={open}
        onClose={() => setOpen(false)}
        onSubmit={(reason) => submit(() => setOpen(false), hold.id, reason)}
        title="resources.records.release.title"
        help="resources.records.release.help"
        confirm="resources.records.actions.release_hold"
        icon={<LockOpenIcon />}
        translateOptions={{ reason: hold.reason }}
      />
    </>
  );
};
