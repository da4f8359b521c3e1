import { registerEnumType } from 'type-graphql';

/** 保管期限: how long a case file is kept (Art. 14); SHORT is the default for AV that is not evidence. */
export enum RetentionPeriod {
  PERMANENT = 'PERMANENT',
  Y30 = 'Y30',
  Y10 = 'Y10',
  /** AV not used as evidence in its case file: a short, configurable period (months). */
  SHORT = 'SHORT',
}
registerEnumType(RetentionPeriod, { name: 'RetentionPeriod', description: '永久, 30年, 10年, 短期 (非证据音像)' });

/** The years a period keeps a case file (null: for ever; SHORT is counted in months). */
export const RETENTION_YEARS: Record<RetentionPeriod, number | null> = {
  PERMANENT: null,
  Y30: 30,
  Y10: 10,
  SHORT: null,
};

/** Art. 15: the four reasons for long-term preservation of AV. */
export enum LongTermReason {
  /** (一) 当事人有异议或者投诉、上访 */
  OBJECTION = 'OBJECTION',
  /** (二) 逃避、拒绝、阻碍执法, 谩骂、侮辱、殴打执法人员 */
  OBSTRUCTION = 'OBSTRUCTION',
  /** (三) 群体性事件、突发事件 */
  MASS_INCIDENT = 'MASS_INCIDENT',
  /** (四) 其他需要长期保存的重要情况 */
  OTHER_IMPORTANT = 'OTHER_IMPORTANT',
}
registerEnumType(LongTermReason, { name: 'LongTermReason', description: 'Art. 15 (一)–(四)' });

/** 移交: a case file on its way from the unit to the archive. */
export enum TransferStatus {
  /** The unit's clerk compiles the catalogue. */
  DRAFT = 'DRAFT',
  /** Waiting for the unit head's sign-off (审核) in the approval engine. */
  IN_APPROVAL = 'IN_APPROVAL',
  /** Signed off; in the archive's incoming queue. */
  SENT = 'SENT',
  /** Sent back (by the unit head or the archive) with reasons; the unit reworks and resubmits. */
  RETURNED = 'RETURNED',
  /** Accepted by the archive: archive number and retention given; the case is archived. */
  ACCEPTED = 'ACCEPTED',
}
registerEnumType(TransferStatus, { name: 'TransferStatus' });

/** The four properties DA/T 70 checks (四性检测). */
export enum CheckKind {
  AUTHENTICITY = 'AUTHENTICITY',
  INTEGRITY = 'INTEGRITY',
  USABILITY = 'USABILITY',
  SECURITY = 'SECURITY',
}
registerEnumType(CheckKind, { name: 'CheckKind', description: '真实性, 完整性, 可用性, 安全性' });

export enum DisposalStatus {
  DRAFT = 'DRAFT',
  IN_APPROVAL = 'IN_APPROVAL',
  RETURNED = 'RETURNED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
  APPROVED = 'APPROVED',
  /** Bytes removed, stubs kept, destruction certificate issued. */
  EXECUTED = 'EXECUTED',
}
registerEnumType(DisposalStatus, { name: 'DisposalStatus' });

/** Long-term media (Art. 15) and their capacity in bytes (decimal, as sold; a margin is kept for the file system). */
export enum MediumType {
  CD = 'CD',
  DVD = 'DVD',
  BD = 'BD',
  USB = 'USB',
}
registerEnumType(MediumType, {
  name: 'MediumType',
  description: 'CD 700 MB, DVD 4.7 GB, BD-R 25 GB, USB (capacity given)',
});

export const MEDIUM_CAPACITY: Record<Exclude<MediumType, MediumType.USB>, number> = {
  CD: 700 * 1024 * 1024,
  DVD: 4_700_000_000,
  BD: 25_025_314_816,
};

export enum MediaSetStatus {
  BUILDING = 'BUILDING',
  READY = 'READY',
  FAILED = 'FAILED',
}
registerEnumType(MediaSetStatus, { name: 'MediaSetStatus' });

export enum VerificationKind {
  /** Read back right after writing the medium. */
  READBACK = 'READBACK',
  /** The yearly re-check. */
  RECHECK = 'RECHECK',
}
registerEnumType(VerificationKind, { name: 'VerificationKind' });
