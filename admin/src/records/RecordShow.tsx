import FolderOpenIcon from '@mui/icons-material/FolderOpen';
import { Stack } from '@mui/material';
import { Button, Link, Show, TopToolbar, useRecordContext } from 'react-admin';
import { AV_KINDS } from '../common/domain';
import type { EnforcementRecord } from '../common/records';
import { RecordFile } from '../files/RecordFile';
import { CorrectButton } from './CorrectButton';
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

const RecordActions = () => (
  <TopToolbar>
    <CaseButton />
    <CorrectButton />
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
