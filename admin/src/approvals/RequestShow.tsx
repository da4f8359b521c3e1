import { Grid, Stack } from '@mui/material';
import { Labeled, Show, TextField, TopToolbar, useRecordContext, useRedirect } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { DisclosureOfRequest } from '../disclosures/DisclosureOfRequest';
import { DisposalOfRequest } from '../archive/DisposalOfRequest';
import { TransferOfRequest } from '../archive/TransferOfRequest';
import { DateTimeField, EnumField } from '../common/fields';
import { Cell, Section } from '../common/layout';
import { ApprovalChain } from './ApprovalChain';
import { DecideButtons } from './DecideButtons';
import type { RequestRecord } from './domain';
import { CurrentStepField, DueField, RequestStatusField, SensitivityField } from './fields';
import { CancelRequestButton, ResubmitButton } from './RequestButtons';
import { RequestedRecords } from './RequestedRecords';
import { useCanDecide } from './useDecider';

/** Decide buttons for whoever the rules let decide the step now waiting. */
const Decide = () => {
  const request = useRecordContext<RequestRecord>();
  const canDecide = useCanDecide();
  const ability = useAppAbility();
  const redirect = useRedirect();
  if (!request?.current || !canDecide(request.current, request.requester?.id)) return null;
  // Whoever reads the request only while deciding it (a unit head) goes back to the queue afterwards.
  const readsAfter = ability.can('read', asSubject('ApprovalRequest', request));
  return (
    <DecideButtons
      stepId={request.current.id}
      summary={`${request.summary} — ${request.purpose}`}
      after={readsAfter ? undefined : () => redirect('list', 'approvals')}
    />
  );
};

const RequestActions = () => (
  <TopToolbar>
    <Decide />
    <ResubmitButton />
    <CancelRequestButton />
  </TopToolbar>
);

const RequestDetails = () => (
  <Stack spacing={2} sx={{ mt: 1, mb: 4 }}>
    <Section title="resources.approvalRequests.sections.request">
      <Grid container spacing={2}>
        <Cell label="resources.approvals.fields.type">
          <EnumField source="type" prefix="er.requestType" />
        </Cell>
        <Cell label="resources.approvalRequests.fields.status">
          <RequestStatusField />
        </Cell>
        <Cell label="resources.approvals.fields.requester">
          <TextField source="requester.displayName" emptyText="—" />
        </Cell>
        <Cell label="resources.approvals.fields.summary">
          <Stack component="span">
            <TextField source="summary" />
            <DisclosureOfRequest />
            <TransferOfRequest />
            <DisposalOfRequest />
          </Stack>
        </Cell>
        <Cell label="resources.approvals.fields.sensitivity">
          <SensitivityField />
        </Cell>
        <Cell label="resources.approvalRequests.fields.current">
          <CurrentStepField />
        </Cell>
        <Cell label="resources.approvals.fields.createdAt">
          <DateTimeField source="createdAt" />
        </Cell>
        <Cell label="resources.approvals.fields.dueAt">
          <DueField />
        </Cell>
        <Cell label="resources.approvalRequests.fields.decidedAt">
          <DateTimeField source="decidedAt" emptyText="—" />
        </Cell>
        <Grid size={12}>
          <Labeled label="resources.approvals.fields.purpose">
            <TextField source="purpose" sx={{ whiteSpace: 'pre-wrap' }} />
          </Labeled>
        </Grid>
      </Grid>
    </Section>
    <RequestedRecords />
    <ApprovalChain />
  </Stack>
);

/** One request: what it asks for, its chain and decisions, and the buttons for whoever acts on it now. */
export const RequestShow = () => (
  <Show actions={<RequestActions />} component="div">
    <RequestDetails />
  </Show>
);
