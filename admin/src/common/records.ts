import type {
  AuditEventFieldsFragment,
  CaseFieldsFragment,
  RecordFieldsFragment,
  RecordVersionFieldsFragment,
  UserFieldsFragment,
} from '../gql/graphql';

export type UserRecord = UserFieldsFragment & { unitId: string };
export type AuditEventRecord = AuditEventFieldsFragment & { id: number };
export type { UnitFieldsFragment as UnitRecord } from '../gql/graphql';
export type CaseRecord = CaseFieldsFragment & { unitId: string };
/** A record (执法记录) as the console holds it: `unit` is its case's unit, which the rules match on. */
export type EnforcementRecord = RecordFieldsFragment & {
  caseId: string;
  officerId: string | null;
  unit: RecordFieldsFragment['case']['unit'];
};
export type RecordVersionRecord = RecordVersionFieldsFragment;
export type RecordHold = RecordFieldsFragment['holds'][number];

export const toUserRecord = (user: UserFieldsFragment): UserRecord => ({ ...user, unitId: user.unit.id });
export const toAuditRecord = (event: AuditEventFieldsFragment): AuditEventRecord => ({ ...event, id: event.seq });
export const toCaseRecord = (c: CaseFieldsFragment): CaseRecord => ({ ...c, unitId: c.unit.id });
export const toEnforcementRecord = (r: RecordFieldsFragment): EnforcementRecord => ({
  ...r,
  caseId: r.case.id,
  officerId: r.officer?.id ?? null,
  unit: r.case.unit,
});

export const isLocked = (user: Pick<UserFieldsFragment, 'lockedUntil'>, now = Date.now()) =>
  user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > now;
