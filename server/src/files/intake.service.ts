import fs from 'node:fs';
import fsp from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import { validate } from 'class-validator';
import { AuditOutcome } from '../audit/audit-event.entity.js';
import type { AuditService } from '../audit/audit.service.js';
import { AppError, badInput, conflict, ErrorCode, invalidState } from '../common/errors.js';
import { isUuid } from '../common/identifiers.js';
import type { Config } from '../config.js';
import { type Context, contextFor, type Services } from '../context.js';
import { CreateRecordInput, RecordMetadataInput } from '../records/record.inputs.js';
import { Confidentiality, EnforcementStage, RecordKind } from '../records/record.enums.js';
import type { FileRef } from '../records/record.service.js';
import { Clearance } from '../users/roles.js';
import { User } from '../users/user.entity.js';
import { type Digests, HashFeeder, HashPool } from './hasher.js';
import { allowedTypes, detectType, HEAD_BYTES, type MediaFacts, probeMedia } from './media.js';
import { type ContentStore, quarantineFile } from './store.js';
import { createContentStore } from './stores.js';
import { StoredFile } from './stored-file.entity.js';
import { Upload, UploadStatus } from './upload.entity.js';
import { PgLocker } from './pg-locker.js';

/** The tus metadata keys an upload may carry (values are strings; see README "Uploads"). */
const TEXT_KEYS = ['title', 'location', 'deviceNumber', 'longTermReason', 'documentNumber', 'issuedTo'] as const;
const DATE_KEYS = ['capturedFrom', 'capturedTo'] as const;
const BOOL_KEYS = ['partyNotified', 'longTerm'] as const;
const KNOWN_KEYS = new Set<string>([
  ...TEXT_KEYS,
  ...DATE_KEYS,
  ...BOOL_KEYS,
  'caseId',
  'recordId',
  'reason',
  'kind',
  'stage',
  'officerId',
  'confidentiality',
  'secretLevel',
  'filename',
  'filetype',
  'name',
  'type',
  'relativePath',
]);

/** Bytes an upload writes between two fdatasync calls (see `receive`). */
const SYNC_EVERY_BYTES = 64 * 1024 * 1024;

/** An error a tus hook answers with: an HTTP status and a JSON body like the GraphQL errors'. */
export class UploadError extends Error {
  readonly status_code: number;
  readonly body: string;
  constructor(status: number, code: string, message: string, details?: Record<string, unknown>) {
    super(message);
    this.status_code = status;
    this.body = `${JSON.stringify({ error: { code, message, ...(details ? { details } : {}) } })}\n`;
  }

  static from(error: AppError, status?: number): UploadError {
    const code = error.code;
    const statusOf: Record<string, number> = {
      UNAUTHENTICATED: 401,
      FORBIDDEN: 403,
      NOT_FOUND: 404,
      BAD_USER_INPUT: 400,
      CONFLICT: 409,
      INVALID_STATE: 409,
    };
    const details = error.extensions.details as Record<string, unknown> | undefined;
    return new UploadError(status ?? statusOf[code] ?? 500, code, error.message, details);
  }
}

const enumValue = <T extends string>(
  values: Record<string, T>,
  key: string,
  raw: string | undefined,
): T | undefined => {
  if (raw === undefined || raw === '') return undefined;
  if (!(Object.values(values) as string[]).includes(raw))
    throw badInput(`${key} must be one of ${Object.values(values).join(', ')}`, { field: key });
  return raw as T;
};

