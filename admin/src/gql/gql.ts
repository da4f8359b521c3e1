/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AuditEventFields on AuditEvent {\n    __typename\n    seq\n    at\n    actorId\n    actorName\n    action\n    subjectType\n    subjectId\n    outcome\n    clientAddress\n    details\n    hash\n    prevHash\n  }\n": typeof types.AuditEventFieldsFragmentDoc,
    "\n  query AuditEvents($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: AuditEventFilter) {\n    auditEvents(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...AuditEventFields\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query AuditEvent($seq: Int!) {\n    auditEvent(seq: $seq) {\n      ...AuditEventFields\n    }\n  }\n": typeof types.AuditEventDocument,
    "\n  fragment SessionUserFields on User {\n    __typename\n    id\n    username\n    displayName\n    roles\n    clearance\n    active\n    lastLoginAt\n    passwordChangedAt\n    unit {\n      __typename\n      id\n      code\n      name\n      kind\n    }\n  }\n": typeof types.SessionUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      rules\n      sessionExpiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      rules\n      sessionExpiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment UnitFields on Unit {\n    __typename\n    id\n    code\n    name\n    kind\n    createdAt\n    updatedAt\n  }\n": typeof types.UnitFieldsFragmentDoc,
    "\n  query Units($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: UnitFilter) {\n    units(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...UnitFields\n      }\n    }\n  }\n": typeof types.UnitsDocument,
    "\n  query Unit($id: ID!) {\n    unit(id: $id) {\n      ...UnitFields\n    }\n  }\n": typeof types.UnitDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      ...UnitFields\n    }\n  }\n": typeof types.CreateUnitDocument,
    "\n  mutation UpdateUnit($id: ID!, $input: UpdateUnitInput!) {\n    updateUnit(id: $id, input: $input) {\n      ...UnitFields\n    }\n  }\n": typeof types.UpdateUnitDocument,
    "\n  fragment UserFields on User {\n    __typename\n    id\n    username\n    displayName\n    roles\n    clearance\n    active\n    failedLoginCount\n    lockedUntil\n    lastLoginAt\n    passwordChangedAt\n    createdAt\n    updatedAt\n    unit {\n      __typename\n      id\n      code\n      name\n      kind\n    }\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  query Users($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: UserFilter) {\n    users(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...UserFields\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n": typeof types.UserDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      ...UserFields\n    }\n  }\n": typeof types.DisableUserDocument,
    "\n  mutation EnableUser($id: ID!) {\n    enableUser(id: $id) {\n      ...UserFields\n    }\n  }\n": typeof types.EnableUserDocument,
    "\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...UserFields\n    }\n  }\n": typeof types.UnlockUserDocument,
    "\n  mutation ResetUserPassword($id: ID!, $password: String!) {\n    resetUserPassword(id: $id, password: $password) {\n      ...UserFields\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
};
const documents: Documents = {
    "\n  fragment AuditEventFields on AuditEvent {\n    __typename\n    seq\n    at\n    actorId\n    actorName\n    action\n    subjectType\n    subjectId\n    outcome\n    clientAddress\n    details\n    hash\n    prevHash\n  }\n": types.AuditEventFieldsFragmentDoc,
    "\n  query AuditEvents($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: AuditEventFilter) {\n    auditEvents(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...AuditEventFields\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query AuditEvent($seq: Int!) {\n    auditEvent(seq: $seq) {\n      ...AuditEventFields\n    }\n  }\n": types.AuditEventDocument,
    "\n  fragment SessionUserFields on User {\n    __typename\n    id\n    username\n    displayName\n    roles\n    clearance\n    active\n    lastLoginAt\n    passwordChangedAt\n    unit {\n      __typename\n      id\n      code\n      name\n      kind\n    }\n  }\n": types.SessionUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      rules\n      sessionExpiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      rules\n      sessionExpiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  fragment UnitFields on Unit {\n    __typename\n    id\n    code\n    name\n    kind\n    createdAt\n    updatedAt\n  }\n": types.UnitFieldsFragmentDoc,
    "\n  query Units($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: UnitFilter) {\n    units(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...UnitFields\n      }\n    }\n  }\n": types.UnitsDocument,
    "\n  query Unit($id: ID!) {\n    unit(id: $id) {\n      ...UnitFields\n    }\n  }\n": types.UnitDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      ...UnitFields\n    }\n  }\n": types.CreateUnitDocument,
    "\n  mutation UpdateUnit($id: ID!, $input: UpdateUnitInput!) {\n    updateUnit(id: $id, input: $input) {\n      ...UnitFields\n    }\n  }\n": types.UpdateUnitDocument,
    "\n  fragment UserFields on User {\n    __typename\n    id\n    username\n    displayName\n    roles\n    clearance\n    active\n    failedLoginCount\n    lockedUntil\n    lastLoginAt\n    passwordChangedAt\n    createdAt\n    updatedAt\n    unit {\n      __typename\n      id\n      code\n      name\n      kind\n    }\n  }\n": types.UserFieldsFragmentDoc,
    "\n  query Users($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: UserFilter) {\n    users(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...UserFields\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n": types.UserDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      ...UserFields\n    }\n  }\n": types.DisableUserDocument,
    "\n  mutation EnableUser($id: ID!) {\n    enableUser(id: $id) {\n      ...UserFields\n    }\n  }\n": types.EnableUserDocument,
    "\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...UserFields\n    }\n  }\n": types.UnlockUserDocument,
    "\n  mutation ResetUserPassword($id: ID!, $password: String!) {\n    resetUserPassword(id: $id, password: $password) {\n      ...UserFields\n    }\n  }\n": types.ResetUserPasswordDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEventFields on AuditEvent {\n    __typename\n    seq\n    at\n    actorId\n    actorName\n    action\n    subjectType\n    subjectId\n    outcome\n    clientAddress\n    details\n    hash\n    prevHash\n  }\n"): typeof import('./graphql').AuditEventFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: AuditEventFilter) {\n    auditEvents(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...AuditEventFields\n      }\n    }\n  }\n"): typeof import('./graphql').AuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvent($seq: Int!) {\n    auditEvent(seq: $seq) {\n      ...AuditEventFields\n    }\n  }\n"): typeof import('./graphql').AuditEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUserFields on User {\n    __typename\n    id\n    username\n    displayName\n    roles\n    clearance\n    active\n    lastLoginAt\n    passwordChangedAt\n    unit {\n      __typename\n      id\n      code\n      name\n      kind\n    }\n  }\n"): typeof import('./graphql').SessionUserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      rules\n      sessionExpiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      rules\n      sessionExpiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitFields on Unit {\n    __typename\n    id\n    code\n    name\n    kind\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').UnitFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Units($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: UnitFilter) {\n    units(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...UnitFields\n      }\n    }\n  }\n"): typeof import('./graphql').UnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Unit($id: ID!) {\n    unit(id: $id) {\n      ...UnitFields\n    }\n  }\n"): typeof import('./graphql').UnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      ...UnitFields\n    }\n  }\n"): typeof import('./graphql').CreateUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUnit($id: ID!, $input: UpdateUnitInput!) {\n    updateUnit(id: $id, input: $input) {\n      ...UnitFields\n    }\n  }\n"): typeof import('./graphql').UpdateUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    __typename\n    id\n    username\n    displayName\n    roles\n    clearance\n    active\n    failedLoginCount\n    lockedUntil\n    lastLoginAt\n    passwordChangedAt\n    createdAt\n    updatedAt\n    unit {\n      __typename\n      id\n      code\n      name\n      kind\n    }\n  }\n"): typeof import('./graphql').UserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: UserFilter) {\n    users(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...UserFields\n      }\n    }\n  }\n"): typeof import('./graphql').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql').UserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql').DisableUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableUser($id: ID!) {\n    enableUser(id: $id) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql').EnableUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql').UnlockUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($id: ID!, $password: String!) {\n    resetUserPassword(id: $id, password: $password) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql').ResetUserPasswordDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
