import { graphql } from '../gql';

export const RecordHoldFields = graphql(`
  fragment RecordHoldFields on RecordHold {
    __typename
    id
    reason
    longTermReason
    placedAt
    releasedAt
    releaseReason
  }
`);

export const RecordFields = graphql(`
  fragment RecordFields on Record {
    __typename
    id
    kind
    title
    stage
    version
    capturedFrom
    capturedTo
    location
    deviceNumber
    documentNumber
    issuedTo
    confidentiality
    secretLevel
    secretRank
    longTerm
    longTermReason
    partyNotified
    notNotified
    holdCount
    fileId
    fileName
    captureFlags
    file {
      ...StoredFileFields
    }
    createdAt
    updatedAt
    officer {
      __typename
      id
      username
      displayName
    }
    holds {
      ...RecordHoldFields
    }
    case {
      __typename
      id
      number
      cause
      status
      partyName
      handlingOfficerIds
      unit {
        __typename
        id
        code
        name
      }
    }
  }
`);

export const RecordVersionFields = graphql(`
  fragment RecordVersionFields on RecordVersion {
    __typename
    id
    version
    createdAt
    createdByName
    reason
    kind
    title
    stage
    capturedFrom
    capturedTo
    location
    deviceNumber
    documentNumber
    issuedTo
    confidentiality
    secretLevel
    longTerm
    longTermReason
    partyNotified
    fileId
    fileName
  }
`);

export const RecordsQuery = graphql(`
  query Records($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: RecordFilter) {
    records(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
      total
      items {
        ...RecordFields
      }
    }
  }
`);

export const RecordQuery = graphql(`
  query Record($id: ID!) {
    record(id: $id) {
      ...RecordFields
    }
  }
`);

export const RecordHistoryQuery = graphql(`
  query RecordHistory($id: ID!) {
    recordHistory(id: $id) {
      ...RecordVersionFields
    }
  }
`);

export const RecordContentQuery = graphql(`
  query RecordContent($id: ID!) {
    recordContent(id: $id) {
      body
      fileId
    }
  }
`);

export const CreateTextRecordMutation = graphql(`
  mutation CreateTextRecord($input: CreateRecordInput!) {
    createTextRecord(input: $input) {
      ...RecordFields
    }
  }
`);

export const CorrectRecordMutation = graphql(`
  mutation CorrectRecord($id: ID!, $input: RecordMetadataInput!, $reason: String!) {
    correctRecord(id: $id, input: $input, reason: $reason) {
      ...RecordFields
    }
  }
`);

export const PlaceHoldMutation = graphql(`
  mutation PlaceHold($recordId: ID!, $reason: String!, $longTermReason: LongTermReason) {
    placeHold(recordId: $recordId, reason: $reason, longTermReason: $longTermReason) {
      ...RecordHoldFields
    }
  }
`);

export const ReleaseHoldMutation = graphql(`
  mutation ReleaseHold($holdId: ID!, $reason: String!) {
    releaseHold(holdId: $holdId, reason: $reason) {
      ...RecordHoldFields
    }
  }
`);
