import type { DetailedError } from 'tus-js-client';

/** Why the server (or the network) stopped an upload; `status` 0 means no answer at all. */
export interface Refusal {
  status: number;
  code: string;
  /** The metadata field a BAD_USER_INPUT names. */
  field?: string;
  /** The real type found in the bytes, for UNSUPPORTED_MEDIA_TYPE. */
  detected?: string | null;
}

const CODE_OF_STATUS: Record<number, string> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  410: 'GONE',
  413: 'TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  423: 'LOCKED',
};

interface WireBody {
  error?: { code?: unknown; details?: { field?: unknown; detected?: unknown; reason?: unknown } };
}

function bodyOf(text: string): WireBody {
  try {
    const parsed = JSON.parse(text) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as WireBody) : {};
  } catch {
    return {};
  }
}

/** Reads a tus error: the server answers `{"error":{"code","message","details"}}`; tus itself plain text. */
export function refusalOf(error: Error): Refusal {
  const res = (error as Partial<DetailedError>).originalResponse ?? null;
  if (!res) return { status: 0, code: 'NETWORK' };
  const status = res.getStatus();
  const wire = bodyOf(res.getBody() ?? '').error;
  const fallback = status >= 500 ? 'SERVICE_UNAVAILABLE' : (CODE_OF_STATUS[status] ?? 'HTTP');
  const code = typeof wire?.code === 'string' ? wire.code : fallback;
  // A new file version made from a record someone else corrected a moment before: final, not retried.
  const changed = wire?.details?.reason === 'CHANGED_MEANWHILE';
  const refusal: Refusal = {
    status,
    code: status === 410 ? 'GONE' : status === 413 ? 'TOO_LARGE' : changed ? 'CHANGED_MEANWHILE' : code,
  };
  if (typeof wire?.details?.field === 'string') refusal.field = wire.details.field;
  if (status === 415) refusal.detected = typeof wire?.details?.detected === 'string' ? wire.details.detected : null;
  return refusal;
}

/**
 * Worth trying again: no answer, a server fault, a lock, or tus's own offset conflict (409 without
 * our JSON code; a 409 with a code, like a compiled case, is final).
 */
export const isTransient = (r: Refusal) =>
  r.status === 0 || r.status >= 500 || r.status === 423 || (r.status === 409 && r.code === 'CONFLICT');

/** The upload's journal on the server still exists and the user can pick it up again later. */
export const keepsEarlierUpload = (r: Refusal) => isTransient(r) || r.status === 401;
