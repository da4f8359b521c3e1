import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import { Button, Link, useRecordContext } from 'react-admin';
import { useAppAbility } from '../auth/ability';
import { trailPath } from './trailLinks';

/**
 * 审计轨迹: for those who read the trail (supervisors), every event about the record or case on
 * the page, or every action of the user on the page; the trail opens with that filter shown.
 */
export const TrailButton = ({ filter }: { filter: 'recordId' | 'caseId' | 'actorId' }) => {
  const record = useRecordContext();
  const ability = useAppAbility();
  if (!record || !ability.can('read', 'AuditEvent')) return null;
  return (
    <Button
      component={Link}
      to={trailPath({ [filter]: String(record.id) })}
      label={`resources.auditEvents.trail_of.${filter}`}
    >
      <ManageSearchIcon />
    </Button>
  );
};
