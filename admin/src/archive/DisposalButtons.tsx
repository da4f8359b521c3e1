import BlockIcon from '@mui/icons-material/Block';
import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import EditIcon from '@mui/icons-material/Edit';
import SendIcon from '@mui/icons-material/Send';
import {
  Alert,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField as MuiTextField,
} from '@mui/material';
import { useState } from 'react';
import {
  Button,
  CheckboxGroupInput,
  Confirm,
  Form,
  HttpError,
  SaveButton,
  TextInput,
  maxLength,
  minLength,
  required,
  useGetList,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import type { DisposalCandidatesQuery } from '../gql/graphql';
import { ReasonDialog } from '../common/ReasonDialog';
import { messageOf, useStep } from '../disclosures/useStep';
import {
  cancelDisposalList,
  DISPOSAL_CANCELLABLE,
  DISPOSAL_EDITABLE,
  type DisposalListRecord,
  editDisposalList,
  executeDisposalList,
  submitDisposalList,
} from './disposalData';

/** A record due for disposal, as the candidates list gives it. */
type Candidate = DisposalCandidatesQuery['disposalCandidates']['items'][number];

const A = 'resources.disposalLists.actions';
const N = 'resources.disposalLists.notifications';

const useList = () => {
  const record = useRecordContext<DisposalListRecord>();
  // The list's row stands in while the whole list loads: act only on the loaded list.
  return record?.items ? record : undefined;
};

/** Sends the list for approval: the archive room's head, then a leader. */
export const SubmitDisposalButton = () => {
  const record = useList();
  const ability = useAppAbility();
  const { run, pending } = useStep();
  const [open, setOpen] = useState(false);
  if (!record || !DISPOSAL_EDITABLE.includes(record.status)) return null;
  if (!ability.can('update', asSubject('DisposalList', record))) return null;
  return (
    <>
      <Button label={`${A}.submit`} onClick={() => setOpen(true)} disabled={pending || record.itemCount === 0}>
        <SendIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={pending}
        title="resources.disposalLists.submit.title"
        content="resources.disposalLists.submit.content"
        translateOptions={{ number: record.number, count: record.itemCount }}
        confirm={`${A}.submit`}
        onConfirm={async () => {
          if (await run(() => submitDisposalList(record.id), `${N}.submitted`)) setOpen(false);
        }}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

const validateNote = [required(), minLength(2), maxLength(1000)];

/**
 * 修改: the ground, and the list's records (while a draft or returned): its own can be taken out,
 * and records now due for disposal (the first 200, soonest due first) can be added.
 */
export const EditDisposalButton = () => {
  const record = useList();
  const ability = useAppAbility();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const { data: candidates = [] } = useGetList<Candidate>(
    'disposalCandidates',
    { pagination: { page: 1, perPage: 200 }, sort: { field: 'retainUntil', order: 'ASC' } },
    { enabled: open },
  );
  if (!record || !DISPOSAL_EDITABLE.includes(record.status)) return null;
  if (!ability.can('update', asSubject('DisposalList', record))) return null;
  const onList = new Set(record.items.map((i) => i.recordId));
  const choices = [
    ...record.items.map((i) => ({ id: i.recordId, name: `${i.caseNumber} · ${i.title}` })),
    ...candidates
      .filter((c) => !onList.has(String(c.id)))
      .map((c) => ({
        id: String(c.id),
        name: `${c.case.number} · ${c.title}${translate('resources.disposalLists.edit.addable')}`,
      })),
  ];
  return (
    <>
      <Button label={`${A}.edit`} onClick={() => setOpen(true)}>
        <EditIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="md" aria-labelledby="edit-list-title">
        <Form
          defaultValues={{ note: record.note, recordIds: record.items.map((i) => i.recordId) }}
          onSubmit={async (values: { note?: string; recordIds?: string[] }) => {
            try {
              await editDisposalList(record.id, String(values.note ?? '').trim(), values.recordIds ?? []);
              notify(`${N}.edited`, { type: 'success' });
              setOpen(false);
              refresh();
            } catch (error) {
              if (error instanceof HttpError && error.body?.errors) return error.body.errors as Record<string, unknown>;
              notify(messageOf(error), { type: 'error' });
            }
            return undefined;
          }}
        >
          <DialogTitle id="edit-list-title">
            {translate('resources.disposalLists.edit.title', { number: record.number })}
          </DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>{translate('resources.disposalLists.edit.help')}</DialogContentText>
            <TextInput
              source="note"
              label="resources.disposalLists.fields.note"
              validate={validateNote}
              multiline
              minRows={2}
              fullWidth
            />
            <CheckboxGroupInput
              source="recordIds"
              label="resources.disposalLists.fields.items"
              choices={choices}
              row={false}
              validate={required()}
            />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton label="ra.action.save" />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};

/** 撤销: withdraws a list not yet executed, with the reason. */
export const CancelDisposalButton = () => {
  const record = useList();
  const ability = useAppAbility();
  const { run } = useStep();
  const [open, setOpen] = useState(false);
  if (!record || !DISPOSAL_CANCELLABLE.includes(record.status)) return null;
  if (!ability.can('cancel', asSubject('DisposalList', record))) return null;
  return (
    <>
      <Button label={`${A}.cancel`} onClick={() => setOpen(true)}>
        <BlockIcon />
      </Button>
      <ReasonDialog
        open={open}
        onClose={() => setOpen(false)}
        onSubmit={async (reason) => {
          if (await run(() => cancelDisposalList(record.id, reason), `${N}.cancelled`)) setOpen(false);
          return undefined;
        }}
        title="resources.disposalLists.cancel.title"
        help="resources.disposalLists.cancel.help"
        confirm={`${A}.cancel`}
        icon={<BlockIcon />}
        translateOptions={{ number: record.number }}
      />
    </>
  );
};

/** 执行销毁: irreversible, so the archivist types the list's number to confirm. */
export const ExecuteDisposalButton = () => {
  const record = useList();
  const ability = useAppAbility();
  const translate = useTranslate();
  const { run, pending } = useStep();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  if (!record || record.status !== 'APPROVED' || !ability.can('dispose', asSubject('DisposalList', record)))
    return null;
  const close = () => {
    setOpen(false);
    setTyped('');
  };
  return (
    <>
      <Button label={`${A}.execute`} variant="contained" color="error" onClick={() => setOpen(true)}>
        <DeleteForeverIcon />
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="sm" aria-labelledby="execute-title">
        <DialogTitle id="execute-title">
          {translate('resources.disposalLists.execute.title', { number: record.number })}
        </DialogTitle>
        <DialogContent>
          <Alert severity="error" sx={{ mb: 2 }}>
            {translate('resources.disposalLists.execute.warning', { count: record.itemCount })}
          </Alert>
          <DialogContentText sx={{ mb: 2 }}>
            {translate('resources.disposalLists.execute.type', { number: record.number })}
          </DialogContentText>
          <MuiTextField
            label={translate('resources.disposalLists.execute.number')}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            autoComplete="off"
            fullWidth
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={close} />
          <Button
            label={`${A}.execute`}
            variant="contained"
            color="error"
            disabled={pending || typed.trim() !== record.number}
            onClick={async () => {
              if (await run(() => executeDisposalList(record.id), `${N}.executed`)) close();
            }}
          >
            <DeleteForeverIcon />
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
