import { AuditEvent } from '../../server/src/audit/audit-event.entity.js';
import type { AuditActor, AuditEntry } from '../../server/src/audit/audit.service.js';
import type { TestServer } from './server.js';

/**
 * Appends through the service (its own transaction) and seals what is pending, as any reader of
 * the trail does first: the event as the API shows it, with its sequence number and hashes.
 */
export async function appendSealed(server: TestServer, actor: AuditActor, entry: AuditEntry): Promise<AuditEvent> {
  const { id } = await server.services.audit.append(server.em(), actor, entry);
  await server.services.audit.settle(server.em());
  return server.em().findOneOrFail(AuditEvent, { id });
}

/** Seals every committed pending event, so a test can read sequence numbers straight from the table. */
export const sealAll = (server: TestServer) => server.services.audit.settle(server.em());
