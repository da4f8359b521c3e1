import { registerEnumType } from 'type-graphql';
import { AV_KINDS, EnforcementStage, RecordKind } from '../records/record.enums.js';

/** The findings of the compliance reports (监督报表), one kind per thing Chapter 2–4 requires. */
export enum ComplianceKind {
  /** Art. 7: an on-site stage (inspection, inquiry, seizure, service) of a case with no audio/video of it. */
  MISSING_RECORDING = 'MISSING_RECORDING',
  /** Art. 8: audio, video or photos where the party was not told that recording was on. */
  NO_NOTICE = 'NO_NOTICE',
  /** Art. 13: a device checked out on a day and nothing of that day uploaded by the deadline. */
  MISSING_OFFLOAD = 'MISSING_OFFLOAD',
  /** Art. 13: a recording uploaded after the end of its day plus the grace period. */
  LATE_UPLOAD = 'LATE_UPLOAD',
  /** Art. 13: a concluded case not handed to the archive by its transfer deadline. */
  OVERDUE_TRANSFER = 'OVERDUE_TRANSFER',
  /** A refused attempt (audit outcome DENIED). */
  DENIED_ACCESS = 'DENIED_ACCESS',
  /** Many content views or downloads by one person within a short window. */
  UNUSUAL_ACCESS = 'UNUSUAL_ACCESS',
  /** A stored file of a record that failed its fixity check (changed or missing). */
  FIXITY_FAILURE = 'FIXITY_FAILURE',
  /** A court/reconsideration request or party copy application still open past its due date. */
  OVERDUE_REQUEST = 'OVERDUE_REQUEST',
}
registerEnumType(ComplianceKind, {
  name: 'ComplianceKind',
  description: 'What a compliance finding is about (Art. 7, 8, 13, access, fixity, requests)',
});

export const COMPLIANCE_KINDS = Object.values(ComplianceKind);

/** Stages done in front of the party that Art. 7 wants on audio/video: a gap is "should have recorded". */
export const RECORDED_STAGES = [
  EnforcementStage.ON_SITE_INSPECTION,
  EnforcementStage.INQUIRY,
  EnforcementStage.SEIZURE,
  EnforcementStage.SERVICE,
];

/** Recordings an officer makes (surveillance footage is not theirs to announce or offload). */
export const OFFICER_AV_KINDS = [RecordKind.PHOTO, RecordKind.AUDIO, RecordKind.VIDEO];
export const TEXT_KINDS = Object.values(RecordKind).filter((k) => !AV_KINDS.includes(k));

/** Content reads counted for unusual access. */
export const CONTENT_ACTIONS = ['record.view', 'record.download'];