/** Reads the tus metadata into the record input it describes, refusing anything malformed. */
export async function parseUploadMetadata(meta: Record<string, string | null | undefined>) {
  const get = (k: string) => {
    const v = meta[k];
    return v === null || v === undefined ? undefined : v;
  };
  const unknown = Object.keys(meta).filter((k) => !KNOWN_KEYS.has(k));
  if (unknown.length) throw badInput(`Unknown upload metadata: ${unknown.join(', ')}`, { field: unknown[0] });
  const fileName = (get('filename') ?? get('name') ?? '').trim();
  if (!fileName) throw badInput('The upload needs its file name (metadata "filename")', { field: 'filename' });
  if (fileName.length > 255) throw badInput('The file name is longer than 255 characters', { field: 'filename' });
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f/\\]/.test(fileName))
    throw badInput('The file name may not contain path separators or control characters', { field: 'filename' });
  const recordId = get('recordId');
  const input = (recordId ? new RecordMetadataInput() : new CreateRecordInput()) as unknown as Record<string, unknown>;
  for (const k of TEXT_KEYS) if (get(k) !== undefined) input[k] = get(k);
  for (const k of DATE_KEYS) {
    const raw = get(k);
    if (raw === undefined || raw === '') continue;
    const d = new Date(raw);
    if (!/^\d{4}-\d{2}-\d{2}T/.test(raw) || Number.isNaN(d.getTime()))
      throw badInput(`${k} must be an ISO 8601 date-time`, { field: k });
    input[k] = d;
  }
  for (const k of BOOL_KEYS) {
    const raw = get(k);
    if (raw === undefined || raw === '') continue;
    if (raw !== 'true' && raw !== 'false') throw badInput(`${k} must be true or false`, { field: k });
    input[k] = raw === 'true';
  }
  input.stage = enumValue(EnforcementStage, 'stage', get('stage'));
  input.confidentiality = enumValue(Confidentiality, 'confidentiality', get('confidentiality'));
  input.secretLevel = enumValue(Clearance, 'secretLevel', get('secretLevel'));
  if (get('officerId')) input.officerId = get('officerId');
  let kind: RecordKind | undefined;
  if (recordId) {
    if (!isUuid(recordId)) throw badInput('recordId must be a record id', { field: 'recordId' });
    if (get('caseId') || get('kind'))
      throw badInput('A new file version names only its record, not a case or kind', { field: 'recordId' });
  } else {
    kind = enumValue(RecordKind, 'kind', get('kind'));
    if (!kind) throw badInput('The upload needs the record kind (metadata "kind")', { field: 'kind' });
    input.kind = kind;
    input.caseId = get('caseId');
    if (!input.caseId) throw badInput('The upload needs its case (metadata "caseId")', { field: 'caseId' });
  }
  for (const k of Object.keys(input)) if (input[k] === undefined) delete input[k];
  const problems = await validate(input, { skipMissingProperties: true, forbidUnknownValues: false });
  if (problems.length) {
    const first = problems[0]!;
    throw badInput(
      `Invalid upload metadata: ${first.property} (${Object.values(first.constraints ?? {}).join('; ')})`,
      {
        field: first.property,
      },
    );
  }
  const reason = get('reason')?.trim() ?? '';
  return { fileName, recordId: recordId ?? null, reason, input: input as unknown as CreateRecordInput };
}

/** An upload's bytes are not what its journal says (missing, or hashing to something else): quarantined, not retried. */
export class UploadInconsistentError extends Error {}

/** Stored upload metadata back into the record input (dates were kept as ISO strings). */
function inputOf(upload: Upload): CreateRecordInput {
  const m = { ...upload.metadata } as Record<string, unknown>;
  for (const k of DATE_KEYS) if (typeof m[k] === 'string') m[k] = new Date(m[k]);
  return m as unknown as CreateRecordInput;
}

/**
 * Evidence intake: checks an upload before any byte is stored, hashes the bytes as they arrive
 * (SHA-256 and SM3 on worker threads, one pass), checks the real type, and on the last byte places
 * the file in the content-addressed store and writes its record in one transaction. Start-up
 * reconciliation and the expiry job finish, quarantine or clean up what a crash or a client left.
 */
export class IntakeService {
  readonly hashes = new HashPool();
  readonly store: ContentStore;
  /** Finishes in progress in this process, by upload id. */
  private readonly finishing = new Map<string, Promise<Upload>>();
  /** First bytes of uploads received by this process, until their type is checked. */
  private readonly heads = new Map<string, Buffer>();

  constructor(
    private readonly config: Config,
    private readonly audit: AuditService,
  ) {
    this.store = createContentStore(config);
  }

  private partPath(id: string) {
    return `${this.config.uploadDir}/${id}`;
  }

