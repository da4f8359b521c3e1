import type { EntityManager, EntityName, FilterQuery, FindOptions, QueryOrderMap } from '@mikro-orm/postgresql';
import type { SubjectType } from '../authz/ability.js';
import type { Authz } from '../authz/guard.js';
import { badInput } from './errors.js';
import type { PageArgs } from './pagination.js';

/** Escapes LIKE wildcards: the pattern of a case-insensitive "contains" search. */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The pattern of a "starts with" search. */
export const prefixPattern = (text: string) => `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * One page of the rows the caller may read, and their total, both under the SQL filter made from
 * the same CASL rules; a forbidden row never shows, not even in the count.
 */
export async function listReadable<T extends object>(
  em: EntityManager,
  authz: Authz,
  entity: EntityName<T>,
  type: SubjectType,
  where: FilterQuery<T>[],
  page: PageArgs,
  sortable: readonly string[],
  defaultSort: QueryOrderMap<T> | QueryOrderMap<T>[],
  options: { populate?: readonly string[] } = {},
): Promise<{ items: T[]; total: number }> {
  const allowed = authz.filter<T>('read', type, entity);
  if (allowed === null) return { items: [], total: 0 };
  if (page.sortField && !sortable.includes(page.sortField)) {
    throw badInput(`Cannot sort by "${page.sortField}"; sortable fields: ${sortable.join(', ')}`, {
      field: 'sortField',
    });
  }
  const pk = em.getMetadata().get(entity as string).primaryKeys[0];
  // The primary key breaks ties so pages are stable; it must not override a sort on itself.
  const orderBy = page.sortField
    ? ([
        // Empty values last either way (PostgreSQL puts them first when descending).
        { [page.sortField]: page.sortOrder === 'DESC' ? 'desc nulls last' : 'asc nulls last' },
        ...(page.sortField === pk ? [] : [{ [pk]: 'asc' }]),
      ] as QueryOrderMap<T>[])
    : defaultSort;
  const filter = { $and: [allowed, ...where] } as FilterQuery<T>;
  const items = await em.find(entity, filter, {
    ...options,
    orderBy,
    limit: page.perPage,
    offset: (page.page - 1) * page.perPage,
  } as FindOptions<T, never>);
  // Counted on its own: findAndCount would carry the page's populate joins into the count.
  const total = items.length < page.perPage && page.page === 1 ? items.length : await em.count(entity, filter);
  return { items, total };
}
