import DoneAllIcon from '@mui/icons-material/DoneAll';
import { useState } from 'react';
import { Button, useListContext, useNotify, useTranslate } from 'react-admin';
import { useAction } from '../common/useAction';
import { decideMany } from './approvalData';
import { DecisionDialog } from './DecisionDialog';

/** Steps one batch decision may take (the server's MAX_BATCH_DECISIONS). */
export const MAX_BATCH = 100;

/** 批量同意: the selected waiting steps approved at once, with one comment. */
export const BulkApproveButton = () => {
  const { selectedIds, onUnselectItems } = useListContext();
  const translate = useTranslate();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const { submit } = useAction(
    (_dp, ids: string[], comment: string) => decideMany(ids, 'APPROVE', comment),
    'resources.approvals.notifications.batch_approved',
  );
  return (
    <>
      <Button
        label="resources.approvals.actions.batch_approve"
        onClick={() =>
          // Ticked across pages, a selection can outgrow one batch: said before a comment is written.
          selectedIds.length > MAX_BATCH
            ? notify('resources.approvals.errors.too_many', { type: 'warning' })
            : setOpen(true)
        }
      >
        <DoneAllIcon />
      </Button>
      <DecisionDialog
        open={open}
        approveOnly
        onClose={() => setOpen(false)}
        summary={translate('resources.approvals.batch.help', { smart_count: selectedIds.length })}
        onSubmit={(_decision, comment) =>
          submit(
            () => {
              setOpen(false);
              onUnselectItems();
            },
            selectedIds.map(String),
            comment,
          )
        }
      />
    </>
  );
};