  /** tus "create": validates metadata and permission, then journals the upload. Nothing is stored on refusal. */
  async begin(ctx: Context, id: string, size: number | undefined, meta: Record<string, string | null | undefined>) {
    await ctx.authz.ensureType('create', 'Upload', 'upload.create');
    if (size === undefined) throw badInput('Say the file size when the upload is created (Upload-Length)');
    if (size === 0) throw badInput('The file is empty', { field: 'size' });
    if (size > this.config.maxUploadBytes)
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        `The file is larger than the limit of ${this.config.maxUploadBytes} bytes`,
      );
    const { fileName, recordId, reason, input } = await parseUploadMetadata(meta);
    const file: FileRef = { fileId: '00000000-0000-4000-8000-000000000000', fileName };
    let caseId: string;
    let kind: RecordKind;
    if (recordId) {
      const { record } = await ctx.services.records.prepareCorrection(ctx, recordId, input, reason, file);
      caseId = record.case.id;
      kind = record.kind;
    } else {
      const { c } = await ctx.services.records.prepare(ctx, input, file);
      caseId = c.id;
      kind = input.kind;
    }
    const metadata = JSON.parse(JSON.stringify({ ...input, ...(recordId ? { reason } : {}) })) as Record<
      string,
      unknown
    >;
    const expiresAt = new Date(Date.now() + this.config.uploadExpiryHours * 3_600_000);
    await ctx.em.transactional(async (em) => {
      em.create(Upload, {
        id,
        createdBy: ctx.user!,
        case: caseId,
        targetRecord: recordId,
        kind,
        metadata,
        fileName,
        size,
        expiresAt,
      });
      await em.flush();
      await this.audit.append(em, ctx.actor, {
        action: 'upload.create',
        subjectType: 'Upload',
        subjectId: id,
        details: { caseId, kind, fileName, size, ...(recordId ? { recordId } : {}) },
      });
    });
  }

  /** The journal row of an upload the caller started (anyone else's does not exist for them). */
  async mine(ctx: Context, id: string, operation: string): Promise<Upload> {
    const upload = await ctx.em.findOne(Upload, { id });
    if (!upload) throw await ctx.authz.missing('Upload', id, operation);
    await ctx.authz.ensure('update', upload, operation);
    return upload;
  }

  /**
   * tus "write": appends the request's bytes at `offset`, handing each chunk to the hash workers
   * after it is written (so the hash state always matches the bytes on disk), and checks the real
   * type as soon as the first bytes are in.
   */
  async receive(em: EntityManager, readable: Readable, id: string, offset: number): Promise<number> {
    const upload = await em.findOne(Upload, { id });
    if (!upload || upload.status !== UploadStatus.RECEIVING)
      throw new UploadError(410, ErrorCode.INVALID_STATE, 'This upload is no longer open');
    if (this.hashes.hashedBytes(id) !== offset) await this.rehashPrefix(id, offset);
    const feeder = new HashFeeder(this.hashes, id);
    const handle = await fsp.open(this.partPath(id), 'r+');
    let position = offset;
    let consistent = true;
    // The socket's chunks (about 64 KiB) are gathered into 1 MiB blocks of shared memory, each
    // written once and read in place by both hash workers: a sixteenth of the writes and worker
    // messages, no copy per worker, and the blocks are reused.
    let block = this.hashes.block();
    let filled = 0;
    // Written bytes are flushed to disk as they come (one fdatasync in flight at a time), so the
    // fsync before the file is placed in the store finds little left to write.
    let syncedTo = offset;
    let syncing: Promise<void> = Promise.resolve();
    const writeBlock = async () => {
      if (filled === 0) return;
      const bytes = block.subarray(0, filled);
      let done = 0;
      while (done < bytes.length) {
        const { bytesWritten } = await handle.write(bytes, done, bytes.length - done, position + done);
        done += bytesWritten;
      }
      if (position < HEAD_BYTES && !upload.mediaType) this.keepHead(id, bytes, position);
      position += bytes.length;
      if (position - syncedTo >= SYNC_EVERY_BYTES) {
        await syncing;
        syncing = handle.datasync();
        syncedTo = position;
      }
      // The workers read this block until they have hashed it: the next bytes go into another.
      block = this.hashes.block();
      filled = 0;
      await feeder.push(bytes);
    };
    try {
      let aborted: unknown = null;
      let failed: unknown = null;
      try {
        for await (const chunk of readable as AsyncIterable<Buffer>) {
          // After a failed write (e.g. a full disk) the rest of the request is read and dropped, so
          // the client gets the answer (507) instead of a torn connection; it resumes from the offset.
          if (failed) continue;
          for (let at = 0; at < chunk.length && !failed;) {
            const n = Math.min(chunk.length - at, block.length - filled);
            chunk.copy(block, filled, at, at + n);
            filled += n;
            at += n;
            if (filled === block.length) await writeBlock().catch((error: unknown) => (failed = error));
          }
        }
      } catch (error) {
        aborted = error;
      }
      if (failed) throw failed;
      // Bytes that arrived before an aborted request are kept, as before.
      await writeBlock();
      if (aborted) throw aborted;
      await feeder.flush();
    } catch (error) {
      consistent = false;
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOSPC' || code === 'EDQUOT') {
        console.error(`upload ${id}: the upload folder is full (${code}); ${position} bytes kept`);
        throw new UploadError(
          507,
          'INSUFFICIENT_STORAGE',
          'The server has no room for this upload now; what arrived is kept: resume it later',
        );
      }
      throw error;
    } finally {
      this.hashes.release(block);
      await syncing.catch(() => undefined);
      await handle.close();
      // A failed write may have left bytes the hashers never saw: start over from the disk next time.
      if (!consistent || this.hashes.hashedBytes(id) !== position) await this.hashes.drop(id);
    }
    if (!upload.mediaType && (position >= HEAD_BYTES || position === upload.size)) await this.checkType(em, upload);
    return position;
  }

  private keepHead(id: string, chunk: Buffer, position: number) {
    const head = this.heads.get(id) ?? Buffer.alloc(0);
    if (head.length !== position) return; // not contiguous (e.g. after a restart): read from disk instead
    this.heads.set(id, Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - position)]));
  }

  private async readHead(id: string): Promise<Buffer> {
    const kept = this.heads.get(id);
    if (kept && kept.length >= HEAD_BYTES) return kept;
    const handle = await fsp.open(this.partPath(id), 'r');
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  }

  /** The bytes must be of a type the record kind allows; otherwise the upload is refused and removed. */
  private async checkType(em: EntityManager, upload: Upload) {
    const head = await this.readHead(upload.id);
    this.heads.delete(upload.id);
    const found = await detectType(head, upload.fileName);
    const allowed = allowedTypes(upload.kind);
    if (found && allowed.includes(found.mediaType)) {
      upload.mediaType = found.mediaType;
      await em.flush();
      return;
    }
    const what = found ? found.mediaType : 'an unknown type';
    await this.refuse(
      em,
      upload,
      UploadStatus.REJECTED,
      `The file is ${what}, which a ${upload.kind} record does not take`,
    );
    throw new UploadError(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      `The file's content is ${what}; a ${upload.kind} record takes ${allowed.join(', ')}`,
      {
        detected: found?.mediaType ?? null,
      },
    );
  }

  /** Ends an upload without a record: its bytes are removed, the journal and the audit trail say why. */
  private async refuse(em: EntityManager, upload: Upload, status: UploadStatus, reason: string) {
    await this.discardBytes(upload.id);
    upload.status = status;
    upload.statusReason = reason.slice(0, 500);
    upload.finishedAt = new Date();
    await em.transactional(async (tem) => {
      await tem.flush();
      await this.audit.append(
        tem,
        { id: upload.createdBy.id, username: null, clientAddress: null },
        {
          action: `upload.${status.toLowerCase()}`,
          subjectType: 'Upload',
          subjectId: upload.id,
          outcome: status === UploadStatus.REJECTED ? AuditOutcome.DENIED : AuditOutcome.ALLOWED,
          details: { reason, fileName: upload.fileName, caseId: upload.case.id },
        },
      );
    });
  }

  private async discardBytes(id: string) {
    await this.hashes.drop(id);
    this.heads.delete(id);
    await fsp.rm(this.partPath(id), { force: true });
    await fsp.rm(`${this.partPath(id)}.json`, { force: true });
  }

  /** After a restart (or a failed write) the stored prefix is hashed once from disk. */
  private async rehashPrefix(id: string, length: number) {
    await this.hashes.drop(id);
    if (length === 0) return;
    const feeder = new HashFeeder(this.hashes, id);
    for await (const chunk of fs.createReadStream(this.partPath(id), {
      start: 0,
      end: length - 1,
    }) as AsyncIterable<Buffer>)
      await feeder.push(chunk);
    await feeder.flush();
    if (this.hashes.hashedBytes(id) !== length) {
      await this.hashes.drop(id);
      throw new UploadError(409, ErrorCode.CONFLICT, 'The stored part of this upload is shorter than its offset');
    }
  }

  /**
   * tus "finish" (and reconciliation): the file goes into the store and its record is written.
   * Safe to repeat: a completed upload answers with its record.
   */
  async finish(ctx: Context, id: string): Promise<Upload> {
    // A client retrying its last request while the first finish still runs joins that one.
    const running = this.finishing.get(id);
    if (running) return running;
    const done = this.finishOnce(ctx, id).finally(() => this.finishing.delete(id));
    this.finishing.set(id, done);
    return done;
  }

  private async finishOnce(ctx: Context, id: string): Promise<Upload> {
    const upload = await ctx.em.findOneOrFail(Upload, { id }, { populate: ['createdBy'] });
    if (upload.status === UploadStatus.COMPLETED) return upload;
    if (upload.status !== UploadStatus.RECEIVING && upload.status !== UploadStatus.STORING)
      throw invalidState(`This upload was ${upload.status.toLowerCase()}`);
    let digests: Digests;
    let facts: MediaFacts | undefined;
    if (upload.status === UploadStatus.RECEIVING) {
      const stat = await fsp.stat(this.partPath(id));
      if (stat.size !== upload.size) throw conflict('The upload is not complete');
      if (this.hashes.hashedBytes(id) !== upload.size) await this.rehashPrefix(id, upload.size);
      if (!upload.mediaType) await this.checkType(ctx.em, upload);
      // Still allowed? (The case may have been compiled, or the user's rights changed, meanwhile.)
      try {
        await this.authorize(ctx, upload);
      } catch (error) {
        await this.hashes.drop(id);
        if (error instanceof AppError)
          await this.refuse(ctx.em, upload, UploadStatus.REJECTED, `Not allowed any more: ${error.message}`);
        throw error;
      }
      digests = await this.hashes.digest(id);
      // Duration, resolution and the recording's own time, read while the bytes are still local.
      facts = await probeMedia(this.partPath(id), upload.mediaType!);
      // Only from RECEIVING: an expiry (or another instance's finish) that got there first wins.
      const moved = await ctx.em.nativeUpdate(
        Upload,
        { id, status: UploadStatus.RECEIVING },
        { ...digests, status: UploadStatus.STORING },
      );
      if (moved !== 1) {
        await this.hashes.drop(id);
        const now = await ctx.em.findOneOrFail(Upload, { id }, { refresh: true });
        if (now.status === UploadStatus.COMPLETED) return now;
        throw invalidState(`This upload was ${now.status.toLowerCase()}`);
      }
      Object.assign(upload, { ...digests, status: UploadStatus.STORING });
      await this.store.place(this.partPath(id), digests.sha256);
      await fsp.rm(`${this.partPath(id)}.json`, { force: true });
    } else {
      digests = { sha256: upload.sha256!, sm3: upload.sm3! };
    }
    return this.commit(ctx, upload, digests, facts);
  }

  private async authorize(ctx: Context, upload: Upload) {
    const file: FileRef = { fileId: '00000000-0000-4000-8000-000000000000', fileName: upload.fileName };
    if (upload.targetRecord) {
      const reason = String(upload.metadata.reason ?? '');
      await ctx.services.records.prepareCorrection(ctx, upload.targetRecord.id, inputOf(upload), reason, file);
    } else await ctx.services.records.prepare(ctx, inputOf(upload), file);
  }

  /** One transaction: the stored file's row (once per content), the record or its new version, the journal. */
  private async commit(ctx: Context, upload: Upload, digests: Digests, probed?: MediaFacts): Promise<Upload> {
    const size = (await this.store.stat(digests.sha256))?.size;
    if (size !== upload.size)
      throw new UploadInconsistentError(
        `stored file ${digests.sha256} has ${size ?? 'no'} bytes, expected ${upload.size}`,
      );
    const facts =
      probed ?? (await this.store.withLocalFile(digests.sha256, (file) => probeMedia(file, upload.mediaType!)));
    const finished = await ctx.em.transactional(async (em) => {
      // Claimed under a row lock: two instances finishing the same upload (a client's retry on one,
      // the start-up reconciliation on another) write one record, not two.
      const [row] = await em.execute<{ status: UploadStatus }[]>('select status from upload where id = ? for update', [
        upload.id,
      ]);
      if (row?.status === UploadStatus.COMPLETED) return false;
      if (row?.status !== UploadStatus.STORING)
        throw invalidState(`This upload was ${(row?.status ?? 'removed').toLowerCase()}`);
      const tctx = { ...ctx, em } as Context;
      // The case first (as every writer of records takes it), then the stored file's row.
      await em.execute('select id from enforcement_case where id = ? for share', [upload.case.id]);
      const file = await registerStoredFile(em, digests, size, upload.mediaType!, upload.fileName, facts);
      // The same bytes were destroyed by a disposal once: that disposal may have removed them after
      // this upload found them in the store (nothing is placed twice). Looked at again, now that
      // this row is in: a disposal still running keeps the bytes for it (see DisposalService.shared).
      if (
        (await em.count(StoredFile, { sha256: digests.sha256, disposedAt: { $ne: null } })) &&
        (await this.store.stat(digests.sha256))?.size !== size
      )
        throw new UploadInconsistentError(
          `the content ${digests.sha256} was removed by a disposal while it was being stored; upload it again`,
        );
      const ref: FileRef = { fileId: file.id, fileName: upload.fileName };
      const record = upload.targetRecord
        ? await ctx.services.records.correct(
            tctx,
            upload.targetRecord.id,
            inputOf(upload),
            String(upload.metadata.reason ?? ''),
            ref,
          )
        : await ctx.services.records.create(tctx, inputOf(upload), ref);
      Object.assign(upload, { status: UploadStatus.COMPLETED, recordId: record.id, finishedAt: new Date() });
      await em.flush();
      await this.audit.append(em, ctx.actor, {
        action: 'upload.finish',
        subjectType: 'Upload',
        subjectId: upload.id,
        details: { recordId: record.id, fileId: file.id, sha256: digests.sha256, sm3: digests.sm3, size },
      });
      return true;
    });
    return finished ? upload : ctx.em.findOneOrFail(Upload, { id: upload.id }, { refresh: true });
  }

  /** The client cancelled (tus DELETE): bytes removed, journal kept. */
  async cancel(em: EntityManager, id: string) {
    const upload = await em.findOne(Upload, { id });
    if (!upload || upload.status !== UploadStatus.RECEIVING)
      throw new UploadError(410, ErrorCode.INVALID_STATE, 'This upload is no longer open');
    await this.refuse(em, upload, UploadStatus.CANCELLED, 'Cancelled by the uploader');
  }

  /**
   * Start-up: uploads a crash caught between "all bytes in" and "record written" are finished, or
   * quarantined when their bytes are not what was journalled. Returns what it did.
   */
  async reconcile(services: Services): Promise<{ finished: string[]; quarantined: string[] }> {
    const em = services.orm.em.fork() as EntityManager;
    const finished: string[] = [];
    const quarantined: string[] = [];
    const pending = await em.find(
      Upload,
      { status: { $in: [UploadStatus.RECEIVING, UploadStatus.STORING] } },
      { populate: ['createdBy'] },
    );
    for (const upload of pending) {
      if (upload.status === UploadStatus.RECEIVING) {
        const size = await fsp.stat(this.partPath(upload.id)).then(
          (s) => s.size,
          () => -1,
        );
        if (size !== upload.size) continue; // still resumable by its client (or expires)
      }
      const uctx = contextFor(
        services,
        em.fork() as EntityManager,
        { user: await em.findOneOrFail(User, upload.createdBy.id, { populate: ['unit'] }), session: null },
        null,
      );
      try {
        if (upload.status === UploadStatus.STORING) await this.verifyPlaced(upload);
        await this.finish(uctx, upload.id);
        finished.push(upload.id);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        // A store or database that does not answer now is no reason to set evidence aside: the
        // upload stays as it is for the next start or its client's next request.
        if (!(error instanceof UploadInconsistentError || error instanceof AppError)) {
          console.error(`upload ${upload.id} could not be finished now (${reason}); kept for a later try`);
          continue;
        }
        await this.quarantineUpload(em, upload, reason);
        quarantined.push(upload.id);
      }
    }
    return { finished, quarantined };
  }

  /**
   * An upload whose last byte arrived but whose placing in the store or record failed (the object
   * store or the database did not answer): finished now, as its creator, when its client asks
   * again. Its bytes are checked against the journalled hashes on the way.
   */
  async retryStoring(services: Services, id: string): Promise<Upload> {
    const em = services.orm.em.fork() as EntityManager;
    const upload = await em.findOneOrFail(Upload, { id }, { populate: ['createdBy'] });
    if (upload.status !== UploadStatus.STORING) return upload;
    const user = await em.findOneOrFail(User, upload.createdBy.id, { populate: ['unit'] });
    const uctx = contextFor(services, em.fork() as EntityManager, { user, session: null }, null);
    await this.verifyPlaced(upload);
    return this.finish(uctx, id);
  }

  /** A journalled STORING upload: its bytes must be in the store (or still in the upload folder) and hash right. */
  private async verifyPlaced(upload: Upload) {
    const sha256 = upload.sha256!;
    if (!(await this.store.exists(sha256))) {
      const part = this.partPath(upload.id);
      if (
        !(await fsp.stat(part).then(
          () => true,
          () => false,
        ))
      )
        throw new UploadInconsistentError('the file is neither in the store nor in the upload folder');
      await this.store.place(part, sha256);
    }
    const actual = await hashStream(this.hashes, `check-${upload.id}`, await this.store.read(sha256));
    if (actual.sha256 !== sha256 || actual.sm3 !== upload.sm3)
      throw new UploadInconsistentError('the stored bytes do not match the journalled hashes');
  }

  private async quarantineUpload(em: EntityManager, upload: Upload, reason: string) {
    const part = this.partPath(upload.id);
    const kept = await fsp.stat(part).then(
      () => quarantineFile(this.config.quarantineDir, part, upload.id),
      () => null,
    );
    await fsp.rm(`${part}.json`, { force: true });
    await this.hashes.drop(upload.id);
    Object.assign(upload, {
      status: UploadStatus.QUARANTINED,
      statusReason: reason.slice(0, 500),
      finishedAt: new Date(),
    });
    await em.transactional(async (tem) => {
      await tem.flush();
      await this.audit.append(
        tem,
        { id: null, username: 'system', clientAddress: null },
        {
          action: 'upload.quarantine',
          subjectType: 'Upload',
          subjectId: upload.id,
          outcome: AuditOutcome.FAILED,
          details: { reason, fileName: upload.fileName, caseId: upload.case.id, keptAt: kept },
        },
      );
    });
  }

  /**
   * Expiry (scheduled): unfinished uploads past their time lose their bytes (audited); files in the
   * store that no stored-file row names and no upload is placing are set aside once expired.
   */
  async expire(services: Services, now = new Date()): Promise<{ expired: string[]; strays: string[] }> {
    const em = services.orm.em.fork() as EntityManager;
    const expired: string[] = [];
    for (const upload of await em.find(Upload, { status: UploadStatus.RECEIVING, expiresAt: { $lt: now } })) {
      const marked = await em.transactional(async (tem) => {
        // Only if still receiving: a finish that began meanwhile keeps its upload (and its bytes).
        const moved = await tem.nativeUpdate(
          Upload,
          { id: upload.id, status: UploadStatus.RECEIVING },
          { status: UploadStatus.EXPIRED, statusReason: 'Not finished in time', finishedAt: now },
        );
        if (moved !== 1) return false;
        await this.audit.append(
          tem,
          { id: null, username: 'system', clientAddress: null },
          {
            action: 'upload.expire',
            subjectType: 'Upload',
            subjectId: upload.id,
            details: {
              fileName: upload.fileName,
              caseId: upload.case.id,
              createdById: upload.createdBy.id,
              expiresAt: upload.expiresAt.toISOString(),
            },
          },
        );
        return true;
      });
      if (!marked) continue;
      await this.discardBytes(upload.id);
      expired.push(upload.id);
    }
    // Bytes placed in the store by an upload that then failed (e.g. quarantined after a crash).
    const failed = await em.execute<{ sha256: string }[]>(
      `select distinct u.sha256 from upload u where u.sha256 is not null and u.status <> 'COMPLETED'
         and u.status <> 'STORING' and not exists (select 1 from stored_file f where f.sha256 = u.sha256 and f.disposed_at is null)`,
    );
    const strays = await this.setAsideStrays(
      em,
      failed.map((f) => f.sha256),
      now,
    );
    return { expired, strays };
  }

  /**
   * A full walk of the store (daily, and with `npm run fixity`): any file no stored-file row names
   * and no upload is placing, older than the upload expiry, is set aside (audited).
   */
  async sweepStore(services: Services, now = new Date()): Promise<string[]> {
    const em = services.orm.em.fork() as EntityManager;
    const candidates: string[] = [];
    for await (const sha256 of this.store.hashes()) {
      if (!(await isNamed(em, sha256))) candidates.push(sha256);
    }
    return this.setAsideStrays(em, candidates, now);
  }

  private async setAsideStrays(em: EntityManager, hashes: string[], now: Date): Promise<string[]> {
    const strays: string[] = [];
    const cutoff = now.getTime() - this.config.uploadExpiryHours * 3_600_000;
    for (const sha256 of hashes) {
      const stat = await this.store.stat(sha256);
      if (!stat || stat.modifiedAt.getTime() > cutoff) continue;
      if (await isNamed(em, sha256)) continue;
      if (await em.count(Upload, { sha256, status: UploadStatus.STORING })) continue;
      const keptAt = await this.store.setAside(sha256);
      strays.push(sha256);
      await this.audit.appendDetached(
        em,
        { id: null, username: 'system', clientAddress: null },
        {
          action: 'file.quarantine',
          subjectType: 'StoredFile',
          subjectId: null,
          outcome: AuditOutcome.FAILED,
          details: { sha256, reason: 'In the store without a record past the expiry', keptAt },
        },
      );
    }
    return strays;
  }

  private locker: PgLocker | null = null;

  /** The upload lock shared with every instance on the database at `url` (one per service). */
  uploadLocker(url: string): PgLocker {
    this.locker ??= new PgLocker(url);
    return this.locker;
  }

  async close() {
    await this.locker?.close();
    this.locker = null;
    await this.hashes.close();
    await this.store.close();
  }
}

