import { graphql } from '../gql';

export const UserFields = graphql(`
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
`);

export const UsersQuery = graphql(`
  query Users($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: UserFilter) {
    users(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
      total
      items {
        ...UserFields
      }
    }
  }
`);

export const UserQuery = graphql(`
  query User($id: ID!) {
    user(id: $id) {
      ...UserFields
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserFields
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      ...UserFields
    }
  }
`);

export const DisableUserMutation = graphql(`
  mutation DisableUser($id: ID!) {
    disableUser(id: $id) {
      ...UserFields
    }
  }
`);

export const EnableUserMutation = graphql(`
  mutation EnableUser($id: ID!) {
    enableUser(id: $id) {
      ...UserFields
    }
  }
`);

export const UnlockUserMutation = graphql(`
  mutation UnlockUser($id: ID!) {
    unlockUser(id: $id) {
      ...UserFields
    }
  }
`);

export const ResetUserPasswordMutation = graphql(`
  mutation ResetUserPassword($id: ID!, $password: String!) {
    resetUserPassword(id: $id, password: $password) {
      ...UserFields
    }
  }
`);
