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
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};

/** Refusal reasons (details.reason) the console words itself (er.error.REASON). */
const OWN_REASONS = ['CHANGED_MEANWHILE', 'CHECKS_RUNNING', 'NOT_DISPOSABLE'];

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
    // A refusal whose reason has its own words says so: someone else moved the same item a moment
    // before (reload, try again), or the 四性 checks are still running in the background.
    const reason = (details as { reason?: unknown } | undefined)?.reason;
    const own = typeof reason === 'string' && OWN_REASONS.includes(reason);
    // Invalid input that no field of the form shows must not say "check the marked fields".
    const unmarked = code === 'BAD_USER_INPUT' && !errors;
    const key = own ? `er.error.${reason}` : unmarked ? 'er.error.BAD_USER_INPUT_UNMARKED' : `er.error.${code}`;
    super(key, STATUS[code] ?? 500, {
      code,
      message: serverMessage,
      details,
      errors,
    });
    Object.setPrototypeOf(this, ApiError.prototype);
    this.name = 'ApiError';
    this.code = code;
    this.serverMessage = serverMessage;
    this.details = details;
  }
}

/**
 * The fields a BAD_USER_INPUT names, as the server sends them: `{ field }` or `[{ field, problems }]`;
 * a problem of a nested input ("name: …" under `party`) names `party.name`.
 */
function fieldsOf(details: unknown): string[] {
  const entries = Array.isArray(details) ? details : details ? [details] : [];
  return entries.flatMap((entry: { field?: unknown; problems?: unknown }) => {
    if (typeof entry?.field !== 'string') return [];
    const problems = Array.isArray(entry.problems) ? entry.problems : [];
    const nested = problems
      .map((p) => (typeof p === 'string' ? /^(\w+): /.exec(p)?.[1] : undefined))
      .filter((child): child is string => child !== undefined && child !== entry.field);
    return nested.length ? nested.map((child) => `${entry.field}.${child}`) : [entry.field];
  });
}

/** Form errors (i18n keys under `prefix`) for the fields of a BAD_USER_INPUT that the form has. */
export function fieldErrorsOf(
  details: unknown,
  fields: ReadonlySet<string> = FORM_FIELDS,
  prefix = 'er.validation',
): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of fieldsOf(details)) if (fields.has(field)) errors[field] = `${prefix}.${field}`;
  return errors;
}

/** A `.catch` that puts a BAD_USER_INPUT on the form's own fields, with messages under `prefix`. */
export const inputErrorsUnder =
  (prefix: string, fields: readonly string[]) =>
  (error: unknown): never => {
    if (!isApiError(error, 'BAD_USER_INPUT')) throw error;
    const errors = fieldErrorsOf(error.details, new Set(fields), prefix);
    throw new ApiError(error.code, error.serverMessage, error.details, errors);
  };

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
