import { describe, expect, it } from 'vitest';
import { isDatabaseDown } from '../../server/src/common/errors.js';

describe('isDatabaseDown', () => {
  it.each([
    'connect ECONNREFUSED 127.0.0.1:5432',
    'Connection terminated unexpectedly',
    'Connection ended unexpectedly',
    'the database system is shutting down',
    'terminating connection due to administrator command',
    'Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?',
  ])('treats "%s" as the database being unavailable (503)', (message) => {
    expect(isDatabaseDown(new Error(message))).toBe(true);
  });

  it('leaves other failures alone', () => {
    expect(isDatabaseDown(new Error('duplicate key value violates unique constraint'))).toBe(false);
    expect(isDatabaseDown('ECONNREFUSED')).toBe(false);
  });
});
