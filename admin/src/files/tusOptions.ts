import { defaultOptions, type PreviousUpload, type UploadOptions, type UrlStorage } from 'tus-js-client';
import { getSession } from '../auth/session';

/** Same origin: the session cookie signs the requests in. */
export const TUS_ENDPOINT = '/files';
/** Large enough for speed, small enough that a refused type is known after the first piece. */
export const CHUNK_BYTES = 8 * 1024 * 1024;
/** tus's own retries (ms); after the last one the queue waits for the network and starts again. */
export const RETRY_DELAYS = [0, 1000, 3000, 5000, 10000, 20000];
const PREFIX = 'er-upload';

const storage = defaultOptions.urlStorage as UrlStorage;

const userKey = () => getSession()?.user.id ?? 'anonymous';

/**
 * One file of one user: another user of the same browser never picks up someone else's upload
 * (the server would refuse it anyway).
 */
export const fingerprintOf = (file: File) =>
  Promise.resolve([PREFIX, userKey(), file.name, file.type, file.size, file.lastModified].join(':'));

export const baseOptions: UploadOptions = {
  endpoint: TUS_ENDPOINT,
  chunkSize: CHUNK_BYTES,
  retryDelays: RETRY_DELAYS,
  removeFingerprintOnSuccess: true,
  fingerprint: fingerprintOf as UploadOptions['fingerprint'],
};

/** The newest of the earlier uploads of a file, as tus-js-client stored them in localStorage. */
export const newest = (uploads: PreviousUpload[]) =>
  [...uploads].sort((a, b) => Date.parse(b.creationTime) - Date.parse(a.creationTime))[0] ?? null;

/** Unfinished uploads of the signed-in user in this browser, newest first. */
export async function unfinishedUploads(): Promise<PreviousUpload[]> {
  const mine = `tus::${PREFIX}:${userKey()}:`;
  const all = await storage.findAllUploads();
  return all
    .filter((u) => u.urlStorageKey.startsWith(mine) && u.uploadUrl)
    .sort((a, b) => Date.parse(b.creationTime) - Date.parse(a.creationTime));
}

/** Forgets stored uploads (by their storage key). */
export const forget = async (keys: string[]) => {
  await Promise.all(keys.map((key) => storage.removeUpload(key)));
};

/** Forgets the stored entries of one server upload, e.g. after the server refused it for good. */
export async function forgetUrl(url: string | null): Promise<void> {
  if (!url) return;
  const all = await storage.findAllUploads();
  await forget(all.filter((u) => u.uploadUrl === url).map((u) => u.urlStorageKey));
}
