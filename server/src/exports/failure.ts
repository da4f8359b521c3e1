import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditActor, AuditEntry, AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/errors.js';
import { FixityTrigger } from '../files/fixity-check.entity.js';
import type { FixityService } from '../files/fixity.service.js';
import { NotInStoreError } from '../files/store.js';
import { StoredFile } from '../files/stored-file.entity.js';
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

/**
 * The end of a failed background build (`table`'s row `id`, claimed under `token`): the error logged
 * in full, a stored file found changed checked at once (so the store's health shows it), then, in
 * one transaction, the row marked FAILED with what `buildFailure` lets the console see and the
 * failure audited (`audit(message)`), so no one reads a FAILED build whose event is not yet in the
 * trail. Only while the build is still this one's: a build whose lease another instance took over
 * leaves that one's row as it is and audits nothing. Returns whether the row was marked.
 */
export async function failBuild(
  em: EntityManager,
  services: { fixity: FixityService; audit: AuditService },
  build: {
    error: unknown;
    what: string;
    table: 'export_package' | 'media_set';
    id: string;
    token: string;
    maxLength: number;
    actor: AuditActor;
    audit: (message: string) => AuditEntry;
  },
): Promise<boolean> {
  const { message, reference } = buildFailure(build.error, build.what);
  console.error(`${build.what} ${build.id} failed${reference ? ` (${reference})` : ''}:`, build.error);
  if (build.error instanceof PayloadMismatchError) {
    const stored = await em.findOne(StoredFile, { sha256: build.error.file.sha256, disposedAt: null });
    if (stored) await services.fixity.checkAll(em.fork(), [stored.id], FixityTrigger.EVENT).catch(() => null);
  }
  return em.fork({ clear: true }).transactional(async (tx) => {
    const marked = await tx.execute(
      `update ${build.table} set status = 'FAILED', error = ?, finished_at = now()
        where id = ? and build_token = ? and status = 'BUILDING'`,
      [message.slice(0, build.maxLength), build.id, build.token],
      'run',
    );
    if ((marked as { affectedRows?: number }).affectedRows !== 1) return false;
    await services.audit.append(tx as EntityManager, build.actor, build.audit(message));
    return true;
  });
}