/** Does a row name this content: a stored file, or a kept export package? */
async function isNamed(em: EntityManager, sha256: string): Promise<boolean> {
  const rows = await em.execute<{ n: number }[]>(
    `select 1 as n from stored_file where sha256 = ? and disposed_at is null
     union all select 1 from export_package where sha256 = ? limit 1`,
    [sha256, sha256],
  );
  return rows.length > 0;
}

/** SHA-256 and SM3 of a stream read to its end, on the hash workers (fixity checks, recovery). */
export async function hashStream(pool: HashPool, key: string, bytes: Readable): Promise<Digests> {
  try {
    await pool.drop(key);
    const feeder = new HashFeeder(pool, key);
    for await (const chunk of bytes as AsyncIterable<Buffer>) await feeder.push(chunk);
    await feeder.flush();
  } catch (error) {
    bytes.destroy();
    await pool.drop(key).catch(() => undefined);
    throw error;
  }
  return pool.digest(key);
}

/**
 * The stored file's row for content just placed in the store: inserted once per SHA-256 (identical
 * content already known keeps its row), inside the caller's transaction. Refuses an SM3 that
 * disagrees with the row already there.
 * Content destroyed by a disposal keeps its row as it was; the same bytes placed again get a new
 * row (one live row per SHA-256).
 */
