import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import type { Config } from '../../server/src/config.js';
import { S3ContentStore, type S3Settings } from '../../server/src/files/s3-store.js';
import type { ContentStore, FileStoreDisk } from '../../server/src/files/store.js';

/**
 * Which content store the test servers use: the disk (default) or, with TEST_FILE_STORE=s3, an
 * S3-compatible server (s3rver) started for each test server. `npm test` runs the intake,
 * download, export and fixity files both ways.
 */
export const TEST_STORE: 'disk' | 's3' = process.env.TEST_FILE_STORE === 's3' ? 's3' : 'disk';

export const TEST_BUCKET = 'evidence';

/** A local S3-compatible server (s3rver: for tests only; production means AWS S3, MinIO, Ceph RGW or OSS). */
export interface TestS3 {
  settings: S3Settings;
  close(): Promise<void>;
  /** Takes the server away (connections refused), as an outage of the object store would. */
  stop(): Promise<void>;
  /** Brings it back on the same address with the same objects. */
  start(): Promise<void>;
}

export async function startS3(dir: string): Promise<TestS3> {
  const make = (port: number) =>
    new S3rver({
      address: '127.0.0.1',
      port,
      silent: true,
      directory: dir,
      configureBuckets: [{ name: TEST_BUCKET, configs: [] }],
    });
  let server: S3rver | null = make(0);
  const { port } = await server.run();
  const stop = async () => {
    await server?.close();
    server = null;
  };
  return {
    stop,
    async start() {
      server ??= make(port);
      await server.run();
    },
    settings: {
      endpoint: `http://127.0.0.1:${port}`,
      region: 'us-east-1',
      bucket: TEST_BUCKET,
      prefix: 'er/',
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      forcePathStyle: true,
      lockMode: null,
      lockDays: 0,
      tempDir: path.join(dir, '..', 's3-tmp'),
    },
    close: stop,
  };
}

/** The config overrides that put a test server's files in `s3` (or leave them on disk). */
export function storeConfig(s3: S3Settings | null): Partial<Config> {
  return s3 ? { fileStore: 's3', s3 } : { fileStore: 'disk', s3: null };
}

/**
 * Someone with direct access to the storage (root on the disk, or the bucket's owner), acting
 * behind the application's back: what fixity, download and export checks must notice.
 */
export interface RawStore {
  read(sha256: string): Promise<Buffer>;
  /** Replaces the bytes kept under `sha256` (the store itself never would). */
  write(sha256: string, bytes: Buffer | string): Promise<void>;
  remove(sha256: string): Promise<void>;
  /** Every hash the store holds. */
  list(): Promise<string[]>;
}

export function rawStore(store: ContentStore): RawStore {
  const read = async (sha256: string) => buffer(await store.read(sha256));
  const list = async () => {
    const all: string[] = [];
    for await (const h of store.hashes()) all.push(h);
    return all;
  };
  if (store instanceof S3ContentStore) {
    const bucket = store.bucket;
    const keyOf = (sha256: string) => store.keyOf(sha256);
    return {
      read,
      list,
      async write(sha256, bytes) {
        await store.client.send(new PutObjectCommand({ Bucket: bucket, Key: keyOf(sha256), Body: bytes }));
      },
      async remove(sha256) {
        await store.client.send(new DeleteObjectCommand({ Bucket: bucket, Key: keyOf(sha256) }));
      },
    };
  }
  const disk = store as FileStoreDisk;
  return {
    read,
    list,
    async write(sha256, bytes) {
      const file = disk.pathOf(sha256);
      await fsp.mkdir(path.dirname(file), { recursive: true });
      if (fs.existsSync(file)) await fsp.chmod(file, 0o644);
      await fsp.writeFile(file, bytes);
    },
    async remove(sha256) {
      await fsp.rm(disk.pathOf(sha256), { force: true });
    },
  };
}

/** The environment a child process (`npm run fixity`, `npm run backup`) needs to reach the same store. */
export function storeEnv(config: Config): Record<string, string> {
  if (!config.s3) return { FILE_STORE: 'disk', FILE_STORE_DIR: config.fileStoreDir };
  const s3 = config.s3;
  return {
    FILE_STORE: 's3',
    S3_ENDPOINT: s3.endpoint ?? '',
    S3_REGION: s3.region,
    S3_BUCKET: s3.bucket,
    S3_PREFIX: s3.prefix,
    S3_ACCESS_KEY_ID: s3.accessKeyId ?? '',
    S3_SECRET_ACCESS_KEY: s3.secretAccessKey ?? '',
    S3_FORCE_PATH_STYLE: String(s3.forcePathStyle),
    S3_TEMP_DIR: s3.tempDir,
  };
}
