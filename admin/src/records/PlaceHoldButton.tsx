import GppGoodIcon from '@mui/icons-material/GppGood';
import { useState } from 'react';
import { Button, useRecordContext } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { ReasonDialog } from '../common/ReasonDialog';
import type { EnforcementRecord } from '../common/records';
import { useAction } from '../common/useAction';

/** 法律保全: a hold keeps the record from any disposal until released; several may stack. */
export const PlaceHoldButton = () => {
  const record = useRecordContext<EnforcementRecord>();
  const ability = useAppAbility();
  const [open, setOpen] = useState(false);
  const { submit } = useAction(
    (dp, id: string, reason: string) => dp.placeHold(id, reason),
    'resources.records.notifications.held',
  );
  if (!record || !ability.can('placeHold', asSubject('Record', record))) return null;
  return (
    <>
      <Button label="resources.records.actions.place_hold" onClick={() => setOpen(true)}>
        <GppGoodIcon />
      </Button>
      <ReasonDialog
        open={open}
        onClose={() => setOpen(false)}
        onSubmit={(reason) => submit(() => setOpen(false), record.id, reason)}
        title="resources.records.hold.title"
        help="resources.records.hold.help"
        confirm="resources.records.actions.place_hold"
        icon={<GppGoodIcon />}
        translateOptions={{ title: record.title }}
      />
    </>
  );
};
