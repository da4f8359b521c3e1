import { graphql } from '../gql';

export const DeviceCheckoutFields = graphql(`
  fragment DeviceCheckoutFields on DeviceCheckout {
    __typename
    id
    day
    checkedOutAt
    batteryPercent
    freeStorageGb
    clockCorrect
    checkPassed
    overrideReason
    returnedAt
    officer {
      __typename
      id
      username
      displayName
    }
  }
`);

export const DeviceFields = graphql(`
  fragment DeviceFields on Device {
    __typename
    id
    number
    kind
    model
    serial
    status
    purchasedOn
    createdAt
    updatedAt
    unit {
      __typename
      id
      code
      name
    }
    custodian {
      __typename
      id
      username
      displayName
    }
    currentCheckout {
      ...DeviceCheckoutFields
    }
  }
`);

export const DeviceDetailFields = graphql(`
  fragment DeviceDetailFields on Device {
    ...DeviceFields
    checkouts {
      ...DeviceCheckoutFields
    }
    faults {
      __typename
      id
      description
      reportedAt
      repairService
      sentAt
      repairedAt
      repairResult
      closedAt
    }
    maintenanceLog {
      __typename
      id
      kind
      performedAt
      note
    }
    maintenanceDue {
      kind
      everyDays
      lastAt
      dueAt
      overdue
    }
  }
`);

export const DevicesQuery = graphql(`
  query Devices($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: DeviceFilter) {
    devices(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
      total
      items {
        ...DeviceFields
      }
    }
  }
`);

export const DeviceQuery = graphql(`
  query Device($id: ID!) {
    device(id: $id) {
      ...DeviceDetailFields
    }
  }
`);

export const OffloadsQuery = graphql(`
  query Offloads($from: String!, $to: String!, $unitId: ID) {
    offloads(from: $from, to: $to, unitId: $unitId) {
      day
      state
      uploads
      totalSeconds
      dueAt
      device {
        __typename
        id
        number
        kind
        unit {
          __typename
          id
          code
          name
        }
      }
      checkout {
        ...DeviceCheckoutFields
      }
    }
  }
`);

export const DeviceRecordsQuery = graphql(`
  query DeviceRecords($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: RecordFilter) {
    records(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
      total
      items {
        __typename
        id
        title
        kind
        capturedFrom
        captureFlags
        case {
          __typename
          id
          number
        }
        officer {
          __typename
          id
          displayName
        }
        deviceCheckout {
          __typename
          id
          day
        }
      }
    }
  }
`);

export const HeldDevicesQuery = graphql(`
  query HeldDevices($officerId: ID!, $at: DateTimeISO!) {
    heldDevices(officerId: $officerId, at: $at) {
      __typename
      id
      day
      returnedAt
      device {
        __typename
        id
        number
        kind
        status
      }
    }
  }
`);
