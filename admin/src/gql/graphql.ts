/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ApplicantRelation =
  | 'AGENT'
  | 'PARTY';

export type ApprovalQueueFilter = {
  /** The highest confidentiality among the requested records is one of these */
  confidentialities?: Array<Confidentiality> | null | undefined;
  /** true: audio/video included; false: text only */
  hasAv?: boolean | null | undefined;
  /** true: the wanted decision date has passed; false: not yet passed or none given */
  overdue?: boolean | null | undefined;
  /** Requests of these types */
  types?: Array<RequestType> | null | undefined;
};

export type AttachmentPurpose =
  | 'APPLICATION_FORM'
  | 'AUTHORISATION'
  | 'IDENTITY_DOCUMENT'
  | 'LETTER'
  | 'RECEIPT'
  | 'REDACTED_COPY';

export type AuditEventFilter = {
  /** Exact action, or a prefix ending in "." (e.g. "auth.") */
  action?: string | null | undefined;
  actorId?: string | number | null | undefined;
  /** Events about this case and about its records, uploads, viewing requests and grants */
  caseId?: string | number | null | undefined;
  from?: string | null | undefined;
  outcome?: AuditOutcome | null | undefined;
  /** Events about this record: as subject, named in details, or through its viewing requests and grants */
  recordId?: string | number | null | undefined;
  subjectId?: string | null | undefined;
  subjectType?: string | null | undefined;
  to?: string | null | undefined;
};

export type AuditOutcome =
  | 'ALLOWED'
  | 'DENIED'
  | 'FAILED';

/** 人民法院, 复议机关, 人民检察院, 纪检监察机关, 其他 */
export type BodyKind =
  | 'OTHER'
  | 'PEOPLES_COURT'
  | 'PROCURATORATE'
  | 'RECONSIDERATION_BODY'
  | 'SUPERVISION_COMMISSION';

export type CaseFilter = {
  /** A handling officer */
  officerId?: string | number | null | undefined;
  openedFrom?: string | null | undefined;
  openedTo?: string | null | undefined;
  /** Cases whose transfer deadline is before this date and not yet transferred */
  overdueOn?: string | null | undefined;
  procedures?: Array<Procedure> | null | undefined;
  /** Substring of the case number, party name or cause */
  q?: string | null | undefined;
  statuses?: Array<CaseStatus> | null | undefined;
  unitId?: string | number | null | undefined;
};

export type CaseStatus =
  | 'ARCHIVED'
  | 'COMPILED'
  | 'CONCLUDED'
  | 'OPEN'
  | 'TRANSFERRED';

export type CatalogueEntryInput = {
  /** YYYY-MM-DD */
  date?: string | null | undefined;
  documentNumber?: string | null | undefined;
  /** Pages of a text record */
  pages?: number | null | undefined;
  recordId: string | number;
  remarks?: string | null | undefined;
  /** Title as listed (defaults to the record’s own) */
  title: string;
};

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

/** 真实性, 完整性, 可用性, 安全性 */
export type CheckKind =
  | 'AUTHENTICITY'
  | 'INTEGRITY'
  | 'SECURITY'
  | 'USABILITY';

/** NONE, SECRET 秘密, HIGHLY_SECRET 机密, TOP_SECRET 绝密 */
export type Clearance =
  | 'HIGHLY_SECRET'
  | 'NONE'
  | 'SECRET'
  | 'TOP_SECRET';

export type ComplianceFilter = {
  /** First day, YYYY-MM-DD */
  from: string;
  kinds?: Array<ComplianceKind> | null | undefined;
  /** The person a finding is about */
  officerId?: string | number | null | undefined;
  /** Last day, YYYY-MM-DD (included) */
  to: string;
  unitId?: string | number | null | undefined;
};

/** What a compliance finding is about (Art. 7, 8, 13, access, fixity, requests) */
export type ComplianceKind =
  | 'DENIED_ACCESS'
  | 'FIXITY_FAILURE'
  | 'LATE_UPLOAD'
  | 'MISSING_OFFLOAD'
  | 'MISSING_RECORDING'
  | 'NO_NOTICE'
  | 'OVERDUE_REQUEST'
  | 'OVERDUE_TRANSFER'
  | 'UNUSUAL_ACCESS';

export type Confidentiality =
  | 'NONE'
  | 'PERSONAL_PRIVACY'
  | 'STATE_SECRET'
  | 'TRADE_SECRET';

export type CreateDisposalListInput = {
  /** The ground for the disposal, as the list states it */
  note: string;
  recordIds: Array<string | number>;
};

/** A long-term media set (Art. 15): what goes on it and onto which medium */
export type CreateMediaSetInput = {
  /** Bytes one USB drive holds (USB only) */
  capacity?: number | null | undefined;
  /** Whole cases: their records the archive may export */
  caseIds?: Array<string | number> | null | undefined;
  mediumType: MediumType;
  /** Records chosen one by one */
  recordIds?: Array<string | number> | null | undefined;
};

export type CreateRecordInput = {
  /** Text written in the system */
  body?: string | null | undefined;
  capturedFrom?: string | null | undefined;
  capturedTo?: string | null | undefined;
  caseId: string | number;
  confidentiality?: Confidentiality | null | undefined;
  deviceNumber?: string | null | undefined;
  documentNumber?: string | null | undefined;
  issuedTo?: string | null | undefined;
  kind: RecordKind;
  location?: string | null | undefined;
  longTerm?: boolean | null | undefined;
  /** Art. 15 reason; required with longTerm */
  longTermReason?: string | null | undefined;
  /** The officer who recorded it (AV) */
  officerId?: string | number | null | undefined;
  /** Art. 8: the party was told recording was on (AV) */
  partyNotified?: boolean | null | undefined;
  /** State-secret level; only with STATE_SECRET */
  secretLevel?: Clearance | null | undefined;
  stage?: EnforcementStage | null | undefined;
  title?: string | null | undefined;
};

export type CreateUnitInput = {
  /** Start of the unit’s case numbers, 1–16 letters or digits (e.g. 平市监综); unique among units; a unit without one opens no cases */
  casePrefix?: string | null | undefined;
  /** 2–32 upper-case letters, digits, dash or underscore */
  code: string;
  kind: UnitKind;
  name: string;
};

export type CreateUserInput = {
  clearance?: Clearance;
  displayName: string;
  /** Initial password: 8–128 characters with letters and digits */
  password: string;
  roles: Array<Role>;
  unitId: string | number;
  username: string;
};

export type DecideItemsInput = {
  decisions: Array<ItemDecisionInput>;
  disclosureId: string | number;
};

/** APPROVE, REJECT (ends the request), RETURN for changes */
export type Decision =
  | 'APPROVE'
  | 'REJECT'
  | 'RETURN';

/** 当面交付, 邮寄, 电子传输 */
export type DeliveryMethod =
  | 'ELECTRONIC'
  | 'IN_PERSON'
  | 'POST';

export type DeviceFilter = {
  kinds?: Array<DeviceKind> | null | undefined;
  /** Substring of number, model or serial */
  q?: string | null | undefined;
  statuses?: Array<DeviceStatus> | null | undefined;
  unitId?: string | number | null | undefined;
};

/** 执法记录仪, 照相机, 摄像机, 录音笔, 其他 */
export type DeviceKind =
  | 'AUDIO_RECORDER'
  | 'BODY_CAMERA'
  | 'CAMERA'
  | 'OTHER'
  | 'VIDEO_CAMERA';

/** 在用, 故障, 维修中, 报废 */
export type DeviceStatus =
  | 'FAULTY'
  | 'IN_SERVICE'
  | 'RETIRED'
  | 'UNDER_REPAIR';

export type DisclosureFilter = {
  /** Open and past its due date */
  overdue?: boolean | null | undefined;
  /** Number, body, letter number or applicant contains */
  q?: string | null | undefined;
  statuses?: Array<DisclosureStatus> | null | undefined;
  type?: DisclosureType | null | undefined;
};

export type DisclosureStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'CLOSED'
  | 'DELIVERED'
  | 'IN_APPROVAL'
  | 'PACKAGE_READY'
  | 'REGISTERED'
  | 'REJECTED'
  | 'RETURNED';

export type DisclosureType =
  | 'EXTERNAL'
  | 'PARTY_COPY';

export type DisposalStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'DRAFT'
  | 'EXECUTED'
  | 'IN_APPROVAL'
  | 'REJECTED'
  | 'RETURNED';

export type DocumentRequirementInput = {
  /** A catalogued record of one of these kinds satisfies it */
  kinds: Array<RecordKind>;
  /** What the document is, e.g. 立案审批表 */
  label: string;
  /** …and of this stage, when given */
  stage?: EnforcementStage | null | undefined;
};

export type EditDisposalListInput = {
  id: string | number;
  note?: string | null | undefined;
  /** The whole set of records the list should hold */
  recordIds?: Array<string | number> | null | undefined;
};

export type EnforcementStage =
  | 'ENFORCEMENT'
  | 'FILING'
  | 'HEARING'
  | 'INQUIRY'
  | 'ON_SITE_INSPECTION'
  | 'OTHER'
  | 'PENALTY_DECISION'
  | 'SAMPLING'
  | 'SEIZURE'
  | 'SERVICE';

export type EvidenceKind =
  | 'AUDIT_EVENT'
  | 'CASE'
  | 'RECORD';

export type EvidenceLinkInput = {
  kind: EvidenceKind;
  ref: string;
};

export type ExclusionReason =
  | 'OTHER_LEGAL_GROUND'
  | 'STATE_SECRET'
  | 'THIRD_PARTY_PRIVACY'
  | 'TRADE_SECRET';

export type FileAccessMode =
  | 'DOWNLOAD'
  | 'VIEW';

export type FixityStatus =
  | 'MISMATCH'
  | 'MISSING'
  | 'OK'
  | 'UNCHECKED';

/** VIEW (see/play content), DOWNLOAD (save a copy) */
export type GrantAction =
  | 'DOWNLOAD'
  | 'VIEW';

/** Grants to list: whose, for which record, only those in force */
export type GrantFilter = {
  /** true: not revoked and within its period now */
  inForce?: boolean | null | undefined;
  recordId?: string | number | null | undefined;
  userId?: string | number | null | undefined;
};

export type ItemDecision =
  | 'EXCLUDE'
  | 'INCLUDE'
  | 'INCLUDE_REDACTED';

export type ItemDecisionInput = {
  decision: ItemDecision;
  note?: string | null | undefined;
  /** Required to exclude */
  reason?: ExclusionReason | null | undefined;
  recordId: string | number;
  /** The redacted copy (attachment, purpose REDACTED_COPY) to include */
  redactedId?: string | number | null | undefined;
};

export type LoginInput = {
  /** Console sign-in: the token goes into an httpOnly cookie and is not returned */
  cookie?: boolean;
  password: string;
  username: string;
};

/** Art. 15 (一)–(四) */
export type LongTermReason =
  | 'MASS_INCIDENT'
  | 'OBJECTION'
  | 'OBSTRUCTION'
  | 'OTHER_IMPORTANT';

export type MaintenanceInput = {
  kind: MaintenanceKind;
  note?: string | null | undefined;
};

export type MaintenanceKind =
  | 'BATTERY_CHECK'
  | 'CHARGING'
  | 'CLEANING'
  | 'STORAGE_CHECK';

export type MediaSetStatus =
  | 'BUILDING'
  | 'FAILED'
  | 'READY';

/** CD 700 MB, DVD 4.7 GB, BD-R 25 GB, USB (capacity given) */
export type MediumType =
  | 'BD'
  | 'CD'
  | 'DVD'
  | 'USB';

export type MyRequestsFilter = {
  /** Requests in one of these states */
  statuses?: Array<RequestStatus> | null | undefined;
  /** Requests of these types */
  types?: Array<RequestType> | null | undefined;
};

export type NotificationKind =
  | 'APPROVAL_WAITING'
  | 'DEVICE_FAULT'
  | 'DISPOSAL_DUE'
  | 'MEDIA_RECHECK_DUE'
  | 'REQUEST_DECIDED'
  | 'TRANSFER_DECIDED'
  | 'VIOLATION_OUTCOME';

/** UPLOADED by the deadline, LATE after it, PENDING before it, MISSING past it (Art. 13) */
export type OffloadState =
  | 'LATE'
  | 'MISSING'
  | 'PENDING'
  | 'UPLOADED';

export type OpenCaseInput = {
  /** 案由 */
  cause: string;
  /** At least two officers of the unit */
  handlingOfficerIds: Array<string | number>;
  /** YYYY-MM-DD; today when left out */
  openedOn?: string | null | undefined;
  party: PartyInput;
  procedure: Procedure;
  unitId: string | number;
};

export type PackageStatus =
  | 'BUILDING'
  | 'FAILED'
  | 'QUEUED'
  | 'READY';

export type PartyInput = {
  address?: string | null | undefined;
  /** Person: resident ID number (GB 11643); organisation: unified social credit code (GB 32100) */
  idNumber?: string | null | undefined;
  kind: PartyKind;
  /** Organisation only: 法定代表人 */
  legalRepresentative?: string | null | undefined;
  name: string;
  phone?: string | null | undefined;
};

export type PartyKind =
  | 'ORGANISATION'
  | 'PERSON';

export type PolicyRuleInput = {
  /** Applies when audio/video is (true) or is not (false) included */
  av?: boolean | null | undefined;
  /** Applies when the highest confidentiality among the records is one of these */
  confidentialityIn?: Array<Confidentiality> | null | undefined;
  steps: Array<PolicyStepInput>;
};

export type PolicyStepInput = {
  /** The decider's clearance must reach the highest state-secret level among the records */
  clearanceOfRecords: boolean;
  /** Shown in the queue, e.g. 办案机构负责人 */
  label?: string | null | undefined;
  role: Role;
  /** Only a holder of the role in the unit that owns the case (e.g. the unit's head) */
  sameUnit: boolean;
};

export type PreUseCheckInput = {
  batteryPercent: number;
  clockCorrect: boolean;
  freeStorageGb: number;
  /** Required when the check fails */
  overrideReason?: string | null | undefined;
};

/** 简易程序, 一般程序, 行政强制, 行政许可, 检查, 其他 */
export type Procedure =
  | 'COMPULSORY_MEASURE'
  | 'GENERAL_PENALTY'
  | 'INSPECTION'
  | 'LICENSING'
  | 'OTHER'
  | 'SIMPLE_PENALTY';

export type RecordDeliveryInput = {
  deliveredAt: string;
  disclosureId: string | number;
  method: DeliveryMethod;
  note?: string | null | undefined;
  /** The signed receipt (attachment, purpose RECEIPT) */
  receiptId?: string | number | null | undefined;
  /** Who received it */
  recipient: string;
};

export type RecordFilter = {
  capturedFrom?: string | null | undefined;
  capturedTo?: string | null | undefined;
  caseId?: string | number | null | undefined;
  confidentialities?: Array<Confidentiality> | null | undefined;
  deviceNumber?: string | null | undefined;
  /** true: the file failed its last fixity check (changed or missing) */
  fixityFailed?: boolean | null | undefined;
  held?: boolean | null | undefined;
  kinds?: Array<RecordKind> | null | undefined;
  longTerm?: boolean | null | undefined;
  /** true: AV made without telling the party (Art. 8) */
  notNotified?: boolean | null | undefined;
  /** A handling officer */
  officerId?: string | number | null | undefined;
  openedFrom?: string | null | undefined;
  openedTo?: string | null | undefined;
  /** Cases whose transfer deadline is before this date and not yet transferred */
  overdueOn?: string | null | undefined;
  procedures?: Array<Procedure> | null | undefined;
  /** Substring of the case number, party name or cause */
  q?: string | null | undefined;
  /** The officer who recorded it */
  recordedById?: string | number | null | undefined;
  stages?: Array<EnforcementStage> | null | undefined;
  statuses?: Array<CaseStatus> | null | undefined;
  unitId?: string | number | null | undefined;
};

export type RecordKind =
  | 'AUDIO'
  | 'ENFORCEMENT_DOCUMENT'
  | 'EXPERT_OPINION'
  | 'HEARING_MATERIAL'
  | 'INSPECTION_CONCLUSION'
  | 'INTERNAL_APPROVAL'
  | 'INVESTIGATION_EVIDENCE'
  | 'OTHER_TEXT'
  | 'PHOTO'
  | 'SERVICE_RECEIPT'
  | 'SURVEILLANCE'
  | 'VIDEO';

export type RecordMetadataInput = {
  /** Text written in the system */
  body?: string | null | undefined;
  capturedFrom?: string | null | undefined;
  capturedTo?: string | null | undefined;
  confidentiality?: Confidentiality | null | undefined;
  deviceNumber?: string | null | undefined;
  documentNumber?: string | null | undefined;
  issuedTo?: string | null | undefined;
  location?: string | null | undefined;
  longTerm?: boolean | null | undefined;
  /** Art. 15 reason; required with longTerm */
  longTermReason?: string | null | undefined;
  /** The officer who recorded it (AV) */
  officerId?: string | number | null | undefined;
  /** Art. 8: the party was told recording was on (AV) */
  partyNotified?: boolean | null | undefined;
  /** State-secret level; only with STATE_SECRET */
  secretLevel?: Clearance | null | undefined;
  stage?: EnforcementStage | null | undefined;
  title?: string | null | undefined;
};

/** 当事人复制申请 (Art. 19–20), registered by the legal staff */
export type RegisterCopyApplicationInput = {
  applicantIdNumber: string;
  /** e.g. 居民身份证, 营业执照, 护照 */
  applicantIdType: string;
  applicantName: string;
  /** The scanned application form */
  applicationFormId: string | number;
  /** The party's written authorisation (required for an agent) */
  authorisationId?: string | number | null | undefined;
  /** The case the applicant is a party to */
  caseId: string | number;
  dueAt?: string | null | undefined;
  /** The scan of the applicant's identity document */
  identityDocumentId: string | number;
  /** What the copies are for */
  purpose: string;
  /** The records applied for; all readable records of the case when absent */
  recordIds?: Array<string | number> | null | undefined;
  relation: ApplicantRelation;
};

export type RegisterDeviceInput = {
  custodianId?: string | number | null | undefined;
  kind: DeviceKind;
  model: string;
  /** Unique device number, e.g. ZHZF-DSJ-001 */
  number: string;
  purchasedOn?: string | null | undefined;
  serial: string;
  unitId: string | number;
};

/** 调取 (Art. 16–17): a letter from a court or other body, registered by the archive */
export type RegisterExternalRequestInput = {
  bodyKind: BodyKind;
  bodyName: string;
  /** Whole cases asked for (every record of each) */
  caseIds?: Array<string | number> | null | undefined;
  /** The lawsuit or reconsideration case it concerns */
  concerning: string;
  dueAt?: string | null | undefined;
  /** YYYY-MM-DD */
  letterDate: string;
  /** The scanned letter (an attachment uploaded with purpose LETTER) */
  letterId: string | number;
  /** The letter's number (函号) */
  letterNumber: string;
  /** What the material is for, as the letter says */
  purpose: string;
  /** The records asked for */
  recordIds?: Array<string | number> | null | undefined;
};

/** A written medium as registered: the label on it and where it is kept */
export type RegisterMediumInput = {
  label: string;
  location: string;
  volumeId: string | number;
};

export type RequestStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'PENDING'
  | 'REJECTED'
  | 'RETURNED';

export type RequestType =
  | 'DISPOSAL'
  | 'EXTERNAL'
  | 'PARTY_COPY'
  | 'TRANSFER'
  | 'VIEWING';

export type RequestViewingInput = {
  actions: Array<GrantAction>;
  /** Every record of this case the requester can see… */
  caseId?: string | number | null | undefined;
  /** When a decision is wanted by */
  dueAt?: string | null | undefined;
  /** What the records are needed for (required) */
  purpose: string;
  /** …or exactly these records (of one case) */
  recordIds?: Array<string | number> | null | undefined;
  /** Start of the period wanted (default: on approval) */
  validFrom?: string | null | undefined;
  /** End of the period wanted (at most 90 days) */
  validUntil: string;
};

/** 永久, 30年, 10年, 短期 (非证据音像) */
export type RetentionPeriod =
  | 'PERMANENT'
  | 'SHORT'
  | 'Y10'
  | 'Y30';

export type RetentionRuleInput = {
  avStages: Array<EnforcementStage>;
  evidenceAvKeepsCasePeriod: boolean;
  period: RetentionPeriod;
  procedure: Procedure;
  requirements: Array<DocumentRequirementInput>;
  transferDays: number;
};

/** A role of DESIGN.md */
export type Role =
  | 'archivist'
  | 'infoCenter'
  | 'leader'
  | 'legal'
  | 'officer'
  | 'supervisor'
  | 'unitClerk'
  | 'unitHead';

export type SaveCatalogueInput = {
  entries: Array<CatalogueEntryInput>;
  transferId: string | number;
};

export type SortOrder =
  | 'ASC'
  | 'DESC';

export type TransferFilter = {
  /** Case number, archive number, party or cause contains */
  q?: string | null | undefined;
  statuses?: Array<TransferStatus> | null | undefined;
  unitId?: string | number | null | undefined;
};

export type TransferStatus =
  | 'ACCEPTED'
  | 'DRAFT'
  | 'IN_APPROVAL'
  | 'RETURNED'
  | 'SENT';

export type UnitFilter = {
  kind?: UnitKind | null | undefined;
  /** Matches code or name */
  q?: string | null | undefined;
};

export type UnitKind =
  | 'ARCHIVE'
  | 'ENFORCEMENT_TEAM'
  | 'INFO_CENTER'
  | 'LEADERSHIP'
  | 'LEGAL'
  | 'MARKET_OFFICE'
  | 'OTHER'
  | 'SUPERVISION';

export type UpdateDeviceInput = {
  custodianId?: string | number | null | undefined;
  model?: string | null | undefined;
  purchasedOn?: string | null | undefined;
  serial?: string | null | undefined;
};

export type UpdateUnitInput = {
  /** Start of the unit’s case numbers, 1–16 letters or digits (e.g. 平市监综); unique among units; can be set or changed only while the unit has opened no case */
  casePrefix?: string | null | undefined;
  kind?: UnitKind | null | undefined;
  name?: string | null | undefined;
};

export type UpdateUserInput = {
  clearance?: Clearance | null | undefined;
  displayName?: string | null | undefined;
  roles?: Array<Role> | null | undefined;
  unitId?: string | number | null | undefined;
};

export type UserFilter = {
  active?: boolean | null | undefined;
  /** Matches username or display name */
  q?: string | null | undefined;
  role?: Role | null | undefined;
  unitId?: string | number | null | undefined;
};

export type VerificationKind =
  | 'READBACK'
  | 'RECHECK';

export type ViolationFilter = {
  /** Occurred on or after (YYYY-MM-DD) */
  from?: string | null | undefined;
  kind?: ViolationKind | null | undefined;
  /** An outcome; see `undecided` for none */
  outcome?: ViolationOutcome | null | undefined;
  personId?: string | number | null | undefined;
  /** Occurred on or before (YYYY-MM-DD) */
  to?: string | null | undefined;
  /** Only entries without an outcome yet */
  undecided?: boolean | null | undefined;
  unitId?: string | number | null | undefined;
};

export type ViolationInput = {
  evidence?: Array<EvidenceLinkInput>;
  finding: string;
  kind: ViolationKind;
  /** YYYY-MM-DD */
  occurredOn: string;
  outcome?: ViolationOutcome | null | undefined;
  personId: string | number;
};

/** The prohibited acts of Art. 21 (一)–(六) */
export type ViolationKind =
  | 'IMPROPER_STORAGE'
  | 'MATERIALS_DESTROYED'
  | 'NOT_RECORDED'
  | 'OTHER'
  | 'RECORD_LEAKED'
  | 'RECORD_TAMPERED';

export type ViolationOutcome =
  | 'CRITICISM_EDUCATION'
  | 'DISCIPLINARY_SANCTION'
  | 'JUDICIAL_REFERRAL'
  | 'SUSPENSION';

export type ApprovalStepFieldsFragment = { __typename: 'ApprovalStep', id: string, seq: number, role: Role, label: string | null, minClearanceRank: number, waiting: boolean, decision: Decision | null, comment: string | null, decidedAt: string | null, decidedByName: string | null };

export type ApprovalRequestFieldsFragment = { __typename: 'ApprovalRequest', id: string, type: RequestType, status: RequestStatus, summary: string, disclosureId: string | null, transferId: string | null, disposalListId: string | null, purpose: string, maxConfidentiality: Confidentiality, maxSecretRank: number, hasAv: boolean, currentStep: number, createdAt: string, dueAt: string | null, decidedAt: string | null, requester: { __typename: 'User', id: string, username: string, displayName: string } | null };

export type ApprovalQueueQueryVariables = Exact<{
  page: number;
  perPage: number;
  filter?: ApprovalQueueFilter | null | undefined;
}>;


export type ApprovalQueueQuery = { approvalQueue: { total: number, items: Array<{ __typename: 'ApprovalStep', id: string, seq: number, role: Role, label: string | null, minClearanceRank: number, waiting: boolean, decision: Decision | null, comment: string | null, decidedAt: string | null, decidedByName: string | null, request: { __typename: 'ApprovalRequest', id: string, type: RequestType, status: RequestStatus, summary: string, disclosureId: string | null, transferId: string | null, disposalListId: string | null, purpose: string, maxConfidentiality: Confidentiality, maxSecretRank: number, hasAv: boolean, currentStep: number, createdAt: string, dueAt: string | null, decidedAt: string | null, requester: { __typename: 'User', id: string, username: string, displayName: string } | null } }> } };

export type ApprovalRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type ApprovalRequestQuery = { approvalRequest: { __typename: 'ApprovalRequest', id: string, type: RequestType, status: RequestStatus, summary: string, disclosureId: string | null, transferId: string | null, disposalListId: string | null, purpose: string, maxConfidentiality: Confidentiality, maxSecretRank: number, hasAv: boolean, currentStep: number, createdAt: string, dueAt: string | null, decidedAt: string | null, steps: Array<{ __typename: 'ApprovalStep', id: string, seq: number, role: Role, label: string | null, minClearanceRank: number, waiting: boolean, decision: Decision | null, comment: string | null, decidedAt: string | null, decidedByName: string | null }>, viewing: { __typename: 'ViewingRequest', id: string, recordIds: Array<string>, actions: Array<GrantAction>, validFrom: string, validUntil: string } | null, requester: { __typename: 'User', id: string, username: string, displayName: string } | null } };

export type MyRequestsQueryVariables = Exact<{
  page: number;
  perPage: number;
  sortField?: string | null | undefined;
  sortOrder?: SortOrder | null | undefined;
  filter?: MyRequestsFilter | null | undefined;
}>;


export type MyRequestsQuery = { myRequests: { total: number, items: Array<{ __typename: 'ApprovalRequest', id: string, type: RequestType, status: RequestStatus, summary: string, disclosureId: string | null, transferId: string | null, disposalListId: string | null, purpose: string, maxConfidentiality: Confidentiality, maxSecretRank: number, hasAv: boolean, currentStep: number, createdAt: string, dueAt: string | null, decidedAt: string | null, steps: Array<{ __typename: 'ApprovalStep', id: string, seq: number, role: Role, label: string | null, minClearanceRank: number, waiting: boolean, decision: Decision | null, comment: string | null, decidedAt: string | null, decidedByName: string | null }>, requester: { __typename: 'User', id: string, username: string, displayName: string } | null }> } };

