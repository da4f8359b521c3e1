import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Request, Response } from 'express';
import type { AuditService } from '../audit/audit.service.js';
import { AppError, badInput, ErrorCode } from '../common/errors.js';
import { sendError, sendKeptFile } from '../http/respond.js';
import { isUuid } from '../common/identifiers.js';
import type { Config } from '../config.js';
import type { Context } from '../context.js';
import { registerStoredFile } from '../files/intake.service.js';
import { NO_MEDIA_FACTS } from '../files/media.js';
import { allowedTypes, detectType, HEAD_BYTES } from '../files/media.js';
import type { ContentStore } from '../files/store.js';
import { RecordKind } from '../records/record.enums.js';
import { Attachment } from './attachment.entity.js';
import { AttachmentPurpose, DisclosureType } from './disclosure.enums.js';

/** Scans of papers: PDF, OFD, office documents and images; a redacted copy may also be audio or video. */
const allowedFor = (purpose: AttachmentPurpose) =>
  purpose === AttachmentPurpose.REDACTED_COPY
    ? [...allowedTypes(RecordKind.OTHER_TEXT), ...allowedTypes(RecordKind.VIDEO), ...allowedTypes(RecordKind.AUDIO)]
    : allowedTypes(RecordKind.OTHER_TEXT);

/**
 * The papers of a request (Art. 17, 19): `POST /attachments?purpose=…` takes the file as the raw
 * body (its name URI-encoded in `X-File-Name`), hashes it as it arrives, checks its real type and
 * keeps it in the content-addressed store; `GET /attachments/:id` shows it to those who may see it.
 */
export class AttachmentService {
  constructor(
    private readonly config: Config,
    private readonly audit: AuditService,
    private readonly store: ContentStore,
  ) {}

