import { Alert, Grid, Stack, Typography } from '@mui/material';
import { Link, RecordContextProvider, Show, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { DeadlineField } from '../cases/fields';
import { DateTimeField, DayField, EnumField } from '../common/fields';
import { Cell, Section } from '../common/layout';
import type { TransferRecord } from './archiveData';
import { CatalogueSection } from './CatalogueEditor';
import { ChecksPanel } from './ChecksPanel';
import { TransferStatusField } from './fields';
import {
  AcceptTransferButton,
  ReturnTransferButton,
  SubmitTransferButton,
  WithdrawTransferButton,
} from './TransferButtons';

const F = 'resources.transfers.fields';

const Actions = () => (
  <TopToolbar>
    <SubmitTransferButton />
    <WithdrawTransferButton />
    <ReturnTransferButton />
    <AcceptTransferButton />
  </TopToolbar>
);

const Header = () => {
  const record = useRecordContext<TransferRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
      <Typography variant="h5" component="h1" data-testid="transfer-number">
        {translate('resources.transfers.title', { number: record.number })}
      </Typography>
      <TransferStatusField source="status" />
    </Stack>
  );
};

const Details = () => {
  const record = useRecordContext<TransferRecord>();
  const translate = useTranslate();
  // The list's row stands in while the whole transfer loads: wait for the catalogue.
  if (!record?.catalogue) return null;
  return (
    <Stack spacing={2} sx={{ mt: 1, mb: 4 }}>
      <Header />
      {record.status === 'RETURNED' && record.returnReason && (
        <Alert severity="error" data-testid="return-reason">
          {translate('resources.transfers.returned_because', { reason: record.returnReason })}
        </Alert>
      )}
      {record.status === 'ACCEPTED' && (
        <Alert severity="success" data-testid="archive-number">
          {translate('resources.transfers.accepted_as', {
            archiveNumber: record.archiveNumber ?? '',
            period: translate(`er.retentionPeriod.${record.retentionPeriod}`),
            until: record.case.retainUntil ?? translate('er.retentionPeriod.PERMANENT'),
          })}
        </Alert>
      )}
      <Section title="resources.transfers.sections.case">
        <Grid container spacing={2}>
          <Cell label={`${F}.caseNumber`}>
            <Link to={`/cases/${record.case.id}/show`}>{record.case.number}</Link>
          </Cell>
          <Cell label={`${F}.cause`}>
            <TextField source="case.cause" />
          </Cell>
          <Cell label={`${F}.unit`}>
            <TextField source="unit.name" />
          </Cell>
          <Cell label={`${F}.procedure`}>
            <EnumField source="case.procedure" prefix="er.procedure" />
          </Cell>
          <Cell label={`${F}.concludedOn`}>
            <DayField source="case.concludedOn" />
          </Cell>
          <Cell label={`${F}.deadline`}>
            <RecordContextProvider value={record.case}>
              <DeadlineField source="transferDeadline" />
            </RecordContextProvider>
          </Cell>
          <Cell label={`${F}.submittedAt`}>
            <DateTimeField source="submittedAt" emptyText="—" />
          </Cell>
          <Cell label={`${F}.sentAt`}>
            <DateTimeField source="sentAt" emptyText="—" />
          </Cell>
          <Cell label={`${F}.acceptedAt`}>
            <DateTimeField source="acceptedAt" emptyText="—" />
          </Cell>
        </Grid>
      </Section>
      <ChecksPanel />
      <CatalogueSection />
    </Stack>
  );
};

export const TransferShow = () => (
  <Show actions={<Actions />} component="div">
    <Details />
  </Show>
);
