import { graphql } from '../gql';

export const MediaVolumeFields = graphql(`
  fragment MediaVolumeFields on MediaVolume {
    __typename
    id
    seq
    size
    sha256
    label
    location
    registeredAt
    registeredBy {
      __typename
      id
      displayName
    }
    lastVerifiedAt
    lastVerificationOk
    recheckDue
    downloadUrl
    verifyUrl
    verifications {
      __typename
      id
      kind
      ok
      sha256
      size
      verifiedAt
      note
      verifiedBy {
        __typename
        id
        displayName
      }
    }
  }
`);

export const MediaSetFields = graphql(`
  fragment MediaSetFields on MediaSet {
    __typename
    id
    number
    mediumType
    capacity
    status
    error
    volumeCount
    bytesTotal
    recordIds
    startedAt
    finishedAt
    createdAt
    createdBy {
      __typename
      id
      displayName
    }
    volumes {
      ...MediaVolumeFields
    }
  }
`);

export const MediaSetsQuery = graphql(`
  query MediaSets($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder) {
    mediaSets(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder) {
      total
      items {
        __typename
        id
        number
        mediumType
        capacity
        status
        volumeCount
        bytesTotal
        createdAt
        createdBy {
          __typename
          id
          displayName
        }
      }
    }
  }
`);

export const MediaSetQuery = graphql(`
  query MediaSet($id: ID!) {
    mediaSet(id: $id) {
      ...MediaSetFields
    }
  }
`);

export const MediaSetStatusQuery = graphql(`
  query MediaSetStatus($id: ID!) {
    mediaSet(id: $id) {
      id
      status
    }
  }
`);

export const MediaDueForRecheckQuery = graphql(`
  query MediaDueForRecheck {
    mediaDueForRecheck {
      __typename
      id
      seq
      label
      location
      recheckDue
      lastVerifiedAt
      lastVerificationOk
      set {
        __typename
        id
        number
        mediumType
        volumeCount
      }
    }
  }
`);

export const CreateMediaSetMutation = graphql(`
  mutation CreateMediaSet($input: CreateMediaSetInput!) {
    createMediaSet(input: $input) {
      ...MediaSetFields
    }
  }
`);

export const RegisterMediumMutation = graphql(`
  mutation RegisterMedium($input: RegisterMediumInput!) {
    registerMedium(input: $input) {
      ...MediaVolumeFields
    }
  }
`);