  async upload(ctx: Context, req: Request, res: Response): Promise<void> {
    const temp = path.join(this.config.uploadDir, `attachment-${randomUUID()}`);
    try {
      await ctx.authz.requirePrincipal('attachment.upload');
      await ctx.authz.ensureType('create', 'Attachment', 'attachment.upload');
      const queue = this.queueOf(ctx, String(req.query.queue ?? ''));
      await ctx.authz.ensure('create', { __typename: 'Attachment', queue } as never, 'attachment.upload');
      const purpose = String(req.query.purpose ?? '') as AttachmentPurpose;
      if (!Object.values(AttachmentPurpose).includes(purpose))
        throw badInput(`purpose must be one of ${Object.values(AttachmentPurpose).join(', ')}`, {
          field: 'purpose',
          reason: 'PURPOSE',
        });
      let fileName: string;
      try {
        fileName = decodeURIComponent(String(req.headers['x-file-name'] ?? '')).trim();
      } catch {
        throw badInput('X-File-Name must be URI-encoded', { field: 'fileName', reason: 'NAME' });
      }
      // eslint-disable-next-line no-control-regex
      if (!fileName || fileName.length > 255 || /[\u0000-\u001f\u007f/\\]/.test(fileName))
        throw badInput(
          'Give the file name (X-File-Name): at most 255 characters, no path separators or control characters',
          {
            field: 'fileName',
            reason: 'NAME',
          },
        );
      const declared = Number(req.headers['content-length']);
      if (!Number.isFinite(declared) || declared <= 0)
        throw badInput('The file is empty (or Content-Length is missing)', { field: 'file', reason: 'EMPTY' });
      if (declared > this.config.maxAttachmentBytes)
        throw badInput(`The file is larger than the limit of ${this.config.maxAttachmentBytes} bytes`, {
          field: 'file',
          reason: 'TOO_LARGE',
          limit: this.config.maxAttachmentBytes,
        });
      const sha256 = createHash('sha256');
      const sm3 = createHash('sm3');
      let size = 0;
      let head = Buffer.alloc(0);
      const limit = this.config.maxAttachmentBytes;
      await fsp.mkdir(this.config.uploadDir, { recursive: true });
      await pipeline(
        req,
        new Transform({
          transform(chunk: Buffer, _encoding, done) {
            size += chunk.length;
            if (size > limit)
              return done(
                badInput(`The file is larger than the limit of ${limit} bytes`, {
                  field: 'file',
                  reason: 'TOO_LARGE',
                  limit,
                }),
              );
            if (head.length < HEAD_BYTES) head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)]);
            sha256.update(chunk);
            sm3.update(chunk);
            done(null, chunk);
          },
        }),
        fs.createWriteStream(temp, { flags: 'wx' }),
      );
      if (size !== declared)
        throw badInput('The body ended before Content-Length bytes arrived', { field: 'file', reason: 'INCOMPLETE' });
      const type = await detectType(head, fileName);
      const allowed = allowedFor(purpose);
      if (!type || !allowed.includes(type.mediaType))
        throw badInput(
          `The file's content is ${type?.mediaType ?? 'of no known type'}; a ${purpose} takes ${allowed.join(', ')}`,
          { field: 'file', reason: 'TYPE', mediaType: type?.mediaType ?? null },
        );
      const digests = { sha256: sha256.digest('hex'), sm3: sm3.digest('hex') };
      await this.store.place(temp, digests.sha256);
      const attachment = await ctx.em.transactional(async (em) => {
        const file = await registerStoredFile(em, digests, size, type.mediaType, fileName, NO_MEDIA_FACTS);
        const a = em.create(Attachment, { file, fileName, purpose, queue, uploadedBy: ctx.user! });
        await em.flush();
        await this.audit.append(em, ctx.actor, {
          action: 'attachment.upload',
          subjectType: 'Attachment',
          subjectId: a.id,
          details: { purpose, queue, fileName, sha256: digests.sha256, size, mediaType: type.mediaType },
        });
        return a;
      });
      res.status(201).json({
        id: attachment.id,
        fileName,
        purpose,
        sha256: digests.sha256,
        sm3: digests.sm3,
        size,
        mediaType: type.mediaType,
      });
    } catch (error) {
      await fsp.rm(temp, { force: true });
      if (error instanceof AppError) {
        // The rest of a refused body is not read: close the connection once the answer is sent.
        res.setHeader('Connection', 'close');
        // The code and the details (field, reason: EMPTY, TOO_LARGE, TYPE, NAME…) for the console.
        sendError(res, error);
        return;
      }
      throw error;
    }
  }

  /** The queue named (`?queue=`), or the only one the caller works in. */
  private queueOf(ctx: Context, given: string): DisclosureType {
    if (given) {
      if (!Object.values(DisclosureType).includes(given as DisclosureType))
        throw badInput(`queue must be one of ${Object.values(DisclosureType).join(', ')}`, {
          field: 'queue',
          reason: 'QUEUE',
        });
      return given as DisclosureType;
    }
    const mine = Object.values(DisclosureType).filter((queue) =>
      ctx.authz.ability.can('create', { __typename: 'Attachment', queue } as never),
    );
    if (mine.length !== 1)
      throw badInput('Say which queue the paper belongs to (queue=EXTERNAL or PARTY_COPY)', {
        field: 'queue',
        reason: 'QUEUE',
      });
    return mine[0]!;
  }

  /** GET `/attachments/:id`: the scan, inline, for those the rules let see it; audited. */
  async serve(ctx: Context, req: Request, res: Response): Promise<void> {
    const id = String(req.params.attachmentId ?? '');
    try {
      await ctx.authz.requirePrincipal('attachment.view');
      const found = isUuid(id) ? await ctx.em.findOne(Attachment, { id }) : null;
      if (!found) throw await ctx.authz.missing('Attachment', id, 'attachment.view');
      await ctx.authz.ensure('view', found, 'attachment.view');
      if ((await this.store.stat(found.file.sha256))?.size !== found.file.size)
        throw new AppError(ErrorCode.INVALID_STATE, 'The stored file is missing; the archive has been told');
      await this.audit.appendDetached(ctx.em, ctx.actor, {
        action: 'attachment.view',
        subjectType: 'Attachment',
        subjectId: found.id,
        details: { sha256: found.file.sha256 },
      });
      const failed = await sendKeptFile(req, res, this.store, found.file, {
        mediaType: found.file.mediaType,
        fileName: found.fileName,
        disposition: 'inline',
      });
      if (failed && !res.headersSent)
        sendError(res, new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'The file could not be sent'), 500);
    } catch (error) {
      if (error instanceof AppError) {
        sendError(res, error);
        return;
      }
      throw error;
    }
  }
}
