import 'reflect-metadata';
import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ApprovalDisposalResolver, DisposalItemResolver, DisposalListResolver } from './archive/disposal.resolver.js';
import { CaseHoldResolver, CaseHoldsResolver } from './archive/hold.resolver.js';
import { MediaSetResolver, MediaVerificationResolver, MediaVolumeResolver } from './archive/media.resolver.js';
import { AuditResolver } from './audit/audit.resolver.js';
import { AuditVerifyResolver } from './audit/verify.resolver.js';
import { CaseResolver } from './cases/case.resolver.js';
import { DeviceCheckoutResolver, DeviceResolver } from './devices/device.resolver.js';
import { FixityResolver, RecordFileResolver } from './files/file.resolver.js';
import { AccessGrantResolver, AccessRequestResolver } from './access-requests/access-request.resolver.js';
import {
  ApprovalPolicyResolver,
  ApprovalRequestResolver,
  ApprovalStepResolver,
} from './approvals/approval.resolver.js';
import { NotificationResolver } from './notifications/notification.resolver.js';
import { RecordResolver, RecordVersionResolver } from './records/record.resolver.js';
import { EvidenceLinkResolver, ViolationResolver } from './supervision/violation.resolver.js';
import {
  CaseRecordingGapsResolver,
  ComplianceItemResolver,
  ComplianceOfficerCountResolver,
  ComplianceResolver,
  ComplianceUnitCountResolver,
  RecordingExplanationResolver,
} from './supervision/compliance.resolver.js';
import {
  ApprovalDisclosureResolver,
  AttachmentResolver,
  DisclosureItemResolver,
  DisclosureResolver,
  ExportPackageResolver,
} from './disclosures/disclosure.resolver.js';
import {
  ApprovalTransferResolver,
  CaseTransferResolver,
  CatalogueEntryResolver,
  TransferResolver,
} from './archive/transfer.resolver.js';
import { UnitResolver } from './units/unit.resolver.js';
import { AuthResolver } from './users/auth.resolver.js';
import { UserResolver } from './users/user.resolver.js';

export const resolvers = [
  AuthResolver,
  UserResolver,
  UnitResolver,
  AuditResolver,
  AuditVerifyResolver,
  CaseResolver,
  RecordResolver,
  RecordVersionResolver,
  RecordFileResolver,
  FixityResolver,
  ApprovalStepResolver,
  ApprovalRequestResolver,
  ApprovalPolicyResolver,
  AccessRequestResolver,
  AccessGrantResolver,
  DeviceResolver,
  DeviceCheckoutResolver,
  NotificationResolver,
  ViolationResolver,
  EvidenceLinkResolver,
  ComplianceResolver,
  ComplianceItemResolver,
  ComplianceUnitCountResolver,
  ComplianceOfficerCountResolver,
  RecordingExplanationResolver,
  CaseRecordingGapsResolver,
  DisclosureResolver,
  DisclosureItemResolver,
  ExportPackageResolver,
  AttachmentResolver,
  ApprovalDisclosureResolver,
  TransferResolver,
  CatalogueEntryResolver,
  CaseTransferResolver,
  ApprovalTransferResolver,
  CaseHoldsResolver,
  CaseHoldResolver,
  DisposalListResolver,
  DisposalItemResolver,
  ApprovalDisposalResolver,
  MediaSetResolver,
  MediaVolumeResolver,
  MediaVerificationResolver,
] as const;

/** The committed schema file the console's codegen reads. */
export const SCHEMA_FILE = path.resolve('schema.graphql');

/** Builds the code-first schema; `emit` also writes `schema.graphql`. */
export function createSchema(emit: string | false = false): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    validate: { forbidUnknownValues: true },
    emitSchemaFile: emit ? { path: emit, sortedSchema: true } : false,
  });
}
