import { useState } from 'react';
import { HttpError, useNotify, useRefresh } from 'react-admin';

/** The message of a refused step: the first field's own message when the server named one. */
export function messageOf(error: unknown): string {
  if (error instanceof HttpError && error.body?.errors) {
    const fields = Object.entries(error.body.errors as Record<string, unknown>).filter(([k]) => k !== 'root');
    if (fields.length && typeof fields[0]![1] === 'string') return fields[0]![1];
  }
  return error instanceof Error ? error.message : 'er.error.INTERNAL_SERVER_ERROR';
}

/** Runs one workflow step, tells the user (i18n key) and reloads the page's data. */
export function useStep() {
  const notify = useNotify();
  const refresh = useRefresh();
  const [pending, setPending] = useState(false);
  const run = async (step: () => Promise<unknown>, successKey?: string): Promise<boolean> => {
    setPending(true);
    try {
      await step();
      if (successKey) notify(successKey, { type: 'success' });
      refresh();
      return true;
    } catch (error) {
      notify(messageOf(error), { type: 'error' });
      return false;
    } finally {
      setPending(false);
    }
  };
  return { run, pending };
}
