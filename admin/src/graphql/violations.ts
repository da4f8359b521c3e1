import { graphql } from '../gql';

export const ViolationFields = graphql(`
  fragment ViolationFields on Violation {
    __typename
    id
    versionId
    version
    kind
    personId
    person {
      id
      username
      displayName
    }
    unit {
      id
      name
    }
    occurredOn
    finding
    outcome
    evidence {
      kind
      ref
      readable
      title
    }
    reason
    createdAt
    createdBy {
      id
      displayName
    }
  }
`);

export const ViolationsQuery = graphql(`
  query Violations($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: ViolationFilter) {
    violations(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
      total
      items {
        ...ViolationFields
      }
    }
  }
`);

export const MyViolationsQuery = graphql(`
  query MyViolations($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder) {
    myViolations(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder) {
      total
      items {
        ...ViolationFields
      }
    }
  }
`);

export const ViolationQuery = graphql(`
  query Violation($id: ID!) {
    violation(id: $id) {
      ...ViolationFields
    }
  }
`);

export const ViolationHistoryQuery = graphql(`
  query ViolationHistory($id: ID!) {
    violationHistory(id: $id) {
      ...ViolationFields
    }
  }
`);

export const RegisterViolationMutation = graphql(`
  mutation RegisterViolation($input: ViolationInput!) {
    registerViolation(input: $input) {
      ...ViolationFields
    }
  }
`);

export const CorrectViolationMutation = graphql(`
  mutation CorrectViolation($id: ID!, $input: ViolationInput!, $reason: String!, $version: Int) {
    correctViolation(id: $id, input: $input, reason: $reason, version: $version) {
      ...ViolationFields
    }
  }
`);
