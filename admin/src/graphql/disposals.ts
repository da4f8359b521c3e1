import { graphql } from '../gql';

export const CaseHoldFields = graphql(`
  fragment CaseHoldFields on CaseHold {
    __typename
    id
    reason
    longTermReason
    placedAt
    placedByName
    releasedAt
    releasedByName
    releaseReason
  }
`);

export const CaseHoldsQuery = graphql(`
  query CaseHolds($id: ID!) {
    case(id: $id) {
      id
      holds {
        ...CaseHoldFields
      }
    }
  }
`);

export const PlaceCaseHoldMutation = graphql(`
  mutation PlaceCaseHold($caseId: ID!, $reason: String!, $longTermReason: LongTermReason) {
    placeCaseHold(caseId: $caseId, reason: $reason, longTermReason: $longTermReason) {
      ...CaseHoldFields
    }
  }
`);

export const ReleaseCaseHoldMutation = graphql(`
  mutation ReleaseCaseHold($holdId: ID!, $reason: String!) {
    releaseCaseHold(holdId: $holdId, reason: $reason) {
      ...CaseHoldFields
    }
  }
`);

export const DisposalCandidatesQuery = graphql(`
  query DisposalCandidates($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder) {
    disposalCandidates(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder) {
      total
      items {
        __typename
        id
        kind
        title
        retention
        retainUntil
        fileName
        case {
          __typename
          id
          number
          cause
          archiveNumber
        }
      }
    }
  }
`);

export const DisposalListFields = graphql(`
  fragment DisposalListFields on DisposalList {
    __typename
    id
    number
    status
    note
    itemCount
    approvalId
    createdAt
    createdByName
    updatedAt
    executedAt
    executedByName
    cancelledAt
    cancelReason
    certificateUrl
    certificate {
      __typename
      id
      sha256
      sm3
      size
    }
    items {
      __typename
      id
      recordId
      caseNumber
      archiveNumber
      title
      retention
      retainUntil
      sha256
      sm3
      size
      disposedAt
      bytesRemoved
    }
  }
`);

export const DisposalListsQuery = graphql(`
  query DisposalLists(
    $page: Int!
    $perPage: Int!
    $sortField: String
    $sortOrder: SortOrder
    $statuses: [DisposalStatus!]
  ) {
    disposalLists(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, statuses: $statuses) {
      total
      items {
        __typename
        id
        number
        status
        note
        itemCount
        createdAt
        createdByName
        executedAt
      }
    }
  }
`);

export const DisposalListQuery = graphql(`
  query DisposalList($id: ID!) {
    disposalList(id: $id) {
      ...DisposalListFields
    }
  }
`);

export const CreateDisposalListMutation = graphql(`
  mutation CreateDisposalList($input: CreateDisposalListInput!) {
    createDisposalList(input: $input) {
      ...DisposalListFields
    }
  }
`);

export const EditDisposalListMutation = graphql(`
  mutation EditDisposalList($input: EditDisposalListInput!) {
    editDisposalList(input: $input) {
      ...DisposalListFields
    }
  }
`);

export const SubmitDisposalListMutation = graphql(`
  mutation SubmitDisposalList($id: ID!) {
    submitDisposalList(id: $id) {
      ...DisposalListFields
    }
  }
`);

export const CancelDisposalListMutation = graphql(`
  mutation CancelDisposalList($id: ID!, $reason: String!) {
    cancelDisposalList(id: $id, reason: $reason) {
      ...DisposalListFields
    }
  }
`);

export const ExecuteDisposalListMutation = graphql(`
  mutation ExecuteDisposalList($id: ID!) {
    executeDisposalList(id: $id) {
      ...DisposalListFields
    }
  }
`);
