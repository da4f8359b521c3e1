import { registerEnumType } from 'type-graphql';

/** Art. 3: text kinds and audio/video kinds. */
export enum RecordKind {
  ENFORCEMENT_DOCUMENT = 'ENFORCEMENT_DOCUMENT',
  INVESTIGATION_EVIDENCE = 'INVESTIGATION_EVIDENCE',
  HEARING_MATERIAL = 'HEARING_MATERIAL',
  INSPECTION_CONCLUSION = 'INSPECTION_CONCLUSION',
  EXPERT_OPINION = 'EXPERT_OPINION',
  INTERNAL_APPROVAL = 'INTERNAL_APPROVAL',
  SERVICE_RECEIPT = 'SERVICE_RECEIPT',
  OTHER_TEXT = 'OTHER_TEXT',
  PHOTO = 'PHOTO',
  AUDIO = 'AUDIO',
  VIDEO = 'VIDEO',
  SURVEILLANCE = 'SURVEILLANCE',
}
registerEnumType(RecordKind, { name: 'RecordKind' });

export const AV_KINDS: readonly RecordKind[] = [
  RecordKind.PHOTO,
  RecordKind.AUDIO,
  RecordKind.VIDEO,
  RecordKind.SURVEILLANCE,
];
export const isAv = (kind: RecordKind) => AV_KINDS.includes(kind);

/** Stage of enforcement at which the record was made. */
export enum EnforcementStage {
  FILING = 'FILING',
  ON_SITE_INSPECTION = 'ON_SITE_INSPECTION',
  INQUIRY = 'INQUIRY',
  SAMPLING = 'SAMPLING',
  SEIZURE = 'SEIZURE',
  HEARING = 'HEARING',
  PENALTY_DECISION = 'PENALTY_DECISION',
  SERVICE = 'SERVICE',
  ENFORCEMENT = 'ENFORCEMENT',
  OTHER = 'OTHER',
}
registerEnumType(EnforcementStage, { name: 'EnforcementStage' });

/** Art. 20. */
export enum Confidentiality {
  NONE = 'NONE',
  PERSONAL_PRIVACY = 'PERSONAL_PRIVACY',
  TRADE_SECRET = 'TRADE_SECRET',
  STATE_SECRET = 'STATE_SECRET',
}
registerEnumType(Confidentiality, { name: 'Confidentiality' });
