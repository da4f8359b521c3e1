import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import os from 'node:os';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export const SHA256 = /^[0-9a-f]{64}$/;

/** A byte range, both ends included (as HTTP Range counts). */
export interface ByteRange {
  start: number;
  end: number;
}

/** What the store knows of a kept content without reading it. */
export interface StoredStat {
  size: number;
  /** When it was placed (strays younger than the upload expiry are left alone). */
  modifiedAt: Date;
}

/** Thrown (code ENOENT, like the file system) when the store holds no such content. */
export class NotInStoreError extends Error {
  readonly code = 'ENOENT';
  constructor(readonly sha256: string) {
    super(`the store holds no content ${sha256}`);
  }
}

/**
 * Where every kept byte lives (evidence files, scans, export packages, media volumes), by SHA-256:
 * content-addressed, written once and never overwritten, identical content kept once. Two
 * implementations chosen by `FILE_STORE`: the local disk (default) and an S3-compatible object store.
 */
export interface ContentStore {
  readonly kind: 'disk' | 's3';
  /** A local folder for files made before they are placed (beside the store on disk, so placing is a link). */
  readonly tempDir: string;
  /** Where `setAside` puts content (a folder or an s3:// prefix), for messages. */
  readonly quarantineLocation: string;
  /** Checks at start that the store is there and reachable (a wrong bucket must not read as every file missing). */
  ready(): Promise<void>;
  /** Where the content is, for messages and the audit trail (a path or an s3:// address). */
  locationOf(sha256: string): string;
  stat(sha256: string): Promise<StoredStat | null>;
  exists(sha256: string): Promise<boolean>;
  /** The bytes (or a range of them) as a stream; NotInStoreError when absent. */
  read(sha256: string, range?: ByteRange): Promise<Readable>;
  /**
   * Places the finished local file at `source` under its hash and removes `source`. Returns false
   * when the store already held this content (then the existing copy is kept untouched).
   */
  place(source: string, sha256: string): Promise<boolean>;
  /** Copies `source` in (a restore): it must hash to `sha256`; `source` is kept. False when already held. */
  placeCopy(source: string, sha256: string): Promise<boolean>;
  /** Moves a kept content aside for inspection (never deletes it); returns where it went. */
  setAside(sha256: string): Promise<string>;
  /** Destroys a content at the end of its retention (an executed disposal list); absent is fine. */
  remove(sha256: string): Promise<void>;
  /** Every hash present (reconciliation of content no row names). */
  hashes(): AsyncGenerator<string>;
  /** Runs `use` with the content as a local file (tools such as ffprobe that need to seek). */
  withLocalFile<T>(sha256: string, use: (file: string) => Promise<T>): Promise<T>;
  /** Lets go of connections (the process is stopping). */
  close(): Promise<void>;
}

