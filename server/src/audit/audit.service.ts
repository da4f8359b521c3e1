import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import canonicalize from 'canonicalize';
import { AuditEvent, AuditOutcome } from './audit-event.entity.js';

/** Who did it and from where; taken from the request context. */
export interface AuditActor {
  id: string | null;
  username: string | null;
  clientAddress: string | null;
}

export interface AuditEntry {
  action: string;
  subjectType?: string | null;
  subjectId?: string | null;
  outcome?: AuditOutcome;
  details?: Record<string, unknown>;
}

export const GENESIS_HASH = '0'.repeat(64);

/**
 * A string exactly as PostgreSQL will store and return it: lone surrogates would come back as
 * U+FFFD and NUL is refused, so either would break the row's hash; both are replaced first.
 */
function storable(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return value.toWellFormed().replaceAll('\u0000', '\uFFFD');
}
/** Key of the transaction-scoped advisory lock that serialises appends, so the chain never forks. */
export const APPEND_LOCK_KEY = 0x41554454; // "AUDT"

/** The canonical (RFC 8785) JSON of an event's content and its predecessor's hash: what is hashed. */
export function canonicalEvent(e: Omit<AuditEvent, 'hash'>): string {
  return canonicalize({
    seq: e.seq,
    at: e.at.toISOString(),
    actorId: e.actorId ?? null,
    actorName: e.actorName ?? null,
    action: e.action,
    subjectType: e.subjectType ?? null,
    subjectId: e.subjectId ?? null,
    outcome: e.outcome,
    clientAddress: e.clientAddress ?? null,
    details: e.details,
    prevHash: e.prevHash,
  })!;
}

/** The SHA-256 over the canonical (RFC 8785) JSON of an event's content and its predecessor's hash. */
export function hashEvent(e: Omit<AuditEvent, 'hash'>): string {
  return createHash('sha256').update(canonicalEvent(e), 'utf8').digest('hex');
}

/**
 * The one writer of the audit trail (Art. 21). Every module records through it, in the same
 * transaction as the change it describes.
 */
export class AuditService {
  /**
   * Appends an event inside the caller's transaction. Appends are serialised by an advisory lock
   * held until that transaction ends, so sequence numbers are gapless and the chain is linear.
   */
  async append(em: EntityManager, actor: AuditActor, entry: AuditEntry): Promise<AuditEvent> {
    if (!em.isInTransaction()) {
      return em.transactional((tx) => this.append(tx, actor, entry));
    }
    await em.execute('select pg_advisory_xact_lock(?)', [APPEND_LOCK_KEY]);
    const [last] = await em.execute<{ seq: string; hash: string }[]>(
      'select seq, hash from audit_event order by seq desc limit 1',
    );
    const event = new AuditEvent();
    event.seq = last ? Number(last.seq) + 1 : 1;
    event.at = new Date();
    event.actorId = actor.id;
    event.actorName = storable(actor.username)?.slice(0, 64) ?? null;
    event.action = storable(entry.action)!;
    event.subjectType = storable(entry.subjectType);
    event.subjectId = storable(entry.subjectId);
    event.outcome = entry.outcome ?? AuditOutcome.ALLOWED;
    event.clientAddress = actor.clientAddress;
    event.details = JSON.parse(
      JSON.stringify(entry.details ?? {}, (_k, v: unknown) => (typeof v === 'string' ? storable(v) : v)),
    ) as Record<string, unknown>;
    event.prevHash = last?.hash ?? GENESIS_HASH;
    event.hash = hashEvent(event);
    await em.insert(AuditEvent, event);
    return event;
  }

  /**
   * Appends in a transaction of its own, committed at once: for denied attempts and failed
   * sign-ins, which must stay recorded although the request that caused them is refused.
   */
  async appendDetached(em: EntityManager, actor: AuditActor, entry: AuditEntry): Promise<AuditEvent> {
    return em.fork({ clear: true }).transactional((tx) => this.append(tx, actor, entry));
  }
}
