import CheckIcon from '@mui/icons-material/Check';
import RateReviewIcon from '@mui/icons-material/RateReview';
import { Stack } from '@mui/material';
import { useState, type MouseEvent } from 'react';
import { Button } from 'react-admin';
import { useAction } from '../common/useAction';
import type { Decision } from '../gql/graphql';
import { decide } from './approvalData';
import { DecisionDialog } from './DecisionDialog';

const stop = (event: MouseEvent) => event.stopPropagation();

/** 同意 in one click, or 签署意见 (approve, return or reject with a comment) in a dialog. */
export const DecideButtons = ({ stepId, summary, after }: { stepId: string; summary: string; after?: () => void }) => {
  const [open, setOpen] = useState(false);
  const approve = useAction((_dp, id: string) => decide(id, 'APPROVE'), 'resources.approvals.notifications.approved');
  const withComment = useAction(
    (_dp, id: string, decision: Decision, comment: string) => decide(id, decision, comment),
    'resources.approvals.notifications.decided',
  );
  return (
    <Stack direction="row" spacing={0.5} onClick={stop}>
      <Button
        label="resources.approvals.actions.approve"
        variant="contained"
        size="small"
        disabled={approve.pending}
        onClick={async () => {
          if ((await approve.execute(stepId)) && after) after();
        }}
      >
        <CheckIcon />
      </Button>
      <Button label="resources.approvals.actions.opinion" size="small" onClick={() => setOpen(true)}>
        <RateReviewIcon />
      </Button>
      <DecisionDialog
        open={open}
        onClose={() => setOpen(false)}
        summary={summary}
        onSubmit={(decision, comment) =>
          withComment.submit(
            () => {
              setOpen(false);
              after?.();
            },
            stepId,
            decision,
            comment,
          )
        }
      />
    </Stack>
  );
};
