import MoveToInboxIcon from '@mui/icons-material/MoveToInbox';
import { Button, useGetOne, useNotify, useRecordContext, useRedirect } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import type { CaseRecord } from '../common/records';
import { messageOf } from '../disclosures/useStep';
import { openTransfer } from './archiveData';

/** 立卷移交: opens the concluded case's transfer, or goes to the one it has. */
export const CaseTransferButton = () => {
  const record = useRecordContext<CaseRecord>();
  const ability = useAppAbility();
  const notify = useNotify();
  const redirect = useRedirect();
  const may = !!record && ability.can('read', 'Transfer');
  const { data } = useGetOne<{ id: string; transfer: { id: string } | null }>(
    'caseTransfers',
    { id: String(record?.id) },
    { enabled: may },
  );
  const transfer = data?.transfer;
  if (!record || !may) return null;
  if (transfer)
    return (
      <Button label="resources.transfers.actions.show" onClick={() => redirect('show', 'transfers', transfer.id)}>
        <MoveToInboxIcon />
      </Button>
    );
  const draft = { __typename: 'Transfer', unit: record.unit, status: 'DRAFT' };
  if (record.status !== 'CONCLUDED' || !ability.can('create', asSubject('Transfer', draft))) return null;
  return (
    <Button
      label="resources.transfers.actions.open"
      onClick={async () => {
        try {
          const opened = await openTransfer(String(record.id));
          notify('resources.transfers.notifications.opened', { type: 'success' });
          redirect('show', 'transfers', opened.id);
        } catch (error) {
          notify(messageOf(error), { type: 'error' });
        }
      }}
    >
      <MoveToInboxIcon />
    </Button>
  );
};
