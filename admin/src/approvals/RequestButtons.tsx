import CancelIcon from '@mui/icons-material/Cancel';
import ReplayIcon from '@mui/icons-material/Replay';
import { useState, type MouseEvent } from 'react';
import { Button, Confirm, TextInput, maxLength, minLength, required, useRecordContext } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { StepDialog } from '../devices/StepDialog';
import { useAction } from '../common/useAction';
import { cancel, resubmit } from './approvalData';
import type { RequestRecord } from './domain';

const stop = (event: MouseEvent) => event.stopPropagation();

/** 撤回: the requester withdraws a pending or returned request. */
export const CancelRequestButton = () => {
  const request = useRecordContext<RequestRecord>();
  const ability = useAppAbility();
  const [open, setOpen] = useState(false);
  const { execute, pending } = useAction(
    (_dp, id: string) => cancel(id),
    'resources.approvalRequests.notifications.cancelled',
  );
  if (!request || !['PENDING', 'RETURNED'].includes(request.status)) return null;
  if (!ability.can('cancel', asSubject('ApprovalRequest', request))) return null;
  return (
    <span onClick={stop}>
      <Button label="resources.approvalRequests.actions.cancel" color="warning" onClick={() => setOpen(true)}>
        <CancelIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={pending}
        title="resources.approvalRequests.cancel.title"
        content="resources.approvalRequests.cancel.content"
        translateOptions={{ summary: request.summary }}
        onConfirm={async () => {
          if (await execute(request.id)) setOpen(false);
        }}
        onClose={() => setOpen(false)}
      />
    </span>
  );
};

/** 重新提交: a returned request goes round the chain again, with its purpose edited. */
export const ResubmitButton = () => {
  const request = useRecordContext<RequestRecord>();
  const ability = useAppAbility();
  const [open, setOpen] = useState(false);
  const { submit } = useAction(
    (_dp, id: string, purpose: string) => resubmit(id, purpose),
    'resources.approvalRequests.notifications.resubmitted',
  );
  if (!request || request.status !== 'RETURNED') return null;
  if (!ability.can('resubmit', asSubject('ApprovalRequest', request))) return null;
  const reason = [...request.steps].reverse().find((s) => s.decision === 'RETURN')?.comment ?? '';
  return (
    <span onClick={stop}>
      <Button label="resources.approvalRequests.actions.resubmit" onClick={() => setOpen(true)}>
        <ReplayIcon />
      </Button>
      <StepDialog<{ purpose: string }>
        open={open}
        onClose={() => setOpen(false)}
        onSubmit={(values) => submit(() => setOpen(false), request.id, values.purpose.trim())}
        title="resources.approvalRequests.resubmit.title"
        help="resources.approvalRequests.resubmit.help"
        translateOptions={{ reason }}
        confirm="resources.approvalRequests.actions.resubmit"
        icon={<ReplayIcon />}
        defaultValues={{ purpose: request.purpose }}
      >
        <TextInput
          source="purpose"
          label="resources.approvals.fields.purpose"
          validate={[required(), minLength(4), maxLength(1000)]}
          multiline
          minRows={3}
          fullWidth
        />
      </StepDialog>
    </span>
  );
};
