import { registerEnumType } from 'type-graphql';

/** 执法记录设备 kinds (Art. 7). */
export enum DeviceKind {
  BODY_CAMERA = 'BODY_CAMERA',
  CAMERA = 'CAMERA',
  VIDEO_CAMERA = 'VIDEO_CAMERA',
  AUDIO_RECORDER = 'AUDIO_RECORDER',
  OTHER = 'OTHER',
}
registerEnumType(DeviceKind, { name: 'DeviceKind', description: '执法记录仪, 照相机, 摄像机, 录音笔, 其他' });

export enum DeviceStatus {
  IN_SERVICE = 'IN_SERVICE',
  FAULTY = 'FAULTY',
  UNDER_REPAIR = 'UNDER_REPAIR',
  RETIRED = 'RETIRED',
}
registerEnumType(DeviceStatus, { name: 'DeviceStatus', description: '在用, 故障, 维修中, 报废' });

/** Art. 9 upkeep. */
export enum MaintenanceKind {
  CHARGING = 'CHARGING',
  CLEANING = 'CLEANING',
  BATTERY_CHECK = 'BATTERY_CHECK',
  STORAGE_CHECK = 'STORAGE_CHECK',
}
registerEnumType(MaintenanceKind, { name: 'MaintenanceKind' });

/** Days between two rounds of each upkeep, per device kind (Art. 9); missing means not required. */
export const MAINTENANCE_SCHEDULE: Record<DeviceKind, Partial<Record<MaintenanceKind, number>>> = {
  [DeviceKind.BODY_CAMERA]: { CHARGING: 1, CLEANING: 7, BATTERY_CHECK: 30, STORAGE_CHECK: 7 },
  [DeviceKind.CAMERA]: { CHARGING: 7, CLEANING: 30, BATTERY_CHECK: 90, STORAGE_CHECK: 30 },
  [DeviceKind.VIDEO_CAMERA]: { CHARGING: 7, CLEANING: 30, BATTERY_CHECK: 90, STORAGE_CHECK: 30 },
  [DeviceKind.AUDIO_RECORDER]: { CHARGING: 7, CLEANING: 30, BATTERY_CHECK: 90, STORAGE_CHECK: 30 },
  [DeviceKind.OTHER]: { CLEANING: 30 },
};

/** Pre-use check thresholds (Art. 9): below these a checkout needs a written reason. */
export const PRE_USE = { minBatteryPercent: 50, minFreeStorageGb: 4 };
