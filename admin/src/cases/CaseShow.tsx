import { Chip, Grid, Stack } from '@mui/material';
import { Show, TextField, TopToolbar, useRecordContext } from 'react-admin';
import { TrailButton } from '../audit/TrailButton';
import { DayField, EnumField } from '../common/fields';
import { UploadButton } from '../files/UploadButton';
import { RequestViewingButton } from '../viewing/RequestViewingButton';
import { Cell, Section } from '../common/layout';
import { RecordingGapsPanel } from '../compliance/RecordingGapsPanel';
import type { CaseRecord } from '../common/records';
import { CaseHolds } from '../archive/CaseHolds';
import { CaseTransferButton } from '../archive/CaseTransferButton';
import { AddRecordButton } from './AddRecordButton';
import { CaseTimeline } from './CaseTimeline';
import { ConcludeButton } from './ConcludeButton';
import { CaseStatusField, DeadlineField } from './fields';
import { PartySection } from './PartySection';

const RequestButton = () => {
  const record = useRecordContext<CaseRecord>();
  return record ? <RequestViewingButton caseId={String(record.id)} /> : null;
};

const CaseActions = () => (
  <TopToolbar>
    <RequestButton />
    <AddRecordButton />
    <UploadButton />
    <ConcludeButton />
    <CaseTransferButton />
    <TrailButton filter="caseId" />
  </TopToolbar>
);

const OfficerChips = () => {
  const record = useRecordContext<CaseRecord>();
  if (!record) return null;
  return (
    <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1 }}>
      {record.handlingOfficers.map((officer) => (
        <Chip key={officer.id} label={`${officer.displayName}（${officer.username}）`} variant="outlined" />
      ))}
    </Stack>
  );
};

const CaseDetails = () => (
  <Stack spacing={2} sx={{ mt: 1, mb: 4 }}>
    <Section title="resources.cases.sections.case">
      <Grid container spacing={2}>
        <Cell>
          <TextField source="number" />
        </Cell>
        <Cell>
          <TextField source="cause" />
        </Cell>
        <Cell>
          <EnumField source="procedure" prefix="er.procedure" />
        </Cell>
        <Cell>
          <CaseStatusField source="status" />
        </Cell>
        <Cell>
          <TextField source="unit.name" />
        </Cell>
        <Cell>
          <DayField source="openedOn" />
        </Cell>
        <Cell>
          <DayField source="concludedOn" />
        </Cell>
        <Cell>
          <DeadlineField source="transferDeadline" />
        </Cell>
      </Grid>
    </Section>
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 8 }}>
        <PartySection />
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <Section title="resources.cases.sections.officers">
          <OfficerChips />
        </Section>
      </Grid>
    </Grid>
    <RecordingGapsPanel />
    <CaseHolds />
    <CaseTimeline />
  </Stack>
);

export const CaseShow = () => (
  <Show actions={<CaseActions />} component="div">
    <CaseDetails />
  </Show>
);
