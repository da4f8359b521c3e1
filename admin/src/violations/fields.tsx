import { Chip, Link as MuiLink, Stack, Typography } from '@mui/material';
import { Link, useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { trailPath } from '../audit/trailLinks';
import { useAppAbility } from '../auth/ability';
import type { EvidenceKind } from '../gql/graphql';
import type { ViolationRecord } from './violationData';

type Evidence = ViolationRecord['evidence'][number];

/** Where a link leads: for those who read the trail, the events about it; else the item itself. */
const pathOf = (kind: EvidenceKind, ref: string, readsTrail: boolean) => {
  if (kind === 'AUDIT_EVENT') return `/auditEvents/${ref}/show`;
  if (readsTrail) return trailPath(kind === 'RECORD' ? { recordId: ref } : { caseId: ref });
  return kind === 'RECORD' ? `/records/${ref}/show` : `/cases/${ref}/show`;
};

/** A trail reader follows a record or case to its events even where the item itself is not theirs to read. */
const followable = (e: Evidence, readsTrail: boolean) => e.readable || (readsTrail && e.kind !== 'AUDIT_EVENT');

/**
 * The evidence links, each opening what it names. What the reader may read shows its title; what
 * they may not is neither named nor linked (the server gives no title for it).
 */
export const EvidenceField = (_props: FieldProps) => {
  const record = useRecordContext<ViolationRecord>();
  const translate = useTranslate();
  const readsTrail = useAppAbility().can('read', 'AuditEvent');
  if (!record?.evidence.length) return <Typography variant="body2">—</Typography>;
  const textOf = (e: Evidence) => {
    const kind = translate(`resources.violations.evidenceKinds.${e.kind}`);
    if (!followable(e, readsTrail)) return `${kind}（${translate('resources.violations.evidence_unreadable')}）`;
    return `${kind} ${e.title ?? (e.kind === 'AUDIT_EVENT' ? `#${e.ref}` : e.ref)}`;
  };
  return (
    <Stack direction="row" flexWrap="wrap" gap={1}>
      {record.evidence.map((e) => (
        <Chip
          key={`${e.kind}:${e.ref}`}
          size="small"
          variant="outlined"
          label={
            followable(e, readsTrail) ? (
              <MuiLink component={Link} to={pathOf(e.kind, e.ref, readsTrail)} underline="hover">
                {textOf(e)}
              </MuiLink>
            ) : (
              textOf(e)
            )
          }
        />
      ))}
    </Stack>
  );
};

export const KindField = (_props: FieldProps) => {
  const record = useRecordContext<ViolationRecord>();
  const translate = useTranslate();
  return record ? (
    <Typography variant="body2">{translate(`resources.violations.kinds.${record.kind}`)}</Typography>
  ) : null;
};

export const ViolationOutcomeField = (_props: FieldProps) => {
  const record = useRecordContext<ViolationRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      color={record.outcome ? 'warning' : 'default'}
      label={translate(`resources.violations.outcomes.${record.outcome ?? 'none'}`)}
    />
  );
};

export const PersonField = (_props: FieldProps) => {
  const record = useRecordContext<ViolationRecord>();
  if (!record) return null;
  const p = record.person;
  return <Typography variant="body2">{p ? `${p.displayName}（${p.username}）` : record.personId}</Typography>;
};
