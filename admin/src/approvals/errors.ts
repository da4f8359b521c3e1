import { HttpError } from 'react-admin';
import { ApiError, fieldErrorsOf, isApiError } from '../graphql/client';

const NESTED = /^input\./;

/**
 * A `.catch` for request forms: a field the server refuses gets its own Chinese message under
 * `prefix`.errors.<field>; a chain nobody can decide is told as such.
 */
export const requestErrors =
  (prefix: string, fields: readonly string[], rename: Record<string, string> = {}) =>
  (error: unknown): never => {
    if (isApiError(error, 'BAD_USER_INPUT') && /^Nobody can decide/.test(error.serverMessage))
      throw new HttpError(`${prefix}.errors.no_decider`, 400, { code: error.code, message: error.serverMessage });
    if (isApiError(error, 'INVALID_STATE'))
      throw new HttpError(`${prefix}.errors.state`, 409, { code: error.code, message: error.serverMessage });
    if (!isApiError(error, 'BAD_USER_INPUT')) throw error;
    const known = new Set(fields.flatMap((f) => [f, `input.${f}`]));
    const errors = Object.fromEntries(
      Object.keys(fieldErrorsOf(error.details, known, prefix)).map((field) => {
        const own = field.replace(NESTED, '');
        return [rename[own] ?? own, `${prefix}.errors.${own}`];
      }),
    );
    if (Object.keys(errors).length === 0)
      throw new HttpError(`${prefix}.errors.input`, 400, { code: error.code, message: error.serverMessage });
    throw new ApiError(error.code, error.serverMessage, error.details, errors);
  };

/** A `.catch` for a decision: someone decided first, or the comment is missing. */
export const decisionErrors = (error: unknown): never => {
  if (isApiError(error, 'CONFLICT'))
    throw new HttpError('resources.approvals.errors.already_decided', 409, { message: error.serverMessage });
  if (isApiError(error, 'BAD_USER_INPUT') && (error.details as { reason?: unknown })?.reason === 'TOO_MANY')
    throw new HttpError('resources.approvals.errors.too_many', 400, { message: error.serverMessage });
  if (isApiError(error, 'BAD_USER_INPUT'))
    throw new ApiError(error.code, error.serverMessage, error.details, {
      comment: 'resources.approvals.errors.comment',
    });
  if (isApiError(error, 'FORBIDDEN'))
    throw new HttpError('resources.approvals.errors.forbidden', 403, { message: error.serverMessage });
  throw error;
};
