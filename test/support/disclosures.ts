import fs from 'node:fs';
import { expect } from 'vitest';
import { gql } from './graphql.js';

/** Uploads a scanned paper to `/attachments` as `token`; returns the server's JSON (id, sha256…) and status. */
export async function uploadAttachment(
  url: string,
  token: string,
  file: string,
  purpose: string,
  fileName = file.split('/').pop()!,
): Promise<{ status: number; body: Record<string, any> }> {
  const bytes = fs.readFileSync(file);
  const res = await fetch(`${url}/attachments?purpose=${purpose}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent(fileName),
    },
    body: bytes,
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

/** The attachment id, failing the test when the upload is refused. */
export async function attachment(url: string, token: string, file: string, purpose: string): Promise<string> {
  const r = await uploadAttachment(url, token, file, purpose);
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.id as string;
}

const PACKAGE = `query($id: ID!) { exportPackage(id: $id) { id status progress error sha256 sm3 size payloadOxum downloadUrl fileCount contents { recordId path watermarked redacted generated sha256 } } }`;

/** Polls a package until its build ends (READY or FAILED); the package as the API gives it. */
export async function packageBuilt(url: string, token: string, id: string, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const r = await gql(url, PACKAGE, { id }, token);
    expect(r.errors).toBeUndefined();
    const p = r.data!.exportPackage as Record<string, any>;
    if (p.status === 'READY' || p.status === 'FAILED') return p;
    if (Date.now() > until) throw new Error(`package ${id} still ${p.status} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Fetches a ready package as `token` into `target`; the response status and its X-Content-SHA256. */
export async function downloadPackage(url: string, token: string, id: string, target: string) {
  const res = await fetch(`${url}/packages/${id}`, { headers: { authorization: `Bearer ${token}` } });
  if (res.ok) fs.writeFileSync(target, Buffer.from(await res.arrayBuffer()));
  else await res.body?.cancel();
  return { status: res.status, sha256: res.headers.get('x-content-sha256') };
}
