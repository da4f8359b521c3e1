import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { AuditEvent } from '../audit/audit-event.entity.js';
import type { Authz } from '../authz/guard.js';
import { Case } from '../cases/case.entity.js';
import { isUuid } from '../common/identifiers.js';
import { EnforcementRecord } from '../records/record.entity.js';
import { EvidenceKind } from './violation.enums.js';
import type { EvidenceLink } from './violation.entity.js';

/** What the caller may learn of a linked item: its title, or nothing when they may not read it. */
export type EvidenceFacts = { readable: true; title: string | null } | { readable: false; title: null };

const UNREADABLE: EvidenceFacts = { readable: false, title: null };

export const evidenceKey = (link: EvidenceLink) => `${link.kind}:${link.ref}`;

/**
 * Per-request batch loader of evidence links as the caller may see them: one query per kind under
 * the caller's read rules, so an item they may not read is neither named nor told apart from a
 * missing one, and no refusal is audited (nothing was asked of the item itself).
 */
export function createEvidenceLoader(em: EntityManager, authz: () => Authz): DataLoader<string, EvidenceFacts> {
  return new DataLoader(async (keys) => {
    const refs = (kind: EvidenceKind) =>
      keys.filter((k) => k.startsWith(`${kind}:`)).map((k) => k.slice(kind.length + 1));
    const facts = new Map<string, EvidenceFacts>();
    const readable = async <T extends { id: string }>(
      kind: EvidenceKind,
      type: 'Record' | 'Case',
      entity: new () => T,
      title: (row: T) => string,
    ) => {
      const allowed = authz().filter<T>('read', type, entity);
      const ids = refs(kind).filter(isUuid);
      if (allowed === null || ids.length === 0) return;
      const rows = await em.find(entity, { $and: [allowed, { id: { $in: ids } }] } as FilterQuery<T>);
      for (const row of rows) facts.set(`${kind}:${row.id}`, { readable: true, title: title(row) });
    };
    await readable(EvidenceKind.RECORD, 'Record', EnforcementRecord, (r) => r.title);
    await readable(EvidenceKind.CASE, 'Case', Case, (c) => `${c.number} ${c.cause}`);
    const seqs = refs(EvidenceKind.AUDIT_EVENT).map(Number).filter(Number.isSafeInteger);
    const events = authz().filter<AuditEvent>('read', 'AuditEvent', AuditEvent);
    if (events !== null && seqs.length) {
      const rows = await em.find(AuditEvent, { $and: [events, { seq: { $in: seqs } }] } as FilterQuery<AuditEvent>, {
        fields: ['seq'],
      });
      for (const row of rows) facts.set(`${EvidenceKind.AUDIT_EVENT}:${row.seq}`, { readable: true, title: null });
    }
    return keys.map((k) => facts.get(k) ?? UNREADABLE);
  });
}