export type DecideApprovalMutationVariables = Exact<{
  stepId: string | number;
  decision: Decision;
  comment?: string | null | undefined;
}>;


export type DecideApprovalMutation = { decideApproval: { __typename: 'ApprovalStep', id: string, seq: number, role: Role, label: string | null, minClearanceRank: number, waiting: boolean, decision: Decision | null, comment: string | null, decidedAt: string | null, decidedByName: string | null } };

export type DecideApprovalsMutationVariables = Exact<{
  stepIds: Array<string | number> | string | number;
  decision: Decision;
  comment?: string | null | undefined;
}>;


export type DecideApprovalsMutation = { decideApprovals: Array<{ __typename: 'ApprovalStep', id: string, seq: number, role: Role, label: string | null, minClearanceRank: number, waiting: boolean, decision: Decision | null, comment: string | null, decidedAt: string | null, decidedByName: string | null }> };

export type ResubmitRequestMutationVariables = Exact<{
  id: string | number;
  purpose?: string | null | undefined;
}>;


export type ResubmitRequestMutation = { resubmitRequest: { __typename: 'ApprovalRequest', id: string, type: RequestType, status: RequestStatus, summary: string, disclosureId: string | null, transferId: string | null, disposalListId: string | null, purpose: string, maxConfidentiality: Confidentiality, maxSecretRank: number, hasAv: boolean, currentStep: number, createdAt: string, dueAt: string | null, decidedAt: string | null, requester: { __typename: 'User', id: string, username: string, displayName: string } | null } };

export type CancelRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelRequestMutation = { cancelRequest: { __typename: 'ApprovalRequest', id: string, type: RequestType, status: RequestStatus, summary: string, disclosureId: string | null, transferId: string | null, disposalListId: string | null, purpose: string, maxConfidentiality: Confidentiality, maxSecretRank: number, hasAv: boolean, currentStep: number, createdAt: string, dueAt: string | null, decidedAt: string | null, requester: { __typename: 'User', id: string, username: string, displayName: string } | null } };

export type RequestViewingMutationVariables = Exact<{
  input: RequestViewingInput;
}>;


export type RequestViewingMutation = { requestViewing: { __typename: 'ViewingRequest', id: string, recordIds: Array<string> } };

export type AccessGrantFieldsFragment = { __typename: 'AccessGrant', id: string, recordId: string, actions: Array<GrantAction>, validFrom: string, expiresAt: string, revokedAt: string | null, revokeReason: string | null, createdAt: string };

export type MyGrantsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyGrantsQuery = { myGrants: Array<{ __typename: 'AccessGrant', id: string, recordId: string, actions: Array<GrantAction>, validFrom: string, expiresAt: string, revokedAt: string | null, revokeReason: string | null, createdAt: string }> };

export type RevokeGrantMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RevokeGrantMutation = { revokeGrant: { __typename: 'AccessGrant', id: string, recordId: string, actions: Array<GrantAction>, validFrom: string, expiresAt: string, revokedAt: string | null, revokeReason: string | null, createdAt: string } };

export type ApprovalPolicyQueryVariables = Exact<{
  type: RequestType;
}>;


export type ApprovalPolicyQuery = { approvalPolicy: { __typename: 'ApprovalPolicy', id: string, requestType: RequestType, version: number, note: string | null, createdAt: string, rules: Array<{ confidentialityIn: Array<Confidentiality> | null, av: boolean | null, steps: Array<{ role: Role, sameUnit: boolean, clearanceOfRecords: boolean, label: string | null }> }> } };

export type UpdateApprovalPolicyMutationVariables = Exact<{
  type: RequestType;
  rules: Array<PolicyRuleInput> | PolicyRuleInput;
  note?: string | null | undefined;
}>;


export type UpdateApprovalPolicyMutation = { updateApprovalPolicy: { __typename: 'ApprovalPolicy', id: string, version: number } };

export type GrantsQueryVariables = Exact<{
  page: number;
  perPage: number;
  sortField?: string | null | undefined;
  sortOrder?: SortOrder | null | undefined;
  filter?: GrantFilter | null | undefined;
}>;


export type GrantsQuery = { grants: { total: number, items: Array<{ __typename: 'AccessGrant', userId: string, id: string, recordId: string, actions: Array<GrantAction>, validFrom: string, expiresAt: string, revokedAt: string | null, revokeReason: string | null, createdAt: string, user: { __typename: 'User', id: string, username: string, displayName: string } | null }> } };

export type TransferFieldsFragment = { __typename: 'Transfer', id: string, number: string, status: TransferStatus, overrideReason: string | null, returnReason: string | null, returnedAt: string | null, archiveNumber: string | null, retentionPeriod: RetentionPeriod | null, approvalId: string | null, createdAt: string, submittedAt: string | null, sentAt: string | null, acceptedAt: string | null, updatedAt: string, unit: { __typename: 'Unit', id: string, name: string }, case: { __typename: 'Case', id: string, number: string, cause: string, procedure: Procedure, status: CaseStatus, partyName: string, concludedOn: string | null, transferDeadline: string | null, archiveNumber: string | null, archivedOn: string | null, retentionPeriod: RetentionPeriod | null, retainUntil: string | null }, catalogue: Array<{ seq: number, recordId: string, documentNumber: string | null, title: string, date: string | null, pages: number | null, durationSeconds: number | null, remarks: string | null, record: { __typename: 'Record', id: string, kind: RecordKind, title: string, stage: EnforcementStage | null, confidentiality: Confidentiality } | null }>, checkRun: { startedAt: string, filesDone: number, filesTotal: number, bytesDone: number, bytesTotal: number } | null, checks: { checkedAt: string, passed: boolean, results: Array<{ kind: CheckKind, passed: boolean, findings: Array<{ code: string, message: string, recordId: string | null }> }> } | null };

export type TransfersQueryVariables = Exact<{
  page: number;
  perPage: number;
  sortField?: string | null | undefined;
  sortOrder?: SortOrder | null | undefined;
  filter?: TransferFilter | null | undefined;
}>;


export type TransfersQuery = { transfers: { total: number, items: Array<{ __typename: 'Transfer', id: string, number: string, status: TransferStatus, archiveNumber: string | null, submittedAt: string | null, sentAt: string | null, acceptedAt: string | null, createdAt: string, unit: { __typename: 'Unit', id: string, name: string }, case: { __typename: 'Case', id: string, number: string, cause: string, partyName: string, status: CaseStatus, transferDeadline: string | null }, checks: { passed: boolean } | null }> } };

export type TransferQueryVariables = Exact<{
  id: string | number;
}>;


export type TransferQuery = { transfer: { __typename: 'Transfer', id: string, number: string, status: TransferStatus, overrideReason: string | null, returnReason: string | null, returnedAt: string | null, archiveNumber: string | null, retentionPeriod: RetentionPeriod | null, approvalId: string | null, createdAt: string, submittedAt: string | null, sentAt: string | null, acceptedAt: string | null, updatedAt: string, unit: { __typename: 'Unit', id: string, name: string }, case: { __typename: 'Case', id: string, number: string, cause: string, procedure: Procedure, status: CaseStatus, partyName: string, concludedOn: string | null, transferDeadline: string | null, archiveNumber: string | null, archivedOn: string | null, retentionPeriod: RetentionPeriod | null, retainUntil: string | null }, catalogue: Array<{ seq: number, recordId: string, documentNumber: string | null, title: string, date: string | null, pages: number | null, durationSeconds: number | null, remarks: string | null, record: { __typename: 'Record', id: string, kind: RecordKind, title: string, stage: EnforcementStage | null, confidentiality: Confidentiality } | null }>, checkRun: { startedAt: string, filesDone: number, filesTotal: number, bytesDone: number, bytesTotal: number } | null, checks: { checkedAt: string, passed: boolean, results: Array<{ kind: CheckKind, passed: boolean, findings: Array<{ code: string, message: string, recordId: string | null }> }> } | null } };

export type CaseTransferQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseTransferQuery = { case: { id: string, transfer: { id: string, number: string, status: TransferStatus } | null } };

export type OpenTransferMutationVariables = Exact<{
  caseId: string | number;
}>;


export type OpenTransferMutation = { openTransfer: { __typename: 'Transfer', id: string, number: string, status: TransferStatus, overrideReason: string | null, returnReason: string | null, returnedAt: string | null, archiveNumber: string | null, retentionPeriod: RetentionPeriod | null, approvalId: string | null, createdAt: string, submittedAt: string | null, sentAt: string | null, acceptedAt: string | null, updatedAt: string, unit: { __typename: 'Unit', id: string, name: string }, case: { __typename: 'Case', id: string, number: string, cause: string, procedure: Procedure, status: CaseStatus, partyName: string, concludedOn: string | null, transferDeadline: string | null, archiveNumber: string | null, archivedOn: string | null, retentionPeriod: RetentionPeriod | null, retainUntil: string | null }, catalogue: Array<{ seq: number, recordId: string, documentNumber: string | null, title: string, date: string | null, pages: number | null, durationSeconds: number | null, remarks: string | null, record: { __typename: 'Record', id: string, kind: RecordKind, title: string, stage: EnforcementStage | null, confidentiality: Confidentiality } | null }>, checkRun: { startedAt: string, filesDone: number, filesTotal: number, bytesDone: number, bytesTotal: number } | null, checks: { checkedAt: string, passed: boolean, results: Array<{ kind: CheckKind, passed: boolean, findings: Array<{ code: string, message: string, recordId: string | null }> }> } | null } };

export type SaveCatalogueMutationVariables = Exact<{
  input: SaveCatalogueInput;
}>;


export type SaveCatalogueMutation = { saveCatalogue: { __typename: 'Transfer', id: string, number: string, status: TransferStatus, overrideReason: string | null, returnReason: string | null, returnedAt: string | null, archiveNumber: string | null, retentionPeriod: RetentionPeriod | null, approvalId: string | null, createdAt: string, submittedAt: string | null, sentAt: string | null, acceptedAt: string | null, updatedAt: string, unit: { __typename: 'Unit', id: string, name: string }, case: { __typename: 'Case', id: string, number: string, cause: string, procedure: Procedure, status: CaseStatus, partyName: string, concludedOn: string | null, transferDeadline: string | null, archiveNumber: string | null, archivedOn: string | null, retentionPeriod: RetentionPeriod | null, retainUntil: string | null }, catalogue: Array<{ seq: number, recordId: string, documentNumber: string | null, title: string, date: string | null, pages: number | null, durationSeconds: number | null, remarks: string | null, record: { __typename: 'Record', id: string, kind: RecordKind, title: string, stage: EnforcementStage | null, confidentiality: Confidentiality } | null }>, checkRun: { startedAt: string, filesDone: number, filesTotal: number, bytesDone: number, bytesTotal: number } | null, checks: { checkedAt: string, passed: boolean, results: Array<{ kind: CheckKind, passed: boolean, findings: Array<{ code: string, message: string, recordId: string | null }> }> } | null } };

export type CheckTransferMutationVariables = Exact<{
  id: string | number;
}>;


export type CheckTransferMutation = { checkTransfer: { __typename: 'Transfer', id: string, number: string, status: TransferStatus, overrideReason: string | null, returnReason: string | null, returnedAt: string | null, archiveNumber: string | null, retentionPeriod: RetentionPeriod | null, approvalId: string | null, createdAt: string, submittedAt: string | null, sentAt: string | null, acceptedAt: string | null, updatedAt: string, unit: { __typename: 'Unit', id: string, name: string }, case: { __typename: 'Case', id: string, number: string, cause: string, procedure: Procedure, status: CaseStatus, partyName: string, concludedOn: string | null, transferDeadline: string | null, archiveNumber: string | null, archivedOn: string | null, retentionPeriod: RetentionPeriod | null, retainUntil: string | null }, catalogue: Array<{ seq: number, recordId: string, documentNumber: string | null, title: string, date: string | null, pages: number | null, durationSeconds: number | null, remarks: string | null, record: { __typename: 'Record', id: string, kind: RecordKind, title: string, stage: EnforcementStage | null, confidentiality: Confidentiality } | null }>, checkRun: { startedAt: string, filesDone: number, filesTotal: number, bytesDone: number, bytesTotal: number } | null, checks: { checkedAt: string, passed: boolean, results: Array<{ kind: CheckKind, passed: boolean, findings: Array<{ code: string, message: string, recordId: string | null }> }> } | null } };

export type SubmitTransferMutationVariables = Exact<{
  id: string | number;
  overrideReason?: string | null | undefined;
}>;


export type SubmitTransferMutation = { submitTransfer: { __typename: 'Transfer', id: string, number: string, status: TransferStatus, overrideReason: string | null, returnReason: string | null, returnedAt: string | null, archiveNumber: string | null, retentionPeriod: RetentionPeriod | null, approvalId: string | null, createdAt: string, submittedAt: string | null, sentAt: string | null, acceptedAt: string | null, updatedAt: string, unit: { __typename: 'Unit', id: string, name: string }, case: { __typename: 'Case', id: string, number: string, cause: string, procedure: Procedure, status: CaseStatus, partyName: string, concludedOn: string | null, transferDeadline: string | null, archiveNumber: string | null, archivedOn: string | null, retentionPeriod: RetentionPeriod | null, retainUntil: string | null }, catalogue: Array<{ seq: number, recordId: string, documentNumber: string | null, title: string, date: string | null, pages: number | null, durationSeconds: number | null, remarks: string | null, record: { __typename: 'Record', id: string, kind: RecordKind, title: string, stage: EnforcementStage | null, confidentiality: Confidentiality } | null }>, checkRun: { startedAt: string, filesDone: number, filesTotal: number, bytesDone: number, bytesTotal: number } | null, checks: { checkedAt: string, passed: boolean, results: Array<{ kind: CheckKind, passed: boolean, findings: Array<{ code: string, message: string, recordId: string | null }> }> } | null } };

export type WithdrawTransferMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawTransferMutation = { withdrawTransfer: { __typename: 'Transfer', id: string, number: string, status: TransferStatus, overrideReason: string | null, returnReason: string | null, returnedAt: string | null, archiveNumber: string | null, retentionPeriod: RetentionPeriod | null, approvalId: string | null, createdAt: string, submittedAt: string | null, sentAt: string | null, acceptedAt: string | null, updatedAt: string, unit: { __typename: 'Unit', id: string, name: string }, case: { __typename: 'Case', id: string, number: string, cause: string, procedure: Procedure, status: CaseStatus, partyName: string, concludedOn: string | null, transferDeadline: string | null, archiveNumber: string | null, archivedOn: string | null, retentionPeriod: RetentionPeriod | null, retainUntil: string | null }, catalogue: Array<{ seq: number, recordId: string, documentNumber: string | null, title: string, date: string | null, pages: number | null, durationSeconds: number | null, remarks: string | null, record: { __typename: 'Record', id: string, kind: RecordKind, title: string, stage: EnforcementStage | null, confidentiality: Confidentiality } | null }>, checkRun: { startedAt: string, filesDone: number, filesTotal: number, bytesDone: number, bytesTotal: number } | null, checks: { checkedAt: string, passed: boolean, results: Array<{ kind: CheckKind, passed: boolean, findings: Array<{ code: string, message: string, recordId: string | null }> }> } | null } };

export type AcceptTransferMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptTransferMutation = { acceptTransfer: { __typename: 'Transfer', id: string, number: string, status: TransferStatus, overrideReason: string | null, returnReason: string | null, returnedAt: string | null, archiveNumber: string | null, retentionPeriod: RetentionPeriod | null, approvalId: string | null, createdAt: string, submittedAt: string | null, sentAt: string | null, acceptedAt: string | null, updatedAt: string, unit: { __typename: 'Unit', id: string, name: string }, case: { __typename: 'Case', id: string, number: string, cause: string, procedure: Procedure, status: CaseStatus, partyName: string, concludedOn: string | null, transferDeadline: string | null, archiveNumber: string | null, archivedOn: string | null, retentionPeriod: RetentionPeriod | null, retainUntil: string | null }, catalogue: Array<{ seq: number, recordId: string, documentNumber: string | null, title: string, date: string | null, pages: number | null, durationSeconds: number | null, remarks: string | null, record: { __typename: 'Record', id: string, kind: RecordKind, title: string, stage: EnforcementStage | null, confidentiality: Confidentiality } | null }>, checkRun: { startedAt: string, filesDone: number, filesTotal: number, bytesDone: number, bytesTotal: number } | null, checks: { checkedAt: string, passed: boolean, results: Array<{ kind: CheckKind, passed: boolean, findings: Array<{ code: string, message: string, recordId: string | null }> }> } | null } };

export type ReturnTransferMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ReturnTransferMutation = { returnTransfer: { __typename: 'Transfer', id: string, number: string, status: TransferStatus, overrideReason: string | null, returnReason: string | null, returnedAt: string | null, archiveNumber: string | null, retentionPeriod: RetentionPeriod | null, approvalId: string | null, createdAt: string, submittedAt: string | null, sentAt: string | null, acceptedAt: string | null, updatedAt: string, unit: { __typename: 'Unit', id: string, name: string }, case: { __typename: 'Case', id: string, number: string, cause: string, procedure: Procedure, status: CaseStatus, partyName: string, concludedOn: string | null, transferDeadline: string | null, archiveNumber: string | null, archivedOn: string | null, retentionPeriod: RetentionPeriod | null, retainUntil: string | null }, catalogue: Array<{ seq: number, recordId: string, documentNumber: string | null, title: string, date: string | null, pages: number | null, durationSeconds: number | null, remarks: string | null, record: { __typename: 'Record', id: string, kind: RecordKind, title: string, stage: EnforcementStage | null, confidentiality: Confidentiality } | null }>, checkRun: { startedAt: string, filesDone: number, filesTotal: number, bytesDone: number, bytesTotal: number } | null, checks: { checkedAt: string, passed: boolean, results: Array<{ kind: CheckKind, passed: boolean, findings: Array<{ code: string, message: string, recordId: string | null }> }> } | null } };

export type RetentionRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type RetentionRulesQuery = { retentionRules: Array<{ __typename: 'RetentionRule', procedure: Procedure, period: RetentionPeriod, transferDays: number, evidenceAvKeepsCasePeriod: boolean, avStages: Array<EnforcementStage>, updatedAt: string, requirements: Array<{ label: string, kinds: Array<RecordKind>, stage: EnforcementStage | null }> }> };

export type SetRetentionRuleMutationVariables = Exact<{
  input: RetentionRuleInput;
}>;


export type SetRetentionRuleMutation = { setRetentionRule: { __typename: 'RetentionRule', procedure: Procedure, period: RetentionPeriod, transferDays: number, evidenceAvKeepsCasePeriod: boolean, avStages: Array<EnforcementStage>, updatedAt: string, requirements: Array<{ label: string, kinds: Array<RecordKind>, stage: EnforcementStage | null }> } };

export type AuditEventFieldsFragment = { __typename: 'AuditEvent', seq: number, at: string, actorId: string | null, actorName: string | null, action: string, subjectType: string | null, subjectId: string | null, outcome: AuditOutcome, clientAddress: string | null, details: Record<string, unknown>, hash: string, prevHash: string };

export type AuditEventsQueryVariables = Exact<{
  page: number;
  perPage: number;
  sortField?: string | null | undefined;
  sortOrder?: SortOrder | null | undefined;
  filter?: AuditEventFilter | null | undefined;
}>;


export type AuditEventsQuery = { auditEvents: { total: number, items: Array<{ __typename: 'AuditEvent', seq: number, at: string, actorId: string | null, actorName: string | null, action: string, subjectType: string | null, subjectId: string | null, outcome: AuditOutcome, clientAddress: string | null, details: Record<string, unknown>, hash: string, prevHash: string }> } };

export type AuditEventQueryVariables = Exact<{
  seq: number;
}>;


export type AuditEventQuery = { auditEvent: { __typename: 'AuditEvent', seq: number, at: string, actorId: string | null, actorName: string | null, action: string, subjectType: string | null, subjectId: string | null, outcome: AuditOutcome, clientAddress: string | null, details: Record<string, unknown>, hash: string, prevHash: string } };

export type VerifyAuditTrailQueryVariables = Exact<{ [key: string]: never; }>;


export type VerifyAuditTrailQuery = { verifyAuditTrail: { checked: number, lastSeq: number, lastHash: string, intact: boolean, checkpointsChecked: number, publicKey: string, problems: Array<{ seq: number, problem: string }>, checkpointProblems: Array<{ day: string, problem: string }> } };

export type AuditCheckpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditCheckpointsQuery = { auditCheckpoints: Array<{ day: string, lastSeq: number, lastHash: string, keyFingerprint: string, signature: string, signedAt: string }> };

