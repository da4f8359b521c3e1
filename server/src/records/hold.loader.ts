import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { RecordHold } from './record-hold.entity.js';

/** Per-request batch loader of the holds of records (the caller has read the records already). */
export function createHoldLoader(em: EntityManager): DataLoader<string, RecordHold[]> {
  return new DataLoader(async (recordIds) => {
    const holds = await em.find(RecordHold, { record: { $in: [...recordIds] } }, { orderBy: { placedAt: 'asc' } });
    return recordIds.map((id) => holds.filter((h) => h.record.id === id));
  });
}