/** Moves a local file (an inconsistent upload) into the quarantine folder; returns where it went. */
export async function quarantineFile(quarantineDir: string, source: string, name: string): Promise<string> {
  await fsp.mkdir(quarantineDir, { recursive: true });
  const target = path.join(quarantineDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${name}`);
  await fsp.rename(source, target);
  return target;
}

/** A fresh temporary file name for `use`, removed afterwards whatever happens. */
export async function withTempFile<T>(dir: string | undefined, use: (file: string) => Promise<T>): Promise<T> {
  const folder = await fsp.mkdtemp(path.join(dir ?? os.tmpdir(), 'er-store-'));
  try {
    return await use(path.join(folder, 'content'));
  } finally {
    await fsp.rm(folder, { recursive: true, force: true });
  }
}

/**
 * The content-addressed file store on disk: bytes at `<dir>/sha256/ab/cd/<sha256>`, read-only,
 * placed by hard link so an existing file is never overwritten, and identical content kept once.
 */
export class FileStoreDisk implements ContentStore {
  readonly kind = 'disk' as const;
  readonly tempDir: string;

  constructor(
    readonly dir: string,
    readonly quarantineDir: string,
  ) {
    this.tempDir = path.join(dir, 'tmp');
  }

  get quarantineLocation(): string {
    return this.quarantineDir;
  }

  async ready(): Promise<void> {
    // Made on the first placing; if it is there, it must be a folder this process may write to.
    const found = await fsp.stat(this.dir).catch(() => null);
    if (found && !found.isDirectory()) throw new Error(`FILE_STORE_DIR ${this.dir} is not a folder`);
    if (found) await fsp.access(this.dir, fs.constants.R_OK | fs.constants.W_OK);
  }

  pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error(`not a SHA-256: ${sha256.slice(0, 80)}`);
    return path.join(this.dir, 'sha256', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  locationOf(sha256: string): string {
    return this.pathOf(sha256);
  }

  async exists(sha256: string): Promise<boolean> {
    try {
      await fsp.access(this.pathOf(sha256));
      return true;
    } catch {
      return false;
    }
  }

  async stat(sha256: string): Promise<StoredStat | null> {
    const found = await fsp.stat(this.pathOf(sha256)).catch(() => null);
    return found ? { size: found.size, modifiedAt: found.mtime } : null;
  }

  async read(sha256: string, range?: ByteRange): Promise<Readable> {
    const handle = await fsp.open(this.pathOf(sha256), 'r').catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'ENOENT' ? new NotInStoreError(sha256) : error;
    });
    return handle.createReadStream({ ...range, highWaterMark: 1 << 20 });
  }

  async setAside(sha256: string): Promise<string> {
    return quarantineFile(this.quarantineDir, this.pathOf(sha256), sha256);
  }

  async remove(sha256: string): Promise<void> {
    await fsp.rm(this.pathOf(sha256), { force: true });
  }

  async withLocalFile<T>(sha256: string, use: (file: string) => Promise<T>): Promise<T> {
    return use(this.pathOf(sha256));
  }

  async close(): Promise<void> {}

  /**
   * Places the finished file at `source` under its hash and removes `source`. Returns false when the
   * store already held this content (then the existing copy is kept untouched).
   */
  async place(source: string, sha256: string): Promise<boolean> {
    const target = this.pathOf(sha256);
    await fsp.mkdir(path.dirname(target), { recursive: true });
    const handle = await fsp.open(source, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    let added = true;
    try {
      try {
        await fsp.link(source, target);
      } catch (error) {
        // The upload folder on another file system (UPLOAD_DIR elsewhere): copy beside the target,
        // checking the copy's SHA-256, then link that into place the same way.
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
        await this.linkCopy(source, target, sha256);
      }
      await fsp.chmod(target, 0o444);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      added = false;
    }
    await fsp.rm(source, { force: true });
    return added;
  }

  /**
   * Copies `source` into the store under `sha256` (a restore, or an upload folder on another file
   * system): the copy must hash to its name, and an existing file is never overwritten. Returns
   * false when the store already held the content. `source` is left as it is.
   */
  async placeCopy(source: string, sha256: string): Promise<boolean> {
    const target = this.pathOf(sha256);
    await fsp.mkdir(path.dirname(target), { recursive: true });
    try {
      await this.linkCopy(source, target, sha256);
      await fsp.chmod(target, 0o444);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      return false;
    }
  }

  private async linkCopy(source: string, target: string, sha256: string): Promise<void> {
    const partial = `${target}.${randomBytes(6).toString('hex')}.partial`;
    try {
      const copied = await copyHashed(source, partial);
      if (copied.sha256 !== sha256) throw new Error(`copy of ${source} does not hash to ${sha256}`);
      await fsp.link(partial, target);
    } finally {
      await fsp.rm(partial, { force: true });
    }
  }

  /** Every hash present in the store (for reconciliation of files no row names). */
  async *hashes(): AsyncGenerator<string> {
    const root = path.join(this.dir, 'sha256');
    const level = async (dir: string) => {
      try {
        return (await fsp.readdir(dir)).sort();
      } catch {
        return [];
      }
    };
    for (const a of await level(root))
      for (const b of await level(path.join(root, a)))
        for (const name of await level(path.join(root, a, b))) if (SHA256.test(name)) yield name;
  }
}

/** Copies `source` (a file or a stream) to the new file `target` (never overwriting), hashing the bytes as they pass, then syncs it. */
export async function copyHashed(source: string | Readable, target: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  await fsp.mkdir(path.dirname(target), { recursive: true });
  await pipeline(
    typeof source === 'string' ? fs.createReadStream(source) : source,
    new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    }),
    fs.createWriteStream(target, { flags: 'wx' }),
  );
  const handle = await fsp.open(target, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
  return { sha256: hash.digest('hex'), size };
}
