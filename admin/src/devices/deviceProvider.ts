import type { DataProvider, GetListParams, Identifier } from 'react-admin';
import type { Values } from '../graphql/args';
import { ApiError, isApiError } from '../graphql/client';
import {
  getDevice,
  listDeviceRecords,
  listDevices,
  listHeldDevices,
  listOffloads,
  registerDevice,
  updateDevice,
} from './deviceData';

const lists: Record<string, (params: GetListParams) => Promise<{ data: unknown[]; total: number }>> = {
  devices: listDevices,
  offloads: listOffloads,
  deviceRecords: listDeviceRecords,
  heldDevices: listHeldDevices,
};

async function getOne(resource: string, id: Identifier, signal?: AbortSignal) {
  if (resource === 'devices') return getDevice(String(id), signal);
  throw new ApiError('NOT_FOUND', `No single ${resource}`);
}

/**
 * Adds the devices, the offload board and a device's records to a data provider; other resources go to `base`. The
 * workflow steps (checkout, return, faults, repair, upkeep) are in deviceActions.ts.
 */
export function withDevices<T extends DataProvider>(base: T): T {
  const owns = (resource: string) => resource in lists;
  return {
    ...base,
    getList: (resource, params) =>
      owns(resource) ? (lists[resource](params) as Promise<never>) : base.getList(resource, params),
    getOne: async (resource, params) =>
      owns(resource)
        ? { data: (await getOne(resource, params.id, params.signal)) as never }
        : base.getOne(resource, params),
    async getMany(resource, params) {
      if (!owns(resource)) return base.getMany(resource, params);
      const results = await Promise.allSettled(params.ids.map((id) => getOne(resource, id, params.signal)));
      const failed = results.find((r) => r.status === 'rejected' && !isApiError(r.reason, 'NOT_FOUND'));
      if (failed?.status === 'rejected') throw failed.reason;
      return { data: results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])) as never[] };
    },
    getManyReference: (resource, params) => {
      if (!owns(resource)) return base.getManyReference(resource, params);
      const { target, id, filter, ...rest } = params;
      return lists[resource]({ ...rest, filter: { ...filter, [target]: id } }) as Promise<never>;
    },
    create: async (resource, params) =>
      resource === 'devices'
        ? { data: (await registerDevice(params.data as Values)) as never }
        : base.create(resource, params),
    update: async (resource, params) =>
      resource === 'devices'
        ? {
            data: (await updateDevice(
              String(params.id),
              params.data as Values,
              params.previousData as Values,
            )) as never,
          }
        : base.update(resource, params),
  };
}
