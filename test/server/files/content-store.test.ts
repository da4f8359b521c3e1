import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { S3ContentStore, type S3Settings } from '../../../server/src/files/s3-store.js';
import { type ContentStore, FileStoreDisk, NotInStoreError } from '../../../server/src/files/store.js';
import { rawStore, startS3 } from '../../support/store.js';

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Both stores must behave the same: this is the contract every service relies on. */
describe.each(['disk', 's3'] as const)('the %s content store', (kind) => {
  let dir: string;
  let store: ContentStore;
  let closeS3: (() => Promise<void>) | null = null;
  let s3Settings: S3Settings | null = null;
  let n = 0;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), `er-store-${kind}-`));
    if (kind === 's3') {
      const s3 = await startS3(path.join(dir, 's3'));
      closeS3 = s3.close;
      s3Settings = s3.settings;
      // Objects over 6 MiB are set aside by a copy in parts (S3 allows 5 GiB in one CopyObject).
      store = new S3ContentStore({ ...s3.settings, maxCopyBytes: 6 * 1024 * 1024 });
    } else store = new FileStoreDisk(path.join(dir, 'files'), path.join(dir, 'quarantine'));
    expect(store.kind).toBe(kind);
  });
  afterAll(async () => {
    await store.close();
    await closeS3?.();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A new local file with `bytes`, as an upload or an export would leave it. */
  const local = (bytes: Buffer) => {
    const file = path.join(dir, `local-${++n}`);
    fs.writeFileSync(file, bytes);
    return file;
  };

  it('places a file under its hash (moving it in), and reads it whole or by range', async () => {
    const bytes = Buffer.from('现场检查录像 — evidence bytes '.repeat(500));
    const sha256 = sha256Of(bytes);
    const source = local(bytes);
    expect(await store.exists(sha256)).toBe(false);
    expect(await store.place(source, sha256)).toBe(true);
    expect(fs.existsSync(source)).toBe(false);
    expect(await store.exists(sha256)).toBe(true);
    const stat = await store.stat(sha256);
    expect(stat?.size).toBe(bytes.length);
    expect(Math.abs(stat!.modifiedAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(Buffer.compare(await buffer(await store.read(sha256)), bytes)).toBe(0);
    const part = await buffer(await store.read(sha256, { start: 100, end: 1099 }));
    expect(Buffer.compare(part, bytes.subarray(100, 1100))).toBe(0);
    expect(store.locationOf(sha256)).toContain(sha256);
  });

  it('keeps identical content once and never overwrites what is there', async () => {
    const bytes = Buffer.from('once only');
    const sha256 = sha256Of(bytes);
    expect(await store.place(local(bytes), sha256)).toBe(true);
    const again = local(bytes);
    expect(await store.place(again, sha256)).toBe(false);
    expect(fs.existsSync(again)).toBe(false);
    // Even content that does not match its name (changed behind the application's back) is left
    // as it is for fixity to find, not silently repaired or replaced.
    await rawStore(store).write(sha256, 'changed by someone');
    expect(await store.place(local(bytes), sha256)).toBe(false);
    expect((await buffer(await store.read(sha256))).toString()).toBe('changed by someone');
  });

  it('copies in only bytes that hash to the name, keeping the source', async () => {
    const bytes = Buffer.from('restored from a backup');
    const source = local(bytes);
    await expect(store.placeCopy(source, 'a'.repeat(64))).rejects.toThrow(/does not hash to/);
    expect(await store.exists('a'.repeat(64))).toBe(false);
    expect(await store.placeCopy(source, sha256Of(bytes))).toBe(true);
    expect(fs.existsSync(source)).toBe(true);
    expect(await store.placeCopy(source, sha256Of(bytes))).toBe(false);
  });

  it('says plainly when content is absent', async () => {
    const absent = 'b'.repeat(64);
    expect(await store.stat(absent)).toBeNull();
    const error = await store.read(absent).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotInStoreError);
    expect((error as NotInStoreError).code).toBe('ENOENT');
    await expect(store.read('../../etc/passwd')).rejects.toThrow(/not a SHA-256/);
  });

  it('sets content aside without deleting it, and removes it at disposal', async () => {
    const kept = Buffer.from('a stray no record names');
    const sha256 = sha256Of(kept);
    await store.place(local(kept), sha256);
    const where = await store.setAside(sha256);
    expect(where.endsWith(sha256)).toBe(true);
    expect(await store.exists(sha256)).toBe(false);
    if (kind === 'disk') expect(fs.readFileSync(where, 'utf8')).toBe(kept.toString());
    const disposed = Buffer.from('retention over');
    await store.place(local(disposed), sha256Of(disposed));
    await store.remove(sha256Of(disposed));
    expect(await store.exists(sha256Of(disposed))).toBe(false);
    await store.remove(sha256Of(disposed)); // already gone: fine
  });

  it('lists every hash it holds, and lends a local copy for tools that seek', async () => {
    const all = await rawStore(store).list();
    const bytes = Buffer.from('for ffprobe');
    const sha256 = sha256Of(bytes);
    await store.place(local(bytes), sha256);
    expect((await rawStore(store).list()).sort()).toEqual([...all, sha256].sort());
    let lent = '';
    expect(
      await store.withLocalFile(sha256, async (file) => {
        lent = file;
        return fs.readFileSync(file, 'utf8');
      }),
    ).toBe('for ffprobe');
    if (kind === 's3') expect(fs.existsSync(lent)).toBe(false);
  });

  it('answers other requests while many downloads stall (viewers that stop reading)', async () => {
    const bytes = Buffer.alloc(4 * 1024 * 1024, 7);
    const sha256 = sha256Of(bytes);
    await store.place(local(bytes), sha256);
    const stalled = await Promise.all(Array.from({ length: 60 }, () => store.read(sha256)));
    try {
      const answered = await Promise.race([
        store.stat(sha256).then((s) => s?.size),
        new Promise((r) => setTimeout(() => r('stuck'), 5_000)),
      ]);
      expect(answered).toBe(bytes.length);
    } finally {
      for (const s of stalled) s.destroy();
    }
  });

  it('sets aside a large content whole (copied in parts on S3)', async () => {
    const bytes = Buffer.alloc(13 * 1024 * 1024);
    bytes.write('head', 0);
    bytes.write('tail', bytes.length - 4);
    const sha256 = sha256Of(bytes);
    await store.place(local(bytes), sha256);
    const where = await store.setAside(sha256);
    expect(await store.exists(sha256)).toBe(false);
    if (kind === 'disk') expect(sha256Of(fs.readFileSync(where))).toBe(sha256);
    else {
      const s3 = store as S3ContentStore;
      const key = where.slice(`s3://${s3.bucket}/`.length);
      const got = await s3.client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }));
      expect(sha256Of(Buffer.from(await got.Body!.transformToByteArray()))).toBe(sha256);
    }
  });

  it('checks at start that it can be reached', async () => {
    await expect(store.ready()).resolves.toBeUndefined();
    if (kind === 's3') {
      const wrong = new S3ContentStore({ ...s3Settings!, bucket: 'no-such-bucket' });
      await expect(wrong.ready()).rejects.toThrow(/no-such-bucket .* is not usable .* check S3_BUCKET/);
      await wrong.close();
    }
  });

  it('streams a file larger than one multipart part in and out intact', async () => {
    // 40 MiB: three parts of an S3 multipart upload; on disk, a plain link.
    const file = path.join(dir, 'large.bin');
    const fd = fs.openSync(file, 'wx');
    fs.ftruncateSync(fd, 40 * 1024 * 1024);
    fs.writeSync(fd, Buffer.from('marker at the end'), 0, 17, 40 * 1024 * 1024 - 17);
    fs.closeSync(fd);
    const hash = createHash('sha256');
    for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
    const sha256 = hash.digest('hex');
    expect(await store.place(file, sha256)).toBe(true);
    expect((await store.stat(sha256))?.size).toBe(40 * 1024 * 1024);
    const back = createHash('sha256');
    for await (const chunk of await store.read(sha256)) back.update(chunk as Buffer);
    expect(back.digest('hex')).toBe(sha256);
    const tail = await buffer(await store.read(sha256, { start: 40 * 1024 * 1024 - 17, end: 40 * 1024 * 1024 - 1 }));
    expect(tail.toString()).toBe('marker at the end');
  });
});
