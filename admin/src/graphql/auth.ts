import { graphql } from '../gql';

export const SessionUserFields = graphql(`
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
`);

export const MeQuery = graphql(`
  query Me {
    me {
      rules
      sessionExpiresAt
      user {
        ...SessionUserFields
      }
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      rules
      sessionExpiresAt
      user {
        ...SessionUserFields
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);