export async function registerStoredFile(
  em: EntityManager,
  digests: Digests,
  size: number,
  mediaType: string,
  fileName: string,
  facts: MediaFacts,
): Promise<StoredFile> {
  await em.execute(
    `insert into stored_file (id, sha256, sm3, size, media_type, extension, duration_seconds, width, height, recorded_at, stored_at, fixity_status)
     values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), 'UNCHECKED')
     on conflict (sha256) where disposed_at is null do nothing`,
    [
      digests.sha256,
      digests.sm3,
      size,
      mediaType,
      extensionOf(mediaType, fileName),
      facts.durationSeconds,
      facts.width,
      facts.height,
      facts.recordedAt,
    ],
  );
  // Share-locked: a disposal of this row (which locks it for update) waits for this transaction and
  // then sees the record about to name it; one that got there first leaves it disposed, and the
  // content gets a new row (whose bytes the caller must look at again).
  const [live] = await em.execute<{ id: string }[]>(
    'select id from stored_file where sha256 = ? and disposed_at is null for share',
    [digests.sha256],
  );
  if (!live) return registerStoredFile(em, digests, size, mediaType, fileName, facts);
  const file = await em.findOneOrFail(StoredFile, { id: live.id }, { refresh: true });
  if (file.sm3 !== digests.sm3) throw new Error(`SM3 differs for the same SHA-256 ${digests.sha256}`);
  return file;
}

function extensionOf(mediaType: string, fileName: string): string {
  const fromName = /\.([A-Za-z0-9]{1,8})$/.exec(fileName)?.[1]?.toLowerCase();
  const byType: Record<string, string> = {
    'application/ofd': 'ofd',
    'application/pdf': 'pdf',
    'video/mp4': 'mp4',
    'image/jpeg': 'jpg',
  };
  return byType[mediaType] ?? fromName ?? 'bin';
}
