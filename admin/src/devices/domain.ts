import type {
  DeviceCheckoutFieldsFragment,
  DeviceDetailFieldsFragment,
  DeviceFieldsFragment,
  DeviceRecordsQuery,
  DeviceKind,
  DeviceStatus,
  MaintenanceKind,
  OffloadState,
  OffloadsQuery,
} from '../gql/graphql';

/** Every value of a GraphQL enum, in the order written; the type makes sure none is missing. */
const valuesOf = <T extends string>(set: Record<T, true>) => Object.keys(set) as T[];

export const DEVICE_KINDS = valuesOf<DeviceKind>({
  BODY_CAMERA: true,
  CAMERA: true,
  VIDEO_CAMERA: true,
  AUDIO_RECORDER: true,
  OTHER: true,
});
export const DEVICE_STATUSES = valuesOf<DeviceStatus>({
  IN_SERVICE: true,
  FAULTY: true,
  UNDER_REPAIR: true,
  RETIRED: true,
});
export const MAINTENANCE_KINDS = valuesOf<MaintenanceKind>({
  CHARGING: true,
  BATTERY_CHECK: true,
  STORAGE_CHECK: true,
  CLEANING: true,
});
export const OFFLOAD_STATES = valuesOf<OffloadState>({ MISSING: true, LATE: true, PENDING: true, UPLOADED: true });

/** The Art. 9 pre-use check's thresholds, as the server applies them (server/src/devices/device.enums.ts). */
export const PRE_USE = { minBatteryPercent: 50, minFreeStorageGb: 4 };

export const passesPreUse = (check: { batteryPercent?: number; freeStorageGb?: number; clockCorrect?: boolean }) =>
  (check.batteryPercent ?? 0) >= PRE_USE.minBatteryPercent &&
  (check.freeStorageGb ?? 0) >= PRE_USE.minFreeStorageGb &&
  check.clockCorrect === true;

/** A device as the console holds it: `unitId` for filters and forms beside the `unit` the rules match on. */
export type DeviceRecord = DeviceFieldsFragment & { unitId: string };
export type DeviceDetail = DeviceDetailFieldsFragment & { unitId: string };
export type DeviceCheckout = DeviceCheckoutFieldsFragment;
export type DeviceFault = DeviceDetailFieldsFragment['faults'][number];
/** One row of the offload board: a checkout of a device on a day and its uploads (Art. 13). */
export type OffloadRecord = OffloadsQuery['offloads'][number] & { id: string };

/** A record made with a device, as its show page lists them. */
export type DeviceMadeRecord = DeviceRecordsQuery['records']['items'][number];
/** Capture flags about the device (Art. 9, 10); the others concern the file and show on the record. */
export const DEVICE_FLAGS = ['DEVICE_NOT_HELD', 'DEVICE_FAULTY', 'DEVICE_UNREGISTERED'];

export const toDeviceRecord = <T extends DeviceFieldsFragment>(
  device: T,
): T & { unitId: string; custodianId: string | null } => ({
  ...device,
  unitId: device.unit.id,
  custodianId: device.custodian?.id ?? null,
});

/** The fault still open (reported, not yet closed by a passed check), if any. */
export const openFault = (device: DeviceDetail): DeviceFault | undefined => device.faults.find((f) => !f.closedAt);

export const STATUS_COLOR: Record<DeviceStatus, 'success' | 'error' | 'warning' | 'default'> = {
  IN_SERVICE: 'success',
  FAULTY: 'error',
  UNDER_REPAIR: 'warning',
  RETIRED: 'default',
};

export const OFFLOAD_COLOR: Record<OffloadState, 'success' | 'error' | 'warning' | 'info'> = {
  UPLOADED: 'success',
  LATE: 'warning',
  PENDING: 'info',
  MISSING: 'error',
};

/** The worse of two offload states of a device on one day (several checkouts): missing first. */
export const worseState = (a: OffloadState, b: OffloadState) =>
  OFFLOAD_STATES.indexOf(a) <= OFFLOAD_STATES.indexOf(b) ? a : b;
