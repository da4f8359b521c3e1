import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useId } from 'react';
import { Button, Form, RadioButtonGroupInput, SaveButton, TextInput, useTranslate } from 'react-admin';
import type { Decision } from '../gql/graphql';
import { DECISIONS } from './domain';

type Values = { decision?: Decision; comment?: string };

const choices = DECISIONS.map((d) => ({ id: d, name: `er.decision.${d}` }));

/** REJECT and RETURN must say why, as the server requires. */
const validate = (values: Values) =>
  values.decision !== 'APPROVE' && !values.comment?.trim()
    ? { comment: 'resources.approvals.errors.comment' }
    : (values.comment?.length ?? 0) > 1000
      ? { comment: 'resources.approvals.errors.comment_length' }
      : {};

interface Props {
  open: boolean;
  onClose: () => void;
  onSubmit: (decision: Decision, comment: string) => Promise<Record<string, unknown> | undefined>;
  /** Only approve (batch approval), or any decision. */
  approveOnly?: boolean;
  summary: string;
}

/** 签署意见: the decision with a comment (required to reject or return). */
export const DecisionDialog = ({ open, onClose, onSubmit, approveOnly, summary }: Props) => {
  const translate = useTranslate();
  const titleId = useId();
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      <Form
        record={{}}
        defaultValues={{ decision: 'APPROVE', comment: '' }}
        validate={validate}
        onSubmit={(values: Values) => onSubmit(values.decision ?? 'APPROVE', values.comment?.trim() ?? '')}
      >
        <DialogTitle id={titleId}>
          {translate(approveOnly ? 'resources.approvals.batch.title' : 'resources.approvals.decide.title')}
        </DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{summary}</DialogContentText>
          {!approveOnly && (
            <RadioButtonGroupInput
              source="decision"
              label="resources.approvals.fields.decision"
              choices={choices}
              row
            />
          )}
          <TextInput
            source="comment"
            label="resources.approvals.fields.comment"
            helperText="resources.approvals.decide.comment_help"
            multiline
            minRows={3}
            fullWidth
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton label="resources.approvals.actions.submit" alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
};
