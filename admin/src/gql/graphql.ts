/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AuditEventFilter = {
  /** Exact action, or a prefix ending in "." (e.g. "auth.") */
  action?: string | null | undefined;
  actorId?: string | number | null | undefined;
  from?: string | null | undefined;
  outcome?: AuditOutcome | null | undefined;
  subjectId?: string | null | undefined;
  subjectType?: string | null | undefined;
  to?: string | null | undefined;
};

export type AuditOutcome =
  | 'ALLOWED'
  | 'DENIED';

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

/** NONE, SECRET 秘密, HIGHLY_SECRET 机密, TOP_SECRET 绝密 */
export type Clearance =
  | 'HIGHLY_SECRET'
  | 'NONE'
  | 'SECRET'
  | 'TOP_SECRET';

export type CreateUnitInput = {
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

export type LoginInput = {
  /** Console sign-in: the token goes into an httpOnly cookie and is not returned */
  cookie?: boolean;
  password: string;
  username: string;
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

export type SortOrder =
  | 'ASC'
  | 'DESC';

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

export type UpdateUnitInput = {
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

export type UnitFieldsFragment = { __typename: 'Unit', id: string, code: string, name: string, kind: UnitKind, createdAt: string, updatedAt: string };

export type UnitsQueryVariables = Exact<{
  page: number;
  perPage: number;
  sortField?: string | null | undefined;
  sortOrder?: SortOrder | null | undefined;
  filter?: UnitFilter | null | undefined;
}>;


export type UnitsQuery = { units: { total: number, items: Array<{ __typename: 'Unit', id: string, code: string, name: string, kind: UnitKind, createdAt: string, updatedAt: string }> } };

export type UnitQueryVariables = Exact<{
  id: string | number;
}>;


export type UnitQuery = { unit: { __typename: 'Unit', id: string, code: string, name: string, kind: UnitKind, createdAt: string, updatedAt: string } };

export type CreateUnitMutationVariables = Exact<{
  input: CreateUnitInput;
}>;


export type CreateUnitMutation = { createUnit: { __typename: 'Unit', id: string, code: string, name: string, kind: UnitKind, createdAt: string, updatedAt: string } };

export type UpdateUnitMutationVariables = Exact<{
  id: string | number;
  input: UpdateUnitInput;
}>;


export type UpdateUnitMutation = { updateUnit: { __typename: 'Unit', id: string, code: string, name: string, kind: UnitKind, createdAt: string, updatedAt: string } };

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
export const UnitFieldsFragmentDoc = new TypedDocumentString(`
    fragment UnitFields on Unit {
  __typename
  id
  code
  name
  kind
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