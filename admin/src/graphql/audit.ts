import { graphql } from '../gql';

export const AuditEventFields = graphql(`
  fragment AuditEventFields on AuditEvent {
    __typename
    seq
    at
    actorId
    actorName
    action
    subjectType
    subjectId
    outcome
    clientAddress
    details
    hash
    prevHash
  }
`);

export const AuditEventsQuery = graphql(`
  query AuditEvents($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: AuditEventFilter) {
    auditEvents(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
      total
      items {
        ...AuditEventFields
      }
    }
  }
`);

export const AuditEventQuery = graphql(`
  query AuditEvent($seq: Int!) {
    auditEvent(seq: $seq) {
      ...AuditEventFields
    }
  }
`);

export const VerifyAuditTrailQuery = graphql(`
  query VerifyAuditTrail {
    verifyAuditTrail {
      checked
      lastSeq
      lastHash
      intact
      checkpointsChecked
      publicKey
      problems {
        seq
        problem
      }
      checkpointProblems {
        day
        problem
      }
    }
  }
`);

export const AuditCheckpointsQuery = graphql(`
  query AuditCheckpoints {
    auditCheckpoints {
      day
      lastSeq
      lastHash
      keyFingerprint
      signature
      signedAt
    }
  }
`);
