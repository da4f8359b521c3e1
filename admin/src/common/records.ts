import type { AuditEventFieldsFragment, UserFieldsFragment } from './gql/graphql';

export type UserRecord = UserFieldsFragment & { unitId: string };
export type AuditEventRecord = AuditEventFieldsFragment & { id: number };
export type { UnitFieldsFragment as UnitRecord } from './gql/graphql';

export const toUserRecord = (user: UserFieldsFragment): UserRecord => ({ ...user, unitId: user.unit.id });
export const toAuditRecord = (event: AuditEventFieldsFragment): AuditEventRecord => ({ ...event, id: event.seq });

export const isLocked = (user: Pick<UserFieldsFragment, 'lockedUntil'>, now = Date.now()) =>
  user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > now;
