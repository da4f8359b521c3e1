/** A minimal tus 1.0 client over fetch, so tests control every request (offsets, aborts, headers). */
export const encodeMetadata = (meta: Record<string, string>) =>
  Object.entries(meta)
    .map(([k, v]) => `${k} ${Buffer.from(v).toString('base64')}`)
    .join(',');

export interface TusClient {
  create(size: number, meta: Record<string, string>): Promise<Response>;
  patch(location: string, offset: number, bytes: Uint8Array): Promise<Response>;
  head(location: string): Promise<Response>;
  /** Creates and sends everything in one PATCH; returns the final answer and the upload's address. */
  upload(bytes: Uint8Array, meta: Record<string, string>): Promise<{ location: string; res: Response }>;
}

export function tusClient(url: string, token: string): TusClient {
  const auth = { 'Tus-Resumable': '1.0.0', Authorization: `Bearer ${token}` };
  const client: TusClient = {
    create: (size, meta) =>
      fetch(`${url}/files`, {
        method: 'POST',
        headers: { ...auth, 'Upload-Length': String(size), 'Upload-Metadata': encodeMetadata(meta) },
      }),
    patch: (location, offset, bytes) =>
      fetch(`${url}${location}`, {
        method: 'PATCH',
        headers: { ...auth, 'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream' },
        body: bytes,
      }),
    head: (location) => fetch(`${url}${location}`, { method: 'HEAD', headers: auth }),
    async upload(bytes, meta) {
      const created = await client.create(bytes.length, meta);
      if (created.status !== 201) return { location: '', res: created };
      const location = created.headers.get('location')!;
      return { location, res: await client.patch(location, 0, bytes) };
    },
  };
  return client;
}
