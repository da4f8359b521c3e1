import { text } from '../graphql/args';
import { request } from '../graphql/client';
import {
  CheckDeviceAfterRepairMutation,
  CheckoutDeviceMutation,
  LogDeviceMaintenanceMutation,
  RecordDeviceRepairMutation,
  ReportDeviceFaultMutation,
  RetireDeviceMutation,
  ReturnDeviceMutation,
  SendDeviceForRepairMutation,
} from '../graphql/deviceMutations';
import type { MaintenanceKind } from '../gql/graphql';
import { deviceErrors, stateError } from './errors';

/** The values of the pre-use check dialog (Art. 9). */
export interface PreUseCheck {
  batteryPercent: number;
  freeStorageGb: number;
  clockCorrect: boolean;
  overrideReason?: string;
}

/** 领用 for today after the pre-use check; a failed check goes through only with a reason. */
export const checkoutDevice = (id: string, check: PreUseCheck) =>
  request(CheckoutDeviceMutation, {
    id,
    check: {
      batteryPercent: check.batteryPercent,
      freeStorageGb: check.freeStorageGb,
      clockCorrect: check.clockCorrect === true,
      overrideReason: text(check.overrideReason) ?? null,
    },
  })
    .catch(deviceErrors(['batteryPercent', 'freeStorageGb', 'clockCorrect', 'overrideReason']))
    .catch(stateError('checkout'));

/** 归还 by the holder, or taken back by the unit's clerk. */
export const returnDevice = (checkoutId: string) =>
  request(ReturnDeviceMutation, { checkoutId }).catch(stateError('return'));

/** Art. 10: reporting a fault blocks the device at once. */
export const reportFault = (id: string, description: string) =>
  request(ReportDeviceFaultMutation, { id, description })
    .catch(deviceErrors(['description']))
    .catch(stateError('report_fault'));

export const sendForRepair = (id: string, repairService: string) =>
  request(SendDeviceForRepairMutation, { id, repairService })
    .catch(deviceErrors(['repairService']))
    .catch(stateError('repair'));

export const recordRepair = (id: string, result: string) =>
  request(RecordDeviceRepairMutation, { id, result })
    .catch(deviceErrors(['result']))
    .catch(stateError('repair'));

/** The check after repair: passed puts the device back in service, failed sends it back to be repaired. */
export const checkAfterRepair = (id: string, passed: boolean, note: string) =>
  request(CheckDeviceAfterRepairMutation, { id, passed, note }).catch(stateError('repair'));

export const logMaintenance = (id: string, kind: MaintenanceKind, note?: string) =>
  request(LogDeviceMaintenanceMutation, { id, input: { kind, note: text(note) ?? null } })
    .catch(deviceErrors(['note']))
    .catch(stateError('maintain'));

/** 报废: for good; refused while someone holds the device. */
export const retireDevice = (id: string, reason: string) =>
  request(RetireDeviceMutation, { id, reason })
    .catch(deviceErrors(['reason']))
    .catch(stateError('retire'));
