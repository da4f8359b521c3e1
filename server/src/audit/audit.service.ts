import { createHash } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import canonicalize from 'canonicalize';
import { AuditEvent, AuditOutcome } from './audit-event.entity.js';
import { Sealer, sealPending } from './chainer.js';

/** Who did it and from where; taken from the request context. */
export interface AuditActor {
  id: string | null;
  username: string | null;
  clientAddress: string | null;
}

/** The server itself, for what scheduled jobs do (fixity, re-check and disposal notices). */
export const SYSTEM_ACTOR: AuditActor = { id: null, username: 'system', clientAddress: null };

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
/** Key of the transaction-scoped advisory lock that serialises sealing, so the chain never forks. */
export const APPEND_LOCK_KEY = 0x41554454; // "AUDT"

/** What an event's hash covers: everything but the hash itself and the internal insertion id. */
export type HashedEvent = Omit<AuditEvent, 'hash' | 'id'>;

const text = (v: string | null | undefined) => (v === null || v === undefined ? 'null' : JSON.stringify(v));

/**
 * The canonical (RFC 8785) JSON of an event's content and its predecessor's hash: what is hashed.
 * The top level is written out in RFC 8785's key order (JSON.stringify serialises strings and
 * numbers exactly as RFC 8785 asks); only `details` goes through the general `canonicalize`.
 * Twice as fast as canonicalising the whole object, which the verifier feels; a property test
 * (test/server/audit/canonical.test.ts) holds it equal to `canonicalize` of the whole.
 */
export function canonicalEvent(e: HashedEvent): string {
  return (
    `{"action":${JSON.stringify(e.action)},"actorId":${text(e.actorId)},"actorName":${text(e.actorName)},` +
    `"at":"${e.at.toISOString()}","clientAddress":${text(e.clientAddress)},"details":${canonicalize(e.details)!},` +
    `"outcome":${JSON.stringify(e.outcome)},"prevHash":${JSON.stringify(e.prevHash)},"seq":${JSON.stringify(e.seq)},` +
    `"subjectId":${text(e.subjectId)},"subjectType":${text(e.subjectType)}}`
  );
}

/** The SHA-256 over the canonical (RFC 8785) JSON of an event's content and its predecessor's hash. */
export function hashEvent(e: HashedEvent): string {
  return createHash('sha256').update(canonicalEvent(e), 'utf8').digest('hex');
}

/** An event as the trail will store it (strings made storable, details as JSON will return them). */
function newEvent(actor: AuditActor, entry: AuditEntry): AuditEvent {
  const event = new AuditEvent();
  event.at = new Date();
  event.actorId = actor.id;
  event.actorName = column(actor.username);
  event.action = column(entry.action)!;
  event.subjectType = column(entry.subjectType);
  event.subjectId = column(entry.subjectId);
  event.outcome = entry.outcome ?? AuditOutcome.ALLOWED;
  event.clientAddress = column(actor.clientAddress);
  event.details = storableJson(JSON.parse(JSON.stringify(entry.details ?? {})) as unknown) as Record<string, unknown>;
  return event;
}

/**
 * A value for one of the trail's varchar(64) columns, cut to 64 characters (code points, as
 * PostgreSQL counts): a longer one would fail the insert, or — trailing spaces — be cut silently
 * by PostgreSQL after it was hashed.
 */
function column(value: string | null | undefined): string | null {
  const s = storable(value);
  if (s === null || s.length <= 64) return s;
  return Array.from(s).slice(0, 64).join('');
}

/** JSON (as parsed) with every string and every key storable, as jsonb will give it back. */
function storableJson(v: unknown): unknown {
  if (typeof v === 'string') return storable(v);
  if (Array.isArray(v)) return v.map(storableJson);
  if (v !== null && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [storable(k), storableJson(x)]));
  return v;
}

/**
 * The one writer of the audit trail (Art. 21). Every module records through it, in the same
 * transaction as the change it describes.
 */
export class AuditService {
  private sealer: Sealer | null = null;

  /**
   * Inserts the event, pending, inside the caller's transaction. Appends take no lock and never
   * wait for one another; the event gets its sequence number and hashes when it is sealed after
   * the commit (chainer.ts), so the chain is gapless and linear in the order of sealing.
   */
  async append(em: EntityManager, actor: AuditActor, entry: AuditEntry): Promise<AuditEvent> {
    if (!em.isInTransaction()) {
      return em.transactional((tx) => this.append(tx, actor, entry));
    }
    const event = newEvent(actor, entry);
    event.id = String(await em.insert(AuditEvent, event));
    this.sealer?.appended(em.getTransactionContext());
    return event;
  }

  /**
   * Appends at once, whatever the caller's transaction does: for denied attempts and failed
   * sign-ins, which must stay recorded although the request that caused them is refused. With the
   * background sealer running (every server instance) the event joins the next sealing
   * transaction, written sealed together with others (group commit); resolves once committed.
   */
  async appendDetached(em: EntityManager, actor: AuditActor, entry: AuditEntry): Promise<AuditEvent> {
    if (this.sealer) return this.sealer.enqueue(newEvent(actor, entry));
    return em.fork({ clear: true }).transactional((tx) => this.append(tx, actor, entry));
  }

  /** Seals every event committed so far. Whoever reads the chain (lists, exports, verification, checkpoints) calls it first. */
  async settle(em: EntityManager): Promise<void> {
    if (this.sealer) await this.sealer.flush();
    else await sealPending(em);
  }

  /** Seals in the background from now on (each server instance does). */
  startSealing(orm: MikroORM, intervalMs: number, onError: (e: unknown) => void): void {
    if (this.sealer) return;
    this.sealer = new Sealer(orm, onError);
    this.sealer.start(intervalMs);
  }

  async stopSealing(): Promise<void> {
    await this.sealer?.stop();
    this.sealer = null;
  }
}
