import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { type Readable, Transform, type Writable } from 'node:stream';
import yazl from 'yazl';
import { type Digests, HASH_BLOCK_BYTES, HashFeeder, type HashPool } from '../files/hasher.js';
import type { ContentStore } from '../files/store.js';
import { useNativeZipCrc } from './zip-crc.js';

/** One payload file of a bag: bytes whose SHA-256 and size are known before packaging. */
export interface PayloadFile {
  /** Path under `data/` (already a safe, unique name). */
  name: string;
  /** Opens the bytes for reading (from the content store, or a file made for this package). */
  open: () => Promise<Readable>;
  size: number;
  /** The stored SHA-256: the bytes are checked against it while they stream into the zip. */
  sha256: string;
  /** The stored SM3 (GB/T 32905), listed in the extra tag file `checksums-sm3.txt`. */
  sm3: string;
}

/** A tag file: small, built in memory before the zip starts (catalogue, custody reports…). */
export interface TagFile {
  name: string;
  data: Buffer;
}

export interface BagSpec {
  /** The folder the bag sits in inside the zip, e.g. the request number. */
  root: string;
  payload: PayloadFile[];
  /** bag-info.txt labels in order; Payload-Oxum is added from the payload. */
  info: [string, string][];
  tags: TagFile[];
  /** Entry times in the zip. */
  date: Date;
  /** Called as payload bytes pass. */
  onProgress?: (bytes: number) => void;
  /** SHA-256 worker threads that check the payload off the main thread (else it is hashed inline). */
  verifyPool?: HashPool;
}

/**
 * A pass-through that computes the SHA-256 of what flows through it: on a worker thread of `pool`
 * when given (the bytes are copied once into shared memory, at most 16 MiB ahead), else inline.
 * `digest()` gives the hex digest once the stream has ended; `digests()` every digest of the pool's algorithms.
 */
export function sha256Tap(
  pool?: HashPool,
  opts: { onChunk?: (bytes: number) => void; check?: (hex: string) => Error | null } = {},
) {
  const key = `tap:${randomUUID()}`;
  const feeder = pool ? new HashFeeder(pool, key) : null;
  const inline = pool ? null : createHash('sha256');
  let all: Promise<Partial<Digests>> | null = null;
  // Every digest the pool computes (SHA-256, and SM3 with a pool of both); inline, SHA-256 only.
  const digests = () =>
    (all ??= inline
      ? Promise.resolve<Partial<Digests>>({ sha256: inline.digest('hex') })
      : feeder!.flush().then(() => pool!.digests(key)));
  const digest = () => digests().then((d) => d.sha256!);
  const transform = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      opts.onChunk?.(chunk.length);
      if (inline) {
        inline.update(chunk);
        done(null, chunk);
      } else pushCopies(pool!, feeder!, chunk).then(() => done(null, chunk), done);
    },
    // With a check, the stream ends only once the digest is known and accepted.
    flush(done) {
      if (!opts.check) return done();
      digest().then((hex) => done(opts.check!(hex)), done);
    },
  });
  transform.on('error', () => void (pool ? pool.drop(key).catch(() => undefined) : undefined));
  return { transform, digest, digests };
}

/** Hands `chunk` to the workers as copies in the pool's reused shared blocks (memory stays flat). */
async function pushCopies(pool: HashPool, feeder: HashFeeder, chunk: Buffer) {
  for (let at = 0; at < chunk.length; at += HASH_BLOCK_BYTES) {
    const n = Math.min(HASH_BLOCK_BYTES, chunk.length - at);
    const block = pool.block();
    chunk.copy(block, 0, at, at + n);
    await feeder.push(block.subarray(0, n));
  }
}

/** Payload bytes from a local file made for the package (a text record, a watermarked copy). */
export const fromFile =
  (file: string): PayloadFile['open'] =>
  () =>
    Promise.resolve(fs.createReadStream(file, { highWaterMark: 1 << 20 }));

/** Payload bytes from the content store. */
export const fromStore =
  (store: ContentStore, sha256: string): PayloadFile['open'] =>
  () =>
    store.read(sha256);

/** A payload file whose bytes did not hash to the stored value: the package must not be given. */
export class PayloadMismatchError extends Error {
  constructor(
    readonly file: PayloadFile,
    readonly actual: string,
  ) {
    super(`${file.name}: the stored bytes hash to ${actual}, not to the stored SHA-256 ${file.sha256}`);
  }
}

