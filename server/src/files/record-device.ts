import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { DeviceCheckout } from '../devices/checkout.entity.js';
import { Device } from '../devices/device.entity.js';
import { DeviceFault } from '../devices/fault.entity.js';
import type { EnforcementRecord } from '../records/record.entity.js';

/** The bureau's calendar day (UTC+8) of an instant. */
export const bureauDay = (t: Date) => new Date(t.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

export interface RecordDeviceFacts {
  /** The checkout (领用) of the named device by the recording officer on the capture day. */
  checkout: DeviceCheckout | null;
  /** DEVICE_UNREGISTERED, DEVICE_NOT_HELD (no checkout by the officer that day), DEVICE_FAULTY (an open fault at capture time). */
  flags: string[];
}

const NONE: RecordDeviceFacts = { checkout: null, flags: [] };

/**
 * Per-request batch loader linking AV records to the device and checkout that made them, in three
 * queries for a page (devices by number, their checkouts on the days, their faults).
 */
export function createRecordDeviceLoader(em: EntityManager): DataLoader<EnforcementRecord, RecordDeviceFacts> {
  return new DataLoader(
    async (records) => {
      const numbers = [...new Set(records.map((r) => r.deviceNumber).filter((n): n is string => !!n))];
      if (numbers.length === 0) return records.map(() => NONE);
      const devices = await em.find(Device, { number: { $in: numbers } });
      const byNumber = new Map(devices.map((d) => [d.number, d]));
      const days = [...new Set(records.filter((r) => r.capturedFrom).map((r) => bureauDay(r.capturedFrom!)))];
      const ids = devices.map((d) => d.id);
      const checkouts = ids.length
        ? await em.find(DeviceCheckout, { device: { $in: ids }, day: { $in: days } }, { populate: ['device'] })
        : [];
      const faults = ids.length ? await em.find(DeviceFault, { device: { $in: ids } }) : [];
      return records.map((r) => {
        if (!r.deviceNumber) return NONE;
        const device = byNumber.get(r.deviceNumber);
        if (!device) return { checkout: null, flags: ['DEVICE_UNREGISTERED'] };
        const flags: string[] = [];
        const at = r.capturedFrom;
        const day = at ? bureauDay(at) : null;
        const checkout =
          checkouts.find((c) => c.device.id === device.id && c.day === day && c.officer.id === r.officer?.id) ?? null;
        if (at && !checkout) flags.push('DEVICE_NOT_HELD');
        if (
          at &&
          faults.some((f) => f.device.id === device.id && f.reportedAt <= at && (!f.closedAt || f.closedAt > at))
        )
          flags.push('DEVICE_FAULTY');
        return { checkout, flags };
      });
    },
    { cacheKeyFn: (r) => r.id },
  );
}
