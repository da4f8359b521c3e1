import type { AbilityBuilder } from '@casl/ability';
import { DisclosureType } from '../disclosures/disclosure.enums.js';
import { Role } from '../users/roles.js';
import { type AppAbility, hasRole as has, type Principal } from './ability.js';

type Builder = AbilityBuilder<AppAbility>;

/** Fields of a party's application that are personal data (masked unless these rules allow them). */
export const APPLICANT_PERSONAL_FIELDS = ['applicantIdNumber'];

/**
 * Material handed out (Art. 16–17, 19–20): the archive room runs requests from courts and other
 * bodies, the legal staff run parties' copy applications; leaders and supervisors follow both.
 */
export function disclosureRules({ can, cannot }: Builder, p: Principal): void {
  const queues: [Role, DisclosureType][] = [
    [Role.archivist, DisclosureType.EXTERNAL],
    [Role.legal, DisclosureType.PARTY_COPY],
  ];
  for (const [role, type] of queues) {
    if (!has(p, role)) continue;
    // create: register; update: decide items, submit, record delivery, close; export: build and fetch the package.
    can(['create', 'read', 'update', 'export', 'cancel'], 'Disclosure', { type });
    can(['read', 'download'], 'ExportPackage', { 'disclosure.type': type });
    // Papers of the queue only: the archive never sees a party's identity documents, nor legal a court's letters.
    can(['create', 'read', 'view'], 'Attachment', { queue: type });
  }
  if (has(p, Role.leader, Role.supervisor)) {
    can('read', ['Disclosure', 'ExportPackage']);
  }
  // Leaders approve them, so they see the papers too; supervisors read metadata only.
  if (has(p, Role.leader)) can(['read', 'view'], 'Attachment');
  can(['read', 'view'], 'Attachment', { 'uploadedBy.id': p.id });
  cannot('read', 'Disclosure', APPLICANT_PERSONAL_FIELDS);
  // A field rule also opens the row, so each carries the condition of the rows its holder reads.
  if (has(p, Role.legal)) can('read', 'Disclosure', APPLICANT_PERSONAL_FIELDS, { type: DisclosureType.PARTY_COPY });
  if (has(p, Role.leader)) can('read', 'Disclosure', APPLICANT_PERSONAL_FIELDS);
}