/** RFC 8493 §2.1.3: a path in a manifest with CR, LF and % percent-encoded. */
export const encodeManifestPath = (path: string) =>
  path.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

const sha256Of = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** The bag's tag files in the order they are written, tagmanifest last. */
export function tagFilesOf(spec: BagSpec): TagFile[] {
  const bytes = spec.payload.reduce((n, f) => n + f.size, 0);
  const text = (s: string) => Buffer.from(s, 'utf8');
  const lines = (rows: string[]) => text(rows.map((r) => `${r}\n`).join(''));
  const info = [...spec.info, ['Payload-Oxum', `${bytes}.${spec.payload.length}`] as [string, string]];
  const tags: TagFile[] = [
    { name: 'bagit.txt', data: lines(['BagIt-Version: 1.0', 'Tag-File-Character-Encoding: UTF-8']) },
    { name: 'bag-info.txt', data: lines(info.map(([k, v]) => `${k}: ${v.replace(/[\r\n]+/g, ' ')}`)) },
    {
      name: 'manifest-sha256.txt',
      data: lines(spec.payload.map((f) => `${f.sha256}  ${encodeManifestPath(`data/${f.name}`)}`)),
    },
    // Not a payload manifest (validators without SM3 would refuse one): an extra tag file in the same format.
    {
      name: 'checksums-sm3.txt',
      data: lines(spec.payload.map((f) => `${f.sm3}  ${encodeManifestPath(`data/${f.name}`)}`)),
    },
    ...spec.tags,
  ];
  const names = new Set<string>();
  for (const t of tags) {
    if (names.has(t.name)) throw new Error(`tag file ${t.name} twice`);
    names.add(t.name);
  }
  tags.push({
    name: 'tagmanifest-sha256.txt',
    data: lines(tags.map((t) => `${sha256Of(t.data)}  ${encodeManifestPath(t.name)}`)),
  });
  return tags;
}

/**
 * Writes a zipped BagIt 1.0 bag (RFC 8493) to `out`, streaming: each payload file is read once,
 * its SHA-256 checked against the stored value as it passes into the zip (stored, not
 * compressed: the media are compressed already). Resolves when the zip is written; rejects with
 * `PayloadMismatchError` if any file's bytes differ from what the store says.
 */
export function writeBagZip(spec: BagSpec, out: Writable): Promise<{ payloadBytes: number }> {
  useNativeZipCrc();
  const zip = new yazl.ZipFile();
  const tags = tagFilesOf(spec);
  return new Promise((resolve, reject) => {
    let failed = false;
    let reading: Readable | null = null;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      zip.outputStream.unpipe(out);
      (zip.outputStream as unknown as { destroy(): void }).destroy();
      // Nothing is left open: the file being read, and the output (which ends the caller's pipeline).
      reading?.destroy();
      out.destroy(error);
      reject(error);
    };
    zip.on('error', fail);
    out.on('error', fail);
    out.on('finish', () => {
      if (!failed) resolve({ payloadBytes: spec.payload.reduce((n, f) => n + f.size, 0) });
    });
    zip.outputStream.pipe(out);
    for (const file of spec.payload) {
      zip.addReadStreamLazy(
        `${spec.root}/data/${file.name}`,
        { size: file.size, compress: false, mtime: spec.date, mode: 0o100444 },
        (cb) => {
          const tap = sha256Tap(spec.verifyPool, {
            onChunk: spec.onProgress,
            check: (actual) => (actual === file.sha256 ? null : new PayloadMismatchError(file, actual)),
          });
          tap.transform.on('error', fail);
          file.open().then(
            (source) => {
              // The package failed while this file was being opened: nothing will read it.
              if (failed) return void source.destroy();
              reading = source;
              source.on('error', (e) => tap.transform.destroy(e));
              cb(null, source.pipe(tap.transform) as unknown as NodeJS.ReadableStream);
            },
            (error: Error) => cb(error, undefined as never),
          );
        },
      );
    }
    for (const tag of tags)
      zip.addBuffer(tag.data, `${spec.root}/${tag.name}`, { mtime: spec.date, mode: 0o100444, compress: true });
    zip.end();
  });
}
