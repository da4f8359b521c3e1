import GavelIcon from '@mui/icons-material/Gavel';
import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import { Button, CreateButton, Link, TopToolbar, useRecordContext } from 'react-admin';
import { useAppAbility } from '../auth/ability';
import type { AuditEventRecord } from '../common/records';
import { trailPath } from './trailLinks';

const FILTER_OF: Record<string, 'recordId' | 'caseId'> = { Record: 'recordId', Case: 'caseId' };
const EVIDENCE_OF: Record<string, 'RECORD' | 'CASE'> = { Record: 'RECORD', Case: 'CASE' };

/** The day of an instant in the console's time zone, as YYYY-MM-DD. */
const localDay = (iso: string) => {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/**
 * From an event: every event about its record or case (a case's includes its records'), and, for
 * a supervisor, 据此登记违规: a new Art. 21 entry already naming the actor, the day and the event
 * (with its record or case) as evidence, so no identifier has to be copied by hand.
 */
export const AuditEventActions = () => {
  const event = useRecordContext<AuditEventRecord>();
  const ability = useAppAbility();
  if (!event) return null;
  const key = event.subjectType ? FILTER_OF[event.subjectType] : undefined;
  const subjectEvidence = event.subjectType && event.subjectId ? EVIDENCE_OF[event.subjectType] : undefined;
  const draft = {
    personId: event.actorId ?? undefined,
    occurredOn: localDay(event.at),
    evidence: [
      { kind: 'AUDIT_EVENT', ref: String(event.seq) },
      ...(subjectEvidence ? [{ kind: subjectEvidence, ref: event.subjectId }] : []),
    ],
  };
  return (
    <TopToolbar>
      {event.subjectId && key && (
        <Button
          component={Link}
          to={trailPath({ [key]: event.subjectId })}
          label={`resources.auditEvents.trail_of.${key}`}
        >
          <ManageSearchIcon />
        </Button>
      )}
      {ability.can('create', 'Violation') && (
        <CreateButton
          resource="violations"
          label="resources.violations.actions.register_from_event"
          state={{ record: draft }}
          icon={<GavelIcon />}
        />
      )}
    </TopToolbar>
  );
};
