import ArchiveIcon from '@mui/icons-material/Archive';
import SendIcon from '@mui/icons-material/Send';
import UndoIcon from '@mui/icons-material/Undo';
import ReplyIcon from '@mui/icons-material/Reply';
import { useState } from 'react';
import { Button, Confirm, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { ReasonDialog } from '../common/ReasonDialog';
import { ApiError } from '../graphql/client';
import { messageOf, useStep } from '../disclosures/useStep';
import {
  acceptTransfer,
  EDITABLE,
  returnTransfer,
  submitTransfer,
  type TransferRecord,
  withdrawTransfer,
} from './archiveData';

const A = 'resources.transfers.actions';

const checksFailed = (error: unknown) =>
  error instanceof ApiError && (error.details as { reason?: string } | undefined)?.reason === 'CHECKS_FAILED';

/** Sends the case file for the unit head's sign-off; failed checks ask for the reason it must go anyway. */
export const SubmitTransferButton = () => {
  const record = useRecordContext<TransferRecord>();
  const ability = useAppAbility();
  const notify = useNotify();
  const refresh = useRefresh();
  const [pending, setPending] = useState(false);
  const [override, setOverride] = useState(false);
  if (!record || !EDITABLE.includes(record.status) || !ability.can('transfer', asSubject('Transfer', record)))
    return null;
  const submit = async (reason?: string) => {
    setPending(true);
    try {
      await submitTransfer(record.id, reason);
      notify('resources.transfers.notifications.submitted', { type: 'success' });
      setOverride(false);
      refresh();
    } catch (error) {
      if (checksFailed(error) && !reason) {
        notify('resources.transfers.notifications.checks_failed', { type: 'warning' });
        refresh();
        setOverride(true);
      } else notify(messageOf(error), { type: 'error' });
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <Button label={`${A}.submit`} onClick={() => submit()} disabled={pending}>
        <SendIcon />
      </Button>
      <ReasonDialog
        open={override}
        onClose={() => setOverride(false)}
        onSubmit={async (reason) => {
          await submit(reason);
          return undefined;
        }}
        title="resources.transfers.override.title"
        help="resources.transfers.override.help"
        confirm={`${A}.submit_anyway`}
        icon={<SendIcon />}
      />
    </>
  );
};

export const WithdrawTransferButton = () => {
  const record = useRecordContext<TransferRecord>();
  const ability = useAppAbility();
  const { run, pending } = useStep();
  const [open, setOpen] = useState(false);
  if (!record || record.status !== 'IN_APPROVAL' || !ability.can('cancel', asSubject('Transfer', record))) return null;
  return (
    <>
      <Button label={`${A}.withdraw`} onClick={() => setOpen(true)} disabled={pending}>
        <UndoIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={pending}
        title="resources.transfers.withdraw.title"
        content="resources.transfers.withdraw.content"
        translateOptions={{ number: record.number }}
        onConfirm={async () => {
          if (await run(() => withdrawTransfer(record.id), 'resources.transfers.notifications.withdrawn'))
            setOpen(false);
        }}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

/** 接收: the archivist accepts the case file (archive number and retention are given). */
export const AcceptTransferButton = () => {
  const record = useRecordContext<TransferRecord>();
  const ability = useAppAbility();
  const { run, pending } = useStep();
  const [open, setOpen] = useState(false);
  if (!record || record.status !== 'SENT' || !ability.can('accept', asSubject('Transfer', record))) return null;
  return (
    <>
      <Button label={`${A}.accept`} variant="contained" onClick={() => setOpen(true)} disabled={pending}>
        <ArchiveIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={pending}
        title="resources.transfers.accept.title"
        content="resources.transfers.accept.content"
        translateOptions={{ number: record.number, caseNumber: record.case.number }}
        confirm={`${A}.accept`}
        onConfirm={async () => {
          if (await run(() => acceptTransfer(record.id), 'resources.transfers.notifications.accepted')) setOpen(false);
        }}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

/** 退回: the archivist sends the file back to its unit with what to correct. */
export const ReturnTransferButton = () => {
  const record = useRecordContext<TransferRecord>();
  const ability = useAppAbility();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  if (!record || record.status !== 'SENT' || !ability.can('accept', asSubject('Transfer', record))) return null;
  return (
    <>
      <Button label={`${A}.return`} onClick={() => setOpen(true)}>
        <ReplyIcon />
      </Button>
      <ReasonDialog
        open={open}
        onClose={() => setOpen(false)}
        onSubmit={async (reason) => {
          try {
            await returnTransfer(record.id, reason);
            notify('resources.transfers.notifications.returned', { type: 'success' });
            setOpen(false);
            refresh();
          } catch (error) {
            notify(messageOf(error), { type: 'error' });
          }
          return undefined;
        }}
        title="resources.transfers.return.title"
        help="resources.transfers.return.help"
        confirm={`${A}.return`}
        icon={<ReplyIcon />}
        translateOptions={{ number: record.number }}
      />
    </>
  );
};
