import { graphql } from '../gql';

export const AttachmentFields = graphql(`
  fragment AttachmentFields on Attachment {
    __typename
    id
    fileName
    purpose
    url
    createdAt
    file {
      __typename
      id
      sha256
      size
      mediaType
    }
  }
`);

export const ExportPackageFields = graphql(`
  fragment ExportPackageFields on ExportPackage {
    __typename
    id
    status
    progress
    bytesDone
    bytesTotal
    fileCount
    fileName
    downloadUrl
    sha256
    sm3
    size
    payloadOxum
    fixityStatus
    contents {
      recordId
      path
      watermarked
      redacted
      generated
    }
    error
    createdAt
    startedAt
    finishedAt
  }
`);

export const DisclosureSummaryFields = graphql(`
  fragment DisclosureSummaryFields on Disclosure {
    __typename
    id
    number
    type
    status
    overdue
    dueAt
    purpose
    bodyKind
    bodyName
    letterNumber
    applicantName
    relation
    includedCount
    registeredAt
    updatedAt
    partyCase {
      __typename
      id
      number
      cause
    }
  }
`);

export const DisclosureFields = graphql(`
  fragment DisclosureFields on Disclosure {
    ...DisclosureSummaryFields
    letterDate
    concerning
    applicantIdType
    applicantIdNumber
    approvalId
    closeNote
    closedAt
    deliveredAt
    deliveredTo
    deliveryMethod
    deliveryNote
    registeredBy {
      __typename
      id
      displayName
    }
    deliveredBy {
      __typename
      id
      displayName
    }
    letter {
      ...AttachmentFields
    }
    applicationForm {
      ...AttachmentFields
    }
    identityDocument {
      ...AttachmentFields
    }
    authorisation {
      ...AttachmentFields
    }
    receipt {
      ...AttachmentFields
    }
    items {
      __typename
      id
      seq
      recordId
      decision
      reason
      note
      decidedAt
      redacted {
        ...AttachmentFields
      }
      record {
        __typename
        id
        title
        kind
        confidentiality
        secretLevel
        fileName
        file {
          __typename
          id
          mediaType
        }
        case {
          __typename
          id
          number
        }
      }
    }
    packages {
      ...ExportPackageFields
    }
  }
`);

export const DisclosuresQuery = graphql(`
  query Disclosures($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: DisclosureFilter) {
    disclosures(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
      total
      items {
        ...DisclosureSummaryFields
      }
    }
  }
`);

export const DisclosureQuery = graphql(`
  query Disclosure($id: ID!) {
    disclosure(id: $id) {
      ...DisclosureFields
    }
  }
`);

export const ExportPackageQuery = graphql(`
  query ExportPackage($id: ID!) {
    exportPackage(id: $id) {
      ...ExportPackageFields
    }
  }
`);

export const RegisterExternalRequestMutation = graphql(`
  mutation RegisterExternalRequest($input: RegisterExternalRequestInput!) {
    registerExternalRequest(input: $input) {
      ...DisclosureFields
    }
  }
`);

export const RegisterCopyApplicationMutation = graphql(`
  mutation RegisterCopyApplication($input: RegisterCopyApplicationInput!) {
    registerCopyApplication(input: $input) {
      ...DisclosureFields
    }
  }
`);

export const DecideDisclosureItemsMutation = graphql(`
  mutation DecideDisclosureItems($input: DecideItemsInput!) {
    decideDisclosureItems(input: $input) {
      ...DisclosureFields
    }
  }
`);

export const SubmitDisclosureMutation = graphql(`
  mutation SubmitDisclosure($id: ID!) {
    submitDisclosure(id: $id) {
      ...DisclosureFields
    }
  }
`);

export const CancelDisclosureMutation = graphql(`
  mutation CancelDisclosure($id: ID!, $reason: String!) {
    cancelDisclosure(id: $id, reason: $reason) {
      ...DisclosureFields
    }
  }
`);

export const BuildExportPackageMutation = graphql(`
  mutation BuildExportPackage($disclosureId: ID!) {
    buildExportPackage(disclosureId: $disclosureId) {
      ...ExportPackageFields
    }
  }
`);

export const RecordDeliveryMutation = graphql(`
  mutation RecordDelivery($input: RecordDeliveryInput!) {
    recordDelivery(input: $input) {
      ...DisclosureFields
    }
  }
`);

export const CloseDisclosureMutation = graphql(`
  mutation CloseDisclosure($id: ID!, $note: String) {
    closeDisclosure(id: $id, note: $note) {
      ...DisclosureFields
    }
  }
`);
