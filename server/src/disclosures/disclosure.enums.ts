import { registerEnumType } from 'type-graphql';

/** What is handed out: material asked for by an outside body (Art. 16–17) or a party's copy (Art. 19–20). */
export enum DisclosureType {
  /** 调取: a court, reconsideration body, procuratorate or commission asks for material. */
  EXTERNAL = 'EXTERNAL',
  /** 当事人复制申请: a party (or their agent) applies for copies. */
  PARTY_COPY = 'PARTY_COPY',
}
registerEnumType(DisclosureType, { name: 'DisclosureType' });

/** registered → in approval → approved → package ready → delivered → closed (and the ways out). */
export enum DisclosureStatus {
  REGISTERED = 'REGISTERED',
  IN_APPROVAL = 'IN_APPROVAL',
  /** Sent back by an approver: decisions can be changed, then it is submitted again. */
  RETURNED = 'RETURNED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
  APPROVED = 'APPROVED',
  PACKAGE_READY = 'PACKAGE_READY',
  DELIVERED = 'DELIVERED',
  CLOSED = 'CLOSED',
}
registerEnumType(DisclosureStatus, { name: 'DisclosureStatus' });

/** Still open: past its due date it stands out. */
export const OPEN_STATUSES = [
  DisclosureStatus.REGISTERED,
  DisclosureStatus.IN_APPROVAL,
  DisclosureStatus.RETURNED,
  DisclosureStatus.APPROVED,
  DisclosureStatus.PACKAGE_READY,
];

export enum BodyKind {
  PEOPLES_COURT = 'PEOPLES_COURT',
  RECONSIDERATION_BODY = 'RECONSIDERATION_BODY',
  PROCURATORATE = 'PROCURATORATE',
  SUPERVISION_COMMISSION = 'SUPERVISION_COMMISSION',
  OTHER = 'OTHER',
}
registerEnumType(BodyKind, {
  name: 'BodyKind',
  description: '人民法院, 复议机关, 人民检察院, 纪检监察机关, 其他',
});

export enum ApplicantRelation {
  /** The party itself (当事人). */
  PARTY = 'PARTY',
  /** An agent with the party's written authorisation (委托代理人). */
  AGENT = 'AGENT',
}
registerEnumType(ApplicantRelation, { name: 'ApplicantRelation' });

export enum ItemDecision {
  INCLUDE = 'INCLUDE',
  EXCLUDE = 'EXCLUDE',
  /** Included as a redacted copy prepared by the legal staff. */
  INCLUDE_REDACTED = 'INCLUDE_REDACTED',
}
registerEnumType(ItemDecision, { name: 'ItemDecision' });

/** Why a record is kept out of a copy (Art. 20). */
export enum ExclusionReason {
  STATE_SECRET = 'STATE_SECRET',
  TRADE_SECRET = 'TRADE_SECRET',
  THIRD_PARTY_PRIVACY = 'THIRD_PARTY_PRIVACY',
  OTHER_LEGAL_GROUND = 'OTHER_LEGAL_GROUND',
}
registerEnumType(ExclusionReason, { name: 'ExclusionReason' });

export enum DeliveryMethod {
  IN_PERSON = 'IN_PERSON',
  POST = 'POST',
  ELECTRONIC = 'ELECTRONIC',
}
registerEnumType(DeliveryMethod, { name: 'DeliveryMethod', description: '当面交付, 邮寄, 电子传输' });

/** What a scanned paper (or other supporting file) is. */
export enum AttachmentPurpose {
  /** The requesting body's letter (调取函). */
  LETTER = 'LETTER',
  APPLICATION_FORM = 'APPLICATION_FORM',
  IDENTITY_DOCUMENT = 'IDENTITY_DOCUMENT',
  AUTHORISATION = 'AUTHORISATION',
  /** The redacted copy of a record, prepared by the legal staff. */
  REDACTED_COPY = 'REDACTED_COPY',
  /** The signed receipt (回执) of a delivery. */
  RECEIPT = 'RECEIPT',
}
registerEnumType(AttachmentPurpose, { name: 'AttachmentPurpose' });
