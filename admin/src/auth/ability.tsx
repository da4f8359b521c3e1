import { createMongoAbility, type MongoAbility, type MongoQuery, type RawRuleOf } from '@casl/ability';
import { type PackRule, unpackRules } from '@casl/ability/extra';
import { AbilityProvider, Can as CaslCan, type CanProps, useAbility } from '@casl/react';
import type { ReactNode } from 'react';

export type Action =
  | 'read'
  | 'view'
  | 'download'
  | 'create'
  | 'update'
  | 'disable'
  | 'enable'
  | 'unlock'
  | 'resetPassword'
  | 'changePassword'
  | 'conclude'
  | 'placeHold'
  | 'releaseHold'
  | 'checkout'
  | 'return'
  | 'reportFault'
  | 'repair'
  | 'maintain'
  | 'retire'
  | 'approve'
  | 'cancel'
  | 'resubmit'
  | 'revoke'
  | 'export'
  | 'transfer'
  | 'accept'
  | 'dispose'
  | 'verify';
export type SubjectType =
  | 'User'
  | 'Unit'
  | 'AuditEvent'
  | 'Upload'
  | 'Case'
  | 'Record'
  | 'Device'
  | 'DeviceCheckout'
  | 'ApprovalStep'
  | 'ApprovalRequest'
  | 'AccessGrant'
  | 'ViewingRequest'
  | 'ApprovalPolicy'
  | 'FixitySummary'
  | 'Violation'
  | 'Disclosure'
  | 'ExportPackage'
  | 'Attachment'
  | 'Transfer'
  | 'RetentionRule'
  | 'MediaSet'
  | 'CaseHold'
  | 'DisposalList'
  | 'MediaVolume'
  | 'ComplianceReport'
  | 'RecordingExplanation'
  | 'Notification';
export type TypedSubject = { __typename: SubjectType; [field: string]: unknown };
export type AppAbility = MongoAbility<[Action, SubjectType | TypedSubject], MongoQuery>;

/** The one ability of the console, updated in place when the session changes so subscribers re-render. */
export const ability: AppAbility = createMongoAbility<AppAbility>([], {
  detectSubjectType: (subject) => subject.__typename,
});

export function rulesFrom(packed: unknown): RawRuleOf<AppAbility>[] {
  if (!Array.isArray(packed)) return [];
  return unpackRules(packed as PackRule<RawRuleOf<AppAbility>>[]);
}

/** Does a rule allow `action` on every `type`, not only on some (a rule without conditions)? */
export const canAll = (a: AppAbility, action: Action, type: SubjectType) =>
  a.can(action, type) && a.rulesFor(action, type).some((r) => !r.inverted && !r.conditions);

export const asSubject = (type: SubjectType, record: object): TypedSubject => ({ ...record, __typename: type });

export const AbilityContext = ({ children }: { children: ReactNode }) => (
  <AbilityProvider value={ability}>{children}</AbilityProvider>
);

export const Can: (props: CanProps<AppAbility>) => ReactNode = CaslCan;

export const useAppAbility = () => useAbility<AppAbility>();
