import type { GetListParams } from 'react-admin';
import { today } from '../common/dates';
import { oneOf, someOf } from '../common/domain';
import type { DeviceFilter } from '../gql/graphql';
import { day, iso, nonEmpty, pageArgs, required, text, type Values } from '../graphql/args';
import { request } from '../graphql/client';
import { RegisterDeviceMutation, UpdateDeviceMutation } from '../graphql/deviceMutations';
import { DeviceQuery, DeviceRecordsQuery, DevicesQuery, HeldDevicesQuery, OffloadsQuery } from '../graphql/devices';
import { deviceErrors } from './errors';
import {
  DEVICE_KINDS,
  DEVICE_STATUSES,
  OFFLOAD_STATES,
  toDeviceRecord,
  type DeviceDetail,
  type DeviceRecord,
  type OffloadRecord,
} from './domain';

export const deviceFilter = (f: Values): DeviceFilter => ({
  q: text(f.q),
  unitId: text(f.unitId),
  kinds: nonEmpty(someOf(f.kinds, DEVICE_KINDS)),
  statuses: nonEmpty(someOf(f.statuses, DEVICE_STATUSES)),
});

export async function listDevices(params: GetListParams) {
  const args = {
    ...pageArgs(params, null, { field: 'number', order: 'ASC' }),
    filter: deviceFilter((params.filter ?? {}) as Values),
  };
  const { devices } = await request(DevicesQuery, args, params.signal);
  return { data: devices.items.map(toDeviceRecord), total: devices.total };
}

export const getDevice = async (id: string, signal?: AbortSignal): Promise<DeviceDetail> =>
  toDeviceRecord((await request(DeviceQuery, { id }, signal)).device);

/**
 * The records made with a device (by its number), with what their capture facts flag: a device not
 * held that day, or recorded while a fault was open.
 */
export async function listDeviceRecords(params: GetListParams) {
  const deviceNumber = text((params.filter as Values | undefined)?.deviceNumber);
  if (!deviceNumber) return { data: [], total: 0 };
  const args = { ...pageArgs(params, null, { field: 'createdAt', order: 'DESC' }), filter: { deviceNumber } };
  const { records } = await request(DeviceRecordsQuery, args, params.signal);
  return { data: records.items, total: records.total };
}

/** 登记: the number is unique across the bureau; the custodian is a member of the unit. */
export async function registerDevice(data: Values): Promise<DeviceRecord> {
  const input = {
    number: required(text(data.number), 'number').toUpperCase(),
    kind: required(oneOf(data.kind, DEVICE_KINDS), 'kind'),
    model: required(text(data.model), 'model'),
    serial: required(text(data.serial), 'serial'),
    unitId: required(text(data.unitId), 'unitId'),
    custodianId: text(data.custodianId),
    purchasedOn: day(data.purchasedOn),
  };
  const { registerDevice } = await request(RegisterDeviceMutation, { input }).catch(
    deviceErrors(['number', 'kind', 'model', 'serial', 'unitId', 'custodianId', 'purchasedOn']),
  );
  return toDeviceRecord(registerDevice);
}

/**
 * Sends what the form changed of model, serial, custodian and purchase date (a cleared custodian
 * or date as null); the number, kind and unit stay.
 */
export async function updateDevice(id: string, data: Values, previous: Values): Promise<DeviceRecord> {
  const changed = <T>(now: T, before: unknown) => (now === (before ?? null) ? undefined : now);
  const input = {
    model: changed(text(data.model) ?? null, previous.model) ?? undefined,
    serial: changed(text(data.serial) ?? null, previous.serial) ?? undefined,
    custodianId: changed(text(data.custodianId) ?? null, previous.custodianId),
    purchasedOn: changed(day(data.purchasedOn) ?? null, previous.purchasedOn),
  };
  const { updateDevice } = await request(UpdateDeviceMutation, { id, input }).catch(
    deviceErrors(['model', 'serial', 'custodianId', 'purchasedOn']),
  );
  return toDeviceRecord(updateDevice);
}

/** A calendar date `days` after `date` (both YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The board's default window: the last two weeks up to today. */
export const defaultOffloadRange = () => ({ from: addDays(today(), -13), to: today() });

/**
 * The offload rows (one per checkout) of the window, filtered here by state and officer: the
 * server answers the whole window at once (at most 92 days), so `total` counts what matched.
 */
/** The devices an officer checked out on the bureau day of a capture time (the upload form's choices). */
export async function listHeldDevices(params: GetListParams) {
  const f = (params.filter ?? {}) as Values;
  const officerId = text(f.officerId);
  const at = iso(f.at);
  if (!officerId || !at) return { data: [], total: 0 };
  const { heldDevices } = await request(HeldDevicesQuery, { officerId, at }, params.signal);
  return { data: heldDevices, total: heldDevices.length };
}

export async function listOffloads(params: GetListParams) {
  const f = (params.filter ?? {}) as Values;
  const range = defaultOffloadRange();
  const variables = { from: day(f.from) ?? range.from, to: day(f.to) ?? range.to, unitId: text(f.unitId) };
  const { offloads } = await request(OffloadsQuery, variables, params.signal).catch(deviceErrors(['from', 'to']));
  const states = someOf(f.states, OFFLOAD_STATES);
  const officerId = text(f.officerId);
  const rows: OffloadRecord[] = offloads
    .map((o) => ({ ...o, id: o.checkout.id }))
    .filter(
      (o) => (states.length === 0 || states.includes(o.state)) && (!officerId || o.checkout.officer?.id === officerId),
    );
  const { page = 1, perPage = rows.length } = params.pagination ?? {};
  return { data: rows.slice((page - 1) * perPage, page * perPage), total: rows.length };
}
