import type { AttachmentPurpose } from '../gql/graphql';

/** What the server keeps of an uploaded paper. */
export interface StoredAttachment {
  id: string;
  fileName: string;
  sha256: string;
  size: number;
  mediaType: string;
}

/** An upload refused; `message` is an i18n key. */
export class UploadError extends Error {
  constructor(
    key: string,
    readonly serverMessage: string,
  ) {
    super(key);
    this.name = 'UploadError';
  }
}

const REASON_KEYS: Record<string, string> = {
  TYPE: 'resources.disclosures.upload.errors.type',
  TOO_LARGE: 'resources.disclosures.upload.errors.too_large',
  EMPTY: 'resources.disclosures.upload.errors.empty',
  NAME: 'resources.disclosures.upload.errors.name',
};

/** The server's refusal (its code and the reason in its details) as a Chinese message key. */
function keyOf(status: number, code: string | undefined, reason: string | undefined): string {
  if (code === 'BAD_USER_INPUT') return REASON_KEYS[reason ?? ''] ?? 'resources.disclosures.upload.errors.input';
  if (code) return `er.error.${code}`;
  if (status === 413) return 'resources.disclosures.upload.errors.too_large';
  return status >= 500 ? 'er.error.SERVICE_UNAVAILABLE' : 'er.error.NETWORK';
}

/** A scanned paper sent as the raw body of `POST /attachments?purpose=…`, hashed by the server as it arrives. */
export async function uploadAttachment(file: File, purpose: AttachmentPurpose): Promise<StoredAttachment> {
  let response: Response;
  try {
    response = await fetch(`/attachments?purpose=${purpose}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name) },
      body: file,
    });
  } catch (e) {
    throw new UploadError('er.error.NETWORK', e instanceof Error ? e.message : String(e));
  }
  const body = (await response.json().catch(() => null)) as
    | (StoredAttachment & {
        errors?: { message: string; extensions?: { code?: string; details?: { reason?: string } } }[];
      })
    | null;
  if (response.status === 201 && body?.id) return body;
  const error = body?.errors?.[0];
  throw new UploadError(
    keyOf(response.status, error?.extensions?.code, error?.extensions?.details?.reason),
    error?.message ?? `HTTP ${response.status}`,
  );
}
