import FolderOpenIcon from '@mui/icons-material/FolderOpen';
import { Stack } from '@mui/material';
import { Button, Link, Show, TopToolbar, useRecordContext } from 'react-admin';
import { TrailButton } from '../audit/TrailButton';
import { asSubject, useAppAbility } from '../auth/ability';
import { AV_KINDS } from '../common/domain';
import type { EnforcementRecord } from '../common/records';
import { RecordFile } from '../files/RecordFile';
import { RequestViewingButton } from '../viewing/RequestViewingButton';
import { CorrectButton } from './CorrectButton';
import { NewFileVersionButton } from './NewFileVersionButton';
import { RecordContent } from './RecordContent';
import { RecordDetails } from './RecordDetails';
import { RecordHistory } from './RecordHistory';
import { RecordHolds } from './RecordHolds';

const CaseButton = () => {
  const record = useRecordContext<EnforcementRecord>();
  if (!record) return null;
  return (
    <Button component={Link} to={`/cases/${record.case.id}/show`} label="resources.records.actions.open_case">
      <FolderOpenIcon />
    </Button>
  );
};

/** Written text only for text kinds: audio/video carry a file and nothing else. */
const TextContent = () => {
  const record = useRecordContext<EnforcementRecord>();
  return record && !AV_KINDS.includes(record.kind) ? <RecordContent /> : null;
};

/** 申请查阅 for a record whose content the user may not open (or not download) now. */
const RequestButton = () => {
  const record = useRecordContext<EnforcementRecord>();
  const ability = useAppAbility();
  if (!record) return null;
  const subject = asSubject('Record', record);
  if (ability.can('view', subject) && ability.can('download', subject)) return null;
  return <RequestViewingButton caseId={record.case.id} recordId={String(record.id)} />;
};

const RecordActions = () => (
  <TopToolbar>
    <CaseButton />
    <RequestButton />
    <CorrectButton />
    <NewFileVersionButton />
    <TrailButton filter="recordId" />
  </TopToolbar>
);

export const RecordShow = () => (
  <Show actions={<RecordActions />} component="div">
    <Stack spacing={2} sx={{ mt: 1, mb: 4 }}>
      <RecordDetails />
      <TextContent />
      <RecordFile />
      <RecordHolds />
      <RecordHistory />
    </Stack>
  </Show>
);
