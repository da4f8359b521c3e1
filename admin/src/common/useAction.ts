import { useState } from 'react';
import { HttpError, useDataProvider, useNotify, useRefresh } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';

type FormErrors = Record<string, unknown>;

const formErrorsOf = (error: unknown): FormErrors | undefined =>
  error instanceof HttpError && error.body?.errors ? (error.body.errors as FormErrors) : undefined;

/** Runs one workflow step of the data provider, then tells the user (i18n key) and reloads the views. */
export function useAction<A extends unknown[]>(
  run: (dataProvider: AppDataProvider, ...args: A) => Promise<unknown>,
  successKey: string,
) {
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [pending, setPending] = useState(false);

  /** Resolves to true when done; a refusal of form fields comes back as those fields' errors. */
  const attempt = async (...args: A): Promise<true | { errors?: FormErrors }> => {
    setPending(true);
    try {
      await run(dataProvider, ...args);
      notify(successKey, { type: 'success' });
      refresh();
      return true;
    } catch (error) {
      const errors = formErrorsOf(error);
      if (!errors) notify(error instanceof Error ? error.message : 'er.error.INTERNAL_SERVER_ERROR', { type: 'error' });
      return { errors };
    } finally {
      setPending(false);
    }
  };

  const execute = async (...args: A): Promise<boolean> => {
    const result = await attempt(...args);
    if (result !== true && result.errors)
      notify(String((result.errors.root as FormErrors)?.serverError), { type: 'error' });
    return result === true;
  };

  /** For a dialog's form: closes with `done` when the step succeeds, else returns the errors to show on its fields. */
  const submit = async (done: () => void, ...args: A): Promise<FormErrors | undefined> => {
    const result = await attempt(...args);
    if (result === true) done();
    else return result.errors;
  };
  return { execute, submit, pending };
}
