import type { Config } from '../config.js';
import { S3ContentStore } from './s3-store.js';
import { type ContentStore, FileStoreDisk } from './store.js';

/** The content store the configuration names (FILE_STORE): the local disk or an S3-compatible bucket. */
export function createContentStore(config: Config): ContentStore {
  return config.s3 ? new S3ContentStore(config.s3) : new FileStoreDisk(config.fileStoreDir, config.quarantineDir);
}
