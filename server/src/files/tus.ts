import type { EntityManager } from '@mikro-orm/postgresql';
import { FileStore } from '@tus/file-store';
import { Server } from '@tus/server';
import { AuditOutcome } from '../audit/audit-event.entity.js';
import { defineAbilityFor } from '../authz/ability.js';
import { principalOf, type Services } from '../context.js';

const tusError = (status_code: number, message: string) => ({
  status_code,
  body: `${JSON.stringify({ error: { code: status_code === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN', message } })}\n`,
});

/** Set by the HTTP server on every /files request (never trusted from the client). */
export const CLIENT_ADDRESS_HEADER = 'x-er-client-address';

function tokenFromWebRequest(req: Request, cookieName: string): string | null {
  const auth = req.headers.get('authorization');
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  const cookie = req.headers.get('cookie');
  if (!cookie) return null;
  for (const part of cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === cookieName) {
      try {
        return decodeURIComponent(rest.join('='));
      } catch {
        return null;
      }
    }
  }
  return null;
}

/**
 * The resumable-upload endpoint at `/files`. Every request (create, HEAD, PATCH) must come from a
 * signed-in user whose rules allow creating an `Upload`; refusals are audited. What an upload
 * becomes (a record's file) is defined by the evidence-intake module; until its rules exist, CASL
 * grants `create` on `Upload` to nobody and the endpoint refuses every upload (default deny).
 */
export function createTusServer(services: Services): Server {
  const { config, orm, auth, audit } = services;
  return new Server({
    path: '/files',
    datastore: new FileStore({ directory: config.uploadDir, expirationPeriodInMilliseconds: 24 * 60 * 60 * 1000 }),
    relativeLocation: true,
    maxSize: config.maxUploadBytes,
    exposedHeaders: ['Upload-Offset', 'Location', 'Upload-Length', 'Upload-Metadata', 'Upload-Expires'],
    async onIncomingRequest(req, uploadId) {
      const em = orm.em.fork() as EntityManager;
      const token = tokenFromWebRequest(req, config.cookieName);
      const found = token ? await auth.authenticate(em, token) : null;
      const actor = {
        id: found?.user.id ?? null,
        username: found?.user.username ?? null,
        clientAddress: req.headers.get(CLIENT_ADDRESS_HEADER) || null,
      };
      const entry = {
        action: `upload.${req.method.toLowerCase()}`,
        subjectType: 'Upload',
        subjectId: uploadId || null,
        outcome: AuditOutcome.DENIED,
      };
      if (!found) {
        await audit.appendDetached(em, actor, { ...entry, details: { reason: 'UNAUTHENTICATED' } });
        throw tusError(401, 'Sign in first');
      }
      if (!defineAbilityFor(principalOf(found.user)).can('create', 'Upload')) {
        await audit.appendDetached(em, actor, { ...entry, details: { reason: 'FORBIDDEN' } });
        throw tusError(403, 'Not allowed to upload');
      }
    },
  });
}