export type SessionUserFieldsFragment = { __typename: 'User', id: string, username: string, displayName: string, roles: Array<Role>, clearance: Clearance | null, active: boolean, lastLoginAt: string | null, passwordChangedAt: string | null, unit: { __typename: 'Unit', id: string, code: string, name: string, kind: UnitKind } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { rules: unknown, sessionExpiresAt: string, user: { __typename: 'User', id: string, username: string, displayName: string, roles: Array<Role>, clearance: Clearance | null, active: boolean, lastLoginAt: string | null, passwordChangedAt: string | null, unit: { __typename: 'Unit', id: string, code: string, name: string, kind: UnitKind } } } | null };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { rules: unknown, sessionExpiresAt: string, user: { __typename: 'User', id: string, username: string, displayName: string, roles: Array<Role>, clearance: Clearance | null, active: boolean, lastLoginAt: string | null, passwordChangedAt: string | null, unit: { __typename: 'Unit', id: string, code: string, name: string, kind: UnitKind } } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type CaseFieldsFragment = { __typename: 'Case', id: string, number: string, year: number, seq: number, cause: string, procedure: Procedure, status: CaseStatus, openedOn: string, concludedOn: string | null, transferDeadline: string | null, partyKind: PartyKind, partyName: string, partyIdNumber: string | null, partyPhone: string | null, partyAddress: string | null, partyLegalRepresentative: string | null, handlingOfficerIds: Array<string>, createdAt: string, updatedAt: string, handlingOfficers: Array<{ __typename: 'User', id: string, username: string, displayName: string }>, unit: { __typename: 'Unit', id: string, code: string, name: string, casePrefix: string | null } };

export type CasesQueryVariables = Exact<{
  page: number;
  perPage: number;
  sortField?: string | null | undefined;
  sortOrder?: SortOrder | null | undefined;
  filter?: CaseFilter | null | undefined;
}>;


export type CasesQuery = { cases: { total: number, items: Array<{ __typename: 'Case', id: string, number: string, year: number, seq: number, cause: string, procedure: Procedure, status: CaseStatus, openedOn: string, concludedOn: string | null, transferDeadline: string | null, partyKind: PartyKind, partyName: string, partyIdNumber: string | null, partyPhone: string | null, partyAddress: string | null, partyLegalRepresentative: string | null, handlingOfficerIds: Array<string>, createdAt: string, updatedAt: string, handlingOfficers: Array<{ __typename: 'User', id: string, username: string, displayName: string }>, unit: { __typename: 'Unit', id: string, code: string, name: string, casePrefix: string | null } }> } };

export type CaseQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseQuery = { case: { __typename: 'Case', id: string, number: string, year: number, seq: number, cause: string, procedure: Procedure, status: CaseStatus, openedOn: string, concludedOn: string | null, transferDeadline: string | null, partyKind: PartyKind, partyName: string, partyIdNumber: string | null, partyPhone: string | null, partyAddress: string | null, partyLegalRepresentative: string | null, handlingOfficerIds: Array<string>, createdAt: string, updatedAt: string, handlingOfficers: Array<{ __typename: 'User', id: string, username: string, displayName: string }>, unit: { __typename: 'Unit', id: string, code: string, name: string, casePrefix: string | null } } };

export type OpenCaseMutationVariables = Exact<{
  input: OpenCaseInput;
}>;


export type OpenCaseMutation = { openCase: { __typename: 'Case', id: string, number: string, year: number, seq: number, cause: string, procedure: Procedure, status: CaseStatus, openedOn: string, concludedOn: string | null, transferDeadline: string | null, partyKind: PartyKind, partyName: string, partyIdNumber: string | null, partyPhone: string | null, partyAddress: string | null, partyLegalRepresentative: string | null, handlingOfficerIds: Array<string>, createdAt: string, updatedAt: string, handlingOfficers: Array<{ __typename: 'User', id: string, username: string, displayName: string }>, unit: { __typename: 'Unit', id: string, code: string, name: string, casePrefix: string | null } } };

export type ConcludeCaseMutationVariables = Exact<{
  id: string | number;
  concludedOn?: string | null | undefined;
}>;


export type ConcludeCaseMutation = { concludeCase: { __typename: 'Case', id: string, number: string, year: number, seq: number, cause: string, procedure: Procedure, status: CaseStatus, openedOn: string, concludedOn: string | null, transferDeadline: string | null, partyKind: PartyKind, partyName: string, partyIdNumber: string | null, partyPhone: string | null, partyAddress: string | null, partyLegalRepresentative: string | null, handlingOfficerIds: Array<string>, createdAt: string, updatedAt: string, handlingOfficers: Array<{ __typename: 'User', id: string, username: string, displayName: string }>, unit: { __typename: 'Unit', id: string, code: string, name: string, casePrefix: string | null } } };

export type ComplianceSummaryQueryVariables = Exact<{
  filter: ComplianceFilter;
}>;


export type ComplianceSummaryQuery = { complianceSummary: { from: string, to: string, totals: Array<{ kind: ComplianceKind, count: number }>, byUnit: Array<{ unitId: string | null, kind: ComplianceKind, count: number, unit: { id: string, name: string } | null }>, byOfficer: Array<{ officerId: string, kind: ComplianceKind, count: number, officer: { id: string, displayName: string, unit: { id: string, name: string } } | null }>, byMonth: Array<{ month: string, kind: ComplianceKind, count: number }> } };

export type ComplianceItemsQueryVariables = Exact<{
  filter: ComplianceFilter;
  page: number;
  perPage: number;
  sortField?: string | null | undefined;
  sortOrder?: SortOrder | null | undefined;
}>;


export type ComplianceItemsQuery = { complianceItems: { total: number, items: Array<{ id: string, kind: ComplianceKind, at: string, unitId: string | null, officerId: string | null, caseId: string | null, recordId: string | null, subjectType: string, subjectId: string, stage: EnforcementStage | null, detail: Record<string, unknown>, unit: { id: string, name: string } | null, officer: { id: string, displayName: string } | null, case: { id: string, number: string } | null, record: { id: string, title: string } | null, explanation: { id: string, text: string, createdAt: string, author: { id: string, displayName: string } | null } | null }> } };

export type CaseRecordingGapsQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseRecordingGapsQuery = { case: { id: string, recordingGaps: Array<{ stage: EnforcementStage, since: string, records: number, explanation: { id: string, text: string, createdAt: string, author: { id: string, displayName: string } | null } | null }> } };

export type ExplainRecordingGapMutationVariables = Exact<{
  caseId: string | number;
  stage: EnforcementStage;
  text: string;
}>;


export type ExplainRecordingGapMutation = { explainRecordingGap: { id: string, stage: EnforcementStage, text: string, createdAt: string } };

export type RegisterDeviceMutationVariables = Exact<{
  input: RegisterDeviceInput;
}>;


export type RegisterDeviceMutation = { registerDevice: { __typename: 'Device', id: string, number: string, kind: DeviceKind, model: string, serial: string, status: DeviceStatus, purchasedOn: string | null, createdAt: string, updatedAt: string, unit: { __typename: 'Unit', id: string, code: string, name: string }, custodian: { __typename: 'User', id: string, username: string, displayName: string } | null, currentCheckout: { __typename: 'DeviceCheckout', id: string, day: string, checkedOutAt: string, batteryPercent: number, freeStorageGb: number, clockCorrect: boolean, checkPassed: boolean, overrideReason: string | null, returnedAt: string | null, officer: { __typename: 'User', id: string, username: string, displayName: string } | null } | null } };

export type RetireDeviceMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RetireDeviceMutation = { retireDevice: { id: string, status: DeviceStatus } };

export type CheckoutDeviceMutationVariables = Exact<{
  id: string | number;
  check: PreUseCheckInput;
}>;


export type CheckoutDeviceMutation = { checkoutDevice: { __typename: 'DeviceCheckout', id: string, day: string, checkedOutAt: string, batteryPercent: number, freeStorageGb: number, clockCorrect: boolean, checkPassed: boolean, overrideReason: string | null, returnedAt: string | null, officer: { __typename: 'User', id: string, username: string, displayName: string } | null } };

export type ReturnDeviceMutationVariables = Exact<{
  checkoutId: string | number;
}>;


export type ReturnDeviceMutation = { returnDevice: { id: string, returnedAt: string | null } };

export type ReportDeviceFaultMutationVariables = Exact<{
  id: string | number;
  description: string;
}>;


export type ReportDeviceFaultMutation = { reportDeviceFault: { id: string } };

export type SendDeviceForRepairMutationVariables = Exact<{
  id: string | number;
  repairService: string;
}>;


export type SendDeviceForRepairMutation = { sendDeviceForRepair: { id: string } };

export type RecordDeviceRepairMutationVariables = Exact<{
  id: string | number;
  result: string;
}>;


export type RecordDeviceRepairMutation = { recordDeviceRepair: { id: string } };

export type CheckDeviceAfterRepairMutationVariables = Exact<{
  id: string | number;
  passed: boolean;
  note: string;
}>;


export type CheckDeviceAfterRepairMutation = { checkDeviceAfterRepair: { id: string, status: DeviceStatus } };

export type LogDeviceMaintenanceMutationVariables = Exact<{
  id: string | number;
  input: MaintenanceInput;
}>;


export type LogDeviceMaintenanceMutation = { logDeviceMaintenance: { id: string } };

export type UpdateDeviceMutationVariables = Exact<{
  id: string | number;
  input: UpdateDeviceInput;
}>;


export type UpdateDeviceMutation = { updateDevice: { __typename: 'Device', id: string, number: string, kind: DeviceKind, model: string, serial: string, status: DeviceStatus, purchasedOn: string | null, createdAt: string, updatedAt: string, unit: { __typename: 'Unit', id: string, code: string, name: string }, custodian: { __typename: 'User', id: string, username: string, displayName: string } | null, currentCheckout: { __typename: 'DeviceCheckout', id: string, day: string, checkedOutAt: string, batteryPercent: number, freeStorageGb: number, clockCorrect: boolean, checkPassed: boolean, overrideReason: string | null, returnedAt: string | null, officer: { __typename: 'User', id: string, username: string, displayName: string } | null } | null } };

export type DeviceCheckoutFieldsFragment = { __typename: 'DeviceCheckout', id: string, day: string, checkedOutAt: string, batteryPercent: number, freeStorageGb: number, clockCorrect: boolean, checkPassed: boolean, overrideReason: string | null, returnedAt: string | null, officer: { __typename: 'User', id: string, username: string, displayName: string } | null };

export type DeviceFieldsFragment = { __typename: 'Device', id: string, number: string, kind: DeviceKind, model: string, serial: string, status: DeviceStatus, purchasedOn: string | null, createdAt: string, updatedAt: string, unit: { __typename: 'Unit', id: string, code: string, name: string }, custodian: { __typename: 'User', id: string, username: string, displayName: string } | null, currentCheckout: { __typename: 'DeviceCheckout', id: string, day: string, checkedOutAt: string, batteryPercent: number, freeStorageGb: number, clockCorrect: boolean, checkPassed: boolean, overrideReason: string | null, returnedAt: string | null, officer: { __typename: 'User', id: string, username: string, displayName: string } | null } | null };

export type DeviceDetailFieldsFragment = { __typename: 'Device', id: string, number: string, kind: DeviceKind, model: string, serial: string, status: DeviceStatus, purchasedOn: string | null, createdAt: string, updatedAt: string, checkouts: Array<{ __typename: 'DeviceCheckout', id: string, day: string, checkedOutAt: string, batteryPercent: number, freeStorageGb: number, clockCorrect: boolean, checkPassed: boolean, overrideReason: string | null, returnedAt: string | null, officer: { __typename: 'User', id: string, username: string, displayName: string } | null }>, faults: Array<{ __typename: 'DeviceFault', id: string, description: string, reportedAt: string, repairService: string | null, sentAt: string | null, repairedAt: string | null, repairResult: string | null, closedAt: string | null }>, maintenanceLog: Array<{ __typename: 'DeviceMaintenance', id: string, kind: MaintenanceKind, performedAt: string, note: string | null }>, maintenanceDue: Array<{ kind: MaintenanceKind, everyDays: number, lastAt: string | null, dueAt: string, overdue: boolean }>, unit: { __typename: 'Unit', id: string, code: string, name: string }, custodian: { __typename: 'User', id: string, username: string, displayName: string } | null, currentCheckout: { __typename: 'DeviceCheckout', id: string, day: string, checkedOutAt: string, batteryPercent: number, freeStorageGb: number, clockCorrect: boolean, checkPassed: boolean, overrideReason: string | null, returnedAt: string | null, officer: { __typename: 'User', id: string, username: string, displayName: string } | null } | null };

export type DevicesQueryVariables = Exact<{
  page: number;
  perPage: number;
  sortField?: string | null | undefined;
  sortOrder?: SortOrder | null | undefined;
  filter?: DeviceFilter | null | undefined;
}>;


export type DevicesQuery = { devices: { total: number, items: Array<{ __typename: 'Device', id: string, number: string, kind: DeviceKind, model: string, serial: string, status: DeviceStatus, purchasedOn: string | null, createdAt: string, updatedAt: string, unit: { __typename: 'Unit', id: string, code: string, name: string }, custodian: { __typename: 'User', id: string, username: string, displayName: string } | null, currentCheckout: { __typename: 'DeviceCheckout', id: string, day: string, checkedOutAt: string, batteryPercent: number, freeStorageGb: number, clockCorrect: boolean, checkPassed: boolean, overrideReason: string | null, returnedAt: string | null, officer: { __typename: 'User', id: string, username: string, displayName: string } | null } | null }> } };

export type DeviceQueryVariables = Exact<{
  id: string | number;
}>;


export type DeviceQuery = { device: { __typename: 'Device', id: string, number: string, kind: DeviceKind, model: string, serial: string, status: DeviceStatus, purchasedOn: string | null, createdAt: string, updatedAt: string, checkouts: Array<{ __typename: 'DeviceCheckout', id: string, day: string, checkedOutAt: string, batteryPercent: number, freeStorageGb: number, clockCorrect: boolean, checkPassed: boolean, overrideReason: string | null, returnedAt: string | null, officer: { __typename: 'User', id: string, username: string, displayName: string } | null }>, faults: Array<{ __typename: 'DeviceFault', id: string, description: string, reportedAt: string, repairService: string | null, sentAt: string | null, repairedAt: string | null, repairResult: string | null, closedAt: string | null }>, maintenanceLog: Array<{ __typename: 'DeviceMaintenance', id: string, kind: MaintenanceKind, performedAt: string, note: string | null }>, maintenanceDue: Array<{ kind: MaintenanceKind, everyDays: number, lastAt: string | null, dueAt: string, overdue: boolean }>, unit: { __typename: 'Unit', id: string, code: string, name: string }, custodian: { __typename: 'User', id: string, username: string, displayName: string } | null, currentCheckout: { __typename: 'DeviceCheckout', id: string, day: string, checkedOutAt: string, batteryPercent: number, freeStorageGb: number, clockCorrect: boolean, checkPassed: boolean, overrideReason: string | null, returnedAt: string | null, officer: { __typename: 'User', id: string, username: string, displayName: string } | null } | null } };

export type OffloadsQueryVariables = Exact<{
  from: string;
  to: string;
  unitId?: string | number | null | undefined;
}>;


export type OffloadsQuery = { offloads: Array<{ day: string, state: OffloadState, uploads: number, totalSeconds: number, dueAt: string, device: { __typename: 'Device', id: string, number: string, kind: DeviceKind, unit: { __typename: 'Unit', id: string, code: string, name: string } }, checkout: { __typename: 'DeviceCheckout', id: string, day: string, checkedOutAt: string, batteryPercent: number, freeStorageGb: number, clockCorrect: boolean, checkPassed: boolean, overrideReason: string | null, returnedAt: string | null, officer: { __typename: 'User', id: string, username: string, displayName: string } | null } }> };

export type DeviceRecordsQueryVariables = Exact<{
  page: number;
  perPage: number;
  sortField?: string | null | undefined;
  sortOrder?: SortOrder | null | undefined;
  filter?: RecordFilter | null | undefined;
}>;


export type DeviceRecordsQuery = { records: { total: number, items: Array<{ __typename: 'Record', id: string, title: string, kind: RecordKind, capturedFrom: string | null, captureFlags: Array<string>, case: { __typename: 'Case', id: string, number: string }, officer: { __typename: 'User', id: string, displayName: string } | null, deviceCheckout: { __typename: 'DeviceCheckout', id: string, day: string } | null }> } };

export type HeldDevicesQueryVariables = Exact<{
  officerId: string | number;
  at: string;
}>;


export type HeldDevicesQuery = { heldDevices: Array<{ __typename: 'DeviceCheckout', id: string, day: string, returnedAt: string | null, device: { __typename: 'Device', id: string, number: string, kind: DeviceKind, status: DeviceStatus } }> };

export type AttachmentFieldsFragment = { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } };

export type ExportPackageFieldsFragment = { __typename: 'ExportPackage', id: string, status: PackageStatus, progress: number, bytesDone: number, bytesTotal: number, fileCount: number, fileName: string, downloadUrl: string | null, sha256: string | null, sm3: string | null, size: number | null, payloadOxum: string | null, fixityStatus: FixityStatus | null, error: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, contents: Array<{ recordId: string, path: string, watermarked: boolean, redacted: boolean, generated: boolean }> | null };

export type DisclosureSummaryFieldsFragment = { __typename: 'Disclosure', id: string, number: string, type: DisclosureType, status: DisclosureStatus, overdue: boolean, dueAt: string | null, purpose: string, bodyKind: BodyKind | null, bodyName: string | null, letterNumber: string | null, applicantName: string | null, relation: ApplicantRelation | null, includedCount: number, registeredAt: string, updatedAt: string, partyCase: { __typename: 'Case', id: string, number: string, cause: string } | null };

export type DisclosureFieldsFragment = { __typename: 'Disclosure', letterDate: string | null, concerning: string | null, applicantIdType: string | null, applicantIdNumber: string | null, approvalId: string | null, closeNote: string | null, closedAt: string | null, deliveredAt: string | null, deliveredTo: string | null, deliveryMethod: DeliveryMethod | null, deliveryNote: string | null, id: string, number: string, type: DisclosureType, status: DisclosureStatus, overdue: boolean, dueAt: string | null, purpose: string, bodyKind: BodyKind | null, bodyName: string | null, letterNumber: string | null, applicantName: string | null, relation: ApplicantRelation | null, includedCount: number, registeredAt: string, updatedAt: string, registeredBy: { __typename: 'User', id: string, displayName: string } | null, deliveredBy: { __typename: 'User', id: string, displayName: string } | null, letter: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, applicationForm: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, identityDocument: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, authorisation: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, receipt: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, items: Array<{ __typename: 'DisclosureItem', id: string, seq: number, recordId: string, decision: ItemDecision | null, reason: ExclusionReason | null, note: string | null, decidedAt: string | null, redacted: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, record: { __typename: 'Record', id: string, title: string, kind: RecordKind, confidentiality: Confidentiality, secretLevel: Clearance | null, fileName: string | null, file: { __typename: 'StoredFile', id: string, mediaType: string } | null, case: { __typename: 'Case', id: string, number: string } } | null }>, packages: Array<{ __typename: 'ExportPackage', id: string, status: PackageStatus, progress: number, bytesDone: number, bytesTotal: number, fileCount: number, fileName: string, downloadUrl: string | null, sha256: string | null, sm3: string | null, size: number | null, payloadOxum: string | null, fixityStatus: FixityStatus | null, error: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, contents: Array<{ recordId: string, path: string, watermarked: boolean, redacted: boolean, generated: boolean }> | null }>, partyCase: { __typename: 'Case', id: string, number: string, cause: string } | null };

export type DisclosuresQueryVariables = Exact<{
  page: number;
  perPage: number;
  sortField?: string | null | undefined;
  sortOrder?: SortOrder | null | undefined;
  filter?: DisclosureFilter | null | undefined;
}>;


export type DisclosuresQuery = { disclosures: { total: number, items: Array<{ __typename: 'Disclosure', id: string, number: string, type: DisclosureType, status: DisclosureStatus, overdue: boolean, dueAt: string | null, purpose: string, bodyKind: BodyKind | null, bodyName: string | null, letterNumber: string | null, applicantName: string | null, relation: ApplicantRelation | null, includedCount: number, registeredAt: string, updatedAt: string, partyCase: { __typename: 'Case', id: string, number: string, cause: string } | null }> } };

export type DisclosureQueryVariables = Exact<{
  id: string | number;
}>;


export type DisclosureQuery = { disclosure: { __typename: 'Disclosure', letterDate: string | null, concerning: string | null, applicantIdType: string | null, applicantIdNumber: string | null, approvalId: string | null, closeNote: string | null, closedAt: string | null, deliveredAt: string | null, deliveredTo: string | null, deliveryMethod: DeliveryMethod | null, deliveryNote: string | null, id: string, number: string, type: DisclosureType, status: DisclosureStatus, overdue: boolean, dueAt: string | null, purpose: string, bodyKind: BodyKind | null, bodyName: string | null, letterNumber: string | null, applicantName: string | null, relation: ApplicantRelation | null, includedCount: number, registeredAt: string, updatedAt: string, registeredBy: { __typename: 'User', id: string, displayName: string } | null, deliveredBy: { __typename: 'User', id: string, displayName: string } | null, letter: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, applicationForm: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, identityDocument: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, authorisation: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, receipt: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, items: Array<{ __typename: 'DisclosureItem', id: string, seq: number, recordId: string, decision: ItemDecision | null, reason: ExclusionReason | null, note: string | null, decidedAt: string | null, redacted: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, record: { __typename: 'Record', id: string, title: string, kind: RecordKind, confidentiality: Confidentiality, secretLevel: Clearance | null, fileName: string | null, file: { __typename: 'StoredFile', id: string, mediaType: string } | null, case: { __typename: 'Case', id: string, number: string } } | null }>, packages: Array<{ __typename: 'ExportPackage', id: string, status: PackageStatus, progress: number, bytesDone: number, bytesTotal: number, fileCount: number, fileName: string, downloadUrl: string | null, sha256: string | null, sm3: string | null, size: number | null, payloadOxum: string | null, fixityStatus: FixityStatus | null, error: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, contents: Array<{ recordId: string, path: string, watermarked: boolean, redacted: boolean, generated: boolean }> | null }>, partyCase: { __typename: 'Case', id: string, number: string, cause: string } | null } };

export type ExportPackageQueryVariables = Exact<{
  id: string | number;
}>;


export type ExportPackageQuery = { exportPackage: { __typename: 'ExportPackage', id: string, status: PackageStatus, progress: number, bytesDone: number, bytesTotal: number, fileCount: number, fileName: string, downloadUrl: string | null, sha256: string | null, sm3: string | null, size: number | null, payloadOxum: string | null, fixityStatus: FixityStatus | null, error: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, contents: Array<{ recordId: string, path: string, watermarked: boolean, redacted: boolean, generated: boolean }> | null } };

export type RegisterExternalRequestMutationVariables = Exact<{
  input: RegisterExternalRequestInput;
}>;


export type RegisterExternalRequestMutation = { registerExternalRequest: { __typename: 'Disclosure', letterDate: string | null, concerning: string | null, applicantIdType: string | null, applicantIdNumber: string | null, approvalId: string | null, closeNote: string | null, closedAt: string | null, deliveredAt: string | null, deliveredTo: string | null, deliveryMethod: DeliveryMethod | null, deliveryNote: string | null, id: string, number: string, type: DisclosureType, status: DisclosureStatus, overdue: boolean, dueAt: string | null, purpose: string, bodyKind: BodyKind | null, bodyName: string | null, letterNumber: string | null, applicantName: string | null, relation: ApplicantRelation | null, includedCount: number, registeredAt: string, updatedAt: string, registeredBy: { __typename: 'User', id: string, displayName: string } | null, deliveredBy: { __typename: 'User', id: string, displayName: string } | null, letter: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, applicationForm: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, identityDocument: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, authorisation: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, receipt: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, items: Array<{ __typename: 'DisclosureItem', id: string, seq: number, recordId: string, decision: ItemDecision | null, reason: ExclusionReason | null, note: string | null, decidedAt: string | null, redacted: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, record: { __typename: 'Record', id: string, title: string, kind: RecordKind, confidentiality: Confidentiality, secretLevel: Clearance | null, fileName: string | null, file: { __typename: 'StoredFile', id: string, mediaType: string } | null, case: { __typename: 'Case', id: string, number: string } } | null }>, packages: Array<{ __typename: 'ExportPackage', id: string, status: PackageStatus, progress: number, bytesDone: number, bytesTotal: number, fileCount: number, fileName: string, downloadUrl: string | null, sha256: string | null, sm3: string | null, size: number | null, payloadOxum: string | null, fixityStatus: FixityStatus | null, error: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, contents: Array<{ recordId: string, path: string, watermarked: boolean, redacted: boolean, generated: boolean }> | null }>, partyCase: { __typename: 'Case', id: string, number: string, cause: string } | null } };

export type RegisterCopyApplicationMutationVariables = Exact<{
  input: RegisterCopyApplicationInput;
}>;


export type RegisterCopyApplicationMutation = { registerCopyApplication: { __typename: 'Disclosure', letterDate: string | null, concerning: string | null, applicantIdType: string | null, applicantIdNumber: string | null, approvalId: string | null, closeNote: string | null, closedAt: string | null, deliveredAt: string | null, deliveredTo: string | null, deliveryMethod: DeliveryMethod | null, deliveryNote: string | null, id: string, number: string, type: DisclosureType, status: DisclosureStatus, overdue: boolean, dueAt: string | null, purpose: string, bodyKind: BodyKind | null, bodyName: string | null, letterNumber: string | null, applicantName: string | null, relation: ApplicantRelation | null, includedCount: number, registeredAt: string, updatedAt: string, registeredBy: { __typename: 'User', id: string, displayName: string } | null, deliveredBy: { __typename: 'User', id: string, displayName: string } | null, letter: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, applicationForm: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, identityDocument: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, authorisation: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, receipt: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, items: Array<{ __typename: 'DisclosureItem', id: string, seq: number, recordId: string, decision: ItemDecision | null, reason: ExclusionReason | null, note: string | null, decidedAt: string | null, redacted: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, record: { __typename: 'Record', id: string, title: string, kind: RecordKind, confidentiality: Confidentiality, secretLevel: Clearance | null, fileName: string | null, file: { __typename: 'StoredFile', id: string, mediaType: string } | null, case: { __typename: 'Case', id: string, number: string } } | null }>, packages: Array<{ __typename: 'ExportPackage', id: string, status: PackageStatus, progress: number, bytesDone: number, bytesTotal: number, fileCount: number, fileName: string, downloadUrl: string | null, sha256: string | null, sm3: string | null, size: number | null, payloadOxum: string | null, fixityStatus: FixityStatus | null, error: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, contents: Array<{ recordId: string, path: string, watermarked: boolean, redacted: boolean, generated: boolean }> | null }>, partyCase: { __typename: 'Case', id: string, number: string, cause: string } | null } };

export type DecideDisclosureItemsMutationVariables = Exact<{
  input: DecideItemsInput;
}>;


export type DecideDisclosureItemsMutation = { decideDisclosureItems: { __typename: 'Disclosure', letterDate: string | null, concerning: string | null, applicantIdType: string | null, applicantIdNumber: string | null, approvalId: string | null, closeNote: string | null, closedAt: string | null, deliveredAt: string | null, deliveredTo: string | null, deliveryMethod: DeliveryMethod | null, deliveryNote: string | null, id: string, number: string, type: DisclosureType, status: DisclosureStatus, overdue: boolean, dueAt: string | null, purpose: string, bodyKind: BodyKind | null, bodyName: string | null, letterNumber: string | null, applicantName: string | null, relation: ApplicantRelation | null, includedCount: number, registeredAt: string, updatedAt: string, registeredBy: { __typename: 'User', id: string, displayName: string } | null, deliveredBy: { __typename: 'User', id: string, displayName: string } | null, letter: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, applicationForm: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, identityDocument: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, authorisation: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, receipt: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, items: Array<{ __typename: 'DisclosureItem', id: string, seq: number, recordId: string, decision: ItemDecision | null, reason: ExclusionReason | null, note: string | null, decidedAt: string | null, redacted: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, record: { __typename: 'Record', id: string, title: string, kind: RecordKind, confidentiality: Confidentiality, secretLevel: Clearance | null, fileName: string | null, file: { __typename: 'StoredFile', id: string, mediaType: string } | null, case: { __typename: 'Case', id: string, number: string } } | null }>, packages: Array<{ __typename: 'ExportPackage', id: string, status: PackageStatus, progress: number, bytesDone: number, bytesTotal: number, fileCount: number, fileName: string, downloadUrl: string | null, sha256: string | null, sm3: string | null, size: number | null, payloadOxum: string | null, fixityStatus: FixityStatus | null, error: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, contents: Array<{ recordId: string, path: string, watermarked: boolean, redacted: boolean, generated: boolean }> | null }>, partyCase: { __typename: 'Case', id: string, number: string, cause: string } | null } };

export type SubmitDisclosureMutationVariables = Exact<{
  id: string | number;
}>;


export type SubmitDisclosureMutation = { submitDisclosure: { __typename: 'Disclosure', letterDate: string | null, concerning: string | null, applicantIdType: string | null, applicantIdNumber: string | null, approvalId: string | null, closeNote: string | null, closedAt: string | null, deliveredAt: string | null, deliveredTo: string | null, deliveryMethod: DeliveryMethod | null, deliveryNote: string | null, id: string, number: string, type: DisclosureType, status: DisclosureStatus, overdue: boolean, dueAt: string | null, purpose: string, bodyKind: BodyKind | null, bodyName: string | null, letterNumber: string | null, applicantName: string | null, relation: ApplicantRelation | null, includedCount: number, registeredAt: string, updatedAt: string, registeredBy: { __typename: 'User', id: string, displayName: string } | null, deliveredBy: { __typename: 'User', id: string, displayName: string } | null, letter: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, applicationForm: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, identityDocument: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, authorisation: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, receipt: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, items: Array<{ __typename: 'DisclosureItem', id: string, seq: number, recordId: string, decision: ItemDecision | null, reason: ExclusionReason | null, note: string | null, decidedAt: string | null, redacted: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, record: { __typename: 'Record', id: string, title: string, kind: RecordKind, confidentiality: Confidentiality, secretLevel: Clearance | null, fileName: string | null, file: { __typename: 'StoredFile', id: string, mediaType: string } | null, case: { __typename: 'Case', id: string, number: string } } | null }>, packages: Array<{ __typename: 'ExportPackage', id: string, status: PackageStatus, progress: number, bytesDone: number, bytesTotal: number, fileCount: number, fileName: string, downloadUrl: string | null, sha256: string | null, sm3: string | null, size: number | null, payloadOxum: string | null, fixityStatus: FixityStatus | null, error: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, contents: Array<{ recordId: string, path: string, watermarked: boolean, redacted: boolean, generated: boolean }> | null }>, partyCase: { __typename: 'Case', id: string, number: string, cause: string } | null } };

export type CancelDisclosureMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type CancelDisclosureMutation = { cancelDisclosure: { __typename: 'Disclosure', letterDate: string | null, concerning: string | null, applicantIdType: string | null, applicantIdNumber: string | null, approvalId: string | null, closeNote: string | null, closedAt: string | null, deliveredAt: string | null, deliveredTo: string | null, deliveryMethod: DeliveryMethod | null, deliveryNote: string | null, id: string, number: string, type: DisclosureType, status: DisclosureStatus, overdue: boolean, dueAt: string | null, purpose: string, bodyKind: BodyKind | null, bodyName: string | null, letterNumber: string | null, applicantName: string | null, relation: ApplicantRelation | null, includedCount: number, registeredAt: string, updatedAt: string, registeredBy: { __typename: 'User', id: string, displayName: string } | null, deliveredBy: { __typename: 'User', id: string, displayName: string } | null, letter: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, applicationForm: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, identityDocument: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, authorisation: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, receipt: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, items: Array<{ __typename: 'DisclosureItem', id: string, seq: number, recordId: string, decision: ItemDecision | null, reason: ExclusionReason | null, note: string | null, decidedAt: string | null, redacted: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, record: { __typename: 'Record', id: string, title: string, kind: RecordKind, confidentiality: Confidentiality, secretLevel: Clearance | null, fileName: string | null, file: { __typename: 'StoredFile', id: string, mediaType: string } | null, case: { __typename: 'Case', id: string, number: string } } | null }>, packages: Array<{ __typename: 'ExportPackage', id: string, status: PackageStatus, progress: number, bytesDone: number, bytesTotal: number, fileCount: number, fileName: string, downloadUrl: string | null, sha256: string | null, sm3: string | null, size: number | null, payloadOxum: string | null, fixityStatus: FixityStatus | null, error: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, contents: Array<{ recordId: string, path: string, watermarked: boolean, redacted: boolean, generated: boolean }> | null }>, partyCase: { __typename: 'Case', id: string, number: string, cause: string } | null } };

export type BuildExportPackageMutationVariables = Exact<{
  disclosureId: string | number;
}>;


export type BuildExportPackageMutation = { buildExportPackage: { __typename: 'ExportPackage', id: string, status: PackageStatus, progress: number, bytesDone: number, bytesTotal: number, fileCount: number, fileName: string, downloadUrl: string | null, sha256: string | null, sm3: string | null, size: number | null, payloadOxum: string | null, fixityStatus: FixityStatus | null, error: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, contents: Array<{ recordId: string, path: string, watermarked: boolean, redacted: boolean, generated: boolean }> | null } };

export type RecordDeliveryMutationVariables = Exact<{
  input: RecordDeliveryInput;
}>;


