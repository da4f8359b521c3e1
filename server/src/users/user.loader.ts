import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Authz } from '../authz/guard.js';
import { User } from './user.entity.js';

/**
 * Per-request batch loader of the users the caller may read: every lookup made while resolving
 * one GraphQL response is answered by a single SQL query under the rules.
 */
export function createUserLoader(em: EntityManager, authz: () => Authz): DataLoader<string, User | undefined> {
  return new DataLoader(async (ids) => {
    const allowed = authz().filter<User>('read', 'User', User);
    if (allowed === null) return ids.map(() => undefined);
    const users = await em.find(User, { $and: [allowed, { id: { $in: [...ids] } }] } as FilterQuery<User>, {
      populate: ['unit'],
    });
    const byId = new Map(users.map((u) => [u.id, u]));
    return ids.map((id) => byId.get(id));
  });
}
