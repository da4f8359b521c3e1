import { AbilityBuilder, createMongoAbility, type MongoAbility, type MongoQuery } from '@casl/ability';
import { type Clearance, Role } from '../users/roles.js';
import { caseGrants, casePersonalData, clearanceLimit } from './case-rules.js';
import { approvalGrants, grantedRecords } from './approval-rules.js';
import { deviceGrants } from './device-rules.js';
import { disclosureRules } from './disclosure-rules.js';
import { archiveRules } from './archive-rules.js';
import { retentionRules } from './retention-rules.js';
import { mediaRules } from './media-rules.js';
import { complianceRules, violationRules } from './supervision-rules.js';

/** Actions of DESIGN.md, plus the workflow verbs of this module. */
export type Action =
  | 'read'
  | 'view'
  | 'download'
  | 'copy'
  | 'export'
  | 'create'
  | 'update'
  | 'approve'
  | 'transfer'
  | 'accept'
  | 'dispose'
  | 'manage'
  | 'disable'
  | 'enable'
  | 'unlock'
  | 'resetPassword'
  | 'changePassword'
  | 'conclude'
  | 'compile'
  | 'placeHold'
  | 'releaseHold'
  | 'checkout'
  | 'return'
  | 'reportFault'
  | 'repair'
  | 'maintain'
  | 'retire'
  | 'cancel'
  | 'resubmit'
  | 'revoke'
  | 'verify';

/** Subject types by name; server entities and console objects are matched by their type name. */
export type SubjectType =
  | 'User'
  | 'Unit'
  | 'AuditEvent'
  | 'Upload'
  | 'Case'
  | 'Record'
  | 'Device'
  | 'DeviceCheckout'
  | 'ApprovalPolicy'
  | 'ApprovalRequest'
  | 'ApprovalStep'
  | 'AccessGrant'
  | 'ViewingRequest'
  | 'Notification'
  | 'FixitySummary'
  | 'Violation'
  | 'ViolationVersion'
  | 'ComplianceReport'
  | 'RecordingExplanation'
  | 'Disclosure'
  | 'ExportPackage'
  | 'Attachment'
  | 'Transfer'
  | 'RetentionRule'
  | 'CaseHold'
  | 'DisposalList'
  | 'MediaSet'
  | 'MediaVolume'
  | 'all';
export type AppAbility = MongoAbility<[Action, SubjectType | object], MongoQuery>;

/** The signed-in user as the ability factory needs it. */
export interface Principal {
  id: string;
  username: string;
  unitId: string;
  roles: Role[];
  clearance: Clearance;
  /** Active grants (not expired, not revoked), loaded per request. */
  grants?: PrincipalGrant[];
}

/** One active grant as the ability factory needs it. */
export interface PrincipalGrant {
  id: string;
  recordId: string;
  actions: ('view' | 'download')[];
}

/** User fields any colleague may read (a staff directory); the rest is for the user and infoCenter. */
export const USER_DIRECTORY_FIELDS = [
  'id',
  'username',
  'displayName',
  'unit',
  'roles',
  'active',
  'createdAt',
  'updatedAt',
];

/** Name of an object's subject type: its GraphQL `__typename`, else its class's `modelName` or name. */
export function subjectTypeOf(subject: object): string {
  const typename = (subject as { __typename?: string }).__typename;
  const type = subject.constructor as { modelName?: string; name: string };
  return typename ?? type.modelName ?? type.name;
}

type Builder = AbilityBuilder<AppAbility>;

/** Does the principal hold any of these roles? */
export const hasRole = (p: Principal, ...roles: Role[]) => roles.some((r) => p.roles.includes(r));

function everyone({ can }: Builder, p: Principal) {
  can('read', 'Unit');
  can('read', 'User', USER_DIRECTORY_FIELDS, { 'unit.id': p.unitId });
  can('read', 'User', { id: p.id });
  can('changePassword', 'User', { id: p.id });
  can(['read', 'update'], 'Notification', { 'user.id': p.id });
}

/** 信息中心: users, units and devices; sees no evidence content (separation of duties). */
function infoCenter({ can, cannot }: Builder, p: Principal) {
  can(['read', 'create', 'update', 'disable', 'enable', 'unlock', 'resetPassword'], 'User');
  can(['create', 'update'], 'Unit');
  // System health (Art. 5): the store's fixity counts, never the files.
  can('read', 'FixitySummary');
  // Disabling oneself would lock the last administrator out; another infoCenter user must do it.
  cannot('disable', 'User', { id: p.id });
  // Nor may it widen its own roles or clearance: another administrator changes its account.
  cannot(['update', 'enable', 'unlock', 'resetPassword'], 'User', { id: p.id });
}

/** 执法监督: reads the audit trail and everyone's account state. */
function supervisor({ can }: Builder) {
  can('read', 'AuditEvent');
  can('read', 'FixitySummary');
  can('read', 'User');
}

/** 机关负责人: approves across units, so sees the whole directory and clearances. */
function leader({ can }: Builder) {
  can('read', 'User', [...USER_DIRECTORY_FIELDS, 'clearance']);
  can('read', 'FixitySummary');
}

/** Staff who route work across units see the whole directory. */
function directory({ can }: Builder) {
  can('read', 'User', USER_DIRECTORY_FIELDS);
}

/** 档案室: keeps the files, so watches their fixity. */
function archivist(b: Builder) {
  directory(b);
  b.can('read', 'FixitySummary');
}

const byRole: Record<Role, (b: Builder, p: Principal) => void> = {
  [Role.officer]: () => undefined,
  [Role.unitClerk]: () => undefined,
  [Role.unitHead]: () => undefined,
  [Role.archivist]: archivist,
  [Role.leader]: leader,
  [Role.legal]: directory,
  [Role.infoCenter]: infoCenter,
  [Role.supervisor]: supervisor,
};

/**
 * The one place where permissions are decided. Default deny: a null principal (not signed in)
 * gets no rules at all, and each role only adds what DESIGN.md gives it.
 */
export function defineAbilityFor(principal: Principal | null): AppAbility {
  const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
  if (principal) {
    everyone(builder, principal);
    for (const role of new Set(principal.roles)) byRole[role](builder, principal);
    caseGrants(builder, principal);
    deviceGrants(builder, principal);
    approvalGrants(builder, principal);
    violationRules(builder, principal);
    complianceRules(builder, principal);
    disclosureRules(builder, principal);
    archiveRules(builder, principal);
    retentionRules(builder, principal);
    mediaRules(builder, principal);
    grantedRecords(builder, principal);
    // Order matters: later rules win, so restrictions follow grants and the clearance limit is last.
    casePersonalData(builder, principal);
    clearanceLimit(builder, principal);
  }
  return builder.build({ detectSubjectType: subjectTypeOf as never });
}
