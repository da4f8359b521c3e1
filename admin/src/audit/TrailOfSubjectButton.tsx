import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import { Button, Link, TopToolbar, useRecordContext } from 'react-admin';
import type { AuditEventRecord } from '../common/records';
import { trailPath } from './trailLinks';

const FILTER_OF: Record<string, 'recordId' | 'caseId'> = { Record: 'recordId', Case: 'caseId' };

/** From an event about a record or case: every event about it (a case's includes its records'). */
export const AuditEventActions = () => {
  const event = useRecordContext<AuditEventRecord>();
  const key = event?.subjectType ? FILTER_OF[event.subjectType] : undefined;
  if (!event?.subjectId || !key) return null;
  return (
    <TopToolbar>
      <Button
        component={Link}
        to={trailPath({ [key]: event.subjectId })}
        label={`resources.auditEvents.trail_of.${key}`}
      >
        <ManageSearchIcon />
      </Button>
    </TopToolbar>
  );
};
