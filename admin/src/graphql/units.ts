import { graphql } from '../gql';

export const UnitFields = graphql(`
  fragment UnitFields on Unit {
    __typename
    id
    code
    name
    kind
    casePrefix
    createdAt
    updatedAt
  }
`);

export const UnitsQuery = graphql(`
  query Units($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: UnitFilter) {
    units(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
      total
      items {
        ...UnitFields
      }
    }
  }
`);

export const UnitQuery = graphql(`
  query Unit($id: ID!) {
    unit(id: $id) {
      ...UnitFields
    }
  }
`);

export const CreateUnitMutation = graphql(`
  mutation CreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      ...UnitFields
    }
  }
`);

export const UpdateUnitMutation = graphql(`
  mutation UpdateUnit($id: ID!, $input: UpdateUnitInput!) {
    updateUnit(id: $id, input: $input) {
      ...UnitFields
    }
  }
`);
