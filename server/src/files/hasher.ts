import { Worker } from 'node:worker_threads';

/** The two digests every stored file carries: SHA-256 (content address) and SM3 (GB/T 32905). */
export interface Digests {
  sha256: string;
  sm3: string;
}

export const HASH_ALGORITHMS = ['sha256', 'sm3'] as const;
export type HashAlgorithm = (typeof HASH_ALGORITHMS)[number];
type Algorithm = HashAlgorithm;

/**
 * One hash algorithm per worker thread, holding the running state of every upload it serves, so
 * hashing overlaps with receiving and with the other algorithm. Inline code: the same worker runs
 * from the compiled server and from the test runner's TypeScript sources.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const states = new Map();
parentPort.on('message', (m) => {
  if (m.op === 'update') {
    let s = states.get(m.key);
    if (!s) { s = createHash(workerData.algorithm); states.set(m.key, s); }
    s.update(new Uint8Array(m.buffer, m.offset, m.length));
    parentPort.postMessage({ seq: m.seq });
  } else if (m.op === 'digest') {
    const s = states.get(m.key) ?? createHash(workerData.algorithm);
    states.delete(m.key);
    parentPort.postMessage({ seq: m.seq, digest: s.digest('hex') });
  } else if (m.op === 'drop') {
    states.delete(m.key);
    parentPort.postMessage({ seq: m.seq });
  }
});
`;

interface Pending {
  resolve: (value: string | undefined) => void;
  reject: (error: Error) => void;
}

class HashThread {
  private readonly worker: Worker;
  private seq = 0;
  private readonly pending = new Map<number, Pending>();
  private failed: Error | null = null;

  constructor(readonly algorithm: Algorithm) {
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { algorithm } });
    this.worker.unref();
    this.worker.on('message', (m: { seq: number; digest?: string }) => {
      const p = this.pending.get(m.seq);
      this.pending.delete(m.seq);
      p?.resolve(m.digest);
    });
    const fail = (error: Error) => {
      this.failed = error;
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`hash worker exited (${code})`)));
  }

  send(message: Record<string, unknown>): Promise<string | undefined> {
    if (this.failed) return Promise.reject(this.failed);
    const seq = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      this.worker.postMessage({ ...message, seq });
    });
  }

  terminate() {
    return this.worker.terminate();
  }
}

/** Bytes handed to the workers but not yet hashed, per stream, before the stream waits. */
const MAX_IN_FLIGHT = 16 * 1024 * 1024;

/** Size of the shared-memory blocks a receiver fills (`HashPool.block`) and the workers read in place. */
export const HASH_BLOCK_BYTES = 1024 * 1024;
/** Spare blocks kept for reuse; more are allocated while needed and left to the GC. */
const MAX_SPARE_BLOCKS = 64;

/**
 * Running SHA-256 and SM3 states of streams (keyed, e.g. by upload id), computed on worker threads.
 * `update` resolves once the bytes are hashed, and callers keep at most MAX_IN_FLIGHT bytes
 * outstanding, so memory stays flat however fast bytes arrive.
 */
export class HashPool {
  private readonly threads: HashThread[];
  private readonly bytes = new Map<string, number>();
  /** Shared blocks to lend, and those lent out (they come back once both workers hashed them). */
  private readonly spare: SharedArrayBuffer[] = [];
  private readonly lent = new WeakSet<SharedArrayBuffer>();

  /** One worker thread per algorithm: both digests by default (intake, fixity); one for a single hash off the main thread. */
  constructor(readonly algorithms: readonly Algorithm[] = HASH_ALGORITHMS) {
    this.threads = algorithms.map((a) => new HashThread(a));
  }

  /** Bytes of `key` hashed (or handed over) so far; undefined when no state is held. */
  hashedBytes(key: string): number | undefined {
    return this.bytes.get(key);
  }

  /**
   * A block of shared memory to fill and pass (or a slice of it) to `update`, which reads it in
   * place, without a copy, and takes it back once hashed. Reused blocks keep memory flat: shared
   * memory is freed only when every thread that saw it has collected it, which idle workers rarely do.
   */
  block(): Buffer {
    const shared = this.spare.pop() ?? new SharedArrayBuffer(HASH_BLOCK_BYTES);
    this.lent.add(shared);
    return Buffer.from(shared);
  }

  /** Takes back a block that was never passed to `update`. */
  release(block: Uint8Array) {
    this.giveBack(block.buffer);
  }

  private giveBack(buffer: ArrayBufferLike) {
    if (!(buffer instanceof SharedArrayBuffer) || !this.lent.has(buffer)) return;
    this.lent.delete(buffer);
    if (this.spare.length < MAX_SPARE_BLOCKS) this.spare.push(buffer);
  }

  /** Hands a chunk to both workers; the promise settles when both have hashed it. */
  update(key: string, chunk: Uint8Array): Promise<void> {
    let shared = chunk;
    const lent = chunk.buffer instanceof SharedArrayBuffer && this.lent.has(chunk.buffer);
    if (!lent) {
      // One copy into shared memory, read by both threads (the chunk's own buffer may be pooled).
      shared = new Uint8Array(new SharedArrayBuffer(chunk.byteLength));
      shared.set(chunk);
    }
    this.bytes.set(key, (this.bytes.get(key) ?? 0) + chunk.byteLength);
    const message = { op: 'update', key, buffer: shared.buffer, offset: shared.byteOffset, length: shared.byteLength };
    return Promise.all(this.threads.map((t) => t.send(message))).then(() => {
      if (lent) this.giveBack(chunk.buffer);
    });
  }

  /** Finishes the state of `key` and returns its digests (a pool made for both algorithms). */
  async digest(key: string): Promise<Digests> {
    const d = await this.digests(key);
    if (!d.sha256 || !d.sm3) throw new Error('this hash pool does not compute both SHA-256 and SM3');
    return { sha256: d.sha256, sm3: d.sm3 };
  }

  /** Finishes the state of `key` and returns the digest of each of the pool's algorithms. */
  async digests(key: string): Promise<Partial<Digests>> {
    this.bytes.delete(key);
    const values = await Promise.all(this.threads.map((t) => t.send({ op: 'digest', key })));
    return Object.fromEntries(this.algorithms.map((a, i) => [a, values[i]!]));
  }

  /** Forgets `key` (an abandoned or inconsistent stream). */
  async drop(key: string): Promise<void> {
    this.bytes.delete(key);
    await Promise.all(this.threads.map((t) => t.send({ op: 'drop', key })));
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.terminate()));
  }
}

/**
 * Feeds an async sequence of chunks into `key`'s state with bounded memory: it waits for the
 * workers whenever more than MAX_IN_FLIGHT bytes are outstanding.
 */
export class HashFeeder {
  private inFlight = 0;
  private readonly waiting: Promise<void>[] = [];
  private error: unknown = null;

  constructor(
    private readonly pool: HashPool,
    private readonly key: string,
  ) {}

  async push(chunk: Uint8Array): Promise<void> {
    this.inFlight += chunk.byteLength;
    const done = this.pool.update(this.key, chunk).then(
      () => {
        this.inFlight -= chunk.byteLength;
      },
      (error: unknown) => {
        this.error ??= error;
      },
    );
    this.waiting.push(done);
    while (this.inFlight > MAX_IN_FLIGHT && !this.error) await this.waiting.shift();
    if (this.error) throw this.error;
  }

  /** Waits until every pushed chunk is hashed. */
  async flush(): Promise<void> {
    await Promise.all(this.waiting.splice(0));
    if (this.error) throw this.error;
  }
}
