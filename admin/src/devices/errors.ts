import { HttpError } from 'react-admin';
import { ApiError, fieldErrorsOf, isApiError } from '../graphql/client';

const PREFIX = 'resources.devices.errors';
/** Arguments whose fields the server names with their input's name in front. */
const NESTED = /^(input|check)\./;

/**
 * A `.catch` for device forms: a refused field gets its own Chinese message under
 * resources.devices.errors, a taken number the "number_taken" one.
 */
export const deviceErrors =
  (fields: readonly string[]) =>
  (error: unknown): never => {
    if (isApiError(error, 'CONFLICT') && fields.includes('number')) {
      throw new ApiError(error.code, error.serverMessage, error.details, { number: `${PREFIX}.number_taken` });
    }
    if (!isApiError(error, 'BAD_USER_INPUT')) throw error;
    const known = new Set(fields.flatMap((f) => [f, `input.${f}`, `check.${f}`]));
    const errors = Object.fromEntries(
      Object.keys(fieldErrorsOf(error.details, known, PREFIX)).map((field) => {
        const own = field.replace(NESTED, '');
        return [own, `${PREFIX}.${own}`];
      }),
    );
    throw new ApiError(error.code, error.serverMessage, error.details, errors);
  };

/**
 * A `.catch` for a workflow step: a refusal because of the device's state (someone else took it,
 * it broke meanwhile) is told in the words of that step (resources.devices.errors.<step>_state).
 */
export const stateError =
  (step: string) =>
  (error: unknown): never => {
    if (isApiError(error, 'INVALID_STATE')) {
      throw new HttpError(`${PREFIX}.${step}_state`, 409, { code: error.code, message: error.serverMessage });
    }
    throw error;
  };