export type RecordDeliveryMutation = { recordDelivery: { __typename: 'Disclosure', letterDate: string | null, concerning: string | null, applicantIdType: string | null, applicantIdNumber: string | null, approvalId: string | null, closeNote: string | null, closedAt: string | null, deliveredAt: string | null, deliveredTo: string | null, deliveryMethod: DeliveryMethod | null, deliveryNote: string | null, id: string, number: string, type: DisclosureType, status: DisclosureStatus, overdue: boolean, dueAt: string | null, purpose: string, bodyKind: BodyKind | null, bodyName: string | null, letterNumber: string | null, applicantName: string | null, relation: ApplicantRelation | null, includedCount: number, registeredAt: string, updatedAt: string, registeredBy: { __typename: 'User', id: string, displayName: string } | null, deliveredBy: { __typename: 'User', id: string, displayName: string } | null, letter: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, applicationForm: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, identityDocument: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, authorisation: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, receipt: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, items: Array<{ __typename: 'DisclosureItem', id: string, seq: number, recordId: string, decision: ItemDecision | null, reason: ExclusionReason | null, note: string | null, decidedAt: string | null, redacted: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, record: { __typename: 'Record', id: string, title: string, kind: RecordKind, confidentiality: Confidentiality, secretLevel: Clearance | null, fileName: string | null, file: { __typename: 'StoredFile', id: string, mediaType: string } | null, case: { __typename: 'Case', id: string, number: string } } | null }>, packages: Array<{ __typename: 'ExportPackage', id: string, status: PackageStatus, progress: number, bytesDone: number, bytesTotal: number, fileCount: number, fileName: string, downloadUrl: string | null, sha256: string | null, sm3: string | null, size: number | null, payloadOxum: string | null, fixityStatus: FixityStatus | null, error: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, contents: Array<{ recordId: string, path: string, watermarked: boolean, redacted: boolean, generated: boolean }> | null }>, partyCase: { __typename: 'Case', id: string, number: string, cause: string } | null } };

export type CloseDisclosureMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type CloseDisclosureMutation = { closeDisclosure: { __typename: 'Disclosure', letterDate: string | null, concerning: string | null, applicantIdType: string | null, applicantIdNumber: string | null, approvalId: string | null, closeNote: string | null, closedAt: string | null, deliveredAt: string | null, deliveredTo: string | null, deliveryMethod: DeliveryMethod | null, deliveryNote: string | null, id: string, number: string, type: DisclosureType, status: DisclosureStatus, overdue: boolean, dueAt: string | null, purpose: string, bodyKind: BodyKind | null, bodyName: string | null, letterNumber: string | null, applicantName: string | null, relation: ApplicantRelation | null, includedCount: number, registeredAt: string, updatedAt: string, registeredBy: { __typename: 'User', id: string, displayName: string } | null, deliveredBy: { __typename: 'User', id: string, displayName: string } | null, letter: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, applicationForm: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, identityDocument: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, authorisation: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, receipt: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, items: Array<{ __typename: 'DisclosureItem', id: string, seq: number, recordId: string, decision: ItemDecision | null, reason: ExclusionReason | null, note: string | null, decidedAt: string | null, redacted: { __typename: 'Attachment', id: string, fileName: string, purpose: AttachmentPurpose, url: string, createdAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, size: number, mediaType: string } } | null, record: { __typename: 'Record', id: string, title: string, kind: RecordKind, confidentiality: Confidentiality, secretLevel: Clearance | null, fileName: string | null, file: { __typename: 'StoredFile', id: string, mediaType: string } | null, case: { __typename: 'Case', id: string, number: string } } | null }>, packages: Array<{ __typename: 'ExportPackage', id: string, status: PackageStatus, progress: number, bytesDone: number, bytesTotal: number, fileCount: number, fileName: string, downloadUrl: string | null, sha256: string | null, sm3: string | null, size: number | null, payloadOxum: string | null, fixityStatus: FixityStatus | null, error: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, contents: Array<{ recordId: string, path: string, watermarked: boolean, redacted: boolean, generated: boolean }> | null }>, partyCase: { __typename: 'Case', id: string, number: string, cause: string } | null } };

export type CaseHoldFieldsFragment = { __typename: 'CaseHold', id: string, reason: string, longTermReason: LongTermReason | null, placedAt: string, placedByName: string, releasedAt: string | null, releasedByName: string | null, releaseReason: string | null };

export type CaseHoldsQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseHoldsQuery = { case: { id: string, holds: Array<{ __typename: 'CaseHold', id: string, reason: string, longTermReason: LongTermReason | null, placedAt: string, placedByName: string, releasedAt: string | null, releasedByName: string | null, releaseReason: string | null }> } };

export type PlaceCaseHoldMutationVariables = Exact<{
  caseId: string | number;
  reason: string;
  longTermReason?: LongTermReason | null | undefined;
}>;


export type PlaceCaseHoldMutation = { placeCaseHold: { __typename: 'CaseHold', id: string, reason: string, longTermReason: LongTermReason | null, placedAt: string, placedByName: string, releasedAt: string | null, releasedByName: string | null, releaseReason: string | null } };

export type ReleaseCaseHoldMutationVariables = Exact<{
  holdId: string | number;
  reason: string;
}>;


export type ReleaseCaseHoldMutation = { releaseCaseHold: { __typename: 'CaseHold', id: string, reason: string, longTermReason: LongTermReason | null, placedAt: string, placedByName: string, releasedAt: string | null, releasedByName: string | null, releaseReason: string | null } };

export type DisposalCandidatesQueryVariables = Exact<{
  page: number;
  perPage: number;
  sortField?: string | null | undefined;
  sortOrder?: SortOrder | null | undefined;
}>;


export type DisposalCandidatesQuery = { disposalCandidates: { total: number, items: Array<{ __typename: 'Record', id: string, kind: RecordKind, title: string, retention: RetentionPeriod | null, retainUntil: string | null, fileName: string | null, case: { __typename: 'Case', id: string, number: string, cause: string, archiveNumber: string | null } }> } };

export type DisposalListFieldsFragment = { __typename: 'DisposalList', id: string, number: string, status: DisposalStatus, note: string, itemCount: number, approvalId: string | null, createdAt: string, createdByName: string, updatedAt: string, executedAt: string | null, executedByName: string | null, cancelledAt: string | null, cancelReason: string | null, certificateUrl: string | null, certificate: { __typename: 'StoredFile', id: string, sha256: string, sm3: string, size: number } | null, items: Array<{ __typename: 'DisposalItem', id: string, recordId: string, caseNumber: string, archiveNumber: string | null, title: string, retention: RetentionPeriod, retainUntil: string, sha256: string | null, sm3: string | null, size: number | null, disposedAt: string | null, bytesRemoved: boolean | null }> };

export type DisposalListsQueryVariables = Exact<{
  page: number;
  perPage: number;
  sortField?: string | null | undefined;
  sortOrder?: SortOrder | null | undefined;
  statuses?: Array<DisposalStatus> | DisposalStatus | null | undefined;
}>;


export type DisposalListsQuery = { disposalLists: { total: number, items: Array<{ __typename: 'DisposalList', id: string, number: string, status: DisposalStatus, note: string, itemCount: number, createdAt: string, createdByName: string, executedAt: string | null }> } };

export type DisposalListQueryVariables = Exact<{
  id: string | number;
}>;


export type DisposalListQuery = { disposalList: { __typename: 'DisposalList', id: string, number: string, status: DisposalStatus, note: string, itemCount: number, approvalId: string | null, createdAt: string, createdByName: string, updatedAt: string, executedAt: string | null, executedByName: string | null, cancelledAt: string | null, cancelReason: string | null, certificateUrl: string | null, certificate: { __typename: 'StoredFile', id: string, sha256: string, sm3: string, size: number } | null, items: Array<{ __typename: 'DisposalItem', id: string, recordId: string, caseNumber: string, archiveNumber: string | null, title: string, retention: RetentionPeriod, retainUntil: string, sha256: string | null, sm3: string | null, size: number | null, disposedAt: string | null, bytesRemoved: boolean | null }> } };

export type CreateDisposalListMutationVariables = Exact<{
  input: CreateDisposalListInput;
}>;


export type CreateDisposalListMutation = { createDisposalList: { __typename: 'DisposalList', id: string, number: string, status: DisposalStatus, note: string, itemCount: number, approvalId: string | null, createdAt: string, createdByName: string, updatedAt: string, executedAt: string | null, executedByName: string | null, cancelledAt: string | null, cancelReason: string | null, certificateUrl: string | null, certificate: { __typename: 'StoredFile', id: string, sha256: string, sm3: string, size: number } | null, items: Array<{ __typename: 'DisposalItem', id: string, recordId: string, caseNumber: string, archiveNumber: string | null, title: string, retention: RetentionPeriod, retainUntil: string, sha256: string | null, sm3: string | null, size: number | null, disposedAt: string | null, bytesRemoved: boolean | null }> } };

export type EditDisposalListMutationVariables = Exact<{
  input: EditDisposalListInput;
}>;


export type EditDisposalListMutation = { editDisposalList: { __typename: 'DisposalList', id: string, number: string, status: DisposalStatus, note: string, itemCount: number, approvalId: string | null, createdAt: string, createdByName: string, updatedAt: string, executedAt: string | null, executedByName: string | null, cancelledAt: string | null, cancelReason: string | null, certificateUrl: string | null, certificate: { __typename: 'StoredFile', id: string, sha256: string, sm3: string, size: number } | null, items: Array<{ __typename: 'DisposalItem', id: string, recordId: string, caseNumber: string, archiveNumber: string | null, title: string, retention: RetentionPeriod, retainUntil: string, sha256: string | null, sm3: string | null, size: number | null, disposedAt: string | null, bytesRemoved: boolean | null }> } };

export type SubmitDisposalListMutationVariables = Exact<{
  id: string | number;
}>;


export type SubmitDisposalListMutation = { submitDisposalList: { __typename: 'DisposalList', id: string, number: string, status: DisposalStatus, note: string, itemCount: number, approvalId: string | null, createdAt: string, createdByName: string, updatedAt: string, executedAt: string | null, executedByName: string | null, cancelledAt: string | null, cancelReason: string | null, certificateUrl: string | null, certificate: { __typename: 'StoredFile', id: string, sha256: string, sm3: string, size: number } | null, items: Array<{ __typename: 'DisposalItem', id: string, recordId: string, caseNumber: string, archiveNumber: string | null, title: string, retention: RetentionPeriod, retainUntil: string, sha256: string | null, sm3: string | null, size: number | null, disposedAt: string | null, bytesRemoved: boolean | null }> } };

export type CancelDisposalListMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type CancelDisposalListMutation = { cancelDisposalList: { __typename: 'DisposalList', id: string, number: string, status: DisposalStatus, note: string, itemCount: number, approvalId: string | null, createdAt: string, createdByName: string, updatedAt: string, executedAt: string | null, executedByName: string | null, cancelledAt: string | null, cancelReason: string | null, certificateUrl: string | null, certificate: { __typename: 'StoredFile', id: string, sha256: string, sm3: string, size: number } | null, items: Array<{ __typename: 'DisposalItem', id: string, recordId: string, caseNumber: string, archiveNumber: string | null, title: string, retention: RetentionPeriod, retainUntil: string, sha256: string | null, sm3: string | null, size: number | null, disposedAt: string | null, bytesRemoved: boolean | null }> } };

export type ExecuteDisposalListMutationVariables = Exact<{
  id: string | number;
}>;


export type ExecuteDisposalListMutation = { executeDisposalList: { __typename: 'DisposalList', id: string, number: string, status: DisposalStatus, note: string, itemCount: number, approvalId: string | null, createdAt: string, createdByName: string, updatedAt: string, executedAt: string | null, executedByName: string | null, cancelledAt: string | null, cancelReason: string | null, certificateUrl: string | null, certificate: { __typename: 'StoredFile', id: string, sha256: string, sm3: string, size: number } | null, items: Array<{ __typename: 'DisposalItem', id: string, recordId: string, caseNumber: string, archiveNumber: string | null, title: string, retention: RetentionPeriod, retainUntil: string, sha256: string | null, sm3: string | null, size: number | null, disposedAt: string | null, bytesRemoved: boolean | null }> } };

export type StoredFileFieldsFragment = { __typename: 'StoredFile', id: string, sha256: string, sm3: string, size: number, mediaType: string, extension: string, durationSeconds: number | null, width: number | null, height: number | null, recordedAt: string | null, storedAt: string, fixityStatus: FixityStatus, fixityCheckedAt: string | null };

export type OpenRecordFileMutationVariables = Exact<{
  recordId: string | number;
  mode: FileAccessMode;
  version?: number | null | undefined;
}>;


export type OpenRecordFileMutation = { openRecordFile: { id: string, url: string, mode: FileAccessMode, expiresAt: string, fileName: string, mediaType: string, size: number, sha256: string, viewerName: string, openedAt: string } };

export type FixitySummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type FixitySummaryQuery = { fixitySummary: { files: number, mismatch: number, missing: number, overdue: number, lastCheckedAt: string | null, cycleDays: number } };

export type MediaVolumeFieldsFragment = { __typename: 'MediaVolume', id: string, seq: number, size: number | null, sha256: string | null, label: string | null, location: string | null, registeredAt: string | null, lastVerifiedAt: string | null, lastVerificationOk: boolean | null, recheckDue: string | null, downloadUrl: string | null, verifyUrl: string | null, registeredBy: { __typename: 'User', id: string, displayName: string } | null, verifications: Array<{ __typename: 'MediaVerification', id: string, kind: VerificationKind, ok: boolean, sha256: string, size: number, verifiedAt: string, note: string | null, verifiedBy: { __typename: 'User', id: string, displayName: string } | null }> };

export type MediaSetFieldsFragment = { __typename: 'MediaSet', id: string, number: string, mediumType: MediumType, capacity: number, status: MediaSetStatus, error: string | null, volumeCount: number | null, bytesTotal: number, recordIds: Array<string>, startedAt: string | null, finishedAt: string | null, createdAt: string, createdBy: { __typename: 'User', id: string, displayName: string } | null, volumes: Array<{ __typename: 'MediaVolume', id: string, seq: number, size: number | null, sha256: string | null, label: string | null, location: string | null, registeredAt: string | null, lastVerifiedAt: string | null, lastVerificationOk: boolean | null, recheckDue: string | null, downloadUrl: string | null, verifyUrl: string | null, registeredBy: { __typename: 'User', id: string, displayName: string } | null, verifications: Array<{ __typename: 'MediaVerification', id: string, kind: VerificationKind, ok: boolean, sha256: string, size: number, verifiedAt: string, note: string | null, verifiedBy: { __typename: 'User', id: string, displayName: string } | null }> }> };

export type MediaSetsQueryVariables = Exact<{
  page: number;
  perPage: number;
  sortField?: string | null | undefined;
  sortOrder?: SortOrder | null | undefined;
}>;


export type MediaSetsQuery = { mediaSets: { total: number, items: Array<{ __typename: 'MediaSet', id: string, number: string, mediumType: MediumType, capacity: number, status: MediaSetStatus, volumeCount: number | null, bytesTotal: number, createdAt: string, createdBy: { __typename: 'User', id: string, displayName: string } | null }> } };

export type MediaSetQueryVariables = Exact<{
  id: string | number;
}>;


export type MediaSetQuery = { mediaSet: { __typename: 'MediaSet', id: string, number: string, mediumType: MediumType, capacity: number, status: MediaSetStatus, error: string | null, volumeCount: number | null, bytesTotal: number, recordIds: Array<string>, startedAt: string | null, finishedAt: string | null, createdAt: string, createdBy: { __typename: 'User', id: string, displayName: string } | null, volumes: Array<{ __typename: 'MediaVolume', id: string, seq: number, size: number | null, sha256: string | null, label: string | null, location: string | null, registeredAt: string | null, lastVerifiedAt: string | null, lastVerificationOk: boolean | null, recheckDue: string | null, downloadUrl: string | null, verifyUrl: string | null, registeredBy: { __typename: 'User', id: string, displayName: string } | null, verifications: Array<{ __typename: 'MediaVerification', id: string, kind: VerificationKind, ok: boolean, sha256: string, size: number, verifiedAt: string, note: string | null, verifiedBy: { __typename: 'User', id: string, displayName: string } | null }> }> } };

export type MediaSetStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type MediaSetStatusQuery = { mediaSet: { id: string, status: MediaSetStatus } };

export type MediaDueForRecheckQueryVariables = Exact<{ [key: string]: never; }>;


export type MediaDueForRecheckQuery = { mediaDueForRecheck: Array<{ __typename: 'MediaVolume', id: string, seq: number, label: string | null, location: string | null, recheckDue: string | null, lastVerifiedAt: string | null, lastVerificationOk: boolean | null, set: { __typename: 'MediaSet', id: string, number: string, mediumType: MediumType, volumeCount: number | null } }> };

export type CreateMediaSetMutationVariables = Exact<{
  input: CreateMediaSetInput;
}>;


export type CreateMediaSetMutation = { createMediaSet: { __typename: 'MediaSet', id: string, number: string, mediumType: MediumType, capacity: number, status: MediaSetStatus, error: string | null, volumeCount: number | null, bytesTotal: number, recordIds: Array<string>, startedAt: string | null, finishedAt: string | null, createdAt: string, createdBy: { __typename: 'User', id: string, displayName: string } | null, volumes: Array<{ __typename: 'MediaVolume', id: string, seq: number, size: number | null, sha256: string | null, label: string | null, location: string | null, registeredAt: string | null, lastVerifiedAt: string | null, lastVerificationOk: boolean | null, recheckDue: string | null, downloadUrl: string | null, verifyUrl: string | null, registeredBy: { __typename: 'User', id: string, displayName: string } | null, verifications: Array<{ __typename: 'MediaVerification', id: string, kind: VerificationKind, ok: boolean, sha256: string, size: number, verifiedAt: string, note: string | null, verifiedBy: { __typename: 'User', id: string, displayName: string } | null }> }> } };

export type RegisterMediumMutationVariables = Exact<{
  input: RegisterMediumInput;
}>;


export type RegisterMediumMutation = { registerMedium: { __typename: 'MediaVolume', id: string, seq: number, size: number | null, sha256: string | null, label: string | null, location: string | null, registeredAt: string | null, lastVerifiedAt: string | null, lastVerificationOk: boolean | null, recheckDue: string | null, downloadUrl: string | null, verifyUrl: string | null, registeredBy: { __typename: 'User', id: string, displayName: string } | null, verifications: Array<{ __typename: 'MediaVerification', id: string, kind: VerificationKind, ok: boolean, sha256: string, size: number, verifiedAt: string, note: string | null, verifiedBy: { __typename: 'User', id: string, displayName: string } | null }> } };

export type MyNotificationsQueryVariables = Exact<{
  page: number;
  perPage: number;
  unreadOnly: boolean;
}>;


export type MyNotificationsQuery = { myNotifications: { total: number, unread: number, items: Array<{ __typename: 'Notification', id: string, kind: NotificationKind, subjectType: string, subjectId: string, summary: string, decision: Decision | null, createdAt: string, readAt: string | null }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type RecordHoldFieldsFragment = { __typename: 'RecordHold', id: string, reason: string, longTermReason: LongTermReason | null, placedAt: string, releasedAt: string | null, releaseReason: string | null };

export type RecordFieldsFragment = { __typename: 'Record', id: string, kind: RecordKind, title: string, stage: EnforcementStage | null, version: number, capturedFrom: string | null, capturedTo: string | null, location: string | null, deviceNumber: string | null, documentNumber: string | null, issuedTo: string | null, confidentiality: Confidentiality, secretLevel: Clearance | null, secretRank: number, longTerm: boolean, longTermReason: string | null, partyNotified: boolean | null, notNotified: boolean, holdCount: number, fileId: string | null, fileName: string | null, captureFlags: Array<string>, createdAt: string, updatedAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, sm3: string, size: number, mediaType: string, extension: string, durationSeconds: number | null, width: number | null, height: number | null, recordedAt: string | null, storedAt: string, fixityStatus: FixityStatus, fixityCheckedAt: string | null } | null, officer: { __typename: 'User', id: string, username: string, displayName: string } | null, holds: Array<{ __typename: 'RecordHold', id: string, reason: string, longTermReason: LongTermReason | null, placedAt: string, releasedAt: string | null, releaseReason: string | null }>, case: { __typename: 'Case', id: string, number: string, cause: string, status: CaseStatus, partyName: string, handlingOfficerIds: Array<string>, unit: { __typename: 'Unit', id: string, code: string, name: string } } };

export type RecordVersionFieldsFragment = { __typename: 'RecordVersion', id: string, version: number, createdAt: string, createdByName: string, reason: string | null, kind: RecordKind, title: string, stage: EnforcementStage | null, capturedFrom: string | null, capturedTo: string | null, location: string | null, deviceNumber: string | null, documentNumber: string | null, issuedTo: string | null, confidentiality: Confidentiality, secretLevel: Clearance | null, longTerm: boolean, longTermReason: string | null, partyNotified: boolean | null, fileId: string | null, fileName: string | null };

export type RecordsQueryVariables = Exact<{
  page: number;
  perPage: number;
  sortField?: string | null | undefined;
  sortOrder?: SortOrder | null | undefined;
  filter?: RecordFilter | null | undefined;
}>;


export type RecordsQuery = { records: { total: number, items: Array<{ __typename: 'Record', id: string, kind: RecordKind, title: string, stage: EnforcementStage | null, version: number, capturedFrom: string | null, capturedTo: string | null, location: string | null, deviceNumber: string | null, documentNumber: string | null, issuedTo: string | null, confidentiality: Confidentiality, secretLevel: Clearance | null, secretRank: number, longTerm: boolean, longTermReason: string | null, partyNotified: boolean | null, notNotified: boolean, holdCount: number, fileId: string | null, fileName: string | null, captureFlags: Array<string>, createdAt: string, updatedAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, sm3: string, size: number, mediaType: string, extension: string, durationSeconds: number | null, width: number | null, height: number | null, recordedAt: string | null, storedAt: string, fixityStatus: FixityStatus, fixityCheckedAt: string | null } | null, officer: { __typename: 'User', id: string, username: string, displayName: string } | null, holds: Array<{ __typename: 'RecordHold', id: string, reason: string, longTermReason: LongTermReason | null, placedAt: string, releasedAt: string | null, releaseReason: string | null }>, case: { __typename: 'Case', id: string, number: string, cause: string, status: CaseStatus, partyName: string, handlingOfficerIds: Array<string>, unit: { __typename: 'Unit', id: string, code: string, name: string } } }> } };

export type RecordQueryVariables = Exact<{
  id: string | number;
}>;


export type RecordQuery = { record: { __typename: 'Record', id: string, kind: RecordKind, title: string, stage: EnforcementStage | null, version: number, capturedFrom: string | null, capturedTo: string | null, location: string | null, deviceNumber: string | null, documentNumber: string | null, issuedTo: string | null, confidentiality: Confidentiality, secretLevel: Clearance | null, secretRank: number, longTerm: boolean, longTermReason: string | null, partyNotified: boolean | null, notNotified: boolean, holdCount: number, fileId: string | null, fileName: string | null, captureFlags: Array<string>, createdAt: string, updatedAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, sm3: string, size: number, mediaType: string, extension: string, durationSeconds: number | null, width: number | null, height: number | null, recordedAt: string | null, storedAt: string, fixityStatus: FixityStatus, fixityCheckedAt: string | null } | null, officer: { __typename: 'User', id: string, username: string, displayName: string } | null, holds: Array<{ __typename: 'RecordHold', id: string, reason: string, longTermReason: LongTermReason | null, placedAt: string, releasedAt: string | null, releaseReason: string | null }>, case: { __typename: 'Case', id: string, number: string, cause: string, status: CaseStatus, partyName: string, handlingOfficerIds: Array<string>, unit: { __typename: 'Unit', id: string, code: string, name: string } } } };

export type RecordHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type RecordHistoryQuery = { recordHistory: Array<{ __typename: 'RecordVersion', id: string, version: number, createdAt: string, createdByName: string, reason: string | null, kind: RecordKind, title: string, stage: EnforcementStage | null, capturedFrom: string | null, capturedTo: string | null, location: string | null, deviceNumber: string | null, documentNumber: string | null, issuedTo: string | null, confidentiality: Confidentiality, secretLevel: Clearance | null, longTerm: boolean, longTermReason: string | null, partyNotified: boolean | null, fileId: string | null, fileName: string | null }> };

export type RecordContentQueryVariables = Exact<{
  id: string | number;
}>;


export type RecordContentQuery = { recordContent: { body: string | null, fileId: string | null } };

export type CreateTextRecordMutationVariables = Exact<{
  input: CreateRecordInput;
}>;


export type CreateTextRecordMutation = { createTextRecord: { __typename: 'Record', id: string, kind: RecordKind, title: string, stage: EnforcementStage | null, version: number, capturedFrom: string | null, capturedTo: string | null, location: string | null, deviceNumber: string | null, documentNumber: string | null, issuedTo: string | null, confidentiality: Confidentiality, secretLevel: Clearance | null, secretRank: number, longTerm: boolean, longTermReason: string | null, partyNotified: boolean | null, notNotified: boolean, holdCount: number, fileId: string | null, fileName: string | null, captureFlags: Array<string>, createdAt: string, updatedAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, sm3: string, size: number, mediaType: string, extension: string, durationSeconds: number | null, width: number | null, height: number | null, recordedAt: string | null, storedAt: string, fixityStatus: FixityStatus, fixityCheckedAt: string | null } | null, officer: { __typename: 'User', id: string, username: string, displayName: string } | null, holds: Array<{ __typename: 'RecordHold', id: string, reason: string, longTermReason: LongTermReason | null, placedAt: string, releasedAt: string | null, releaseReason: string | null }>, case: { __typename: 'Case', id: string, number: string, cause: string, status: CaseStatus, partyName: string, handlingOfficerIds: Array<string>, unit: { __typename: 'Unit', id: string, code: string, name: string } } } };

export type CorrectRecordMutationVariables = Exact<{
  id: string | number;
  input: RecordMetadataInput;
  reason: string;
}>;


export type CorrectRecordMutation = { correctRecord: { __typename: 'Record', id: string, kind: RecordKind, title: string, stage: EnforcementStage | null, version: number, capturedFrom: string | null, capturedTo: string | null, location: string | null, deviceNumber: string | null, documentNumber: string | null, issuedTo: string | null, confidentiality: Confidentiality, secretLevel: Clearance | null, secretRank: number, longTerm: boolean, longTermReason: string | null, partyNotified: boolean | null, notNotified: boolean, holdCount: number, fileId: string | null, fileName: string | null, captureFlags: Array<string>, createdAt: string, updatedAt: string, file: { __typename: 'StoredFile', id: string, sha256: string, sm3: string, size: number, mediaType: string, extension: string, durationSeconds: number | null, width: number | null, height: number | null, recordedAt: string | null, storedAt: string, fixityStatus: FixityStatus, fixityCheckedAt: string | null } | null, officer: { __typename: 'User', id: string, username: string, displayName: string } | null, holds: Array<{ __typename: 'RecordHold', id: string, reason: string, longTermReason: LongTermReason | null, placedAt: string, releasedAt: string | null, releaseReason: string | null }>, case: { __typename: 'Case', id: string, number: string, cause: string, status: CaseStatus, partyName: string, handlingOfficerIds: Array<string>, unit: { __typename: 'Unit', id: string, code: string, name: string } } } };

export type PlaceHoldMutationVariables = Exact<{
  recordId: string | number;
  reason: string;
  longTermReason?: LongTermReason | null | undefined;
}>;


export type PlaceHoldMutation = { placeHold: { __typename: 'RecordHold', id: string, reason: string, longTermReason: LongTermReason | null, placedAt: string, releasedAt: string | null, releaseReason: string | null } };

export type ReleaseHoldMutationVariables = Exact<{
  holdId: string | number;
  reason: string;
}>;


export type ReleaseHoldMutation = { releaseHold: { __typename: 'RecordHold', id: string, reason: string, longTermReason: LongTermReason | null, placedAt: string, releasedAt: string | null, releaseReason: string | null } };

