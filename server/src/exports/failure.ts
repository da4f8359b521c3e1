import { randomUUID } from 'node:crypto';
import { AppError } from '../common/errors.js';
import { NotInStoreError } from '../files/store.js';
import { PayloadMismatchError } from './bag.js';

/**
 * What a failed background build (an export package, a long-term media set) tells the console and
 * the trail. The reasons staff can act on are given in words: a refusal, a stored file that no
 * longer matches its hash, content missing from the store, a full disk. Anything else is only an
 * "internal error" with a reference, which the caller logs beside the full error, so that server
 * paths, SQL or a stack never reach the console (issue #10).
 */
export function buildFailure(error: unknown, what: string): { message: string; reference: string | null } {
  if (error instanceof AppError || error instanceof PayloadMismatchError || error instanceof NotInStoreError)
    return { message: error.message, reference: null };
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT')
    return {
      message: `Not enough disk space on the server to build the ${what}; try again once space is freed`,
      reference: null,
    };
  const reference = randomUUID().slice(0, 8);
  return {
    message: `Internal error while building the ${what} (reference ${reference} in the server log); try again or tell the administrator`,
    reference,
  };
}
