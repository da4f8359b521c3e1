import { create as contentDisposition } from 'content-disposition';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Request, Response } from 'express';
import rangeParser from 'range-parser';
import type { ByteRange, ContentStore } from '../files/store.js';
import { AppError, ErrorCode, httpStatusOf } from '../common/errors.js';

/** Answers a refusal outside GraphQL (downloads, papers, exports) as GraphQL clients would read it: message, code, details. */
export function sendError(res: Response, error: AppError, status = httpStatusOf[error.code]): void {
  const wait = (error.extensions.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  if (typeof wait === 'number') res.setHeader('Retry-After', String(wait));
  res.status(status).json({ errors: [{ message: error.message, extensions: error.extensions }] });
}

/**
 * Sends a kept content from the store with the headers every kept file carries: its real media
 * type, a UTF-8 file name, no caching, no sniffing, and its SHA-256 (also the strong ETag). One
 * HTTP Range is honoured (If-Range by ETag), streamed from the store: a video seeks without the
 * server holding it. A range outside the file is answered 416 with the file size in Content-Range.
 * Resolves with the failure, if any (status 404 when the store lost the content, 500 otherwise;
 * the caller answers while headers are unsent).
 */
export async function sendKeptFile(
  req: Request,
  res: Response,
  store: ContentStore,
  kept: { sha256: string; size: number },
  o: { mediaType: string; fileName: string; disposition: 'inline' | 'attachment' },
): Promise<(Error & { status?: number }) | null> {
  const etag = `"${kept.sha256}"`;
  let range: ByteRange | undefined;
  const asked = req.headers.range;
  const ifRange = req.headers['if-range'];
  if (asked && (!ifRange || ifRange === etag)) {
    const parsed = rangeParser(kept.size, asked, { combine: true });
    if (parsed === -1) {
      res.setHeader('Content-Range', `bytes */${kept.size}`);
      sendError(res, new AppError(ErrorCode.BAD_USER_INPUT, 'The requested range is outside the file'), 416);
      return null;
    }
    // Several ranges (multipart/byteranges) or a malformed header: the whole file, as `send` does.
    if (Array.isArray(parsed) && parsed.type === 'bytes' && parsed.length === 1) range = parsed[0];
  }
  let body: Readable | null = null;
  if (req.method !== 'HEAD') {
    try {
      body = await store.read(kept.sha256, range);
    } catch (error) {
      return Object.assign(error as Error, { status: (error as { code?: string }).code === 'ENOENT' ? 404 : 500 });
    }
  }
  res.setHeader('Content-Type', o.mediaType);
  res.setHeader('Content-Disposition', contentDisposition(o.fileName, { type: o.disposition }));
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Content-SHA256', kept.sha256);
  res.setHeader('Accept-Ranges', 'bytes');
  res.setHeader('ETag', etag);
  if (range) {
    res.status(206);
    res.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${kept.size}`);
    res.setHeader('Content-Length', String(range.end - range.start + 1));
  } else {
    res.status(200);
    res.setHeader('Content-Length', String(kept.size));
  }
  if (!body) {
    res.end();
    return null;
  }
  try {
    await pipeline(body, res);
    return null;
  } catch (error) {
    body.destroy();
    return error as Error;
  }
}