export type UnitFieldsFragment = { __typename: 'Unit', id: string, code: string, name: string, kind: UnitKind, casePrefix: string | null, createdAt: string, updatedAt: string };

export type UnitsQueryVariables = Exact<{
  page: number;
  perPage: number;
  sortField?: string | null | undefined;
  sortOrder?: SortOrder | null | undefined;
  filter?: UnitFilter | null | undefined;
}>;


export type UnitsQuery = { units: { total: number, items: Array<{ __typename: 'Unit', id: string, code: string, name: string, kind: UnitKind, casePrefix: string | null, createdAt: string, updatedAt: string }> } };

export type UnitQueryVariables = Exact<{
  id: string | number;
}>;


export type UnitQuery = { unit: { __typename: 'Unit', id: string, code: string, name: string, kind: UnitKind, casePrefix: string | null, createdAt: string, updatedAt: string } };

export type CreateUnitMutationVariables = Exact<{
  input: CreateUnitInput;
}>;


export type CreateUnitMutation = { createUnit: { __typename: 'Unit', id: string, code: string, name: string, kind: UnitKind, casePrefix: string | null, createdAt: string, updatedAt: string } };

export type UpdateUnitMutationVariables = Exact<{
  id: string | number;
  input: UpdateUnitInput;
}>;


export type UpdateUnitMutation = { updateUnit: { __typename: 'Unit', id: string, code: string, name: string, kind: UnitKind, casePrefix: string | null, createdAt: string, updatedAt: string } };

export type UserFieldsFragment = { __typename: 'User', id: string, username: string, displayName: string, roles: Array<Role>, clearance: Clearance | null, active: boolean, failedLoginCount: number | null, lockedUntil: string | null, lastLoginAt: string | null, passwordChangedAt: string | null, createdAt: string, updatedAt: string, unit: { __typename: 'Unit', id: string, code: string, name: string, kind: UnitKind } };

export type UsersQueryVariables = Exact<{
  page: number;
  perPage: number;
  sortField?: string | null | undefined;
  sortOrder?: SortOrder | null | undefined;
  filter?: UserFilter | null | undefined;
}>;


export type UsersQuery = { users: { total: number, items: Array<{ __typename: 'User', id: string, username: string, displayName: string, roles: Array<Role>, clearance: Clearance | null, active: boolean, failedLoginCount: number | null, lockedUntil: string | null, lastLoginAt: string | null, passwordChangedAt: string | null, createdAt: string, updatedAt: string, unit: { __typename: 'Unit', id: string, code: string, name: string, kind: UnitKind } }> } };

export type UserQueryVariables = Exact<{
  id: string | number;
}>;


export type UserQuery = { user: { __typename: 'User', id: string, username: string, displayName: string, roles: Array<Role>, clearance: Clearance | null, active: boolean, failedLoginCount: number | null, lockedUntil: string | null, lastLoginAt: string | null, passwordChangedAt: string | null, createdAt: string, updatedAt: string, unit: { __typename: 'Unit', id: string, code: string, name: string, kind: UnitKind } } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { __typename: 'User', id: string, username: string, displayName: string, roles: Array<Role>, clearance: Clearance | null, active: boolean, failedLoginCount: number | null, lockedUntil: string | null, lastLoginAt: string | null, passwordChangedAt: string | null, createdAt: string, updatedAt: string, unit: { __typename: 'Unit', id: string, code: string, name: string, kind: UnitKind } } };

export type UpdateUserMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { __typename: 'User', id: string, username: string, displayName: string, roles: Array<Role>, clearance: Clearance | null, active: boolean, failedLoginCount: number | null, lockedUntil: string | null, lastLoginAt: string | null, passwordChangedAt: string | null, createdAt: string, updatedAt: string, unit: { __typename: 'Unit', id: string, code: string, name: string, kind: UnitKind } } };

export type DisableUserMutationVariables = Exact<{
  id: string | number;
}>;


export type DisableUserMutation = { disableUser: { __typename: 'User', id: string, username: string, displayName: string, roles: Array<Role>, clearance: Clearance | null, active: boolean, failedLoginCount: number | null, lockedUntil: string | null, lastLoginAt: string | null, passwordChangedAt: string | null, createdAt: string, updatedAt: string, unit: { __typename: 'Unit', id: string, code: string, name: string, kind: UnitKind } } };

export type EnableUserMutationVariables = Exact<{
  id: string | number;
}>;


export type EnableUserMutation = { enableUser: { __typename: 'User', id: string, username: string, displayName: string, roles: Array<Role>, clearance: Clearance | null, active: boolean, failedLoginCount: number | null, lockedUntil: string | null, lastLoginAt: string | null, passwordChangedAt: string | null, createdAt: string, updatedAt: string, unit: { __typename: 'Unit', id: string, code: string, name: string, kind: UnitKind } } };

export type UnlockUserMutationVariables = Exact<{
  id: string | number;
}>;


export type UnlockUserMutation = { unlockUser: { __typename: 'User', id: string, username: string, displayName: string, roles: Array<Role>, clearance: Clearance | null, active: boolean, failedLoginCount: number | null, lockedUntil: string | null, lastLoginAt: string | null, passwordChangedAt: string | null, createdAt: string, updatedAt: string, unit: { __typename: 'Unit', id: string, code: string, name: string, kind: UnitKind } } };

export type ResetUserPasswordMutationVariables = Exact<{
  id: string | number;
  password: string;
}>;


export type ResetUserPasswordMutation = { resetUserPassword: { __typename: 'User', id: string, username: string, displayName: string, roles: Array<Role>, clearance: Clearance | null, active: boolean, failedLoginCount: number | null, lockedUntil: string | null, lastLoginAt: string | null, passwordChangedAt: string | null, createdAt: string, updatedAt: string, unit: { __typename: 'Unit', id: string, code: string, name: string, kind: UnitKind } } };

export type ViolationFieldsFragment = { __typename: 'Violation', id: string, versionId: string, version: number, kind: ViolationKind, personId: string, occurredOn: string, finding: string, outcome: ViolationOutcome | null, reason: string | null, createdAt: string, person: { id: string, username: string, displayName: string } | null, unit: { id: string, name: string }, evidence: Array<{ kind: EvidenceKind, ref: string, readable: boolean, title: string | null }>, createdBy: { id: string, displayName: string } | null };

export type ViolationsQueryVariables = Exact<{
  page: number;
  perPage: number;
  sortField?: string | null | undefined;
  sortOrder?: SortOrder | null | undefined;
  filter?: ViolationFilter | null | undefined;
}>;


export type ViolationsQuery = { violations: { total: number, items: Array<{ __typename: 'Violation', id: string, versionId: string, version: number, kind: ViolationKind, personId: string, occurredOn: string, finding: string, outcome: ViolationOutcome | null, reason: string | null, createdAt: string, person: { id: string, username: string, displayName: string } | null, unit: { id: string, name: string }, evidence: Array<{ kind: EvidenceKind, ref: string, readable: boolean, title: string | null }>, createdBy: { id: string, displayName: string } | null }> } };

export type MyViolationsQueryVariables = Exact<{
  page: number;
  perPage: number;
  sortField?: string | null | undefined;
  sortOrder?: SortOrder | null | undefined;
}>;


export type MyViolationsQuery = { myViolations: { total: number, items: Array<{ __typename: 'Violation', id: string, versionId: string, version: number, kind: ViolationKind, personId: string, occurredOn: string, finding: string, outcome: ViolationOutcome | null, reason: string | null, createdAt: string, person: { id: string, username: string, displayName: string } | null, unit: { id: string, name: string }, evidence: Array<{ kind: EvidenceKind, ref: string, readable: boolean, title: string | null }>, createdBy: { id: string, displayName: string } | null }> } };

export type ViolationQueryVariables = Exact<{
  id: string | number;
}>;


export type ViolationQuery = { violation: { __typename: 'Violation', id: string, versionId: string, version: number, kind: ViolationKind, personId: string, occurredOn: string, finding: string, outcome: ViolationOutcome | null, reason: string | null, createdAt: string, person: { id: string, username: string, displayName: string } | null, unit: { id: string, name: string }, evidence: Array<{ kind: EvidenceKind, ref: string, readable: boolean, title: string | null }>, createdBy: { id: string, displayName: string } | null } };

export type ViolationHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type ViolationHistoryQuery = { violationHistory: Array<{ __typename: 'Violation', id: string, versionId: string, version: number, kind: ViolationKind, personId: string, occurredOn: string, finding: string, outcome: ViolationOutcome | null, reason: string | null, createdAt: string, person: { id: string, username: string, displayName: string } | null, unit: { id: string, name: string }, evidence: Array<{ kind: EvidenceKind, ref: string, readable: boolean, title: string | null }>, createdBy: { id: string, displayName: string } | null }> };

export type RegisterViolationMutationVariables = Exact<{
  input: ViolationInput;
}>;


export type RegisterViolationMutation = { registerViolation: { __typename: 'Violation', id: string, versionId: string, version: number, kind: ViolationKind, personId: string, occurredOn: string, finding: string, outcome: ViolationOutcome | null, reason: string | null, createdAt: string, person: { id: string, username: string, displayName: string } | null, unit: { id: string, name: string }, evidence: Array<{ kind: EvidenceKind, ref: string, readable: boolean, title: string | null }>, createdBy: { id: string, displayName: string } | null } };

export type CorrectViolationMutationVariables = Exact<{
  id: string | number;
  input: ViolationInput;
  reason: string;
  version?: number | null | undefined;
}>;


export type CorrectViolationMutation = { correctViolation: { __typename: 'Violation', id: string, versionId: string, version: number, kind: ViolationKind, personId: string, occurredOn: string, finding: string, outcome: ViolationOutcome | null, reason: string | null, createdAt: string, person: { id: string, username: string, displayName: string } | null, unit: { id: string, name: string }, evidence: Array<{ kind: EvidenceKind, ref: string, readable: boolean, title: string | null }>, createdBy: { id: string, displayName: string } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ApprovalStepFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApprovalStepFields on ApprovalStep {
  __typename
  id
  seq
  role
  label
  minClearanceRank
  waiting
  decision
  comment
  decidedAt
  decidedByName
}
    `, {"fragmentName":"ApprovalStepFields"}) as unknown as TypedDocumentString<ApprovalStepFieldsFragment, unknown>;
export const ApprovalRequestFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApprovalRequestFields on ApprovalRequest {
  __typename
  id
  type
  status
  summary
  disclosureId
  transferId
  disposalListId
  purpose
  maxConfidentiality
  maxSecretRank
  hasAv
  currentStep
  createdAt
  dueAt
  decidedAt
  requester {
    __typename
    id
    username
    displayName
  }
}
    `, {"fragmentName":"ApprovalRequestFields"}) as unknown as TypedDocumentString<ApprovalRequestFieldsFragment, unknown>;
export const AccessGrantFieldsFragmentDoc = new TypedDocumentString(`
    fragment AccessGrantFields on AccessGrant {
  __typename
  id
  recordId
  actions
  validFrom
  expiresAt
  revokedAt
  revokeReason
  createdAt
}
    `, {"fragmentName":"AccessGrantFields"}) as unknown as TypedDocumentString<AccessGrantFieldsFragment, unknown>;
export const TransferFieldsFragmentDoc = new TypedDocumentString(`
    fragment TransferFields on Transfer {
  __typename
  id
  number
  status
  overrideReason
  returnReason
  returnedAt
  archiveNumber
  retentionPeriod
  approvalId
  createdAt
  submittedAt
  sentAt
  acceptedAt
  updatedAt
  unit {
    __typename
    id
    name
  }
  case {
    __typename
    id
    number
    cause
    procedure
    status
    partyName
    concludedOn
    transferDeadline
    archiveNumber
    archivedOn
    retentionPeriod
    retainUntil
  }
  catalogue {
    seq
    recordId
    documentNumber
    title
    date
    pages
    durationSeconds
    remarks
    record {
      __typename
      id
      kind
      title
      stage
      confidentiality
    }
  }
  checkRun {
    startedAt
    filesDone
    filesTotal
    bytesDone
    bytesTotal
  }
  checks {
    checkedAt
    passed
    results {
      kind
      passed
      findings {
        code
        message
        recordId
      }
    }
  }
}
    `, {"fragmentName":"TransferFields"}) as unknown as TypedDocumentString<TransferFieldsFragment, unknown>;
export const AuditEventFieldsFragmentDoc = new TypedDocumentString(`
    fragment AuditEventFields on AuditEvent {
  __typename
  seq
  at
  actorId
  actorName
  action
  subjectType
  subjectId
  outcome
  clientAddress
  details
  hash
  prevHash
}
    `, {"fragmentName":"AuditEventFields"}) as unknown as TypedDocumentString<AuditEventFieldsFragment, unknown>;
export const SessionUserFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionUserFields on User {
  __typename
  id
  username
  displayName
  roles
  clearance
  active
  lastLoginAt
  passwordChangedAt
  unit {
    __typename
    id
    code
    name
    kind
  }
}
    `, {"fragmentName":"SessionUserFields"}) as unknown as TypedDocumentString<SessionUserFieldsFragment, unknown>;
export const CaseFieldsFragmentDoc = new TypedDocumentString(`
    fragment CaseFields on Case {
  __typename
  id
  number
  year
  seq
  cause
  procedure
  status
  openedOn
  concludedOn
  transferDeadline
  partyKind
  partyName
  partyIdNumber
  partyPhone
  partyAddress
  partyLegalRepresentative
  handlingOfficerIds
  handlingOfficers {
    __typename
    id
    username
    displayName
  }
  unit {
    __typename
    id
    code
    name
    casePrefix
  }
  createdAt
  updatedAt
}
    `, {"fragmentName":"CaseFields"}) as unknown as TypedDocumentString<CaseFieldsFragment, unknown>;
export const DeviceCheckoutFieldsFragmentDoc = new TypedDocumentString(`
    fragment DeviceCheckoutFields on DeviceCheckout {
  __typename
  id
  day
  checkedOutAt
  batteryPercent
  freeStorageGb
  clockCorrect
  checkPassed
  overrideReason
  returnedAt
  officer {
    __typename
    id
    username
    displayName
  }
}
    `, {"fragmentName":"DeviceCheckoutFields"}) as unknown as TypedDocumentString<DeviceCheckoutFieldsFragment, unknown>;
export const DeviceFieldsFragmentDoc = new TypedDocumentString(`
    fragment DeviceFields on Device {
  __typename
  id
  number
  kind
  model
  serial
  status
  purchasedOn
  createdAt
  updatedAt
  unit {
    __typename
    id
    code
    name
  }
  custodian {
    __typename
    id
    username
    displayName
  }
  currentCheckout {
    ...DeviceCheckoutFields
  }
}
    fragment DeviceCheckoutFields on DeviceCheckout {
  __typename
  id
  day
  checkedOutAt
  batteryPercent
  freeStorageGb
  clockCorrect
  checkPassed
  overrideReason
  returnedAt
  officer {
    __typename
    id
    username
    displayName
  }
}`, {"fragmentName":"DeviceFields"}) as unknown as TypedDocumentString<DeviceFieldsFragment, unknown>;
export const DeviceDetailFieldsFragmentDoc = new TypedDocumentString(`
    fragment DeviceDetailFields on Device {
  ...DeviceFields
  checkouts {
    ...DeviceCheckoutFields
  }
  faults {
    __typename
    id
    description
    reportedAt
    repairService
    sentAt
    repairedAt
    repairResult
    closedAt
  }
  maintenanceLog {
    __typename
    id
    kind
    performedAt
    note
  }
  maintenanceDue {
    kind
    everyDays
    lastAt
    dueAt
    overdue
  }
}
    fragment DeviceCheckoutFields on DeviceCheckout {
  __typename
  id
  day
  checkedOutAt
  batteryPercent
  freeStorageGb
  clockCorrect
  checkPassed
  overrideReason
  returnedAt
  officer {
    __typename
    id
    username
    displayName
  }
}
fragment DeviceFields on Device {
  __typename
  id
  number
  kind
  model
  serial
  status
  purchasedOn
  createdAt
  updatedAt
  unit {
    __typename
    id
    code
    name
  }
  custodian {
    __typename
    id
    username
    displayName
  }
  currentCheckout {
    ...DeviceCheckoutFields
  }
}`, {"fragmentName":"DeviceDetailFields"}) as unknown as TypedDocumentString<DeviceDetailFieldsFragment, unknown>;
export const DisclosureSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment DisclosureSummaryFields on Disclosure {
  __typename
  id
  number
  type
  status
  overdue
  dueAt
  purpose
  bodyKind
  bodyName
  letterNumber
  applicantName
  relation
  includedCount
  registeredAt
  updatedAt
  partyCase {
    __typename
    id
    number
    cause
  }
}
    `, {"fragmentName":"DisclosureSummaryFields"}) as unknown as TypedDocumentString<DisclosureSummaryFieldsFragment, unknown>;
export const AttachmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment AttachmentFields on Attachment {
  __typename
  id
  fileName
  purpose
  url
  createdAt
  file {
    __typename
    id
    sha256
    size
    mediaType
  }
}
    `, {"fragmentName":"AttachmentFields"}) as unknown as TypedDocumentString<AttachmentFieldsFragment, unknown>;
export const ExportPackageFieldsFragmentDoc = new TypedDocumentString(`
    fragment ExportPackageFields on ExportPackage {
  __typename
  id
  status
  progress
  bytesDone
  bytesTotal
  fileCount
  fileName
  downloadUrl
  sha256
  sm3
  size
  payloadOxum
  fixityStatus
  contents {
    recordId
    path
    watermarked
    redacted
    generated
  }
  error
  createdAt
  startedAt
  finishedAt
}
    `, {"fragmentName":"ExportPackageFields"}) as unknown as TypedDocumentString<ExportPackageFieldsFragment, unknown>;
export const DisclosureFieldsFragmentDoc = new TypedDocumentString(`
    fragment DisclosureFields on Disclosure {
  ...DisclosureSummaryFields
  letterDate
  concerning
  applicantIdType
  applicantIdNumber
  approvalId
  closeNote
  closedAt
  deliveredAt
  deliveredTo
  deliveryMethod
  deliveryNote
  registeredBy {
    __typename
    id
    displayName
  }
  deliveredBy {
    __typename
    id
    displayName
  }
  letter {
    ...AttachmentFields
  }
  applicationForm {
    ...AttachmentFields
  }
  identityDocument {
    ...AttachmentFields
  }
  authorisation {
    ...AttachmentFields
  }
  receipt {
    ...AttachmentFields
  }
  items {
    __typename
    id
    seq
    recordId
    decision
    reason
    note
    decidedAt
    redacted {
      ...AttachmentFields
    }
    record {
      __typename
      id
      title
      kind
      confidentiality
      secretLevel
      fileName
      file {
        __typename
        id
        mediaType
      }
      case {
        __typename
        id
        number
      }
    }
  }
  packages {
    ...ExportPackageFields
  }
}
    fragment AttachmentFields on Attachment {
  __typename
  id
  fileName
  purpose
  url
  createdAt
  file {
    __typename
    id
    sha256
    size
    mediaType
  }
}
fragment ExportPackageFields on ExportPackage {
  __typename
  id
  status
  progress
  bytesDone
  bytesTotal
  fileCount
  fileName
  downloadUrl
  sha256
  sm3
  size
  payloadOxum
  fixityStatus
  contents {
    recordId
    path
    watermarked
    redacted
    generated
  }
  error
  createdAt
  startedAt
  finishedAt
}
fragment DisclosureSummaryFields on Disclosure {
  __typename
  id
  number
  type
  status
  overdue
  dueAt
  purpose
  bodyKind
  bodyName
  letterNumber
  applicantName
  relation
  includedCount
  registeredAt
  updatedAt
  partyCase {
    __typename
    id
    number
    cause
  }
}`, {"fragmentName":"DisclosureFields"}) as unknown as TypedDocumentString<DisclosureFieldsFragment, unknown>;
export const CaseHoldFieldsFragmentDoc = new TypedDocumentString(`
    fragment CaseHoldFields on CaseHold {
  __typename
  id
  reason
  longTermReason
  placedAt
  placedByName
  releasedAt
  releasedByName
  releaseReason
}
    `, {"fragmentName":"CaseHoldFields"}) as unknown as TypedDocumentString<CaseHoldFieldsFragment, unknown>;
export const DisposalListFieldsFragmentDoc = new TypedDocumentString(`
    fragment DisposalListFields on DisposalList {
  __typename
  id
  number
  status
  note
  itemCount
  approvalId
  createdAt
  createdByName
  updatedAt
  executedAt
  executedByName
  cancelledAt
  cancelReason
  certificateUrl
  certificate {
    __typename
    id
    sha256
    sm3
    size
  }
  items {
    __typename
    id
    recordId
    caseNumber
    archiveNumber
    title
    retention
    retainUntil
    sha256
    sm3
    size
    disposedAt
    bytesRemoved
  }
}
    `, {"fragmentName":"DisposalListFields"}) as unknown as TypedDocumentString<DisposalListFieldsFragment, unknown>;
export const MediaVolumeFieldsFragmentDoc = new TypedDocumentString(`
    fragment MediaVolumeFields on MediaVolume {
  __typename
  id
  seq
  size
  sha256
  label
  location
  registeredAt
  registeredBy {
    __typename
    id
    displayName
  }
  lastVerifiedAt
  lastVerificationOk
  recheckDue
  downloadUrl
  verifyUrl
  verifications {
    __typename
    id
    kind
    ok
    sha256
    size
    verifiedAt
    note
    verifiedBy {
      __typename
      id
      displayName
    }
  }
}
    `, {"fragmentName":"MediaVolumeFields"}) as unknown as TypedDocumentString<MediaVolumeFieldsFragment, unknown>;
export const MediaSetFieldsFragmentDoc = new TypedDocumentString(`
    fragment MediaSetFields on MediaSet {
  __typename
  id
  number
  mediumType
  capacity
  status
  error
  volumeCount
  bytesTotal
  recordIds
  startedAt
  finishedAt
  createdAt
  createdBy {
    __typename
    id
    displayName
  }
  volumes {
    ...MediaVolumeFields
  }
}
    fragment MediaVolumeFields on MediaVolume {
  __typename
  id
  seq
  size
  sha256
  label
  location
  registeredAt
  registeredBy {
    __typename
    id
    displayName
  }
  lastVerifiedAt
  lastVerificationOk
  recheckDue
  downloadUrl
  verifyUrl
  verifications {
    __typename
    id
    kind
    ok
    sha256
    size
    verifiedAt
    note
    verifiedBy {
      __typename
      id
      displayName
    }
  }
}`, {"fragmentName":"MediaSetFields"}) as unknown as TypedDocumentString<MediaSetFieldsFragment, unknown>;
export const StoredFileFieldsFragmentDoc = new TypedDocumentString(`
    fragment StoredFileFields on StoredFile {
  __typename
  id
  sha256
  sm3
  size
  mediaType
  extension
  durationSeconds
  width
  height
  recordedAt
  storedAt
  fixityStatus
  fixityCheckedAt
}
    `, {"fragmentName":"StoredFileFields"}) as unknown as TypedDocumentString<StoredFileFieldsFragment, unknown>;
export const RecordHoldFieldsFragmentDoc = new TypedDocumentString(`
    fragment RecordHoldFields on RecordHold {
  __typename
  id
  reason
  longTermReason
  placedAt
  releasedAt
  releaseReason
}
    `, {"fragmentName":"RecordHoldFields"}) as unknown as TypedDocumentString<RecordHoldFieldsFragment, unknown>;
export const RecordFieldsFragmentDoc = new TypedDocumentString(`
    fragment RecordFields on Record {
  __typename
  id
  kind
  title
  stage
  version
  capturedFrom
  capturedTo
  location
  deviceNumber
  documentNumber
  issuedTo
  confidentiality
  secretLevel
  secretRank
  longTerm
  longTermReason
  partyNotified
  notNotified
  holdCount
  fileId
  fileName
  captureFlags
  file {
    ...StoredFileFields
  }
  createdAt
  updatedAt
  officer {
    __typename
    id
    username
    displayName
  }
  holds {
    ...RecordHoldFields
  }
  case {
    __typename
    id
    number
    cause
    status
    partyName
    handlingOfficerIds
    unit {
      __typename
      id
      code
      name
    }
  }
}
    fragment StoredFileFields on StoredFile {
  __typename
  id
  sha256
  sm3
  size
  mediaType
  extension
  durationSeconds
  width
  height
  recordedAt
  storedAt
  fixityStatus
  fixityCheckedAt
}
fragment RecordHoldFields on RecordHold {
  __typename
  id
  reason
  longTermReason
  placedAt
  releasedAt
  releaseReason
}`, {"fragmentName":"RecordFields"}) as unknown as TypedDocumentString<RecordFieldsFragment, unknown>;
export const RecordVersionFieldsFragmentDoc = new TypedDocumentString(`
    fragment RecordVersionFields on RecordVersion {
  __typename
  id
  version
  createdAt
  createdByName
  reason
  kind
  title
  stage
  capturedFrom
  capturedTo
  location
  deviceNumber
  documentNumber
  issuedTo
  confidentiality
  secretLevel
  longTerm
  longTermReason
  partyNotified
  fileId
  fileName
}
    `, {"fragmentName":"RecordVersionFields"}) as unknown as TypedDocumentString<RecordVersionFieldsFragment, unknown>;
export const UnitFieldsFragmentDoc = new TypedDocumentString(`
    fragment UnitFields on Unit {
  __typename
  id
  code
  name
  kind
  casePrefix
  createdAt
  updatedAt
}
    `, {"fragmentName":"UnitFields"}) as unknown as TypedDocumentString<UnitFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserFields on User {
  __typename
  id
  username
  displayName
  roles
  clearance
  active
  failedLoginCount
  lockedUntil
  lastLoginAt
  passwordChangedAt
  createdAt
  updatedAt
  unit {
    __typename
    id
    code
    name
    kind
  }
}
    `, {"fragmentName":"UserFields"}) as unknown as TypedDocumentString<UserFieldsFragment, unknown>;
export const ViolationFieldsFragmentDoc = new TypedDocumentString(`
    fragment ViolationFields on Violation {
  __typename
  id
  versionId
  version
  kind
  personId
  person {
    id
    username
    displayName
  }
  unit {
    id
    name
  }
  occurredOn
  finding
  outcome
  evidence {
    kind
    ref
    readable
    title
  }
  reason
  createdAt
  createdBy {
    id
    displayName
  }
}
    `, {"fragmentName":"ViolationFields"}) as unknown as TypedDocumentString<ViolationFieldsFragment, unknown>;
