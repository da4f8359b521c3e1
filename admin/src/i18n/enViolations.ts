import type { zhViolations } from './zhViolations';

/** The Art. 21 register's resource, kinds and outcomes (English). */
export const enViolations: typeof zhViolations = {
  violations: {
    name: 'Violation |||| Violations register',
    fields: {
      id: 'Entry no.',
      kind: 'Kind (Art. 21)',
      personId: 'Responsible person',
      person: 'Responsible person',
      unit: 'Unit',
      unitId: 'Unit',
      occurredOn: 'Occurred on',
      finding: 'Finding',
      outcome: 'Outcome',
      evidence: 'Evidence',
      'evidence.kind': 'Evidence type',
      'evidence.ref': 'Reference',
      version: 'Version',
      reason: 'Reason for correction',
      createdAt: 'Recorded at',
      createdBy: 'Registered by',
      from: 'Occurred from',
      to: 'Occurred to',
      undecided: 'Not yet decided',
    },
    kinds: {
      NOT_RECORDED: '(1) Not making the full-process record, or not as required',
      RECORD_TAMPERED: '(2) Deliberately damaging, or arbitrarily deleting or altering, text or AV records',
      RECORD_LEAKED: '(3) Copying, keeping, spreading or leaking case files or AV material without authority',
      IMPROPER_STORAGE: '(4) Not storing or maintaining as required, so that records are damaged or lost',
      MATERIALS_DESTROYED: '(5) Deliberately destroying documents, case files, recording devices or storage media',
      OTHER: '(6) Other breaches of the full-process recording rules',
    },
    outcomes: {
      CRITICISM_EDUCATION: 'Criticism and education',
      SUSPENSION: 'Suspension from duty',
      DISCIPLINARY_SANCTION: 'Disciplinary sanction',
      JUDICIAL_REFERRAL: 'Referral to judicial authorities',
      none: 'Pending',
    },
    evidenceKinds: { RECORD: 'Record', CASE: 'Case', AUDIT_EVENT: 'Audit event (seq)' },
    actions: { correct: 'Correct', register: 'Register' },
    correct: {
      title: 'Correct the entry (version %{version})',
      help: 'A correction changes nothing already written: it adds a new version, and the old one stays with its reason.',
      reason_help: 'Required: why the entry is corrected',
      done: 'Corrected; now at version %{version}',
    },
    versions: 'Versions',
    help: 'Violations of Art. 21: the act, the responsible person, the evidence and the outcome. Entries are never changed; a correction adds a version.',
  },
};
