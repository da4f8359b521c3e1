import { Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { Section } from '../common/layout';
import { useDateTimeFormat } from '../common/format';
import type { Decision } from '../gql/graphql';
import type { RequestRecord } from './domain';
import { StepName } from './fields';

const DECISION_COLOR: Record<Decision, 'success' | 'error' | 'warning'> = {
  APPROVE: 'success',
  REJECT: 'error',
  RETURN: 'warning',
};

/** The chain in order: who decides each step, and each decision with its comment, signer and time. */
export const ApprovalChain = () => {
  const request = useRecordContext<RequestRecord>();
  const translate = useTranslate();
  const format = useDateTimeFormat(true);
  if (!request) return null;
  return (
    <Section title="resources.approvalRequests.sections.chain">
      <Table size="small" data-testid="approval-chain">
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.approvals.fields.step')}</TableCell>
            <TableCell>{translate('resources.approvals.fields.decision')}</TableCell>
            <TableCell>{translate('resources.approvals.fields.comment')}</TableCell>
            <TableCell>{translate('resources.approvals.fields.decidedBy')}</TableCell>
            <TableCell>{translate('resources.approvals.fields.decidedAt')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {request.steps.map((step) => (
            <TableRow key={step.id} selected={step.waiting}>
              <TableCell>
                <StepName step={step} />
              </TableCell>
              <TableCell>
                {step.decision ? (
                  <Chip
                    size="small"
                    color={DECISION_COLOR[step.decision]}
                    label={translate(`er.decision.${step.decision}`)}
                  />
                ) : step.waiting ? (
                  <Chip size="small" color="info" variant="outlined" label={translate('resources.approvals.waiting')} />
                ) : (
                  <Typography variant="body2">—</Typography>
                )}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{step.comment ?? ''}</TableCell>
              <TableCell>{step.decidedByName ?? ''}</TableCell>
              <TableCell>{format(step.decidedAt)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
};
