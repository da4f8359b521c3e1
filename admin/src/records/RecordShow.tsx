import FolderOpenIcon from '@mui/icons-material/FolderOpen';
import { Stack } from '@mui/material';
import { Button, Link, Show, TopToolbar, useRecordContext } from 'react-admin';
import type { EnforcementRecord } from '../common/records';
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
      <RecordContent />
      <RecordHolds />
      <RecordHistory />
    </Stack>
  </Show>
);
