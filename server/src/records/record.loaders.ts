import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Case } from '../cases/case.entity.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { RecordHold } from './record-hold.entity.js';

/** Per-request batch loader of the holds of records (the caller has read the records already). */
export function createHoldLoader(em: EntityManager): DataLoader<string, RecordHold[]> {
  return new DataLoader(async (recordIds) => {
    const holds = await em.find(RecordHold, { record: { $in: [...recordIds] } }, { orderBy: { placedAt: 'asc' } });
    return recordIds.map((id) => holds.filter((h) => h.record.id === id));
  });
}

/**
 * Per-request batch loader of the cases of records on a page (with their units): one query for
 * the page instead of a join hydrated row by row. The records were read under the rules already.
 */
export function createCaseLoader(em: EntityManager): DataLoader<string, Case> {
  return new DataLoader(async (ids) => {
    const cases = await em.find(Case, { id: { $in: [...ids] } }, { populate: ['unit'] });
    const byId = new Map(cases.map((c) => [c.id, c]));
    return ids.map((id) => byId.get(id) ?? new Error(`case ${id} not found`));
  });
}

/** Per-request batch loader of stored files (metadata and hashes) of records already read. */
export function createFileLoader(em: EntityManager): DataLoader<string, StoredFile | undefined> {
  return new DataLoader(async (ids) => {
    const files = await em.find(StoredFile, { id: { $in: [...ids] } });
    const byId = new Map(files.map((f) => [f.id, f]));
    return ids.map((id) => byId.get(id));
  });
}
