import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * The content-addressed file store on disk: bytes at `<dir>/sha256/ab/cd/<sha256>`, read-only,
 * placed by hard link so an existing file is never overwritten, and identical content kept once.
 */
export class FileStoreDisk {
  constructor(
    readonly dir: string,
    readonly quarantineDir: string,
  ) {}

  pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error(`not a SHA-256: ${sha256.slice(0, 80)}`);
    return path.join(this.dir, 'sha256', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async exists(sha256: string): Promise<boolean> {
    try {
      await fsp.access(this.pathOf(sha256));
      return true;
    } catch {
      return false;
    }
  }

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

  createReadStream(sha256: string, range?: { start: number; end: number }): fs.ReadStream {
    return fs.createReadStream(this.pathOf(sha256), range);
  }

  /** Moves an inconsistent file aside (never deletes it) and returns where it went. */
  async quarantine(source: string, name: string): Promise<string> {
    await fsp.mkdir(this.quarantineDir, { recursive: true });
    const target = path.join(this.quarantineDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${name}`);
    await fsp.rename(source, target);
    return target;
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

/** Copies `source` to the new file `target` (never overwriting), hashing the bytes as they pass, then syncs it. */
export async function copyHashed(source: string, target: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  await fsp.mkdir(path.dirname(target), { recursive: true });
  await pipeline(
    fs.createReadStream(source),
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
