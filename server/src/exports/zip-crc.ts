import { createRequire } from 'node:module';
import zlib from 'node:zlib';

/**
 * yazl computes each entry's CRC-32 with the `buffer-crc32` package, in JavaScript, at about
 * 340 MB/s here: a third of the speed at which stored files are read and hashed, so it would
 * bound every export package. Node's own `zlib.crc32` (the same CRC-32/ISO-HDLC, native) runs at
 * about 2.6 GB/s. yazl calls `crc32.unsigned(buffer, previous)` on the shared module object, so
 * this points that one function at the native one, after checking on sample data that both agree.
 */
export function useNativeZipCrc(): void {
  const require = createRequire(import.meta.url);
  const yazlPath = require.resolve('yazl');
  const crc32 = createRequire(yazlPath)('buffer-crc32') as {
    unsigned: (buffer: Buffer | string, previous?: number) => number;
    __native?: boolean;
  };
  if (crc32.__native) return;
  const original = crc32.unsigned;
  const native = (buffer: Buffer | string, previous?: number) =>
    zlib.crc32(typeof buffer === 'string' ? Buffer.from(buffer) : buffer, previous ?? 0);
  const sample = Buffer.from('行政执法全过程记录 BagIt 0123456789'.repeat(7));
  const head = sample.subarray(0, 50);
  const tail = sample.subarray(50);
  if (
    native(sample) !== original(sample) ||
    native(tail, native(head)) !== original(tail, original(head)) ||
    native(Buffer.alloc(0)) !== original(Buffer.alloc(0))
  )
    throw new Error('zlib.crc32 does not agree with buffer-crc32: keeping the zip writer as it is is not possible');
  crc32.unsigned = native;
  crc32.__native = true;
}
