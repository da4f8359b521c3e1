import DoneAllIcon from '@mui/icons-material/DoneAll';
import { useState } from 'react';
import { Button, useListContext, useTranslate } from 'react-admin';
import { useAction } from '../common/useAction';
import { decideMany } from './approvalData';
import { DecisionDialog } from './DecisionDialog';

/** 批量同意: the selected waiting steps approved at once, with one comment. */
export const BulkApproveButton = () => {
  const { selectedIds, onUnselectItems } = useListContext();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const { submit } = useAction(
    (_dp, ids: string[], comment: string) => decideMany(ids, 'APPROVE', comment),
    'resources.approvals.notifications.batch_approved',
  );
  return (
    <>
      <Button label="resources.approvals.actions.batch_approve" onClick={() => setOpen(true)}>
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
