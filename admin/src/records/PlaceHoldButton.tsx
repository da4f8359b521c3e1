import GppGoodIcon from '@mui/icons-material/GppGood';
import HistoryEduIcon from '@mui/icons-material/HistoryEdu';
import { Stack } from '@mui/material';
import { useState } from 'react';
import { Button, useRecordContext } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { HoldDialog } from '../common/HoldDialog';
import type { EnforcementRecord } from '../common/records';
import { useAction } from '../common/useAction';
import type { LongTermReason } from '../gql/graphql';

/**
 * 法律保全: a hold keeps the record from any disposal until released; several may stack.
 * 长期保存 (Art. 15): a hold that also marks the record for long-term preservation, for one of the four reasons.
 */
export const PlaceHoldButton = () => {
  const record = useRecordContext<EnforcementRecord>();
  const ability = useAppAbility();
  const [open, setOpen] = useState<'hold' | 'longTerm' | null>(null);
  const { submit } = useAction(
    (dp, id: string, reason: string, longTermReason: LongTermReason | null) => dp.placeHold(id, reason, longTermReason),
    'resources.records.notifications.held',
  );
  if (!record || !ability.can('placeHold', asSubject('Record', record))) return null;
  return (
    <Stack direction="row" spacing={1}>
      <Button label="resources.records.actions.place_hold" onClick={() => setOpen('hold')}>
        <GppGoodIcon />
      </Button>
      <Button label="resources.records.actions.mark_long_term" onClick={() => setOpen('longTerm')}>
        <HistoryEduIcon />
      </Button>
      <HoldDialog
        open={open !== null}
        longTerm={open === 'longTerm'}
        onClose={() => setOpen(null)}
        onSubmit={(reason, longTermReason) => submit(() => setOpen(null), record.id, reason, longTermReason)}
        title={open === 'longTerm' ? 'resources.records.hold.long_term_title' : 'resources.records.hold.title'}
        confirm={
          open === 'longTerm' ? 'resources.records.actions.mark_long_term' : 'resources.records.actions.place_hold'
        }
        icon={open === 'longTerm' ? <HistoryEduIcon /> : <GppGoodIcon />}
        translateOptions={{ title: record.title }}
      />
    </Stack>
  );
};
