import { graphql } from '../gql';

export const ComplianceSummaryQuery = graphql(`
  query ComplianceSummary($filter: ComplianceFilter!) {
    complianceSummary(filter: $filter) {
      from
      to
      totals {
        kind
        count
      }
      byUnit {
        unitId
        unit {
          id
          name
        }
        kind
        count
      }
      byOfficer {
        officerId
        officer {
          id
          displayName
          unit {
            id
            name
          }
        }
        kind
        count
      }
      byMonth {
        month
        kind
        count
      }
    }
  }
`);

export const ComplianceItemsQuery = graphql(`
  query ComplianceItems(
    $filter: ComplianceFilter!
    $page: Int!
    $perPage: Int!
    $sortField: String
    $sortOrder: SortOrder
  ) {
    complianceItems(filter: $filter, page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder) {
      total
      items {
        id
        kind
        at
        unitId
        officerId
        caseId
        recordId
        subjectType
        subjectId
        stage
        detail
        unit {
          id
          name
        }
        officer {
          id
          displayName
        }
        case {
          id
          number
        }
        record {
          id
          title
        }
        explanation {
          id
          text
          createdAt
          author {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const CaseRecordingGapsQuery = graphql(`
  query CaseRecordingGaps($id: ID!) {
    case(id: $id) {
      id
      recordingGaps {
        stage
        since
        records
        explanation {
          id
          text
          createdAt
          author {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const ExplainRecordingGapMutation = graphql(`
  mutation ExplainRecordingGap($caseId: ID!, $stage: EnforcementStage!, $text: String!) {
    explainRecordingGap(caseId: $caseId, stage: $stage, text: $text) {
      id
      stage
      text
      createdAt
    }
  }
`);
