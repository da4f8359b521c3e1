import { Grid, LinearProgress, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Labeled, Link, Show, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeField, DayField, EnumField } from '../common/fields';
import { Cell, Section } from '../common/layout';
import { DeliverButton } from './DeliverButton';
import type { DisclosureRecord } from './domain';
import { AttachmentLink, DisclosureDueField, DisclosureStatusField } from './fields';
import { ItemsSection } from './ItemsSection';
import { PackageSection } from './PackageSection';
import { StatusStepper } from './StatusStepper';
import { CancelDisclosureButton, CloseDisclosureButton } from './WorkflowButtons';

const F = 'resources.disclosures.fields';

/** A labelled value built from the record (not from one source). */
const Value = ({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) => (
  <Cell label={label} wide={wide}>
    <Stack component="span">{children}</Stack>
  </Cell>
);

const Actions = () => (
  <TopToolbar>
    <DeliverButton />
    <CloseDisclosureButton />
    <CancelDisclosureButton />
  </TopToolbar>
);

const Header = () => {
  const record = useRecordContext<DisclosureRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
      <Typography variant="h5" component="h1" data-testid="disclosure-number">
        {translate(`er.requestType.${record.type}`)} {record.number}
      </Typography>
      <DisclosureStatusField />
    </Stack>
  );
};

const ExternalDetails = ({ record }: { record: DisclosureRecord }) => (
  <>
    <Cell label={`${F}.bodyKind`}>
      <EnumField source="bodyKind" prefix="resources.disclosures.bodyKinds" />
    </Cell>
    <Cell label={`${F}.bodyName`}>
      <TextField source="bodyName" />
    </Cell>
    <Cell label={`${F}.letterNumber`}>
      <TextField source="letterNumber" />
    </Cell>
    <Cell label={`${F}.letterDate`}>
      <DayField source="letterDate" />
    </Cell>
    <Value label={`${F}.letter`}>
      <AttachmentLink attachment={record.letter} testId="letter" />
    </Value>
    <Cell label={`${F}.concerning`}>
      <TextField source="concerning" />
    </Cell>
  </>
);

const PartyDetails = ({ record }: { record: DisclosureRecord }) => {
  const translate = useTranslate();
  return (
    <>
      <Cell label={`${F}.applicantName`}>
        <TextField source="applicantName" />
      </Cell>
      <Value label={`${F}.applicantIdNumber`}>
        <Typography variant="body2">
          {record.applicantIdType} {record.applicantIdNumber ?? translate('resources.disclosures.masked')}
        </Typography>
      </Value>
      <Cell label={`${F}.relation`}>
        <EnumField source="relation" prefix="resources.disclosures.relations" />
      </Cell>
      <Value label={`${F}.caseId`}>
        {record.partyCase ? (
          <Link to={`/cases/${record.partyCase.id}/show`}>
            {record.partyCase.number}（{record.partyCase.cause}）
          </Link>
        ) : (
          '—'
        )}
      </Value>
      <Value label={`${F}.applicationForm`}>
        <AttachmentLink attachment={record.applicationForm} testId="application-form" />
      </Value>
      <Value label={`${F}.identityDocument`}>
        <AttachmentLink attachment={record.identityDocument} testId="identity-document" />
      </Value>
      {(record.relation === 'AGENT' || record.authorisation) && (
        <Value label={`${F}.authorisation`}>
          <AttachmentLink attachment={record.authorisation} />
        </Value>
      )}
    </>
  );
};

const Details = () => {
  const record = useRecordContext<DisclosureRecord>();
  if (!record) return null;
  return (
    <Section title="resources.disclosures.sections.request">
      <Grid container spacing={2}>
        {record.type === 'EXTERNAL' ? <ExternalDetails record={record} /> : <PartyDetails record={record} />}
        <Value label={`${F}.dueAt`}>
          <DisclosureDueField />
        </Value>
        <Value label={`${F}.registeredAt`}>
          <DateTimeField source="registeredAt" />
          <Typography variant="caption" color="text.secondary">
            {record.registeredBy?.displayName}
          </Typography>
        </Value>
        {record.approvalId && (
          <Value label={`${F}.approvalId`}>
            <Link to={`/approvalRequests/${record.approvalId}/show`}>
              <ApprovalLinkText />
            </Link>
          </Value>
        )}
        <Grid size={12}>
          <Labeled label={`${F}.purpose`}>
            <TextField source="purpose" sx={{ whiteSpace: 'pre-wrap' }} />
          </Labeled>
        </Grid>
      </Grid>
    </Section>
  );
};

const ApprovalLinkText = () => {
  const translate = useTranslate();
  return <>{translate('resources.disclosures.approval_link')}</>;
};

const Delivery = () => {
  const record = useRecordContext<DisclosureRecord>();
  const translate = useTranslate();
  if (!record?.deliveredAt) return null;
  return (
    <Section title="resources.disclosures.sections.delivery">
      <Grid container spacing={2} data-testid="delivery">
        <Value label={`${F}.deliveryMethod`}>
          <Typography variant="body2">
            {record.deliveryMethod ? translate(`resources.disclosures.methods.${record.deliveryMethod}`) : '—'}
          </Typography>
        </Value>
        <Cell label={`${F}.deliveredTo`}>
          <TextField source="deliveredTo" />
        </Cell>
        <Value label={`${F}.deliveredAt`}>
          <DateTimeField source="deliveredAt" />
          <Typography variant="caption" color="text.secondary">
            {record.deliveredBy?.displayName}
          </Typography>
        </Value>
        <Value label={`${F}.receipt`}>
          <AttachmentLink attachment={record.receipt} testId="receipt" />
        </Value>
        {record.deliveryNote && (
          <Cell label={`${F}.deliveryNote`} wide>
            <TextField source="deliveryNote" />
          </Cell>
        )}
        {record.closedAt && (
          <Cell label={`${F}.closedAt`}>
            <DateTimeField source="closedAt" />
          </Cell>
        )}
        {record.closeNote && (
          <Cell label={`${F}.closeNote`}>
            <TextField source="closeNote" />
          </Cell>
        )}
      </Grid>
    </Section>
  );
};

/**
 * The full record: a row of the list (without items and packages) can stand in while the page
 * loads, so the sections that need them wait.
 */
const WhenLoaded = ({ children }: { children: ReactNode }) => {
  const record = useRecordContext<DisclosureRecord>();
  return record && Array.isArray(record.items) && Array.isArray(record.packages) ? children : <LinearProgress />;
};

/** One request or application: where it stands, its papers, the records and decisions, the package and delivery. */
export const DisclosureShow = () => (
  <Show actions={<Actions />} component="div">
    <Stack spacing={2} sx={{ mt: 1, mb: 4 }}>
      <Header />
      <StatusStepper />
      <WhenLoaded>
        <Details />
        <ItemsSection />
        <PackageSection />
        <Delivery />
      </WhenLoaded>
    </Stack>
  </Show>
);
