import { useState } from 'react';
import { useDataProvider, useNotify, useRefresh } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';

/** Runs one workflow step of the data provider, then tells the user (i18n key) and reloads the views. */
export function useUserAction<A extends unknown[]>(
  run: (dataProvider: AppDataProvider, ...args: A) => Promise<unknown>,
  successKey: string,
) {
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [pending, setPending] = useState(false);

  const execute = async (...args: A): Promise<boolean> => {
    setPending(true);
    try {
      await run(dataProvider, ...args);
      notify(successKey, { type: 'success' });
      refresh();
      return true;
    } catch (error) {
      notify(error instanceof Error ? error.message : 'er.error.INTERNAL_SERVER_ERROR', { type: 'error' });
      return false;
    } finally {
      setPending(false);
    }
  };
  return { execute, pending };
}
