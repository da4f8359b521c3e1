import type { Request, Response } from 'express';
import { AuditOutcome } from '../audit/audit-event.entity.js';
import type { AuditService } from '../audit/audit.service.js';
import { AppError, badInput, ErrorCode } from '../common/errors.js';
import { sendError, sendKeptFile } from '../http/respond.js';
import { isUuid } from '../common/identifiers.js';
import type { Context } from '../context.js';
import { GrantAction } from '../access-requests/access.enums.js';
import { grantUsed } from '../access-requests/access-request.service.js';
import { RecordVersion } from '../records/record-version.entity.js';
import { EnforcementRecord } from '../records/record.entity.js';
import { FileAccess, FileAccessMode } from './file-access.entity.js';
import type { ContentStore } from './store.js';
import { FixityStatus, StoredFile } from './stored-file.entity.js';

/** The answer for a file destroyed by disposal (HTTP 410 Gone outside GraphQL). */
const disposedError = (at: Date) =>
  new AppError(
    ErrorCode.INVALID_STATE,
    `This file was destroyed on ${new Date(at).toISOString().slice(0, 10)} at the end of its retention period (approved disposal list); only the record's description, hashes and audit trail remain`,
    { reason: 'DISPOSED', disposedAt: new Date(at).toISOString() },
  );

/** How long an opened file can be played (a long hearing video) or fetched for saving. */
const VIEW_MINUTES = 240;
const DOWNLOAD_MINUTES = 30;

const actionOf = (mode: FileAccessMode) => (mode === FileAccessMode.VIEW ? 'view' : 'download');

/**
 * Access to a record's file: `open` checks `view` (play in the page) or `download` (save a copy),
 * audits the access and returns its address; `serve` answers that address with Range support,
 * for the same user only, re-checking the permission on every request (a revoked right stops at once).
 */
export class FileAccessService {
  constructor(
    private readonly audit: AuditService,
    private readonly store: ContentStore,
  ) {}

  async open(ctx: Context, recordId: string, mode: FileAccessMode, version?: number | null) {
    const operation = `record.${actionOf(mode)}`;
    const record = await ctx.services.records.get(ctx, recordId, operation);
    await ctx.authz.ensure(actionOf(mode), record, operation);
    let fileId = record.fileId ?? null;
    let fileName = record.fileName ?? null;
    const wanted = version ?? record.version;
    if (wanted !== record.version) {
      const v = await ctx.em.findOne(RecordVersion, { record, version: wanted });
      if (!v) throw badInput(`The record has no version ${wanted}`, { field: 'version' });
      fileId = v.fileId ?? null;
      fileName = v.fileName ?? null;
    }
    if (!fileId) throw badInput('This version of the record carries no file', { field: 'version' });
    const file = await ctx.em.findOneOrFail(StoredFile, { id: fileId });
    if (record.disposedAt || file.disposedAt)
      throw await ctx.authz.deny(disposedError(record.disposedAt ?? file.disposedAt!), {
        action: operation,
        subjectType: 'Record',
        subjectId: record.id,
        details: { fileId: file.id, sha256: file.sha256, version: wanted, reason: 'DISPOSED' },
      });
    const minutes = mode === FileAccessMode.VIEW ? VIEW_MINUTES : DOWNLOAD_MINUTES;
    const access = ctx.em.create(FileAccess, {
      user: ctx.user!,
      record,
      version: wanted,
      file,
      mode,
      fileName: fileName ?? `${record.title}.${file.extension}`,
      expiresAt: new Date(Date.now() + minutes * 60_000),
    });
    await ctx.em.transactional(async (em) => {
      await em.flush();
      await this.audit.append(em, ctx.actor, {
        action: operation,
        subjectType: 'Record',
        subjectId: record.id,
        details: {
          accessId: access.id,
          version: wanted,
          fileId: file.id,
          sha256: file.sha256,
          mode,
          // The grant that allowed it, when the caller's own role did not (Art. 18).
          grantId: grantUsed(ctx, record.id, mode === FileAccessMode.VIEW ? GrantAction.VIEW : GrantAction.DOWNLOAD),
        },
      });
    });
    return { access, file };
  }

  /** GET or HEAD `/download/:accessId`. */
  async serve(ctx: Context, req: Request, res: Response): Promise<void> {
    const id = String(req.params.accessId ?? '');
    const fail = (error: AppError, status?: number) => sendError(res, error, status);
    try {
      await ctx.authz.requirePrincipal('file.serve');
      const access = isUuid(id)
        ? await ctx.em.findOne(FileAccess, { id, user: ctx.user!.id }, { populate: ['file'] })
        : null;
      if (!access) throw await ctx.authz.missing('Record', id, 'file.serve');
      if (access.expiresAt < new Date()) {
        await ctx.authz.deny(new AppError(ErrorCode.INVALID_STATE, 'expired'), {
          action: 'file.serve',
          subjectType: 'Record',
          subjectId: access.record.id,
          details: { accessId: access.id },
        });
        return fail(new AppError(ErrorCode.INVALID_STATE, 'This link has expired; open the file again'), 410);
      }
      const record = await ctx.em.findOneOrFail(EnforcementRecord, { id: access.record.id }, { populate: ['case'] });
      await ctx.authz.ensure(actionOf(access.mode), record, 'file.serve');
      const file = access.file;
      // Destroyed at the end of retention (an approved disposal list): gone for good, not "missing".
      if (record.disposedAt || file.disposedAt) {
        const error = disposedError(record.disposedAt ?? file.disposedAt!);
        await ctx.authz.deny(error, {
          action: 'file.serve',
          subjectType: 'Record',
          subjectId: record.id,
          details: { accessId: access.id, fileId: file.id, reason: 'DISPOSED' },
        });
        return fail(error, 410);
      }
      const stat = await this.store.stat(file.sha256);
      if (stat?.size !== file.size) {
        await this.markMissing(ctx, file);
        return fail(
          new AppError(ErrorCode.INVALID_STATE, 'The stored file is missing; the archive has been told'),
          410,
        );
      }
      const range = String(req.headers.range ?? '').slice(0, 100);
      await ctx.em
        .getConnection()
        .execute(
          'update file_access set first_used_at = now(), first_range = ? where id = ? and first_used_at is null',
          [range, access.id],
        );
      const failed = await sendKeptFile(req, res, this.store, file, {
        mediaType: file.mediaType,
        fileName: access.fileName,
        disposition: access.mode === FileAccessMode.VIEW ? 'inline' : 'attachment',
      });
      if (failed && !res.headersSent)
        fail(new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'The file could not be sent'), failed.status ?? 500);
    } catch (error) {
      if (error instanceof AppError) return fail(error);
      throw error;
    }
  }

  private async markMissing(ctx: Context, file: StoredFile) {
    await ctx.em
      .getConnection()
      .execute('update stored_file set fixity_status = ?, fixity_checked_at = now() where id = ?', [
        FixityStatus.MISSING,
        file.id,
      ]);
    await this.audit.appendDetached(ctx.em, ctx.actor, {
      action: 'file.missing',
      subjectType: 'StoredFile',
      subjectId: file.id,
      outcome: AuditOutcome.FAILED,
      details: { sha256: file.sha256 },
    });
  }
}
