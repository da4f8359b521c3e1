import LockOpenIcon from '@mui/icons-material/LockOpen';
import { Button, Link } from 'react-admin';
import { Can } from '../auth/ability';

/** 申请查阅 for a case, or for one record of it (not for roles that never see content). */
export const RequestViewingButton = ({ caseId, recordId }: { caseId: string; recordId?: string }) => {
  const search = new URLSearchParams({ caseId, ...(recordId ? { recordId } : {}) }).toString();
  return (
    <Can I="create" a="ViewingRequest">
      <Button
        component={Link}
        to={{ pathname: '/viewingRequests/create', search }}
        label="resources.viewingRequests.actions.request"
      >
        <LockOpenIcon />
      </Button>
    </Can>
  );
};
