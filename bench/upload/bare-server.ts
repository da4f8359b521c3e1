import { createHash, type Hash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Readable, Transform } from 'node:stream';
import { FileStore } from '@tus/file-store';
import { Server } from '@tus/server';

/**
 * The bare baseline of bench:upload, run as a child process so its memory is its own: `@tus/server`
 * with a FileStore in BENCH_UPLOAD_DIR, no auth, no database. With BENCH_BARE_HASH=inline it also
 * hashes SHA-256 and SM3 on its main thread as bytes pass (what hashing without worker threads
 * costs) and answers the digests in the last PATCH's headers.
 */
const directory = process.env.BENCH_UPLOAD_DIR;
if (!directory) throw new Error('BENCH_UPLOAD_DIR is required');
const inline = process.env.BENCH_BARE_HASH === 'inline';

class InlineHashingStore extends FileStore {
  readonly digests = new Map<string, { sha256: string; sm3: string }>();
  private readonly states = new Map<string, { sha256: Hash; sm3: Hash }>();

  override async write(readable: Readable, id: string, offset: number): Promise<number> {
    let s = this.states.get(id);
    if (!s || offset === 0) this.states.set(id, (s = { sha256: createHash('sha256'), sm3: createHash('sm3') }));
    const state = s;
    const hashing = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        state.sha256.update(chunk);
        state.sm3.update(chunk);
        callback(null, chunk);
      },
    });
    readable.on('error', (error) => hashing.destroy(error));
    const written = await super.write(readable.pipe(hashing), id, offset);
    return written;
  }

  finish(id: string) {
    const s = this.states.get(id);
    this.states.delete(id);
    if (s) this.digests.set(id, { sha256: s.sha256.digest('hex'), sm3: s.sm3.digest('hex') });
    return this.digests.get(id);
  }
}

const store = inline ? new InlineHashingStore({ directory }) : new FileStore({ directory });
const tus = new Server({
  path: '/files',
  datastore: store,
  relativeLocation: true,
  async onUploadFinish(_req, upload) {
    if (!(store instanceof InlineHashingStore)) return {};
    const d = store.finish(upload.id);
    return d ? { headers: { 'X-Sha256': d.sha256, 'X-Sm3': d.sm3 } } : {};
  },
});
const server = http.createServer((req, res) => void tus.handle(req, res));
server.listen(0, '127.0.0.1', () => {
  process.send!({ type: 'ready', port: (server.address() as AddressInfo).port });
});
process.on('message', (m: { type: string }) => {
  if (m.type === 'stop') server.close(() => process.exit(0));
});
process.on('disconnect', () => process.exit(0));
