import DeleteSweepIcon from '@mui/icons-material/DeleteSweep';
import { Alert } from '@mui/material';
import { useState } from 'react';
import {
  BulkActionsToolbar,
  Button,
  Datagrid,
  HttpError,
  List,
  SelectAllButton,
  TextField,
  useListContext,
  useNotify,
  useRedirect,
  useTranslate,
  useUnselectAll,
} from 'react-admin';
import { DayField, EnumField } from '../common/fields';
import { oneLineCells } from '../common/layout';
import { ReasonDialog } from '../common/ReasonDialog';
import { messageOf } from '../disclosures/useStep';
import { createDisposalList } from './disposalData';

const F = 'resources.disposalCandidates.fields';

/** 拟定销毁清单: the ticked records become a draft list with its ground. */
const ProposeDisposalButton = () => {
  const { selectedIds } = useListContext();
  const notify = useNotify();
  const redirect = useRedirect();
  const unselectAll = useUnselectAll('disposalCandidates');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button label="resources.disposalCandidates.actions.propose" onClick={() => setOpen(true)}>
        <DeleteSweepIcon />
      </Button>
      <ReasonDialog
        open={open}
        onClose={() => setOpen(false)}
        onSubmit={async (note) => {
          try {
            const list = await createDisposalList(
              note,
              selectedIds.map((id) => String(id)),
            );
            notify('resources.disposalCandidates.notifications.proposed', {
              type: 'success',
              messageArgs: { number: list.number },
            });
            setOpen(false);
            unselectAll();
            redirect('show', 'disposalLists', list.id);
          } catch (error) {
            if (error instanceof HttpError && error.body?.errors) {
              const errors = error.body.errors as Record<string, unknown>;
              return errors.note ? { reason: errors.note } : errors;
            }
            notify(messageOf(error), { type: 'error' });
          }
          return undefined;
        }}
        title="resources.disposalCandidates.propose.title"
        help="resources.disposalCandidates.propose.help"
        confirm="resources.disposalCandidates.actions.propose"
        icon={<DeleteSweepIcon />}
        translateOptions={{ count: selectedIds.length }}
      />
    </>
  );
};

const Help = () => {
  const translate = useTranslate();
  return (
    <Alert severity="info" sx={{ mb: 1 }}>
      {translate('resources.disposalCandidates.help')}
    </Alert>
  );
};

/** 到期待销毁: records whose retention has ended, with no hold and no long-term mark, on no open list. */
export const DisposalCandidates = () => (
  <List sort={{ field: 'retainUntil', order: 'ASC' }} exporter={false} title="resources.disposalCandidates.name">
    <Help />
    <Datagrid
      rowClick={false}
      bulkActionButtons={<ProposeDisposalButton />}
      bulkActionsToolbar={
        // 全选 takes at most one page of the largest size the server gives (200), as one list.
        <BulkActionsToolbar selectAllButton={<SelectAllButton limit={200} />}>
          <ProposeDisposalButton />
        </BulkActionsToolbar>
      }
      sx={oneLineCells('title')}
      data-testid="disposal-candidates"
    >
      <TextField source="case.number" label={`${F}.caseNumber`} sortable={false} />
      <TextField source="case.archiveNumber" label={`${F}.archiveNumber`} sortable={false} emptyText="—" />
      <TextField source="title" label={`${F}.title`} />
      <EnumField source="kind" prefix="er.recordKind" label={`${F}.kind`} />
      <EnumField source="retention" prefix="er.retentionPeriod" label={`${F}.retention`} />
      <DayField source="retainUntil" label={`${F}.retainUntil`} />
    </Datagrid>
  </List>
);
