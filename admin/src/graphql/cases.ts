import { graphql } from '../gql';

export const CaseFields = graphql(`
  fragment CaseFields on Case {
    __typename
    id
    number
    year
    seq
    cause
    procedure
    status
    openedOn
    concludedOn
    transferDeadline
    partyKind
    partyName
    partyIdNumber
    partyPhone
    partyAddress
    partyLegalRepresentative
    handlingOfficerIds
    handlingOfficers {
      __typename
      id
      username
      displayName
    }
    unit {
      __typename
      id
      code
      name
      casePrefix
    }
    createdAt
    updatedAt
  }
`);

export const CasesQuery = graphql(`
  query Cases($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: CaseFilter) {
    cases(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
      total
      items {
        ...CaseFields
      }
    }
  }
`);

export const CaseQuery = graphql(`
  query Case($id: ID!) {
    case(id: $id) {
      ...CaseFields
    }
  }
`);

export const OpenCaseMutation = graphql(`
  mutation OpenCase($input: OpenCaseInput!) {
    openCase(input: $input) {
      ...CaseFields
    }
  }
`);

export const ConcludeCaseMutation = graphql(`
  mutation ConcludeCase($id: ID!, $concludedOn: String) {
    concludeCase(id: $id, concludedOn: $concludedOn) {
      ...CaseFields
    }
  }
`);
