import { graphql } from '../gql';

export const StoredFileFields = graphql(`
  fragment StoredFileFields on StoredFile {
    __typename
    id
    sha256
    sm3
    size
    mediaType
    extension
    durationSeconds
    width
    height
    recordedAt
    storedAt
    fixityStatus
    fixityCheckedAt
  }
`);

export const OpenRecordFileMutation = graphql(`
  mutation OpenRecordFile($recordId: ID!, $mode: FileAccessMode!, $version: Int) {
    openRecordFile(recordId: $recordId, mode: $mode, version: $version) {
      id
      url
      mode
      expiresAt
      fileName
      mediaType
      size
      sha256
      viewerName
      openedAt
    }
  }
`);

export const FixitySummaryQuery = graphql(`
  query FixitySummary {
    fixitySummary {
      files
      mismatch
      missing
      overdue
      lastCheckedAt
      cycleDays
    }
  }
`);
