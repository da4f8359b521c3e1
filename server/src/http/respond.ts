import { create as contentDisposition } from 'content-disposition';
import type { Response } from 'express';
import { type AppError, httpStatusOf } from '../common/errors.js';

/** Answers a refusal outside GraphQL (downloads, papers, exports) as GraphQL clients would read it: message, code, details. */
export function sendError(res: Response, error: AppError, status = httpStatusOf[error.code]): void {
  const wait = (error.extensions.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  if (typeof wait === 'number') res.setHeader('Retry-After', String(wait));
  res.status(status).json({ errors: [{ message: error.message, extensions: error.extensions }] });
}

/**
 * Sends a file from the store with the headers every kept file carries: its real media type, a
 * UTF-8 file name, no caching, no sniffing, and its SHA-256; HTTP Range is honoured. Resolves with
 * the send error, if any (the caller decides what to answer while headers are unsent).
 */
export function sendKeptFile(
  res: Response,
  file: string,
  o: { mediaType: string; fileName: string; disposition: 'inline' | 'attachment'; sha256: string },
): Promise<(Error & { status?: number }) | null> {
  res.setHeader('Content-Type', o.mediaType);
  res.setHeader('Content-Disposition', contentDisposition(o.fileName, { type: o.disposition }));
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Content-SHA256', o.sha256);
  return new Promise((resolve) =>
    res.sendFile(file, { acceptRanges: true, etag: true, lastModified: false, cacheControl: false }, (error) =>
      resolve(error ?? null),
    ),
  );
}
