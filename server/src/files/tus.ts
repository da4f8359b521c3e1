import type { Readable } from 'node:stream';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { FileStore } from '@tus/file-store';
import { Server } from '@tus/server';
import { Upload as TusUpload } from '@tus/utils';
import { AuditOutcome } from '../audit/audit-event.entity.js';
import { AppError } from '../common/errors.js';
import { type Context, contextFor, type Services } from '../context.js';
import { type IntakeService, UploadError } from './intake.service.js';
import { Upload, UploadStatus } from './upload.entity.js';

/** Set by the HTTP server on every /files request (never trusted from the client). */
export const CLIENT_ADDRESS_HEADER = 'x-er-client-address';
/** Answer header of the last PATCH: the record the upload became. */
export const RECORD_ID_HEADER = 'X-Record-Id';

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

/** tus answers errors that carry `status_code` and `body`; ours become JSON like GraphQL's. */
function asUploadError(error: unknown): unknown {
  if (error instanceof UploadError) return error;
  if (error instanceof AppError) return UploadError.from(error);
  if ((error as { status_code?: number }).status_code) return error;
  console.error('upload failed:', error);
  return new UploadError(500, 'INTERNAL_SERVER_ERROR', 'The upload could not be stored; try again');
}

/**
 * tus's file store with the intake in its write path: bytes are hashed as they are written, a
 * cancelled upload keeps its journal, and a completed one (moved into the content store) still
 * answers HEAD with its full length so a client resuming it knows it is done. One whose last
 * byte arrived but whose placing or record failed is finished when its client asks again, and
 * until then never answers "complete".
 */
class EvidenceUploadStore extends FileStore {
  private readonly orm: MikroORM;
  private readonly intake: IntakeService;

  constructor(
    directory: string,
    expiryMs: number,
    private readonly services: Services,
  ) {
    super({ directory, expirationPeriodInMilliseconds: expiryMs });
    this.orm = services.orm;
    this.intake = services.intake;
  }

  private em() {
    return this.orm.em.fork() as EntityManager;
  }

  override async write(readable: Readable, id: string, offset: number): Promise<number> {
    return this.intake.receive(this.em(), readable, id, offset);
  }

  override async remove(id: string): Promise<void> {
    await this.intake.cancel(this.em(), id);
  }

  override async getUpload(id: string): Promise<TusUpload> {
    try {
      const found = await super.getUpload(id);
      const journal = await this.em().findOne(Upload, { id }, { fields: ['status'] });
      if (journal?.status !== UploadStatus.STORING) return found;
      // All bytes in, but the store or the database failed before the record was written.
      try {
        await this.intake.retryStoring(this.services, id);
      } catch (error) {
        if (error instanceof UploadError) throw error;
        console.error(`upload ${id}: finishing again failed:`, error);
        throw new UploadError(
          503,
          'SERVICE_UNAVAILABLE',
          'All of the file arrived, but it could not be stored yet; it is kept: try again shortly',
        );
      }
      return new TusUpload({
        id,
        size: found.size,
        offset: found.size ?? found.offset,
        creation_date: found.creation_date,
      });
    } catch (error) {
      const done = await this.em().findOne(Upload, { id, status: UploadStatus.COMPLETED });
      if (!done) throw error;
      return new TusUpload({ id, size: done.size, offset: done.size, creation_date: done.createdAt.toISOString() });
    }
  }
}

/**
 * The resumable-upload endpoint at `/files`. Every request must come from a signed-in user; a new
 * upload's metadata is validated and authorized (as creating its record) before any byte is
 * stored, and only its creator may continue, inspect or cancel it. Refusals are audited.
 */
export function createTusServer(services: Services): Server {
  const { config, orm, auth, audit, intake } = services;
  const contexts = new WeakMap<Request, Context>();
  const contextOf = (req: Request) => {
    const ctx = contexts.get(req);
    if (!ctx) throw new UploadError(401, 'UNAUTHENTICATED', 'Sign in first');
    return ctx;
  };
  return new Server({
    path: '/files',
    datastore: new EvidenceUploadStore(config.uploadDir, config.uploadExpiryHours * 3_600_000, services),
    relativeLocation: true,
    // One lock per upload across every instance on the database (tus's default lives in memory).
    locker: intake.uploadLocker(orm.config.getClientUrl()),
    maxSize: config.maxUploadBytes,
    // Same origins as the rest of the API (CORS_ORIGINS); tus would otherwise answer `*`.
    allowedOrigins: (origin: string) => config.corsOrigins.includes(origin),
    allowedCredentials: true,
    exposedHeaders: [
      'Upload-Offset',
      'Location',
      'Upload-Length',
      'Upload-Metadata',
      'Upload-Expires',
      RECORD_ID_HEADER,
    ],
    async onIncomingRequest(req, uploadId) {
      const em = orm.em.fork() as EntityManager;
      const token = tokenFromWebRequest(req, config.cookieName);
      const found = token ? await auth.authenticate(em, token) : null;
      const ctx = contextFor(services, em, found, req.headers.get(CLIENT_ADDRESS_HEADER) || null);
      const operation = `upload.${req.method.toLowerCase()}`;
      try {
        if (!found) {
          await audit.appendDetached(em, ctx.actor, {
            action: operation,
            subjectType: 'Upload',
            subjectId: uploadId || null,
            outcome: AuditOutcome.DENIED,
            details: { reason: 'UNAUTHENTICATED' },
          });
          throw new UploadError(401, 'UNAUTHENTICATED', 'Sign in first');
        }
        // Bytes leave the system only through /download, audited per access.
        if (req.method === 'GET') throw new UploadError(405, 'METHOD_NOT_ALLOWED', 'Uploads cannot be read back here');
        if (req.method === 'POST') await ctx.authz.ensureType('create', 'Upload', 'upload.create');
        else await intake.mine(ctx, uploadId, operation);
      } catch (error) {
        throw asUploadError(error);
      }
      contexts.set(req, ctx);
    },
    async onUploadCreate(req, upload) {
      try {
        await intake.begin(contextOf(req), upload.id, upload.size, upload.metadata ?? {});
      } catch (error) {
        throw asUploadError(error);
      }
      return {};
    },
    async onUploadFinish(req, upload) {
      try {
        const done = await intake.finish(contextOf(req), upload.id);
        return { headers: { [RECORD_ID_HEADER]: done.recordId ?? '' } };
      } catch (error) {
        throw asUploadError(error);
      }
    },
  });
}
