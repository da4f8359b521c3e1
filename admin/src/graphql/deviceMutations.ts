import { graphql } from '../gql';

export const RegisterDeviceMutation = graphql(`
  mutation RegisterDevice($input: RegisterDeviceInput!) {
    registerDevice(input: $input) {
      ...DeviceFields
    }
  }
`);

export const RetireDeviceMutation = graphql(`
  mutation RetireDevice($id: ID!, $reason: String!) {
    retireDevice(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const CheckoutDeviceMutation = graphql(`
  mutation CheckoutDevice($id: ID!, $check: PreUseCheckInput!) {
    checkoutDevice(id: $id, check: $check) {
      ...DeviceCheckoutFields
    }
  }
`);

export const ReturnDeviceMutation = graphql(`
  mutation ReturnDevice($checkoutId: ID!) {
    returnDevice(checkoutId: $checkoutId) {
      id
      returnedAt
    }
  }
`);

export const ReportDeviceFaultMutation = graphql(`
  mutation ReportDeviceFault($id: ID!, $description: String!) {
    reportDeviceFault(id: $id, description: $description) {
      id
    }
  }
`);

export const SendDeviceForRepairMutation = graphql(`
  mutation SendDeviceForRepair($id: ID!, $repairService: String!) {
    sendDeviceForRepair(id: $id, repairService: $repairService) {
      id
    }
  }
`);

export const RecordDeviceRepairMutation = graphql(`
  mutation RecordDeviceRepair($id: ID!, $result: String!) {
    recordDeviceRepair(id: $id, result: $result) {
      id
    }
  }
`);

export const CheckDeviceAfterRepairMutation = graphql(`
  mutation CheckDeviceAfterRepair($id: ID!, $passed: Boolean!, $note: String!) {
    checkDeviceAfterRepair(id: $id, passed: $passed, note: $note) {
      id
      status
    }
  }
`);

export const LogDeviceMaintenanceMutation = graphql(`
  mutation LogDeviceMaintenance($id: ID!, $input: MaintenanceInput!) {
    logDeviceMaintenance(id: $id, input: $input) {
      id
    }
  }
`);

export const UpdateDeviceMutation = graphql(`
  mutation UpdateDevice($id: ID!, $input: UpdateDeviceInput!) {
    updateDevice(id: $id, input: $input) {
      ...DeviceFields
    }
  }
`);
