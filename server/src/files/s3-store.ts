import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import http from 'node:http';
import https from 'node:https';
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  type ObjectLockMode,
  type PutObjectCommandInput,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { type ByteRange, type ContentStore, NotInStoreError, SHA256, type StoredStat, withTempFile } from './store.js';

/** How to reach the bucket (FILE_STORE=s3; see README "Storage"). */
export interface S3Settings {
  /** Endpoint of an S3-compatible server (MinIO, Ceph RGW, OSS); empty for AWS itself. */
  endpoint: string | undefined;
  region: string;
  bucket: string;
  /** Key prefix inside the bucket (e.g. `county-a/`), so several systems can share one bucket. */
  prefix: string;
  accessKeyId: string | undefined;
  secretAccessKey: string | undefined;
  /** Path-style addressing (`endpoint/bucket/key`), which MinIO and most local servers need. */
  forcePathStyle: boolean;
  /** Object lock written with every object, where the bucket has it on; null leaves retention to the bucket's default. */
  lockMode: 'GOVERNANCE' | 'COMPLIANCE' | null;
  /** Days every object is locked for from placement (the shortest retention of any record). */
  lockDays: number;
  /** Folder for short-lived local copies (tools that must seek in a file). */
  tempDir: string;
  /** Largest object moved by one CopyObject (S3 allows 5 GiB; OSS 1 GiB); larger ones are copied in parts. */
  maxCopyBytes?: number;
}

/** Multipart part size: 16 MiB parts keep a 20 GiB video under S3's 10,000-part limit with room. */
const PART_BYTES = 16 * 1024 * 1024;

/** HeadObject answers a missing key with 404 NotFound (no body); GetObject with NoSuchKey. */
function isMissing(error: unknown): boolean {
  return error instanceof S3ServiceException && (error.name === 'NotFound' || error.name === 'NoSuchKey');
}

/** A conditional put refused (412: the key exists) or in conflict with a concurrent write (409: retry). */
function isConditionFailed(error: unknown): boolean {
  return (
    error instanceof S3ServiceException &&
    (error.$metadata.httpStatusCode === 412 || error.$metadata.httpStatusCode === 409)
  );
}

/**
 * The content store in an S3-compatible bucket: objects at `<prefix>sha256/ab/cd/<sha256>`, put once
 * with `If-None-Match: *` (never overwritten; a server that ignores the condition is also guarded
 * by a HEAD first), streamed in multipart for large files, optionally under object lock. Reads,
 * Range downloads, exports and fixity stream from GetObject.
 */
export class S3ContentStore implements ContentStore {
  readonly kind = 's3' as const;
  readonly client: S3Client;
  readonly tempDir: string;

  constructor(private readonly settings: S3Settings) {
    this.tempDir = settings.tempDir;
    this.client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      credentials:
        settings.accessKeyId && settings.secretAccessKey
          ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
          : undefined,
      // Each download holds a connection while its viewer reads: many more than the SDK's 50, and a
      // connection idle for two minutes (a stalled viewer) is closed so it cannot hold one for ever.
      requestHandler: new NodeHttpHandler({
        httpAgent: new http.Agent({ keepAlive: true, maxSockets: 1000 }),
        httpsAgent: new https.Agent({ keepAlive: true, maxSockets: 1000 }),
        connectionTimeout: 10_000,
        requestTimeout: 120_000,
      }),
      // Many S3-compatible servers do not take the SDK's default CRC trailers; our own SHA-256 and SM3 guard the bytes.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  get bucket(): string {
    return this.settings.bucket;
  }

  keyOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error(`not a SHA-256: ${sha256.slice(0, 80)}`);
    return `${this.settings.prefix}sha256/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
  }

  locationOf(sha256: string): string {
    return `s3://${this.settings.bucket}/${this.keyOf(sha256)}`;
  }

  get quarantineLocation(): string {
    return `s3://${this.settings.bucket}/${this.settings.prefix}quarantine/`;
  }

  async ready(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.settings.bucket }));
    } catch (error) {
      const status = (error as S3ServiceException).$metadata?.httpStatusCode;
      throw new Error(
        `the bucket ${this.settings.bucket} at ${this.settings.endpoint ?? 'AWS'} is not usable (${status ?? (error as Error).message}): check S3_BUCKET, S3_ENDPOINT and the credentials`,
        { cause: error },
      );
    }
  }

  async stat(sha256: string): Promise<StoredStat | null> {
    try {
      const head = await this.client.send(
        new HeadObjectCommand({ Bucket: this.settings.bucket, Key: this.keyOf(sha256) }),
      );
      return { size: head.ContentLength ?? 0, modifiedAt: head.LastModified ?? new Date(0) };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async exists(sha256: string): Promise<boolean> {
    return (await this.stat(sha256)) !== null;
  }

  async read(sha256: string, range?: ByteRange): Promise<Readable> {
    try {
      const got = await this.client.send(
        new GetObjectCommand({
          Bucket: this.settings.bucket,
          Key: this.keyOf(sha256),
          Range: range ? `bytes=${range.start}-${range.end}` : undefined,
        }),
      );
      return got.Body as Readable;
    } catch (error) {
      if (isMissing(error)) throw new NotInStoreError(sha256);
      throw error;
    }
  }

  private lock(): Partial<PutObjectCommandInput> {
    if (!this.settings.lockMode || this.settings.lockDays <= 0) return {};
    return {
      ObjectLockMode: this.settings.lockMode as ObjectLockMode,
      ObjectLockRetainUntilDate: new Date(Date.now() + this.settings.lockDays * 86_400_000),
    };
  }

  /** Streams a local file to the object once (multipart above one part), only if the key is free. */
  private async upload(source: string, sha256: string): Promise<boolean> {
    if (await this.exists(sha256)) return false;
    const size = (await fsp.stat(source)).size;
    const upload = new Upload({
      client: this.client,
      partSize: PART_BYTES,
      queueSize: 4,
      leavePartsOnError: false,
      params: {
        Bucket: this.settings.bucket,
        Key: this.keyOf(sha256),
        Body: fs.createReadStream(source, { highWaterMark: 1 << 20 }),
        ContentLength: size,
        ContentType: 'application/octet-stream',
        IfNoneMatch: '*',
        // The server checks the bytes as they arrive: a single put against the SHA-256 we already
        // hold, each part of a multipart upload against its own SHA-256 (object lock requires one).
        ...(size <= PART_BYTES
          ? { ChecksumSHA256: Buffer.from(sha256, 'hex').toString('base64') }
          : { ChecksumAlgorithm: 'SHA256' as const }),
        Metadata: { sha256 },
        ...this.lock(),
      },
    });
    try {
      await upload.done();
      return true;
    } catch (error) {
      // Refused because another writer placed it meanwhile: fine. A 409 may also mean a concurrent
      // delete; then the object is not there and the caller must not drop its copy.
      if (isConditionFailed(error) && (await this.exists(sha256))) return false;
      throw error;
    }
  }

  async place(source: string, sha256: string): Promise<boolean> {
    const added = await this.upload(source, sha256);
    await fsp.rm(source, { force: true });
    return added;
  }

  async placeCopy(source: string, sha256: string): Promise<boolean> {
    const hash = createHash('sha256');
    await pipeline(fs.createReadStream(source, { highWaterMark: 1 << 20 }), hash);
    if (hash.digest('hex') !== sha256) throw new Error(`copy of ${source} does not hash to ${sha256}`);
    return this.upload(source, sha256);
  }

  async setAside(sha256: string): Promise<string> {
    const size = (await this.stat(sha256))?.size;
    if (size === undefined) throw new NotInStoreError(sha256);
    const key = `${this.settings.prefix}quarantine/${new Date().toISOString().replace(/[:.]/g, '-')}-${sha256}`;
    await this.copy(this.keyOf(sha256), key, size);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: this.keyOf(sha256) }));
    return `s3://${this.settings.bucket}/${key}`;
  }

  /**
   * Copies inside the bucket: one CopyObject on the server, or for objects over its limit a
   * stream through this instance into a multipart upload (rare: a large stray set aside).
   */
  private async copy(from: string, to: string, size: number): Promise<void> {
    const Bucket = this.settings.bucket;
    if (size <= (this.settings.maxCopyBytes ?? 5 * 1024 ** 3)) {
      await this.client.send(new CopyObjectCommand({ Bucket, Key: to, CopySource: `${Bucket}/${from}` }));
      return;
    }
    const got = await this.client.send(new GetObjectCommand({ Bucket, Key: from }));
    const body = got.Body as Readable;
    try {
      await new Upload({
        client: this.client,
        partSize: PART_BYTES,
        queueSize: 4,
        leavePartsOnError: false,
        params: { Bucket, Key: to, Body: body, ContentLength: size, ChecksumAlgorithm: 'SHA256', ...this.lock() },
      }).done();
    } finally {
      body.destroy();
    }
  }

  async remove(sha256: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: this.keyOf(sha256) }));
  }

  async *hashes(): AsyncGenerator<string> {
    const prefix = `${this.settings.prefix}sha256/`;
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.settings.bucket, Prefix: prefix, ContinuationToken: token }),
      );
      for (const item of page.Contents ?? []) {
        const name = (item.Key ?? '').slice(prefix.length).split('/')[2] ?? '';
        if (SHA256.test(name) && item.Key === this.keyOf(name)) yield name;
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  async withLocalFile<T>(sha256: string, use: (file: string) => Promise<T>): Promise<T> {
    await fsp.mkdir(this.settings.tempDir, { recursive: true });
    return withTempFile(this.settings.tempDir, async (file) => {
      await pipeline(await this.read(sha256), fs.createWriteStream(file, { flags: 'wx' }));
      return use(file);
    });
  }

  async close(): Promise<void> {
    this.client.destroy();
  }
}
