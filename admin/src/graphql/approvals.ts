import { graphql } from '../gql';

export const ApprovalStepFields = graphql(`
  fragment ApprovalStepFields on ApprovalStep {
    __typename
    id
    seq
    role
    label
    minClearanceRank
    waiting
    decision
    comment
    decidedAt
    decidedByName
  }
`);

export const ApprovalRequestFields = graphql(`
  fragment ApprovalRequestFields on ApprovalRequest {
    __typename
    id
    type
    status
    summary
    disclosureId
    transferId
    disposalListId
    purpose
    maxConfidentiality
    maxSecretRank
    hasAv
    currentStep
    createdAt
    dueAt
    decidedAt
    requester {
      __typename
      id
      username
      displayName
    }
  }
`);

export const ApprovalQueueQuery = graphql(`
  query ApprovalQueue($page: Int!, $perPage: Int!, $filter: ApprovalQueueFilter) {
    approvalQueue(page: $page, perPage: $perPage, filter: $filter) {
      total
      items {
        ...ApprovalStepFields
        request {
          ...ApprovalRequestFields
        }
      }
    }
  }
`);

export const ApprovalRequestQuery = graphql(`
  query ApprovalRequest($id: ID!) {
    approvalRequest(id: $id) {
      ...ApprovalRequestFields
      steps {
        ...ApprovalStepFields
      }
      viewing {
        __typename
        id
        recordIds
        actions
        validFrom
        validUntil
      }
    }
  }
`);

export const MyRequestsQuery = graphql(`
  query MyRequests($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: MyRequestsFilter) {
    myRequests(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
      total
      items {
        ...ApprovalRequestFields
        steps {
          ...ApprovalStepFields
        }
      }
    }
  }
`);

export const DecideApprovalMutation = graphql(`
  mutation DecideApproval($stepId: ID!, $decision: Decision!, $comment: String) {
    decideApproval(stepId: $stepId, decision: $decision, comment: $comment) {
      ...ApprovalStepFields
    }
  }
`);

export const DecideApprovalsMutation = graphql(`
  mutation DecideApprovals($stepIds: [ID!]!, $decision: Decision!, $comment: String) {
    decideApprovals(stepIds: $stepIds, decision: $decision, comment: $comment) {
      ...ApprovalStepFields
    }
  }
`);

export const ResubmitRequestMutation = graphql(`
  mutation ResubmitRequest($id: ID!, $purpose: String) {
    resubmitRequest(id: $id, purpose: $purpose) {
      ...ApprovalRequestFields
    }
  }
`);

export const CancelRequestMutation = graphql(`
  mutation CancelRequest($id: ID!) {
    cancelRequest(id: $id) {
      ...ApprovalRequestFields
    }
  }
`);

export const RequestViewingMutation = graphql(`
  mutation RequestViewing($input: RequestViewingInput!) {
    requestViewing(input: $input) {
      __typename
      id
      recordIds
    }
  }
`);

export const AccessGrantFields = graphql(`
  fragment AccessGrantFields on AccessGrant {
    __typename
    id
    recordId
    actions
    validFrom
    expiresAt
    revokedAt
    revokeReason
    createdAt
  }
`);

export const MyGrantsQuery = graphql(`
  query MyGrants {
    myGrants {
      ...AccessGrantFields
    }
  }
`);

export const RevokeGrantMutation = graphql(`
  mutation RevokeGrant($id: ID!, $reason: String!) {
    revokeGrant(id: $id, reason: $reason) {
      ...AccessGrantFields
    }
  }
`);

export const ApprovalPolicyQuery = graphql(`
  query ApprovalPolicy($type: RequestType!) {
    approvalPolicy(type: $type) {
      __typename
      id
      requestType
      version
      note
      createdAt
      rules {
        confidentialityIn
        av
        steps {
          role
          sameUnit
          clearanceOfRecords
          label
        }
      }
    }
  }
`);

export const UpdateApprovalPolicyMutation = graphql(`
  mutation UpdateApprovalPolicy($type: RequestType!, $rules: [PolicyRuleInput!]!, $note: String) {
    updateApprovalPolicy(type: $type, rules: $rules, note: $note) {
      __typename
      id
      version
    }
  }
`);

export const GrantsQuery = graphql(`
  query Grants($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: GrantFilter) {
    grants(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
      total
      items {
        ...AccessGrantFields
        userId
        user {
          __typename
          id
          username
          displayName
        }
      }
    }
  }
`);
