import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Request, Response } from 'express';
import { sha256Tap } from '../exports/bag.js';
import { AppError, badInput, ErrorCode, invalidState } from '../common/errors.js';
import type { Context } from '../context.js';
import { sendError, sendKeptFile } from '../http/respond.js';
import { MediaSetStatus, VerificationKind } from './archive.enums.js';

/**
 * GET `/media/:volumeId`: a built volume's zip, byte for byte, for burning onto its medium (Range
 * honoured, so a large volume can be fetched in parts). Archivists only; every fetch audited.
 */
export async function serveVolume(ctx: Context, req: Request, res: Response): Promise<void> {
  const op = 'media.download';
  try {
    await ctx.authz.requirePrincipal(op);
    const volume = await ctx.services.media.volume(ctx, String(req.params.volumeId ?? ''), 'download', op);
    if (volume.set.status !== MediaSetStatus.READY || !volume.sha256) throw invalidState('The volume is not built yet');
    await ctx.services.media.ensureStillExportable(ctx, volume.set, op);
    const store = ctx.services.intake.store;
    const stat = await store.stat(volume.sha256);
    if (!stat || stat.size !== volume.size)
      throw new AppError(ErrorCode.INVALID_STATE, 'The kept volume is missing or damaged; tell the archive');
    await ctx.services.audit.appendDetached(ctx.em, ctx.actor, {
      action: op,
      subjectType: 'MediaSet',
      subjectId: volume.set.id,
      details: {
        volumeId: volume.id,
        seq: volume.seq,
        sha256: volume.sha256,
        range: String(req.headers.range ?? '').slice(0, 100),
      },
    });
    const failed = await sendKeptFile(
      req,
      res,
      store,
      { sha256: volume.sha256, size: volume.size! },
      {
        mediaType: 'application/zip',
        fileName: `${volume.set.number}-${volume.seq}.zip`,
        disposition: 'attachment',
      },
    );
    if (failed && !res.headersSent)
      sendError(res, new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'The volume could not be sent'), 500);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    sendError(res, error);
  }
}

/**
 * POST `/media/:volumeId/verify?kind=READBACK|RECHECK`: the bytes read from the medium (the zip
 * file on it) as the raw body. They are hashed as they stream and never kept; the answer says
 * whether they match the volume (200 either way: a mismatch is a result, recorded and audited).
 */
export async function verifyVolume(ctx: Context, req: Request, res: Response): Promise<void> {
  const op = 'media.verify';
  try {
    await ctx.authz.requirePrincipal(op);
    const kind = String(req.query.kind ?? VerificationKind.READBACK) as VerificationKind;
    if (!Object.values(VerificationKind).includes(kind))
      throw badInput(`kind must be one of ${Object.values(VerificationKind).join(', ')}`, {
        field: 'kind',
        reason: 'KIND',
      });
    const volume = await ctx.services.media.volume(ctx, String(req.params.volumeId ?? ''), 'verify', op);
    if (!volume.sha256 || volume.size == null) throw invalidState('The volume is not built yet');
    let size = 0;
    const tap = sha256Tap(ctx.services.media.readPool, { onChunk: (n) => (size += n) });
    const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
    await pipeline(req, tap.transform, discard).catch((error: unknown) => {
      // The client went away mid-body: nothing is recorded for a read-back that did not arrive whole.
      if (!req.complete) throw badInput('The body was cut off before its end', { field: 'body', reason: 'INCOMPLETE' });
      throw error;
    });
    const sha256 = await tap.digest();
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) !== size)
      throw badInput('The body ended before its Content-Length', { field: 'body', reason: 'INCOMPLETE' });
    const note = typeof req.query.note === 'string' ? req.query.note : null;
    const outcome = await ctx.services.media.recordVerification(ctx, volume.id, kind, { sha256, size }, note);
    const v = outcome.verification;
    res.status(200).json({
      volumeId: volume.id,
      verificationId: v.id,
      kind: v.kind,
      ok: v.ok,
      sha256: v.sha256,
      size: v.size,
      expectedSha256: outcome.expectedSha256,
      expectedSize: outcome.expectedSize,
      verifiedAt: v.verifiedAt.toISOString(),
      recheckDue: outcome.volume.recheckDue,
      message: outcome.message,
    });
  } catch (error) {
    // Whatever is left of the body is read and dropped, so the client sees the answer rather than a reset.
    req.resume();
    if (!(error instanceof AppError)) throw error;
    sendError(res, error);
  }
}
