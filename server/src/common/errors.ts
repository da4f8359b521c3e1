import { GraphQLError } from 'graphql';

/** Stable error codes; they reach GraphQL clients as `extensions.code` and the console translates them. */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  INVALID_STATE: 'INVALID_STATE',
  ACCOUNT_LOCKED: 'ACCOUNT_LOCKED',
  RATE_LIMITED: 'RATE_LIMITED',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** HTTP status used when an AppError is answered outside GraphQL (tus, downloads). */
export const httpStatusOf: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  INVALID_STATE: 409,
  ACCOUNT_LOCKED: 423,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
};

// Includes the pool's own timeout: every connection busy for longer than the acquire timeout is
// "unavailable, try again" for the caller (503), not an internal error.
const DB_DOWN =
  /Timeout acquiring a connection|ECONNREFUSED|ECONNRESET|Connection terminated|Connection ended unexpectedly|the database system is (starting up|shutting down)|terminating connection/;

/** Is this the database being unreachable (stopped, restarting, network cut)? */
export const isDatabaseDown = (error: unknown) =>
  error instanceof Error &&
  (DB_DOWN.test(error.message) || DB_DOWN.test(String((error as { cause?: unknown }).cause ?? '')));

/** The answer while the database is unreachable: HTTP 503, code SERVICE_UNAVAILABLE. */
export const databaseUnavailable = () =>
  new GraphQLError('The database is unavailable; try again shortly', {
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, http: { status: 503 } },
  });

/** An error meant for the caller: its message and code are safe to show. */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(message, { extensions: { code, ...(details ? { details } : {}) } });
  }
}

export const unauthenticated = () => new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in first');
/** What the caller sees for anything it may not read: existence is never revealed. */
export const notFound = (type: string) => new AppError(ErrorCode.NOT_FOUND, `${type} not found`);
export const forbidden = (message = 'Not allowed') => new AppError(ErrorCode.FORBIDDEN, message);
export const badInput = (message: string, details?: Record<string, unknown>) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, details);
export const conflict = (message: string, details?: Record<string, unknown>) =>
  new AppError(ErrorCode.CONFLICT, message, details);
/** Someone else moved the same item between the caller's read and its lock. */
export const changedMeanwhile = () =>
  new AppError(ErrorCode.CONFLICT, 'Someone else changed this at the same moment; reload and try again', {
    reason: 'CHANGED_MEANWHILE',
  });
export const invalidState = (message: string, details?: Record<string, unknown>) =>
  new AppError(ErrorCode.INVALID_STATE, message, details);
