import { graphql } from '../gql';

export const MyNotificationsQuery = graphql(`
  query MyNotifications($page: Int!, $perPage: Int!, $unreadOnly: Boolean!) {
    myNotifications(page: $page, perPage: $perPage, unreadOnly: $unreadOnly) {
      total
      unread
      items {
        __typename
        id
        kind
        subjectType
        subjectId
        summary
        decision
        createdAt
        readAt
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);
