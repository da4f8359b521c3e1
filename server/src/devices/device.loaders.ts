import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { DeviceCheckout } from './checkout.entity.js';

/** Per-request batch loader of the open checkout (current holder) of devices on a page. */
export function createOpenCheckoutLoader(em: EntityManager): DataLoader<string, DeviceCheckout | null> {
  return new DataLoader(async (deviceIds) => {
    const open = await em.find(DeviceCheckout, { device: { $in: [...deviceIds] }, returnedAt: null });
    return deviceIds.map((id) => open.find((c) => c.device.id === id) ?? null);
  });
}
