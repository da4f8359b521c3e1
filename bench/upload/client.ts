import fs from 'node:fs';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { Upload as TusJsUpload } from 'tus-js-client';

/** What one upload took, seen from the client. Times are epoch milliseconds (performance clock). */
export interface UploadResult {
  /** The tus upload id (last segment of its Location). */
  id: string;
  /** Status of the last PATCH (204 when the upload finished). */
  status: number;
  headers: Record<string, string>;
  body: string;
  /** POST sent, last byte of the PATCH body handed to the socket, final answer received. */
  started: number;
  sent: number;
  answered: number;
}

const now = () => performance.timeOrigin + performance.now();
const encodeMetadata = (meta: Record<string, string>) =>
  Object.entries(meta)
    .map(([k, v]) => `${k} ${Buffer.from(v).toString('base64')}`)
    .join(',');

/** A bodiless POST on a connection of its own (a reused keep-alive socket may be closed under it). */
function post(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; location?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers, agent: false }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (d: Buffer) => parts.push(d));
      res.on('error', reject);
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, location: res.headers.location, body: Buffer.concat(parts).toString() }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * tus creation (POST) then the whole file in one streaming PATCH: `http.request` fed by a file
 * read stream (1 MiB reads), so the client never holds the file. `length` bytes from the start.
 */
export async function uploadByPatch(
  base: string,
  file: string,
  length: number,
  meta: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<UploadResult> {
  const started = now();
  const created = await post(`${base}/files`, {
    'Tus-Resumable': '1.0.0',
    'Upload-Length': String(length),
    'Upload-Metadata': encodeMetadata(meta),
    ...headers,
  });
  if (created.status !== 201) throw new Error(`tus POST answered ${created.status}: ${created.body}`);
  const location = new URL(created.location!, base);
  const id = location.pathname.split('/').pop()!;
  return new Promise<UploadResult>((resolve, reject) => {
    let sent = 0;
    const req = http.request(
      location,
      {
        method: 'PATCH',
        agent: false,
        headers: {
          'Tus-Resumable': '1.0.0',
          'Upload-Offset': '0',
          'Content-Type': 'application/offset+octet-stream',
          'Content-Length': String(length),
          ...headers,
        },
      },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (d: Buffer) => parts.push(d));
        res.on('error', reject);
        res.on('end', () =>
          resolve({
            id,
            status: res.statusCode ?? 0,
            headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, String(v)])),
            body: Buffer.concat(parts).toString('utf8'),
            started,
            sent: sent || now(),
            answered: now(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.on('finish', () => (sent = now()));
    const source = fs.createReadStream(file, { start: 0, end: length - 1, highWaterMark: 1024 * 1024 });
    source.on('error', (error) => req.destroy(error));
    source.pipe(req);
  });
}

/**
 * The same upload as tus-js-client 4 does it in Node with its defaults: an fs.ReadStream input,
 * `chunkSize` Infinity, so one creation request and one streaming PATCH of the whole file.
 */
export function uploadByTusJsClient(
  base: string,
  file: string,
  meta: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<UploadResult> {
  const started = now();
  let sent = 0;
  let last: { status: number; headers: Record<string, string>; body: string } | null = null;
  return new Promise<UploadResult>((resolve, reject) => {
    const upload = new TusJsUpload(fs.createReadStream(file), {
      endpoint: `${base}/files`,
      metadata: meta,
      headers,
      retryDelays: [],
      storeFingerprintForResuming: false,
      onProgress(bytesSent, bytesTotal) {
        if (bytesSent === bytesTotal && !sent) sent = now();
      },
      onAfterResponse(req, res) {
        if (req.getMethod() !== 'PATCH') return;
        const names = ['x-record-id', 'x-sha256', 'x-sm3', 'upload-offset'];
        const got: Record<string, string> = {};
        for (const n of names) {
          const v = res.getHeader(n);
          if (v) got[n] = v;
        }
        last = { status: res.getStatus(), headers: got, body: res.getBody() ?? '' };
      },
      onError: reject,
      onSuccess() {
        const id = new URL(upload.url!, base).pathname.split('/').pop()!;
        resolve({
          id,
          status: last?.status ?? 0,
          headers: last?.headers ?? {},
          body: last?.body ?? '',
          started,
          sent: sent || now(),
          answered: now(),
        });
      },
    });
    upload.start();
  });
}
