import LockOpenIcon from '@mui/icons-material/LockOpen';
import { Button, Link } from 'react-admin';

/** 申请查阅 for a case, or for one record of it. */
export const RequestViewingButton = ({ caseId, recordId }: { caseId: string; recordId?: string }) => {
  const search = new URLSearchParams({ caseId, ...(recordId ? { recordId } : {}) }).toString();
  return (
    <Button
      component={Link}
      to={{ pathname: '/viewingRequests/create', search }}
      label="resources.viewingRequests.actions.request"
    >
      <LockOpenIcon />
    </Button>
  );
};