export const ApprovalQueueDocument = new TypedDocumentString(`
    query ApprovalQueue($page: Int!, $perPage: Int!, $filter: ApprovalQueueFilter) {
  approvalQueue(page: $page, perPage: $perPage, filter: $filter) {
    total
    items {
      ...ApprovalStepFields
      request {
        ...ApprovalRequestFields
      }
    }
  }
}
    fragment ApprovalStepFields on ApprovalStep {
  __typename
  id
  seq
  role
  label
  minClearanceRank
  waiting
  decision
  comment
  decidedAt
  decidedByName
}
fragment ApprovalRequestFields on ApprovalRequest {
  __typename
  id
  type
  status
  summary
  disclosureId
  transferId
  disposalListId
  purpose
  maxConfidentiality
  maxSecretRank
  hasAv
  currentStep
  createdAt
  dueAt
  decidedAt
  requester {
    __typename
    id
    username
    displayName
  }
}`) as unknown as TypedDocumentString<ApprovalQueueQuery, ApprovalQueueQueryVariables>;
export const ApprovalRequestDocument = new TypedDocumentString(`
    query ApprovalRequest($id: ID!) {
  approvalRequest(id: $id) {
    ...ApprovalRequestFields
    steps {
      ...ApprovalStepFields
    }
    viewing {
      __typename
      id
      recordIds
      actions
      validFrom
      validUntil
    }
  }
}
    fragment ApprovalStepFields on ApprovalStep {
  __typename
  id
  seq
  role
  label
  minClearanceRank
  waiting
  decision
  comment
  decidedAt
  decidedByName
}
fragment ApprovalRequestFields on ApprovalRequest {
  __typename
  id
  type
  status
  summary
  disclosureId
  transferId
  disposalListId
  purpose
  maxConfidentiality
  maxSecretRank
  hasAv
  currentStep
  createdAt
  dueAt
  decidedAt
  requester {
    __typename
    id
    username
    displayName
  }
}`) as unknown as TypedDocumentString<ApprovalRequestQuery, ApprovalRequestQueryVariables>;
export const MyRequestsDocument = new TypedDocumentString(`
    query MyRequests($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: MyRequestsFilter) {
  myRequests(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    total
    items {
      ...ApprovalRequestFields
      steps {
        ...ApprovalStepFields
      }
    }
  }
}
    fragment ApprovalStepFields on ApprovalStep {
  __typename
  id
  seq
  role
  label
  minClearanceRank
  waiting
  decision
  comment
  decidedAt
  decidedByName
}
fragment ApprovalRequestFields on ApprovalRequest {
  __typename
  id
  type
  status
  summary
  disclosureId
  transferId
  disposalListId
  purpose
  maxConfidentiality
  maxSecretRank
  hasAv
  currentStep
  createdAt
  dueAt
  decidedAt
  requester {
    __typename
    id
    username
    displayName
  }
}`) as unknown as TypedDocumentString<MyRequestsQuery, MyRequestsQueryVariables>;
export const DecideApprovalDocument = new TypedDocumentString(`
    mutation DecideApproval($stepId: ID!, $decision: Decision!, $comment: String) {
  decideApproval(stepId: $stepId, decision: $decision, comment: $comment) {
    ...ApprovalStepFields
  }
}
    fragment ApprovalStepFields on ApprovalStep {
  __typename
  id
  seq
  role
  label
  minClearanceRank
  waiting
  decision
  comment
  decidedAt
  decidedByName
}`) as unknown as TypedDocumentString<DecideApprovalMutation, DecideApprovalMutationVariables>;
export const DecideApprovalsDocument = new TypedDocumentString(`
    mutation DecideApprovals($stepIds: [ID!]!, $decision: Decision!, $comment: String) {
  decideApprovals(stepIds: $stepIds, decision: $decision, comment: $comment) {
    ...ApprovalStepFields
  }
}
    fragment ApprovalStepFields on ApprovalStep {
  __typename
  id
  seq
  role
  label
  minClearanceRank
  waiting
  decision
  comment
  decidedAt
  decidedByName
}`) as unknown as TypedDocumentString<DecideApprovalsMutation, DecideApprovalsMutationVariables>;
export const ResubmitRequestDocument = new TypedDocumentString(`
    mutation ResubmitRequest($id: ID!, $purpose: String) {
  resubmitRequest(id: $id, purpose: $purpose) {
    ...ApprovalRequestFields
  }
}
    fragment ApprovalRequestFields on ApprovalRequest {
  __typename
  id
  type
  status
  summary
  disclosureId
  transferId
  disposalListId
  purpose
  maxConfidentiality
  maxSecretRank
  hasAv
  currentStep
  createdAt
  dueAt
  decidedAt
  requester {
    __typename
    id
    username
    displayName
  }
}`) as unknown as TypedDocumentString<ResubmitRequestMutation, ResubmitRequestMutationVariables>;
export const CancelRequestDocument = new TypedDocumentString(`
    mutation CancelRequest($id: ID!) {
  cancelRequest(id: $id) {
    ...ApprovalRequestFields
  }
}
    fragment ApprovalRequestFields on ApprovalRequest {
  __typename
  id
  type
  status
  summary
  disclosureId
  transferId
  disposalListId
  purpose
  maxConfidentiality
  maxSecretRank
  hasAv
  currentStep
  createdAt
  dueAt
  decidedAt
  requester {
    __typename
    id
    username
    displayName
  }
}`) as unknown as TypedDocumentString<CancelRequestMutation, CancelRequestMutationVariables>;
export const RequestViewingDocument = new TypedDocumentString(`
    mutation RequestViewing($input: RequestViewingInput!) {
  requestViewing(input: $input) {
    __typename
    id
    recordIds
  }
}
    `) as unknown as TypedDocumentString<RequestViewingMutation, RequestViewingMutationVariables>;
