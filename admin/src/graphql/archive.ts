import { graphql } from '../gql';

export const TransferFields = graphql(`
  fragment TransferFields on Transfer {
    __typename
    id
    number
    status
    overrideReason
    returnReason
    returnedAt
    archiveNumber
    retentionPeriod
    approvalId
    createdAt
    submittedAt
    sentAt
    acceptedAt
    updatedAt
    unit {
      __typename
      id
      name
    }
    case {
      __typename
      id
      number
      cause
      procedure
      status
      partyName
      concludedOn
      transferDeadline
      archiveNumber
      archivedOn
      retentionPeriod
      retainUntil
    }
    catalogue {
      seq
      recordId
      documentNumber
      title
      date
      pages
      durationSeconds
      remarks
      record {
        __typename
        id
        kind
        title
        stage
        confidentiality
      }
    }
    checkRun {
      startedAt
      filesDone
      filesTotal
      bytesDone
      bytesTotal
    }
    checks {
      checkedAt
      passed
      results {
        kind
        passed
        findings {
          code
          message
          recordId
        }
      }
    }
  }
`);

export const TransfersQuery = graphql(`
  query Transfers($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: TransferFilter) {
    transfers(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
      total
      items {
        __typename
        id
        number
        status
        archiveNumber
        submittedAt
        sentAt
        acceptedAt
        createdAt
        unit {
          __typename
          id
          name
        }
        case {
          __typename
          id
          number
          cause
          partyName
          status
          transferDeadline
        }
        checks {
          passed
        }
      }
    }
  }
`);

export const TransferQuery = graphql(`
  query Transfer($id: ID!) {
    transfer(id: $id) {
      ...TransferFields
    }
  }
`);

export const CaseTransferQuery = graphql(`
  query CaseTransfer($id: ID!) {
    case(id: $id) {
      id
      transfer {
        id
        number
        status
      }
    }
  }
`);

export const OpenTransferMutation = graphql(`
  mutation OpenTransfer($caseId: ID!) {
    openTransfer(caseId: $caseId) {
      ...TransferFields
    }
  }
`);

export const SaveCatalogueMutation = graphql(`
  mutation SaveCatalogue($input: SaveCatalogueInput!) {
    saveCatalogue(input: $input) {
      ...TransferFields
    }
  }
`);

export const CheckTransferMutation = graphql(`
  mutation CheckTransfer($id: ID!) {
    checkTransfer(id: $id) {
      ...TransferFields
    }
  }
`);

export const SubmitTransferMutation = graphql(`
  mutation SubmitTransfer($id: ID!, $overrideReason: String) {
    submitTransfer(id: $id, overrideReason: $overrideReason) {
      ...TransferFields
    }
  }
`);

export const WithdrawTransferMutation = graphql(`
  mutation WithdrawTransfer($id: ID!) {
    withdrawTransfer(id: $id) {
      ...TransferFields
    }
  }
`);

export const AcceptTransferMutation = graphql(`
  mutation AcceptTransfer($id: ID!) {
    acceptTransfer(id: $id) {
      ...TransferFields
    }
  }
`);

export const ReturnTransferMutation = graphql(`
  mutation ReturnTransfer($id: ID!, $reason: String!) {
    returnTransfer(id: $id, reason: $reason) {
      ...TransferFields
    }
  }
`);

export const RetentionRulesQuery = graphql(`
  query RetentionRules {
    retentionRules {
      __typename
      procedure
      period
      transferDays
      evidenceAvKeepsCasePeriod
      avStages
      updatedAt
      requirements {
        label
        kinds
        stage
      }
    }
  }
`);

export const SetRetentionRuleMutation = graphql(`
  mutation SetRetentionRule($input: RetentionRuleInput!) {
    setRetentionRule(input: $input) {
      __typename
      procedure
      period
      transferDays
      evidenceAvKeepsCasePeriod
      avStages
      updatedAt
      requirements {
        label
        kinds
        stage
      }
    }
  }
`);
