import { HttpError } from 'react-admin';
import type { TypedDocumentString } from '../gql/graphql';

const FORM_FIELDS = new Set([
  'username',
  'displayName',
  'unitId',
  'roles',
  'clearance',
  'password',
  'currentPassword',
  'newPassword',
  'code',
  'name',
  'kind',
]);

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  INVALID_STATE: 409,
  ACCOUNT_LOCKED: 423,
  SERVICE_UNAVAILABLE: 503,
};

interface WireError {
  message: string;
  extensions?: { code?: string; details?: unknown };
}

export type FieldErrors = Record<string, string>;

/** A failed request; `message` is an i18n key (er.error.CODE), `body.errors` holds per-field keys for forms. */
export class ApiError extends HttpError {
  readonly code: string;
  readonly serverMessage: string;
  readonly details: unknown;

  constructor(code: string, serverMessage: string, details?: unknown, fieldErrors?: FieldErrors) {
    const errors =
      fieldErrors && Object.keys(fieldErrors).length
        ? { ...fieldErrors, root: { serverError: `er.error.${code}` } }
        : undefined;
    super(`er.error.${code}`, STATUS[code] ?? 500, { code, message: serverMessage, details, errors });
    Object.setPrototypeOf(this, ApiError.prototype);
    this.name = 'ApiError';
    this.code = code;
    this.serverMessage = serverMessage;
    this.details = details;
  }
}

const fieldKey = (field: string) => (FORM_FIELDS.has(field) ? `er.validation.${field}` : 'er.validation.invalid');

/** BAD_USER_INPUT details as the server sends them: `{ field }` or `[{ field, problems }]`. */
export function fieldErrorsOf(details: unknown): FieldErrors {
  const entries = Array.isArray(details) ? details : details ? [details] : [];
  const errors: FieldErrors = {};
  for (const entry of entries) {
    const field = (entry as { field?: unknown }).field;
    if (typeof field === 'string' && FORM_FIELDS.has(field)) errors[field] = fieldKey(field);
  }
  return errors;
}

function toApiError(error: WireError): ApiError {
  const code = error.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
  const details = error.extensions?.details;
  if (code === 'BAD_USER_INPUT') return new ApiError(code, error.message, details, fieldErrorsOf(details));
  return new ApiError(code in STATUS ? code : 'INTERNAL_SERVER_ERROR', error.message, details);
}

/** Runs one typed document against /graphql with the session cookie. */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal,
    });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new ApiError('NETWORK', e instanceof Error ? e.message : String(e));
  }
  let body: { data?: TResult | null; errors?: WireError[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(response.status >= 500 ? 'SERVICE_UNAVAILABLE' : 'NETWORK', `HTTP ${response.status}`);
  }
  if (body.errors?.length) throw toApiError(body.errors[0]);
  if (!body.data) throw new ApiError('INTERNAL_SERVER_ERROR', `HTTP ${response.status} without data`);
  return body.data;
}

export const isApiError = (e: unknown, code?: string): e is ApiError =>
  e instanceof ApiError && (code === undefined || e.code === code);