export const MyGrantsDocument = new TypedDocumentString(`
    query MyGrants {
  myGrants {
    ...AccessGrantFields
  }
}
    fragment AccessGrantFields on AccessGrant {
  __typename
  id
  recordId
  actions
  validFrom
  expiresAt
  revokedAt
  revokeReason
  createdAt
}`) as unknown as TypedDocumentString<MyGrantsQuery, MyGrantsQueryVariables>;
export const RevokeGrantDocument = new TypedDocumentString(`
    mutation RevokeGrant($id: ID!, $reason: String!) {
  revokeGrant(id: $id, reason: $reason) {
    ...AccessGrantFields
  }
}
    fragment AccessGrantFields on AccessGrant {
  __typename
  id
  recordId
  actions
  validFrom
  expiresAt
  revokedAt
  revokeReason
  createdAt
}`) as unknown as TypedDocumentString<RevokeGrantMutation, RevokeGrantMutationVariables>;
export const ApprovalPolicyDocument = new TypedDocumentString(`
    query ApprovalPolicy($type: RequestType!) {
  approvalPolicy(type: $type) {
    __typename
    id
    requestType
    version
    note
    createdAt
    rules {
      confidentialityIn
      av
      steps {
        role
        sameUnit
        clearanceOfRecords
        label
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApprovalPolicyQuery, ApprovalPolicyQueryVariables>;
export const UpdateApprovalPolicyDocument = new TypedDocumentString(`
    mutation UpdateApprovalPolicy($type: RequestType!, $rules: [PolicyRuleInput!]!, $note: String) {
  updateApprovalPolicy(type: $type, rules: $rules, note: $note) {
    __typename
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateApprovalPolicyMutation, UpdateApprovalPolicyMutationVariables>;
export const GrantsDocument = new TypedDocumentString(`
    query Grants($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: GrantFilter) {
  grants(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    total
    items {
      ...AccessGrantFields
      userId
      user {
        __typename
        id
        username
        displayName
      }
    }
  }
}
    fragment AccessGrantFields on AccessGrant {
  __typename
  id
  recordId
  actions
  validFrom
  expiresAt
  revokedAt
  revokeReason
  createdAt
}`) as unknown as TypedDocumentString<GrantsQuery, GrantsQueryVariables>;
export const TransfersDocument = new TypedDocumentString(`
    query Transfers($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: TransferFilter) {
  transfers(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    total
    items {
      __typename
      id
      number
      status
      archiveNumber
      submittedAt
      sentAt
      acceptedAt
      createdAt
      unit {
        __typename
        id
        name
      }
      case {
        __typename
        id
        number
        cause
        partyName
        status
        transferDeadline
      }
      checks {
        passed
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TransfersQuery, TransfersQueryVariables>;
export const TransferDocument = new TypedDocumentString(`
    query Transfer($id: ID!) {
  transfer(id: $id) {
    ...TransferFields
  }
}
    fragment TransferFields on Transfer {
  __typename
  id
  number
  status
  overrideReason
  returnReason
  returnedAt
  archiveNumber
  retentionPeriod
  approvalId
  createdAt
  submittedAt
  sentAt
  acceptedAt
  updatedAt
  unit {
    __typename
    id
    name
  }
  case {
    __typename
    id
    number
    cause
    procedure
    status
    partyName
    concludedOn
    transferDeadline
    archiveNumber
    archivedOn
    retentionPeriod
    retainUntil
  }
  catalogue {
    seq
    recordId
    documentNumber
    title
    date
    pages
    durationSeconds
    remarks
    record {
      __typename
      id
      kind
      title
      stage
      confidentiality
    }
  }
  checkRun {
    startedAt
    filesDone
    filesTotal
    bytesDone
    bytesTotal
  }
  checks {
    checkedAt
    passed
    results {
      kind
      passed
      findings {
        code
        message
        recordId
      }
    }
  }
}`) as unknown as TypedDocumentString<TransferQuery, TransferQueryVariables>;
export const CaseTransferDocument = new TypedDocumentString(`
    query CaseTransfer($id: ID!) {
  case(id: $id) {
    id
    transfer {
      id
      number
      status
    }
  }
}
    `) as unknown as TypedDocumentString<CaseTransferQuery, CaseTransferQueryVariables>;
export const OpenTransferDocument = new TypedDocumentString(`
    mutation OpenTransfer($caseId: ID!) {
  openTransfer(caseId: $caseId) {
    ...TransferFields
  }
}
    fragment TransferFields on Transfer {
  __typename
  id
  number
  status
  overrideReason
  returnReason
  returnedAt
  archiveNumber
  retentionPeriod
  approvalId
  createdAt
  submittedAt
  sentAt
  acceptedAt
  updatedAt
  unit {
    __typename
    id
    name
  }
  case {
    __typename
    id
    number
    cause
    procedure
    status
    partyName
    concludedOn
    transferDeadline
    archiveNumber
    archivedOn
    retentionPeriod
    retainUntil
  }
  catalogue {
    seq
    recordId
    documentNumber
    title
    date
    pages
    durationSeconds
    remarks
    record {
      __typename
      id
      kind
      title
      stage
      confidentiality
    }
  }
  checkRun {
    startedAt
    filesDone
    filesTotal
    bytesDone
    bytesTotal
  }
  checks {
    checkedAt
    passed
    results {
      kind
      passed
      findings {
        code
        message
        recordId
      }
    }
  }
}`) as unknown as TypedDocumentString<OpenTransferMutation, OpenTransferMutationVariables>;
export const SaveCatalogueDocument = new TypedDocumentString(`
    mutation SaveCatalogue($input: SaveCatalogueInput!) {
  saveCatalogue(input: $input) {
    ...TransferFields
  }
}
    fragment TransferFields on Transfer {
  __typename
  id
  number
  status
  overrideReason
  returnReason
  returnedAt
  archiveNumber
  retentionPeriod
  approvalId
  createdAt
  submittedAt
  sentAt
  acceptedAt
  updatedAt
  unit {
    __typename
    id
    name
  }
  case {
    __typename
    id
    number
    cause
    procedure
    status
    partyName
    concludedOn
    transferDeadline
    archiveNumber
    archivedOn
    retentionPeriod
    retainUntil
  }
  catalogue {
    seq
    recordId
    documentNumber
    title
    date
    pages
    durationSeconds
    remarks
    record {
      __typename
      id
      kind
      title
      stage
      confidentiality
    }
  }
  checkRun {
    startedAt
    filesDone
    filesTotal
    bytesDone
    bytesTotal
  }
  checks {
    checkedAt
    passed
    results {
      kind
      passed
      findings {
        code
        message
        recordId
      }
    }
  }
}`) as unknown as TypedDocumentString<SaveCatalogueMutation, SaveCatalogueMutationVariables>;
export const CheckTransferDocument = new TypedDocumentString(`
    mutation CheckTransfer($id: ID!) {
  checkTransfer(id: $id) {
    ...TransferFields
  }
}
    fragment TransferFields on Transfer {
  __typename
  id
  number
  status
  overrideReason
  returnReason
  returnedAt
  archiveNumber
  retentionPeriod
  approvalId
  createdAt
  submittedAt
  sentAt
  acceptedAt
  updatedAt
  unit {
    __typename
    id
    name
  }
  case {
    __typename
    id
    number
    cause
    procedure
    status
    partyName
    concludedOn
    transferDeadline
    archiveNumber
    archivedOn
    retentionPeriod
    retainUntil
  }
  catalogue {
    seq
    recordId
    documentNumber
    title
    date
    pages
    durationSeconds
    remarks
    record {
      __typename
      id
      kind
      title
      stage
      confidentiality
    }
  }
  checkRun {
    startedAt
    filesDone
    filesTotal
    bytesDone
    bytesTotal
  }
  checks {
    checkedAt
    passed
    results {
      kind
      passed
      findings {
        code
        message
        recordId
      }
    }
  }
}`) as unknown as TypedDocumentString<CheckTransferMutation, CheckTransferMutationVariables>;
export const SubmitTransferDocument = new TypedDocumentString(`
    mutation SubmitTransfer($id: ID!, $overrideReason: String) {
  submitTransfer(id: $id, overrideReason: $overrideReason) {
    ...TransferFields
  }
}
    fragment TransferFields on Transfer {
  __typename
  id
  number
  status
  overrideReason
  returnReason
  returnedAt
  archiveNumber
  retentionPeriod
  approvalId
  createdAt
  submittedAt
  sentAt
  acceptedAt
  updatedAt
  unit {
    __typename
    id
    name
  }
  case {
    __typename
    id
    number
    cause
    procedure
    status
    partyName
    concludedOn
    transferDeadline
    archiveNumber
    archivedOn
    retentionPeriod
    retainUntil
  }
  catalogue {
    seq
    recordId
    documentNumber
    title
    date
    pages
    durationSeconds
    remarks
    record {
      __typename
      id
      kind
      title
      stage
      confidentiality
    }
  }
  checkRun {
    startedAt
    filesDone
    filesTotal
    bytesDone
    bytesTotal
  }
  checks {
    checkedAt
    passed
    results {
      kind
      passed
      findings {
        code
        message
        recordId
      }
    }
  }
}`) as unknown as TypedDocumentString<SubmitTransferMutation, SubmitTransferMutationVariables>;
export const WithdrawTransferDocument = new TypedDocumentString(`
    mutation WithdrawTransfer($id: ID!) {
  withdrawTransfer(id: $id) {
    ...TransferFields
  }
}
    fragment TransferFields on Transfer {
  __typename
  id
  number
  status
  overrideReason
  returnReason
  returnedAt
  archiveNumber
  retentionPeriod
  approvalId
  createdAt
  submittedAt
  sentAt
  acceptedAt
  updatedAt
  unit {
    __typename
    id
    name
  }
  case {
    __typename
    id
    number
    cause
    procedure
    status
    partyName
    concludedOn
    transferDeadline
    archiveNumber
    archivedOn
    retentionPeriod
    retainUntil
  }
  catalogue {
    seq
    recordId
    documentNumber
    title
    date
    pages
    durationSeconds
    remarks
    record {
      __typename
      id
      kind
      title
      stage
      confidentiality
    }
  }
  checkRun {
    startedAt
    filesDone
    filesTotal
    bytesDone
    bytesTotal
  }
  checks {
    checkedAt
    passed
    results {
      kind
      passed
      findings {
        code
        message
        recordId
      }
    }
  }
}`) as unknown as TypedDocumentString<WithdrawTransferMutation, WithdrawTransferMutationVariables>;
export const AcceptTransferDocument = new TypedDocumentString(`
    mutation AcceptTransfer($id: ID!) {
  acceptTransfer(id: $id) {
    ...TransferFields
  }
}
    fragment TransferFields on Transfer {
  __typename
  id
  number
  status
  overrideReason
  returnReason
  returnedAt
  archiveNumber
  retentionPeriod
  approvalId
  createdAt
  submittedAt
  sentAt
  acceptedAt
  updatedAt
  unit {
    __typename
    id
    name
  }
  case {
    __typename
    id
    number
    cause
    procedure
    status
    partyName
    concludedOn
    transferDeadline
    archiveNumber
    archivedOn
    retentionPeriod
    retainUntil
  }
  catalogue {
    seq
    recordId
    documentNumber
    title
    date
    pages
    durationSeconds
    remarks
    record {
      __typename
      id
      kind
      title
      stage
      confidentiality
    }
  }
  checkRun {
    startedAt
    filesDone
    filesTotal
    bytesDone
    bytesTotal
  }
  checks {
    checkedAt
    passed
    results {
      kind
      passed
      findings {
        code
        message
        recordId
      }
    }
  }
}`) as unknown as TypedDocumentString<AcceptTransferMutation, AcceptTransferMutationVariables>;
export const ReturnTransferDocument = new TypedDocumentString(`
    mutation ReturnTransfer($id: ID!, $reason: String!) {
  returnTransfer(id: $id, reason: $reason) {
    ...TransferFields
  }
}
    fragment TransferFields on Transfer {
  __typename
  id
  number
  status
  overrideReason
  returnReason
  returnedAt
  archiveNumber
  retentionPeriod
  approvalId
  createdAt
  submittedAt
  sentAt
  acceptedAt
  updatedAt
  unit {
    __typename
    id
    name
  }
  case {
    __typename
    id
    number
    cause
    procedure
    status
    partyName
    concludedOn
    transferDeadline
    archiveNumber
    archivedOn
    retentionPeriod
    retainUntil
  }
  catalogue {
    seq
    recordId
    documentNumber
    title
    date
    pages
    durationSeconds
    remarks
    record {
      __typename
      id
      kind
      title
      stage
      confidentiality
    }
  }
  checkRun {
    startedAt
    filesDone
    filesTotal
    bytesDone
    bytesTotal
  }
  checks {
    checkedAt
    passed
    results {
      kind
      passed
      findings {
        code
        message
        recordId
      }
    }
  }
}`) as unknown as TypedDocumentString<ReturnTransferMutation, ReturnTransferMutationVariables>;
export const RetentionRulesDocument = new TypedDocumentString(`
    query RetentionRules {
  retentionRules {
    __typename
    procedure
    period
    transferDays
    evidenceAvKeepsCasePeriod
    avStages
    updatedAt
    requirements {
      label
      kinds
      stage
    }
  }
}
    `) as unknown as TypedDocumentString<RetentionRulesQuery, RetentionRulesQueryVariables>;
export const SetRetentionRuleDocument = new TypedDocumentString(`
    mutation SetRetentionRule($input: RetentionRuleInput!) {
  setRetentionRule(input: $input) {
    __typename
    procedure
    period
    transferDays
    evidenceAvKeepsCasePeriod
    avStages
    updatedAt
    requirements {
      label
      kinds
      stage
    }
  }
}
    `) as unknown as TypedDocumentString<SetRetentionRuleMutation, SetRetentionRuleMutationVariables>;
export const AuditEventsDocument = new TypedDocumentString(`
    query AuditEvents($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: AuditEventFilter) {
  auditEvents(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    total
    items {
      ...AuditEventFields
    }
  }
}
    fragment AuditEventFields on AuditEvent {
  __typename
  seq
  at
  actorId
  actorName
  action
  subjectType
  subjectId
  outcome
  clientAddress
  details
  hash
  prevHash
}`) as unknown as TypedDocumentString<AuditEventsQuery, AuditEventsQueryVariables>;
export const AuditEventDocument = new TypedDocumentString(`
    query AuditEvent($seq: Int!) {
  auditEvent(seq: $seq) {
    ...AuditEventFields
  }
}
    fragment AuditEventFields on AuditEvent {
  __typename
  seq
  at
  actorId
  actorName
  action
  subjectType
  subjectId
  outcome
  clientAddress
  details
  hash
  prevHash
}`) as unknown as TypedDocumentString<AuditEventQuery, AuditEventQueryVariables>;
export const VerifyAuditTrailDocument = new TypedDocumentString(`
    query VerifyAuditTrail {
  verifyAuditTrail {
    checked
    lastSeq
    lastHash
    intact
    checkpointsChecked
    publicKey
    problems {
      seq
      problem
    }
    checkpointProblems {
      day
      problem
    }
  }
}
    `) as unknown as TypedDocumentString<VerifyAuditTrailQuery, VerifyAuditTrailQueryVariables>;
export const AuditCheckpointsDocument = new TypedDocumentString(`
    query AuditCheckpoints {
  auditCheckpoints {
    day
    lastSeq
    lastHash
    keyFingerprint
    signature
    signedAt
  }
}
    `) as unknown as TypedDocumentString<AuditCheckpointsQuery, AuditCheckpointsQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    rules
    sessionExpiresAt
    user {
      ...SessionUserFields
    }
  }
}
    fragment SessionUserFields on User {
  __typename
  id
  username
  displayName
  roles
  clearance
  active
  lastLoginAt
  passwordChangedAt
  unit {
    __typename
    id
    code
    name
    kind
  }
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    rules
    sessionExpiresAt
    user {
      ...SessionUserFields
    }
  }
}
    fragment SessionUserFields on User {
  __typename
  id
  username
  displayName
  roles
  clearance
  active
  lastLoginAt
  passwordChangedAt
  unit {
    __typename
    id
    code
    name
    kind
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const CasesDocument = new TypedDocumentString(`
    query Cases($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: CaseFilter) {
  cases(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    total
    items {
      ...CaseFields
    }
  }
}
    fragment CaseFields on Case {
  __typename
  id
  number
  year
  seq
  cause
  procedure
  status
  openedOn
  concludedOn
  transferDeadline
  partyKind
  partyName
  partyIdNumber
  partyPhone
  partyAddress
  partyLegalRepresentative
  handlingOfficerIds
  handlingOfficers {
    __typename
    id
    username
    displayName
  }
  unit {
    __typename
    id
    code
    name
    casePrefix
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CasesQuery, CasesQueryVariables>;
export const CaseDocument = new TypedDocumentString(`
    query Case($id: ID!) {
  case(id: $id) {
    ...CaseFields
  }
}
    fragment CaseFields on Case {
  __typename
  id
  number
  year
  seq
  cause
  procedure
  status
  openedOn
  concludedOn
  transferDeadline
  partyKind
  partyName
  partyIdNumber
  partyPhone
  partyAddress
  partyLegalRepresentative
  handlingOfficerIds
  handlingOfficers {
    __typename
    id
    username
    displayName
  }
  unit {
    __typename
    id
    code
    name
    casePrefix
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CaseQuery, CaseQueryVariables>;
export const OpenCaseDocument = new TypedDocumentString(`
    mutation OpenCase($input: OpenCaseInput!) {
  openCase(input: $input) {
    ...CaseFields
  }
}
    fragment CaseFields on Case {
  __typename
  id
  number
  year
  seq
  cause
  procedure
  status
  openedOn
  concludedOn
  transferDeadline
  partyKind
  partyName
  partyIdNumber
  partyPhone
  partyAddress
  partyLegalRepresentative
  handlingOfficerIds
  handlingOfficers {
    __typename
    id
    username
    displayName
  }
  unit {
    __typename
    id
    code
    name
    casePrefix
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<OpenCaseMutation, OpenCaseMutationVariables>;
export const ConcludeCaseDocument = new TypedDocumentString(`
    mutation ConcludeCase($id: ID!, $concludedOn: String) {
  concludeCase(id: $id, concludedOn: $concludedOn) {
    ...CaseFields
  }
}
    fragment CaseFields on Case {
  __typename
  id
  number
  year
  seq
  cause
  procedure
  status
  openedOn
  concludedOn
  transferDeadline
  partyKind
  partyName
  partyIdNumber
  partyPhone
  partyAddress
  partyLegalRepresentative
  handlingOfficerIds
  handlingOfficers {
    __typename
    id
    username
    displayName
  }
  unit {
    __typename
    id
    code
    name
    casePrefix
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ConcludeCaseMutation, ConcludeCaseMutationVariables>;
export const ComplianceSummaryDocument = new TypedDocumentString(`
    query ComplianceSummary($filter: ComplianceFilter!) {
  complianceSummary(filter: $filter) {
    from
    to
    totals {
      kind
      count
    }
    byUnit {
      unitId
      unit {
        id
        name
      }
      kind
      count
    }
    byOfficer {
      officerId
      officer {
        id
        displayName
        unit {
          id
          name
        }
      }
      kind
      count
    }
    byMonth {
      month
      kind
      count
    }
  }
}
    `) as unknown as TypedDocumentString<ComplianceSummaryQuery, ComplianceSummaryQueryVariables>;
export const ComplianceItemsDocument = new TypedDocumentString(`
    query ComplianceItems($filter: ComplianceFilter!, $page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder) {
  complianceItems(
    filter: $filter
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
  ) {
    total
    items {
      id
      kind
      at
      unitId
      officerId
      caseId
      recordId
      subjectType
      subjectId
      stage
      detail
      unit {
        id
        name
      }
      officer {
        id
        displayName
      }
      case {
        id
        number
      }
      record {
        id
        title
      }
      explanation {
        id
        text
        createdAt
        author {
          id
          displayName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ComplianceItemsQuery, ComplianceItemsQueryVariables>;
export const CaseRecordingGapsDocument = new TypedDocumentString(`
    query CaseRecordingGaps($id: ID!) {
  case(id: $id) {
    id
    recordingGaps {
      stage
      since
      records
      explanation {
        id
        text
        createdAt
        author {
          id
          displayName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseRecordingGapsQuery, CaseRecordingGapsQueryVariables>;
export const ExplainRecordingGapDocument = new TypedDocumentString(`
    mutation ExplainRecordingGap($caseId: ID!, $stage: EnforcementStage!, $text: String!) {
  explainRecordingGap(caseId: $caseId, stage: $stage, text: $text) {
    id
    stage
    text
    createdAt
  }
}
    `) as unknown as TypedDocumentString<ExplainRecordingGapMutation, ExplainRecordingGapMutationVariables>;
export const RegisterDeviceDocument = new TypedDocumentString(`
    mutation RegisterDevice($input: RegisterDeviceInput!) {
  registerDevice(input: $input) {
    ...DeviceFields
  }
}
    fragment DeviceCheckoutFields on DeviceCheckout {
  __typename
  id
  day
  checkedOutAt
  batteryPercent
  freeStorageGb
  clockCorrect
  checkPassed
  overrideReason
  returnedAt
  officer {
    __typename
    id
    username
    displayName
  }
}
fragment DeviceFields on Device {
  __typename
  id
  number
  kind
  model
  serial
  status
  purchasedOn
  createdAt
  updatedAt
  unit {
    __typename
    id
    code
    name
  }
  custodian {
    __typename
    id
    username
    displayName
  }
  currentCheckout {
    ...DeviceCheckoutFields
  }
}`) as unknown as TypedDocumentString<RegisterDeviceMutation, RegisterDeviceMutationVariables>;
export const RetireDeviceDocument = new TypedDocumentString(`
    mutation RetireDevice($id: ID!, $reason: String!) {
  retireDevice(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RetireDeviceMutation, RetireDeviceMutationVariables>;
export const CheckoutDeviceDocument = new TypedDocumentString(`
    mutation CheckoutDevice($id: ID!, $check: PreUseCheckInput!) {
  checkoutDevice(id: $id, check: $check) {
    ...DeviceCheckoutFields
  }
}
    fragment DeviceCheckoutFields on DeviceCheckout {
  __typename
  id
  day
  checkedOutAt
  batteryPercent
  freeStorageGb
  clockCorrect
  checkPassed
  overrideReason
  returnedAt
  officer {
    __typename
    id
    username
    displayName
  }
}`) as unknown as TypedDocumentString<CheckoutDeviceMutation, CheckoutDeviceMutationVariables>;
export const ReturnDeviceDocument = new TypedDocumentString(`
    mutation ReturnDevice($checkoutId: ID!) {
  returnDevice(checkoutId: $checkoutId) {
    id
    returnedAt
  }
}
    `) as unknown as TypedDocumentString<ReturnDeviceMutation, ReturnDeviceMutationVariables>;
export const ReportDeviceFaultDocument = new TypedDocumentString(`
    mutation ReportDeviceFault($id: ID!, $description: String!) {
  reportDeviceFault(id: $id, description: $description) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReportDeviceFaultMutation, ReportDeviceFaultMutationVariables>;
export const SendDeviceForRepairDocument = new TypedDocumentString(`
    mutation SendDeviceForRepair($id: ID!, $repairService: String!) {
  sendDeviceForRepair(id: $id, repairService: $repairService) {
    id
  }
}
    `) as unknown as TypedDocumentString<SendDeviceForRepairMutation, SendDeviceForRepairMutationVariables>;
export const RecordDeviceRepairDocument = new TypedDocumentString(`
    mutation RecordDeviceRepair($id: ID!, $result: String!) {
  recordDeviceRepair(id: $id, result: $result) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordDeviceRepairMutation, RecordDeviceRepairMutationVariables>;
export const CheckDeviceAfterRepairDocument = new TypedDocumentString(`
    mutation CheckDeviceAfterRepair($id: ID!, $passed: Boolean!, $note: String!) {
  checkDeviceAfterRepair(id: $id, passed: $passed, note: $note) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CheckDeviceAfterRepairMutation, CheckDeviceAfterRepairMutationVariables>;
export const LogDeviceMaintenanceDocument = new TypedDocumentString(`
    mutation LogDeviceMaintenance($id: ID!, $input: MaintenanceInput!) {
  logDeviceMaintenance(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<LogDeviceMaintenanceMutation, LogDeviceMaintenanceMutationVariables>;
export const UpdateDeviceDocument = new TypedDocumentString(`
    mutation UpdateDevice($id: ID!, $input: UpdateDeviceInput!) {
  updateDevice(id: $id, input: $input) {
    ...DeviceFields
  }
}
    fragment DeviceCheckoutFields on DeviceCheckout {
  __typename
  id
  day
  checkedOutAt
  batteryPercent
  freeStorageGb
  clockCorrect
  checkPassed
  overrideReason
  returnedAt
  officer {
    __typename
    id
    username
    displayName
  }
}
fragment DeviceFields on Device {
  __typename
  id
  number
  kind
  model
  serial
  status
  purchasedOn
  createdAt
  updatedAt
  unit {
    __typename
    id
    code
    name
  }
  custodian {
    __typename
    id
    username
    displayName
  }
  currentCheckout {
    ...DeviceCheckoutFields
  }
}`) as unknown as TypedDocumentString<UpdateDeviceMutation, UpdateDeviceMutationVariables>;
export const DevicesDocument = new TypedDocumentString(`
    query Devices($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: DeviceFilter) {
  devices(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    total
    items {
      ...DeviceFields
    }
  }
}
    fragment DeviceCheckoutFields on DeviceCheckout {
  __typename
  id
  day
  checkedOutAt
  batteryPercent
  freeStorageGb
  clockCorrect
  checkPassed
  overrideReason
  returnedAt
  officer {
    __typename
    id
    username
    displayName
  }
}
fragment DeviceFields on Device {
  __typename
  id
  number
  kind
  model
  serial
  status
  purchasedOn
  createdAt
  updatedAt
  unit {
    __typename
    id
    code
    name
  }
  custodian {
    __typename
    id
    username
    displayName
  }
  currentCheckout {
    ...DeviceCheckoutFields
  }
}`) as unknown as TypedDocumentString<DevicesQuery, DevicesQueryVariables>;
export const DeviceDocument = new TypedDocumentString(`
    query Device($id: ID!) {
  device(id: $id) {
    ...DeviceDetailFields
  }
}
    fragment DeviceCheckoutFields on DeviceCheckout {
  __typename
  id
  day
  checkedOutAt
  batteryPercent
  freeStorageGb
  clockCorrect
  checkPassed
  overrideReason
  returnedAt
  officer {
    __typename
    id
    username
    displayName
  }
}
fragment DeviceFields on Device {
  __typename
  id
  number
  kind
  model
  serial
  status
  purchasedOn
  createdAt
  updatedAt
  unit {
    __typename
    id
    code
    name
  }
  custodian {
    __typename
    id
    username
    displayName
  }
  currentCheckout {
    ...DeviceCheckoutFields
  }
}
fragment DeviceDetailFields on Device {
  ...DeviceFields
  checkouts {
    ...DeviceCheckoutFields
  }
  faults {
    __typename
    id
    description
    reportedAt
    repairService
    sentAt
    repairedAt
    repairResult
    closedAt
  }
  maintenanceLog {
    __typename
    id
    kind
    performedAt
    note
  }
  maintenanceDue {
    kind
    everyDays
    lastAt
    dueAt
    overdue
  }
}`) as unknown as TypedDocumentString<DeviceQuery, DeviceQueryVariables>;
export const OffloadsDocument = new TypedDocumentString(`
    query Offloads($from: String!, $to: String!, $unitId: ID) {
  offloads(from: $from, to: $to, unitId: $unitId) {
    day
    state
    uploads
    totalSeconds
    dueAt
    device {
      __typename
      id
      number
      kind
      unit {
        __typename
        id
        code
        name
      }
    }
    checkout {
      ...DeviceCheckoutFields
    }
  }
}
    fragment DeviceCheckoutFields on DeviceCheckout {
  __typename
  id
  day
  checkedOutAt
  batteryPercent
  freeStorageGb
  clockCorrect
  checkPassed
  overrideReason
  returnedAt
  officer {
    __typename
    id
    username
    displayName
  }
}`) as unknown as TypedDocumentString<OffloadsQuery, OffloadsQueryVariables>;
export const DeviceRecordsDocument = new TypedDocumentString(`
    query DeviceRecords($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: RecordFilter) {
  records(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    total
    items {
      __typename
      id
      title
      kind
      capturedFrom
      captureFlags
      case {
        __typename
        id
        number
      }
      officer {
        __typename
        id
        displayName
      }
      deviceCheckout {
        __typename
        id
        day
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeviceRecordsQuery, DeviceRecordsQueryVariables>;
export const HeldDevicesDocument = new TypedDocumentString(`
    query HeldDevices($officerId: ID!, $at: DateTimeISO!) {
  heldDevices(officerId: $officerId, at: $at) {
    __typename
    id
    day
    returnedAt
    device {
      __typename
      id
      number
      kind
      status
    }
  }
}
    `) as unknown as TypedDocumentString<HeldDevicesQuery, HeldDevicesQueryVariables>;
export const DisclosuresDocument = new TypedDocumentString(`
    query Disclosures($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: DisclosureFilter) {
  disclosures(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    total
    items {
      ...DisclosureSummaryFields
    }
  }
}
    fragment DisclosureSummaryFields on Disclosure {
  __typename
  id
  number
  type
  status
  overdue
  dueAt
  purpose
  bodyKind
  bodyName
  letterNumber
  applicantName
  relation
  includedCount
  registeredAt
  updatedAt
  partyCase {
    __typename
    id
    number
    cause
  }
}`) as unknown as TypedDocumentString<DisclosuresQuery, DisclosuresQueryVariables>;
export const DisclosureDocument = new TypedDocumentString(`
    query Disclosure($id: ID!) {
  disclosure(id: $id) {
    ...DisclosureFields
  }
}
    fragment AttachmentFields on Attachment {
  __typename
  id
  fileName
  purpose
  url
  createdAt
  file {
    __typename
    id
    sha256
    size
    mediaType
  }
}
fragment ExportPackageFields on ExportPackage {
  __typename
  id
  status
  progress
  bytesDone
  bytesTotal
  fileCount
  fileName
  downloadUrl
  sha256
  sm3
  size
  payloadOxum
  fixityStatus
  contents {
    recordId
    path
    watermarked
    redacted
    generated
  }
  error
  createdAt
  startedAt
  finishedAt
}
fragment DisclosureSummaryFields on Disclosure {
  __typename
  id
  number
  type
  status
  overdue
  dueAt
  purpose
  bodyKind
  bodyName
  letterNumber
  applicantName
  relation
  includedCount
  registeredAt
  updatedAt
  partyCase {
    __typename
    id
    number
    cause
  }
}
fragment DisclosureFields on Disclosure {
  ...DisclosureSummaryFields
  letterDate
  concerning
  applicantIdType
  applicantIdNumber
  approvalId
  closeNote
  closedAt
  deliveredAt
  deliveredTo
  deliveryMethod
  deliveryNote
  registeredBy {
    __typename
    id
    displayName
  }
  deliveredBy {
    __typename
    id
    displayName
  }
  letter {
    ...AttachmentFields
  }
  applicationForm {
    ...AttachmentFields
  }
  identityDocument {
    ...AttachmentFields
  }
  authorisation {
    ...AttachmentFields
  }
  receipt {
    ...AttachmentFields
  }
  items {
    __typename
    id
    seq
    recordId
    decision
    reason
    note
    decidedAt
    redacted {
      ...AttachmentFields
    }
    record {
      __typename
      id
      title
      kind
      confidentiality
      secretLevel
      fileName
      file {
        __typename
        id
        mediaType
      }
      case {
        __typename
        id
        number
      }
    }
  }
  packages {
    ...ExportPackageFields
  }
}`) as unknown as TypedDocumentString<DisclosureQuery, DisclosureQueryVariables>;
export const ExportPackageDocument = new TypedDocumentString(`
    query ExportPackage($id: ID!) {
  exportPackage(id: $id) {
    ...ExportPackageFields
  }
}
    fragment ExportPackageFields on ExportPackage {
  __typename
  id
  status
  progress
  bytesDone
  bytesTotal
  fileCount
  fileName
  downloadUrl
  sha256
  sm3
  size
  payloadOxum
  fixityStatus
  contents {
    recordId
    path
    watermarked
    redacted
    generated
  }
  error
  createdAt
  startedAt
  finishedAt
}`) as unknown as TypedDocumentString<ExportPackageQuery, ExportPackageQueryVariables>;
export const RegisterExternalRequestDocument = new TypedDocumentString(`
    mutation RegisterExternalRequest($input: RegisterExternalRequestInput!) {
  registerExternalRequest(input: $input) {
    ...DisclosureFields
  }
}
    fragment AttachmentFields on Attachment {
  __typename
  id
  fileName
  purpose
  url
  createdAt
  file {
    __typename
    id
    sha256
    size
    mediaType
  }
}
fragment ExportPackageFields on ExportPackage {
  __typename
  id
  status
  progress
  bytesDone
  bytesTotal
  fileCount
  fileName
  downloadUrl
  sha256
  sm3
  size
  payloadOxum
  fixityStatus
  contents {
    recordId
    path
    watermarked
    redacted
    generated
  }
  error
  createdAt
  startedAt
  finishedAt
}
fragment DisclosureSummaryFields on Disclosure {
  __typename
  id
  number
  type
  status
  overdue
  dueAt
  purpose
  bodyKind
  bodyName
  letterNumber
  applicantName
  relation
  includedCount
  registeredAt
  updatedAt
  partyCase {
    __typename
    id
    number
    cause
  }
}
fragment DisclosureFields on Disclosure {
  ...DisclosureSummaryFields
  letterDate
  concerning
  applicantIdType
  applicantIdNumber
  approvalId
  closeNote
  closedAt
  deliveredAt
  deliveredTo
  deliveryMethod
  deliveryNote
  registeredBy {
    __typename
    id
    displayName
  }
  deliveredBy {
    __typename
    id
    displayName
  }
  letter {
    ...AttachmentFields
  }
  applicationForm {
    ...AttachmentFields
  }
  identityDocument {
    ...AttachmentFields
  }
  authorisation {
    ...AttachmentFields
  }
  receipt {
    ...AttachmentFields
  }
  items {
    __typename
    id
    seq
    recordId
    decision
    reason
    note
    decidedAt
    redacted {
      ...AttachmentFields
    }
    record {
      __typename
      id
      title
      kind
      confidentiality
      secretLevel
      fileName
      file {
        __typename
        id
        mediaType
      }
      case {
        __typename
        id
        number
      }
    }
  }
  packages {
    ...ExportPackageFields
  }
}`) as unknown as TypedDocumentString<RegisterExternalRequestMutation, RegisterExternalRequestMutationVariables>;
export const RegisterCopyApplicationDocument = new TypedDocumentString(`
    mutation RegisterCopyApplication($input: RegisterCopyApplicationInput!) {
  registerCopyApplication(input: $input) {
    ...DisclosureFields
  }
}
    fragment AttachmentFields on Attachment {
  __typename
  id
  fileName
  purpose
  url
  createdAt
  file {
    __typename
    id
    sha256
    size
    mediaType
  }
}
fragment ExportPackageFields on ExportPackage {
  __typename
  id
  status
  progress
  bytesDone
  bytesTotal
  fileCount
  fileName
  downloadUrl
  sha256
  sm3
  size
  payloadOxum
  fixityStatus
  contents {
    recordId
    path
    watermarked
    redacted
    generated
  }
  error
  createdAt
  startedAt
  finishedAt
}
fragment DisclosureSummaryFields on Disclosure {
  __typename
  id
  number
  type
  status
  overdue
  dueAt
  purpose
  bodyKind
  bodyName
  letterNumber
  applicantName
  relation
  includedCount
  registeredAt
  updatedAt
  partyCase {
    __typename
    id
    number
    cause
  }
}
fragment DisclosureFields on Disclosure {
  ...DisclosureSummaryFields
  letterDate
  concerning
  applicantIdType
  applicantIdNumber
  approvalId
  closeNote
  closedAt
  deliveredAt
  deliveredTo
  deliveryMethod
  deliveryNote
  registeredBy {
    __typename
    id
    displayName
  }
  deliveredBy {
    __typename
    id
    displayName
  }
  letter {
    ...AttachmentFields
  }
  applicationForm {
    ...AttachmentFields
  }
  identityDocument {
    ...AttachmentFields
  }
  authorisation {
    ...AttachmentFields
  }
  receipt {
    ...AttachmentFields
  }
  items {
    __typename
    id
    seq
    recordId
    decision
    reason
    note
    decidedAt
    redacted {
      ...AttachmentFields
    }
    record {
      __typename
      id
      title
      kind
      confidentiality
      secretLevel
      fileName
      file {
        __typename
        id
        mediaType
      }
      case {
        __typename
        id
        number
      }
    }
  }
  packages {
    ...ExportPackageFields
  }
}`) as unknown as TypedDocumentString<RegisterCopyApplicationMutation, RegisterCopyApplicationMutationVariables>;
export const DecideDisclosureItemsDocument = new TypedDocumentString(`
    mutation DecideDisclosureItems($input: DecideItemsInput!) {
  decideDisclosureItems(input: $input) {
    ...DisclosureFields
  }
}
    fragment AttachmentFields on Attachment {
  __typename
  id
  fileName
  purpose
  url
  createdAt
  file {
    __typename
    id
    sha256
    size
    mediaType
  }
}
fragment ExportPackageFields on ExportPackage {
  __typename
  id
  status
  progress
  bytesDone
  bytesTotal
  fileCount
  fileName
  downloadUrl
  sha256
  sm3
  size
  payloadOxum
  fixityStatus
  contents {
    recordId
    path
    watermarked
    redacted
    generated
  }
  error
  createdAt
  startedAt
  finishedAt
}
fragment DisclosureSummaryFields on Disclosure {
  __typename
  id
  number
  type
  status
  overdue
  dueAt
  purpose
  bodyKind
  bodyName
  letterNumber
  applicantName
  relation
  includedCount
  registeredAt
  updatedAt
  partyCase {
    __typename
    id
    number
    cause
  }
}
fragment DisclosureFields on Disclosure {
  ...DisclosureSummaryFields
  letterDate
  concerning
  applicantIdType
  applicantIdNumber
  approvalId
  closeNote
  closedAt
  deliveredAt
  deliveredTo
  deliveryMethod
  deliveryNote
  registeredBy {
    __typename
    id
    displayName
  }
  deliveredBy {
    __typename
    id
    displayName
  }
  letter {
    ...AttachmentFields
  }
  applicationForm {
    ...AttachmentFields
  }
  identityDocument {
    ...AttachmentFields
  }
  authorisation {
    ...AttachmentFields
  }
  receipt {
    ...AttachmentFields
  }
  items {
    __typename
    id
    seq
    recordId
    decision
    reason
    note
    decidedAt
    redacted {
      ...AttachmentFields
    }
    record {
      __typename
      id
      title
      kind
      confidentiality
      secretLevel
      fileName
      file {
        __typename
        id
        mediaType
      }
      case {
        __typename
        id
        number
      }
    }
  }
  packages {
    ...ExportPackageFields
  }
}`) as unknown as TypedDocumentString<DecideDisclosureItemsMutation, DecideDisclosureItemsMutationVariables>;
export const SubmitDisclosureDocument = new TypedDocumentString(`
    mutation SubmitDisclosure($id: ID!) {
  submitDisclosure(id: $id) {
    ...DisclosureFields
  }
}
    fragment AttachmentFields on Attachment {
  __typename
  id
  fileName
  purpose
  url
  createdAt
  file {
    __typename
    id
    sha256
    size
    mediaType
  }
}
fragment ExportPackageFields on ExportPackage {
  __typename
  id
  status
  progress
  bytesDone
  bytesTotal
  fileCount
  fileName
  downloadUrl
  sha256
  sm3
  size
  payloadOxum
  fixityStatus
  contents {
    recordId
    path
    watermarked
    redacted
    generated
  }
  error
  createdAt
  startedAt
  finishedAt
}
fragment DisclosureSummaryFields on Disclosure {
  __typename
  id
  number
  type
  status
  overdue
  dueAt
  purpose
  bodyKind
  bodyName
  letterNumber
  applicantName
  relation
  includedCount
  registeredAt
  updatedAt
  partyCase {
    __typename
    id
    number
    cause
  }
}
fragment DisclosureFields on Disclosure {
  ...DisclosureSummaryFields
  letterDate
  concerning
  applicantIdType
  applicantIdNumber
  approvalId
  closeNote
  closedAt
  deliveredAt
  deliveredTo
  deliveryMethod
  deliveryNote
  registeredBy {
    __typename
    id
    displayName
  }
  deliveredBy {
    __typename
    id
    displayName
  }
  letter {
    ...AttachmentFields
  }
  applicationForm {
    ...AttachmentFields
  }
  identityDocument {
    ...AttachmentFields
  }
  authorisation {
    ...AttachmentFields
  }
  receipt {
    ...AttachmentFields
  }
  items {
    __typename
    id
    seq
    recordId
    decision
    reason
    note
    decidedAt
    redacted {
      ...AttachmentFields
    }
    record {
      __typename
      id
      title
      kind
      confidentiality
      secretLevel
      fileName
      file {
        __typename
        id
        mediaType
      }
      case {
        __typename
        id
        number
      }
    }
  }
  packages {
    ...ExportPackageFields
  }
}`) as unknown as TypedDocumentString<SubmitDisclosureMutation, SubmitDisclosureMutationVariables>;
export const CancelDisclosureDocument = new TypedDocumentString(`
    mutation CancelDisclosure($id: ID!, $reason: String!) {
  cancelDisclosure(id: $id, reason: $reason) {
    ...DisclosureFields
  }
}
    fragment AttachmentFields on Attachment {
  __typename
  id
  fileName
  purpose
  url
  createdAt
  file {
    __typename
    id
    sha256
    size
    mediaType
  }
}
fragment ExportPackageFields on ExportPackage {
  __typename
  id
  status
  progress
  bytesDone
  bytesTotal
  fileCount
  fileName
  downloadUrl
  sha256
  sm3
  size
  payloadOxum
  fixityStatus
  contents {
    recordId
    path
    watermarked
    redacted
    generated
  }
  error
  createdAt
  startedAt
  finishedAt
}
fragment DisclosureSummaryFields on Disclosure {
  __typename
  id
  number
  type
  status
  overdue
  dueAt
  purpose
  bodyKind
  bodyName
  letterNumber
  applicantName
  relation
  includedCount
  registeredAt
  updatedAt
  partyCase {
    __typename
    id
    number
    cause
  }
}
fragment DisclosureFields on Disclosure {
  ...DisclosureSummaryFields
  letterDate
  concerning
  applicantIdType
  applicantIdNumber
  approvalId
  closeNote
  closedAt
  deliveredAt
  deliveredTo
  deliveryMethod
  deliveryNote
  registeredBy {
    __typename
    id
    displayName
  }
  deliveredBy {
    __typename
    id
    displayName
  }
  letter {
    ...AttachmentFields
  }
  applicationForm {
    ...AttachmentFields
  }
  identityDocument {
    ...AttachmentFields
  }
  authorisation {
    ...AttachmentFields
  }
  receipt {
    ...AttachmentFields
  }
  items {
    __typename
    id
    seq
    recordId
    decision
    reason
    note
    decidedAt
    redacted {
      ...AttachmentFields
    }
    record {
      __typename
      id
      title
      kind
      confidentiality
      secretLevel
      fileName
      file {
        __typename
        id
        mediaType
      }
      case {
        __typename
        id
        number
      }
    }
  }
  packages {
    ...ExportPackageFields
  }
}`) as unknown as TypedDocumentString<CancelDisclosureMutation, CancelDisclosureMutationVariables>;
export const BuildExportPackageDocument = new TypedDocumentString(`
    mutation BuildExportPackage($disclosureId: ID!) {
  buildExportPackage(disclosureId: $disclosureId) {
    ...ExportPackageFields
  }
}
    fragment ExportPackageFields on ExportPackage {
  __typename
  id
  status
  progress
  bytesDone
  bytesTotal
  fileCount
  fileName
  downloadUrl
  sha256
  sm3
  size
  payloadOxum
  fixityStatus
  contents {
    recordId
    path
    watermarked
    redacted
    generated
  }
  error
  createdAt
  startedAt
  finishedAt
}`) as unknown as TypedDocumentString<BuildExportPackageMutation, BuildExportPackageMutationVariables>;
export const RecordDeliveryDocument = new TypedDocumentString(`
    mutation RecordDelivery($input: RecordDeliveryInput!) {
  recordDelivery(input: $input) {
    ...DisclosureFields
  }
}
    fragment AttachmentFields on Attachment {
  __typename
  id
  fileName
  purpose
  url
  createdAt
  file {
    __typename
    id
    sha256
    size
    mediaType
  }
}
fragment ExportPackageFields on ExportPackage {
  __typename
  id
  status
  progress
  bytesDone
  bytesTotal
  fileCount
  fileName
  downloadUrl
  sha256
  sm3
  size
  payloadOxum
  fixityStatus
  contents {
    recordId
    path
    watermarked
    redacted
    generated
  }
  error
  createdAt
  startedAt
  finishedAt
}
fragment DisclosureSummaryFields on Disclosure {
  __typename
  id
  number
  type
  status
  overdue
  dueAt
  purpose
  bodyKind
  bodyName
  letterNumber
  applicantName
  relation
  includedCount
  registeredAt
  updatedAt
  partyCase {
    __typename
    id
    number
    cause
  }
}
fragment DisclosureFields on Disclosure {
  ...DisclosureSummaryFields
  letterDate
  concerning
  applicantIdType
  applicantIdNumber
  approvalId
  closeNote
  closedAt
  deliveredAt
  deliveredTo
  deliveryMethod
  deliveryNote
  registeredBy {
    __typename
    id
    displayName
  }
  deliveredBy {
    __typename
    id
    displayName
  }
  letter {
    ...AttachmentFields
  }
  applicationForm {
    ...AttachmentFields
  }
  identityDocument {
    ...AttachmentFields
  }
  authorisation {
    ...AttachmentFields
  }
  receipt {
    ...AttachmentFields
  }
  items {
    __typename
    id
    seq
    recordId
    decision
    reason
    note
    decidedAt
    redacted {
      ...AttachmentFields
    }
    record {
      __typename
      id
      title
      kind
      confidentiality
      secretLevel
      fileName
      file {
        __typename
        id
        mediaType
      }
      case {
        __typename
        id
        number
      }
    }
  }
  packages {
    ...ExportPackageFields
  }
}`) as unknown as TypedDocumentString<RecordDeliveryMutation, RecordDeliveryMutationVariables>;
export const CloseDisclosureDocument = new TypedDocumentString(`
    mutation CloseDisclosure($id: ID!, $note: String) {
  closeDisclosure(id: $id, note: $note) {
    ...DisclosureFields
  }
}
    fragment AttachmentFields on Attachment {
  __typename
  id
  fileName
  purpose
  url
  createdAt
  file {
    __typename
    id
    sha256
    size
    mediaType
  }
}
fragment ExportPackageFields on ExportPackage {
  __typename
  id
  status
  progress
  bytesDone
  bytesTotal
  fileCount
  fileName
  downloadUrl
  sha256
  sm3
  size
  payloadOxum
  fixityStatus
  contents {
    recordId
    path
    watermarked
    redacted
    generated
  }
  error
  createdAt
  startedAt
  finishedAt
}
fragment DisclosureSummaryFields on Disclosure {
  __typename
  id
  number
  type
  status
  overdue
  dueAt
  purpose
  bodyKind
  bodyName
  letterNumber
  applicantName
  relation
  includedCount
  registeredAt
  updatedAt
  partyCase {
    __typename
    id
    number
    cause
  }
}
fragment DisclosureFields on Disclosure {
  ...DisclosureSummaryFields
  letterDate
  concerning
  applicantIdType
  applicantIdNumber
  approvalId
  closeNote
  closedAt
  deliveredAt
  deliveredTo
  deliveryMethod
  deliveryNote
  registeredBy {
    __typename
    id
    displayName
  }
  deliveredBy {
    __typename
    id
    displayName
  }
  letter {
    ...AttachmentFields
  }
  applicationForm {
    ...AttachmentFields
  }
  identityDocument {
    ...AttachmentFields
  }
  authorisation {
    ...AttachmentFields
  }
  receipt {
    ...AttachmentFields
  }
  items {
    __typename
    id
    seq
    recordId
    decision
    reason
    note
    decidedAt
    redacted {
      ...AttachmentFields
    }
    record {
      __typename
      id
      title
      kind
      confidentiality
      secretLevel
      fileName
      file {
        __typename
        id
        mediaType
      }
      case {
        __typename
        id
        number
      }
    }
  }
  packages {
    ...ExportPackageFields
  }
}`) as unknown as TypedDocumentString<CloseDisclosureMutation, CloseDisclosureMutationVariables>;
export const CaseHoldsDocument = new TypedDocumentString(`
    query CaseHolds($id: ID!) {
  case(id: $id) {
    id
    holds {
      ...CaseHoldFields
    }
  }
}
    fragment CaseHoldFields on CaseHold {
  __typename
  id
  reason
  longTermReason
  placedAt
  placedByName
  releasedAt
  releasedByName
  releaseReason
}`) as unknown as TypedDocumentString<CaseHoldsQuery, CaseHoldsQueryVariables>;
export const PlaceCaseHoldDocument = new TypedDocumentString(`
    mutation PlaceCaseHold($caseId: ID!, $reason: String!, $longTermReason: LongTermReason) {
  placeCaseHold(caseId: $caseId, reason: $reason, longTermReason: $longTermReason) {
    ...CaseHoldFields
  }
}
    fragment CaseHoldFields on CaseHold {
  __typename
  id
  reason
  longTermReason
  placedAt
  placedByName
  releasedAt
  releasedByName
  releaseReason
}`) as unknown as TypedDocumentString<PlaceCaseHoldMutation, PlaceCaseHoldMutationVariables>;
export const ReleaseCaseHoldDocument = new TypedDocumentString(`
    mutation ReleaseCaseHold($holdId: ID!, $reason: String!) {
  releaseCaseHold(holdId: $holdId, reason: $reason) {
    ...CaseHoldFields
  }
}
    fragment CaseHoldFields on CaseHold {
  __typename
  id
  reason
  longTermReason
  placedAt
  placedByName
  releasedAt
  releasedByName
  releaseReason
}`) as unknown as TypedDocumentString<ReleaseCaseHoldMutation, ReleaseCaseHoldMutationVariables>;
export const DisposalCandidatesDocument = new TypedDocumentString(`
    query DisposalCandidates($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder) {
  disposalCandidates(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
  ) {
    total
    items {
      __typename
      id
      kind
      title
      retention
      retainUntil
      fileName
      case {
        __typename
        id
        number
        cause
        archiveNumber
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DisposalCandidatesQuery, DisposalCandidatesQueryVariables>;
export const DisposalListsDocument = new TypedDocumentString(`
    query DisposalLists($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $statuses: [DisposalStatus!]) {
  disposalLists(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    statuses: $statuses
  ) {
    total
    items {
      __typename
      id
      number
      status
      note
      itemCount
      createdAt
      createdByName
      executedAt
    }
  }
}
    `) as unknown as TypedDocumentString<DisposalListsQuery, DisposalListsQueryVariables>;
export const DisposalListDocument = new TypedDocumentString(`
    query DisposalList($id: ID!) {
  disposalList(id: $id) {
    ...DisposalListFields
  }
}
    fragment DisposalListFields on DisposalList {
  __typename
  id
  number
  status
  note
  itemCount
  approvalId
  createdAt
  createdByName
  updatedAt
  executedAt
  executedByName
  cancelledAt
  cancelReason
  certificateUrl
  certificate {
    __typename
    id
    sha256
    sm3
    size
  }
  items {
    __typename
    id
    recordId
    caseNumber
    archiveNumber
    title
    retention
    retainUntil
    sha256
    sm3
    size
    disposedAt
    bytesRemoved
  }
}`) as unknown as TypedDocumentString<DisposalListQuery, DisposalListQueryVariables>;
export const CreateDisposalListDocument = new TypedDocumentString(`
    mutation CreateDisposalList($input: CreateDisposalListInput!) {
  createDisposalList(input: $input) {
    ...DisposalListFields
  }
}
    fragment DisposalListFields on DisposalList {
  __typename
  id
  number
  status
  note
  itemCount
  approvalId
  createdAt
  createdByName
  updatedAt
  executedAt
  executedByName
  cancelledAt
  cancelReason
  certificateUrl
  certificate {
    __typename
    id
    sha256
    sm3
    size
  }
  items {
    __typename
    id
    recordId
    caseNumber
    archiveNumber
    title
    retention
    retainUntil
    sha256
    sm3
    size
    disposedAt
    bytesRemoved
  }
}`) as unknown as TypedDocumentString<CreateDisposalListMutation, CreateDisposalListMutationVariables>;
export const EditDisposalListDocument = new TypedDocumentString(`
    mutation EditDisposalList($input: EditDisposalListInput!) {
  editDisposalList(input: $input) {
    ...DisposalListFields
  }
}
    fragment DisposalListFields on DisposalList {
  __typename
  id
  number
  status
  note
  itemCount
  approvalId
  createdAt
  createdByName
  updatedAt
  executedAt
  executedByName
  cancelledAt
  cancelReason
  certificateUrl
  certificate {
    __typename
    id
    sha256
    sm3
    size
  }
  items {
    __typename
    id
    recordId
    caseNumber
    archiveNumber
    title
    retention
    retainUntil
    sha256
    sm3
    size
    disposedAt
    bytesRemoved
  }
}`) as unknown as TypedDocumentString<EditDisposalListMutation, EditDisposalListMutationVariables>;
export const SubmitDisposalListDocument = new TypedDocumentString(`
    mutation SubmitDisposalList($id: ID!) {
  submitDisposalList(id: $id) {
    ...DisposalListFields
  }
}
    fragment DisposalListFields on DisposalList {
  __typename
  id
  number
  status
  note
  itemCount
  approvalId
  createdAt
  createdByName
  updatedAt
  executedAt
  executedByName
  cancelledAt
  cancelReason
  certificateUrl
  certificate {
    __typename
    id
    sha256
    sm3
    size
  }
  items {
    __typename
    id
    recordId
    caseNumber
    archiveNumber
    title
    retention
    retainUntil
    sha256
    sm3
    size
    disposedAt
    bytesRemoved
  }
}`) as unknown as TypedDocumentString<SubmitDisposalListMutation, SubmitDisposalListMutationVariables>;
export const CancelDisposalListDocument = new TypedDocumentString(`
    mutation CancelDisposalList($id: ID!, $reason: String!) {
  cancelDisposalList(id: $id, reason: $reason) {
    ...DisposalListFields
  }
}
    fragment DisposalListFields on DisposalList {
  __typename
  id
  number
  status
  note
  itemCount
  approvalId
  createdAt
  createdByName
  updatedAt
  executedAt
  executedByName
  cancelledAt
  cancelReason
  certificateUrl
  certificate {
    __typename
    id
    sha256
    sm3
    size
  }
  items {
    __typename
    id
    recordId
    caseNumber
    archiveNumber
    title
    retention
    retainUntil
    sha256
    sm3
    size
    disposedAt
    bytesRemoved
  }
}`) as unknown as TypedDocumentString<CancelDisposalListMutation, CancelDisposalListMutationVariables>;
export const ExecuteDisposalListDocument = new TypedDocumentString(`
    mutation ExecuteDisposalList($id: ID!) {
  executeDisposalList(id: $id) {
    ...DisposalListFields
  }
}
    fragment DisposalListFields on DisposalList {
  __typename
  id
  number
  status
  note
  itemCount
  approvalId
  createdAt
  createdByName
  updatedAt
  executedAt
  executedByName
  cancelledAt
  cancelReason
  certificateUrl
  certificate {
    __typename
    id
    sha256
    sm3
    size
  }
  items {
    __typename
    id
    recordId
    caseNumber
    archiveNumber
    title
    retention
    retainUntil
    sha256
    sm3
    size
    disposedAt
    bytesRemoved
  }
}`) as unknown as TypedDocumentString<ExecuteDisposalListMutation, ExecuteDisposalListMutationVariables>;
export const OpenRecordFileDocument = new TypedDocumentString(`
    mutation OpenRecordFile($recordId: ID!, $mode: FileAccessMode!, $version: Int) {
  openRecordFile(recordId: $recordId, mode: $mode, version: $version) {
    id
    url
    mode
    expiresAt
    fileName
    mediaType
    size
    sha256
    viewerName
    openedAt
  }
}
    `) as unknown as TypedDocumentString<OpenRecordFileMutation, OpenRecordFileMutationVariables>;
export const FixitySummaryDocument = new TypedDocumentString(`
    query FixitySummary {
  fixitySummary {
    files
    mismatch
    missing
    overdue
    lastCheckedAt
    cycleDays
  }
}
    `) as unknown as TypedDocumentString<FixitySummaryQuery, FixitySummaryQueryVariables>;
export const MediaSetsDocument = new TypedDocumentString(`
    query MediaSets($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder) {
  mediaSets(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
  ) {
    total
    items {
      __typename
      id
      number
      mediumType
      capacity
      status
      volumeCount
      bytesTotal
      createdAt
      createdBy {
        __typename
        id
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MediaSetsQuery, MediaSetsQueryVariables>;
export const MediaSetDocument = new TypedDocumentString(`
    query MediaSet($id: ID!) {
  mediaSet(id: $id) {
    ...MediaSetFields
  }
}
    fragment MediaVolumeFields on MediaVolume {
  __typename
  id
  seq
  size
  sha256
  label
  location
  registeredAt
  registeredBy {
    __typename
    id
    displayName
  }
  lastVerifiedAt
  lastVerificationOk
  recheckDue
  downloadUrl
  verifyUrl
  verifications {
    __typename
    id
    kind
    ok
    sha256
    size
    verifiedAt
    note
    verifiedBy {
      __typename
      id
      displayName
    }
  }
}
fragment MediaSetFields on MediaSet {
  __typename
  id
  number
  mediumType
  capacity
  status
  error
  volumeCount
  bytesTotal
  recordIds
  startedAt
  finishedAt
  createdAt
  createdBy {
    __typename
    id
    displayName
  }
  volumes {
    ...MediaVolumeFields
  }
}`) as unknown as TypedDocumentString<MediaSetQuery, MediaSetQueryVariables>;
export const MediaSetStatusDocument = new TypedDocumentString(`
    query MediaSetStatus($id: ID!) {
  mediaSet(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<MediaSetStatusQuery, MediaSetStatusQueryVariables>;
export const MediaDueForRecheckDocument = new TypedDocumentString(`
    query MediaDueForRecheck {
  mediaDueForRecheck {
    __typename
    id
    seq
    label
    location
    recheckDue
    lastVerifiedAt
    lastVerificationOk
    set {
      __typename
      id
      number
      mediumType
      volumeCount
    }
  }
}
    `) as unknown as TypedDocumentString<MediaDueForRecheckQuery, MediaDueForRecheckQueryVariables>;
export const CreateMediaSetDocument = new TypedDocumentString(`
    mutation CreateMediaSet($input: CreateMediaSetInput!) {
  createMediaSet(input: $input) {
    ...MediaSetFields
  }
}
    fragment MediaVolumeFields on MediaVolume {
  __typename
  id
  seq
  size
  sha256
  label
  location
  registeredAt
  registeredBy {
    __typename
    id
    displayName
  }
  lastVerifiedAt
  lastVerificationOk
  recheckDue
  downloadUrl
  verifyUrl
  verifications {
    __typename
    id
    kind
    ok
    sha256
    size
    verifiedAt
    note
    verifiedBy {
      __typename
      id
      displayName
    }
  }
}
fragment MediaSetFields on MediaSet {
  __typename
  id
  number
  mediumType
  capacity
  status
  error
  volumeCount
  bytesTotal
  recordIds
  startedAt
  finishedAt
  createdAt
  createdBy {
    __typename
    id
    displayName
  }
  volumes {
    ...MediaVolumeFields
  }
}`) as unknown as TypedDocumentString<CreateMediaSetMutation, CreateMediaSetMutationVariables>;
export const RegisterMediumDocument = new TypedDocumentString(`
    mutation RegisterMedium($input: RegisterMediumInput!) {
  registerMedium(input: $input) {
    ...MediaVolumeFields
  }
}
    fragment MediaVolumeFields on MediaVolume {
  __typename
  id
  seq
  size
  sha256
  label
  location
  registeredAt
  registeredBy {
    __typename
    id
    displayName
  }
  lastVerifiedAt
  lastVerificationOk
  recheckDue
  downloadUrl
  verifyUrl
  verifications {
    __typename
    id
    kind
    ok
    sha256
    size
    verifiedAt
    note
    verifiedBy {
      __typename
      id
      displayName
    }
  }
}`) as unknown as TypedDocumentString<RegisterMediumMutation, RegisterMediumMutationVariables>;
export const MyNotificationsDocument = new TypedDocumentString(`
    query MyNotifications($page: Int!, $perPage: Int!, $unreadOnly: Boolean!) {
  myNotifications(page: $page, perPage: $perPage, unreadOnly: $unreadOnly) {
    total
    unread
    items {
      __typename
      id
      kind
      subjectType
      subjectId
      summary
      decision
      createdAt
      readAt
    }
  }
}
    `) as unknown as TypedDocumentString<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]) {
  markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const RecordsDocument = new TypedDocumentString(`
    query Records($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: RecordFilter) {
  records(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    total
    items {
      ...RecordFields
    }
  }
}
    fragment StoredFileFields on StoredFile {
  __typename
  id
  sha256
  sm3
  size
  mediaType
  extension
  durationSeconds
  width
  height
  recordedAt
  storedAt
  fixityStatus
  fixityCheckedAt
}
fragment RecordHoldFields on RecordHold {
  __typename
  id
  reason
  longTermReason
  placedAt
  releasedAt
  releaseReason
}
fragment RecordFields on Record {
  __typename
  id
  kind
  title
  stage
  version
  capturedFrom
  capturedTo
  location
  deviceNumber
  documentNumber
  issuedTo
  confidentiality
  secretLevel
  secretRank
  longTerm
  longTermReason
  partyNotified
  notNotified
  holdCount
  fileId
  fileName
  captureFlags
  file {
    ...StoredFileFields
  }
  createdAt
  updatedAt
  officer {
    __typename
    id
    username
    displayName
  }
  holds {
    ...RecordHoldFields
  }
  case {
    __typename
    id
    number
    cause
    status
    partyName
    handlingOfficerIds
    unit {
      __typename
      id
      code
      name
    }
  }
}`) as unknown as TypedDocumentString<RecordsQuery, RecordsQueryVariables>;
export const RecordDocument = new TypedDocumentString(`
    query Record($id: ID!) {
  record(id: $id) {
    ...RecordFields
  }
}
    fragment StoredFileFields on StoredFile {
  __typename
  id
  sha256
  sm3
  size
  mediaType
  extension
  durationSeconds
  width
  height
  recordedAt
  storedAt
  fixityStatus
  fixityCheckedAt
}
fragment RecordHoldFields on RecordHold {
  __typename
  id
  reason
  longTermReason
  placedAt
  releasedAt
  releaseReason
}
fragment RecordFields on Record {
  __typename
  id
  kind
  title
  stage
  version
  capturedFrom
  capturedTo
  location
  deviceNumber
  documentNumber
  issuedTo
  confidentiality
  secretLevel
  secretRank
  longTerm
  longTermReason
  partyNotified
  notNotified
  holdCount
  fileId
  fileName
  captureFlags
  file {
    ...StoredFileFields
  }
  createdAt
  updatedAt
  officer {
    __typename
    id
    username
    displayName
  }
  holds {
    ...RecordHoldFields
  }
  case {
    __typename
    id
    number
    cause
    status
    partyName
    handlingOfficerIds
    unit {
      __typename
      id
      code
      name
    }
  }
}`) as unknown as TypedDocumentString<RecordQuery, RecordQueryVariables>;
export const RecordHistoryDocument = new TypedDocumentString(`
    query RecordHistory($id: ID!) {
  recordHistory(id: $id) {
    ...RecordVersionFields
  }
}
    fragment RecordVersionFields on RecordVersion {
  __typename
  id
  version
  createdAt
  createdByName
  reason
  kind
  title
  stage
  capturedFrom
  capturedTo
  location
  deviceNumber
  documentNumber
  issuedTo
  confidentiality
  secretLevel
  longTerm
  longTermReason
  partyNotified
  fileId
  fileName
}`) as unknown as TypedDocumentString<RecordHistoryQuery, RecordHistoryQueryVariables>;
export const RecordContentDocument = new TypedDocumentString(`
    query RecordContent($id: ID!) {
  recordContent(id: $id) {
    body
    fileId
  }
}
    `) as unknown as TypedDocumentString<RecordContentQuery, RecordContentQueryVariables>;
export const CreateTextRecordDocument = new TypedDocumentString(`
    mutation CreateTextRecord($input: CreateRecordInput!) {
  createTextRecord(input: $input) {
    ...RecordFields
  }
}
    fragment StoredFileFields on StoredFile {
  __typename
  id
  sha256
  sm3
  size
  mediaType
  extension
  durationSeconds
  width
  height
  recordedAt
  storedAt
  fixityStatus
  fixityCheckedAt
}
fragment RecordHoldFields on RecordHold {
  __typename
  id
  reason
  longTermReason
  placedAt
  releasedAt
  releaseReason
}
fragment RecordFields on Record {
  __typename
  id
  kind
  title
  stage
  version
  capturedFrom
  capturedTo
  location
  deviceNumber
  documentNumber
  issuedTo
  confidentiality
  secretLevel
  secretRank
  longTerm
  longTermReason
  partyNotified
  notNotified
  holdCount
  fileId
  fileName
  captureFlags
  file {
    ...StoredFileFields
  }
  createdAt
  updatedAt
  officer {
    __typename
    id
    username
    displayName
  }
  holds {
    ...RecordHoldFields
  }
  case {
    __typename
    id
    number
    cause
    status
    partyName
    handlingOfficerIds
    unit {
      __typename
      id
      code
      name
    }
  }
}`) as unknown as TypedDocumentString<CreateTextRecordMutation, CreateTextRecordMutationVariables>;
export const CorrectRecordDocument = new TypedDocumentString(`
    mutation CorrectRecord($id: ID!, $input: RecordMetadataInput!, $reason: String!) {
  correctRecord(id: $id, input: $input, reason: $reason) {
    ...RecordFields
  }
}
    fragment StoredFileFields on StoredFile {
  __typename
  id
  sha256
  sm3
  size
  mediaType
  extension
  durationSeconds
  width
  height
  recordedAt
  storedAt
  fixityStatus
  fixityCheckedAt
}
fragment RecordHoldFields on RecordHold {
  __typename
  id
  reason
  longTermReason
  placedAt
  releasedAt
  releaseReason
}
fragment RecordFields on Record {
  __typename
  id
  kind
  title
  stage
  version
  capturedFrom
  capturedTo
  location
  deviceNumber
  documentNumber
  issuedTo
  confidentiality
  secretLevel
  secretRank
  longTerm
  longTermReason
  partyNotified
  notNotified
  holdCount
  fileId
  fileName
  captureFlags
  file {
    ...StoredFileFields
  }
  createdAt
  updatedAt
  officer {
    __typename
    id
    username
    displayName
  }
  holds {
    ...RecordHoldFields
  }
  case {
    __typename
    id
    number
    cause
    status
    partyName
    handlingOfficerIds
    unit {
      __typename
      id
      code
      name
    }
  }
}`) as unknown as TypedDocumentString<CorrectRecordMutation, CorrectRecordMutationVariables>;
export const PlaceHoldDocument = new TypedDocumentString(`
    mutation PlaceHold($recordId: ID!, $reason: String!, $longTermReason: LongTermReason) {
  placeHold(recordId: $recordId, reason: $reason, longTermReason: $longTermReason) {
    ...RecordHoldFields
  }
}
    fragment RecordHoldFields on RecordHold {
  __typename
  id
  reason
  longTermReason
  placedAt
  releasedAt
  releaseReason
}`) as unknown as TypedDocumentString<PlaceHoldMutation, PlaceHoldMutationVariables>;
export const ReleaseHoldDocument = new TypedDocumentString(`
    mutation ReleaseHold($holdId: ID!, $reason: String!) {
  releaseHold(holdId: $holdId, reason: $reason) {
    ...RecordHoldFields
  }
}
    fragment RecordHoldFields on RecordHold {
  __typename
  id
  reason
  longTermReason
  placedAt
  releasedAt
  releaseReason
}`) as unknown as TypedDocumentString<ReleaseHoldMutation, ReleaseHoldMutationVariables>;
export const UnitsDocument = new TypedDocumentString(`
    query Units($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: UnitFilter) {
  units(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    total
    items {
      ...UnitFields
    }
  }
}
    fragment UnitFields on Unit {
  __typename
  id
  code
  name
  kind
  casePrefix
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UnitsQuery, UnitsQueryVariables>;
export const UnitDocument = new TypedDocumentString(`
    query Unit($id: ID!) {
  unit(id: $id) {
    ...UnitFields
  }
}
    fragment UnitFields on Unit {
  __typename
  id
  code
  name
  kind
  casePrefix
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UnitQuery, UnitQueryVariables>;
export const CreateUnitDocument = new TypedDocumentString(`
    mutation CreateUnit($input: CreateUnitInput!) {
  createUnit(input: $input) {
    ...UnitFields
  }
}
    fragment UnitFields on Unit {
  __typename
  id
  code
  name
  kind
  casePrefix
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CreateUnitMutation, CreateUnitMutationVariables>;
export const UpdateUnitDocument = new TypedDocumentString(`
    mutation UpdateUnit($id: ID!, $input: UpdateUnitInput!) {
  updateUnit(id: $id, input: $input) {
    ...UnitFields
  }
}
    fragment UnitFields on Unit {
  __typename
  id
  code
  name
  kind
  casePrefix
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UpdateUnitMutation, UpdateUnitMutationVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: UserFilter) {
  users(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    total
    items {
      ...UserFields
    }
  }
}
    fragment UserFields on User {
  __typename
  id
  username
  displayName
  roles
  clearance
  active
  failedLoginCount
  lockedUntil
  lastLoginAt
  passwordChangedAt
  createdAt
  updatedAt
  unit {
    __typename
    id
    code
    name
    kind
  }
}`) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const UserDocument = new TypedDocumentString(`
    query User($id: ID!) {
  user(id: $id) {
    ...UserFields
  }
}
    fragment UserFields on User {
  __typename
  id
  username
  displayName
  roles
  clearance
  active
  failedLoginCount
  lockedUntil
  lastLoginAt
  passwordChangedAt
  createdAt
  updatedAt
  unit {
    __typename
    id
    code
    name
    kind
  }
}`) as unknown as TypedDocumentString<UserQuery, UserQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    ...UserFields
  }
}
    fragment UserFields on User {
  __typename
  id
  username
  displayName
  roles
  clearance
  active
  failedLoginCount
  lockedUntil
  lastLoginAt
  passwordChangedAt
  createdAt
  updatedAt
  unit {
    __typename
    id
    code
    name
    kind
  }
}`) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) {
    ...UserFields
  }
}
    fragment UserFields on User {
  __typename
  id
  username
  displayName
  roles
  clearance
  active
  failedLoginCount
  lockedUntil
  lastLoginAt
  passwordChangedAt
  createdAt
  updatedAt
  unit {
    __typename
    id
    code
    name
    kind
  }
}`) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const DisableUserDocument = new TypedDocumentString(`
    mutation DisableUser($id: ID!) {
  disableUser(id: $id) {
    ...UserFields
  }
}
    fragment UserFields on User {
  __typename
  id
  username
  displayName
  roles
  clearance
  active
  failedLoginCount
  lockedUntil
  lastLoginAt
  passwordChangedAt
  createdAt
  updatedAt
  unit {
    __typename
    id
    code
    name
    kind
  }
}`) as unknown as TypedDocumentString<DisableUserMutation, DisableUserMutationVariables>;
export const EnableUserDocument = new TypedDocumentString(`
    mutation EnableUser($id: ID!) {
  enableUser(id: $id) {
    ...UserFields
  }
}
    fragment UserFields on User {
  __typename
  id
  username
  displayName
  roles
  clearance
  active
  failedLoginCount
  lockedUntil
  lastLoginAt
  passwordChangedAt
  createdAt
  updatedAt
  unit {
    __typename
    id
    code
    name
    kind
  }
}`) as unknown as TypedDocumentString<EnableUserMutation, EnableUserMutationVariables>;
export const UnlockUserDocument = new TypedDocumentString(`
    mutation UnlockUser($id: ID!) {
  unlockUser(id: $id) {
    ...UserFields
  }
}
    fragment UserFields on User {
  __typename
  id
  username
  displayName
  roles
  clearance
  active
  failedLoginCount
  lockedUntil
  lastLoginAt
  passwordChangedAt
  createdAt
  updatedAt
  unit {
    __typename
    id
    code
    name
    kind
  }
}`) as unknown as TypedDocumentString<UnlockUserMutation, UnlockUserMutationVariables>;
export const ResetUserPasswordDocument = new TypedDocumentString(`
    mutation ResetUserPassword($id: ID!, $password: String!) {
  resetUserPassword(id: $id, password: $password) {
    ...UserFields
  }
}
    fragment UserFields on User {
  __typename
  id
  username
  displayName
  roles
  clearance
  active
  failedLoginCount
  lockedUntil
  lastLoginAt
  passwordChangedAt
  createdAt
  updatedAt
  unit {
    __typename
    id
    code
    name
    kind
  }
}`) as unknown as TypedDocumentString<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const ViolationsDocument = new TypedDocumentString(`
    query Violations($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: ViolationFilter) {
  violations(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    total
    items {
      ...ViolationFields
    }
  }
}
    fragment ViolationFields on Violation {
  __typename
  id
  versionId
  version
  kind
  personId
  person {
    id
    username
    displayName
  }
  unit {
    id
    name
  }
  occurredOn
  finding
  outcome
  evidence {
    kind
    ref
    readable
    title
  }
  reason
  createdAt
  createdBy {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<ViolationsQuery, ViolationsQueryVariables>;
export const MyViolationsDocument = new TypedDocumentString(`
    query MyViolations($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder) {
  myViolations(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
  ) {
    total
    items {
      ...ViolationFields
    }
  }
}
    fragment ViolationFields on Violation {
  __typename
  id
  versionId
  version
  kind
  personId
  person {
    id
    username
    displayName
  }
  unit {
    id
    name
  }
  occurredOn
  finding
  outcome
  evidence {
    kind
    ref
    readable
    title
  }
  reason
  createdAt
  createdBy {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<MyViolationsQuery, MyViolationsQueryVariables>;
export const ViolationDocument = new TypedDocumentString(`
    query Violation($id: ID!) {
  violation(id: $id) {
    ...ViolationFields
  }
}
    fragment ViolationFields on Violation {
  __typename
  id
  versionId
  version
  kind
  personId
  person {
    id
    username
    displayName
  }
  unit {
    id
    name
  }
  occurredOn
  finding
  outcome
  evidence {
    kind
    ref
    readable
    title
  }
  reason
  createdAt
  createdBy {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<ViolationQuery, ViolationQueryVariables>;
export const ViolationHistoryDocument = new TypedDocumentString(`
    query ViolationHistory($id: ID!) {
  violationHistory(id: $id) {
    ...ViolationFields
  }
}
    fragment ViolationFields on Violation {
  __typename
  id
  versionId
  version
  kind
  personId
  person {
    id
    username
    displayName
  }
  unit {
    id
    name
  }
  occurredOn
  finding
  outcome
  evidence {
    kind
    ref
    readable
    title
  }
  reason
  createdAt
  createdBy {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<ViolationHistoryQuery, ViolationHistoryQueryVariables>;
export const RegisterViolationDocument = new TypedDocumentString(`
    mutation RegisterViolation($input: ViolationInput!) {
  registerViolation(input: $input) {
    ...ViolationFields
  }
}
    fragment ViolationFields on Violation {
  __typename
  id
  versionId
  version
  kind
  personId
  person {
    id
    username
    displayName
  }
  unit {
    id
    name
  }
  occurredOn
  finding
  outcome
  evidence {
    kind
    ref
    readable
    title
  }
  reason
  createdAt
  createdBy {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<RegisterViolationMutation, RegisterViolationMutationVariables>;
export const CorrectViolationDocument = new TypedDocumentString(`
    mutation CorrectViolation($id: ID!, $input: ViolationInput!, $reason: String!, $version: Int) {
  correctViolation(id: $id, input: $input, reason: $reason, version: $version) {
    ...ViolationFields
  }
}
    fragment ViolationFields on Violation {
  __typename
  id
  versionId
  version
  kind
  personId
  person {
    id
    username
    displayName
  }
  unit {
    id
    name
  }
  occurredOn
  finding
  outcome
  evidence {
    kind
    ref
    readable
    title
  }
  reason
  createdAt
  createdBy {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<CorrectViolationMutation, CorrectViolationMutationVariables>;