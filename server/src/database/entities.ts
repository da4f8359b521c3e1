import { AuditEvent } from '../audit/audit-event.entity.js';
import { AuditCheckpoint } from '../audit/checkpoint.entity.js';
import { CaseNumberCounter } from '../cases/case-counter.entity.js';
import { Case } from '../cases/case.entity.js';
import { DeviceCheckout } from '../devices/checkout.entity.js';
import { Device } from '../devices/device.entity.js';
import { DeviceFault } from '../devices/fault.entity.js';
import { DeviceMaintenance } from '../devices/maintenance.entity.js';
import { AccessGrant } from '../access-requests/access-grant.entity.js';
import { ViewingRequest } from '../access-requests/viewing-request.entity.js';
import { ApprovalPolicy } from '../approvals/approval-policy.entity.js';
import { ApprovalRequest } from '../approvals/approval-request.entity.js';
import { ApprovalStep } from '../approvals/approval-step.entity.js';
import { FileAccess } from '../files/file-access.entity.js';
import { FixityCheck } from '../files/fixity-check.entity.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { Upload } from '../files/upload.entity.js';
import { RecordHold } from '../records/record-hold.entity.js';
import { RecordVersion } from '../records/record-version.entity.js';
import { EnforcementRecord } from '../records/record.entity.js';
import { Notification } from '../notifications/notification.entity.js';
import { Unit } from '../units/unit.entity.js';
import { RateLimitEntry } from '../users/rate-limit.entity.js';
import { Session } from '../users/session.entity.js';
import { User } from '../users/user.entity.js';
import { Violation, ViolationEntry } from '../supervision/violation.entity.js';
import { RecordingExplanation } from '../supervision/recording-explanation.entity.js';
import { Attachment } from '../disclosures/attachment.entity.js';
import { DisclosureCounter } from '../disclosures/disclosure-counter.entity.js';
import { DisclosureItem } from '../disclosures/disclosure-item.entity.js';
import { Disclosure } from '../disclosures/disclosure.entity.js';
import { ExportPackage } from '../exports/export-package.entity.js';
import { ArchiveCounter } from '../archive/archive-counter.entity.js';
import { CaseHold } from '../archive/case-hold.entity.js';
import { DisposalItem, DisposalList } from '../archive/disposal.entity.js';
import { MediaSet, MediaVerification, MediaVolume } from '../archive/media.entity.js';
import { RetentionRule } from '../archive/retention-rule.entity.js';
import { Transfer } from '../archive/transfer.entity.js';

/** Every entity, listed explicitly so that tsc output, vitest and the CLI see the same set. */
export const entities = [
  Unit,
  User,
  Session,
  AuditEvent,
  AuditCheckpoint,
  Case,
  CaseNumberCounter,
  EnforcementRecord,
  RecordVersion,
  RecordHold,
  Device,
  DeviceCheckout,
  DeviceFault,
  DeviceMaintenance,
  StoredFile,
  Upload,
  FileAccess,
  FixityCheck,
  ApprovalPolicy,
  ApprovalRequest,
  ApprovalStep,
  ViewingRequest,
  AccessGrant,
  Notification,
  RateLimitEntry,
  ViolationEntry,
  Violation,
  RecordingExplanation,
  Attachment,
  Disclosure,
  DisclosureCounter,
  DisclosureItem,
  ExportPackage,
  RetentionRule,
  ArchiveCounter,
  CaseHold,
  Transfer,
  DisposalList,
  DisposalItem,
  MediaSet,
  MediaVolume,
  MediaVerification,
];
