import { useState } from 'react';
import { useDataProvider, useNotify } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';
import { isApiError } from '../graphql/client';
import type { FileTicket } from './fileData';

export type OpenedFile = { ticket: FileTicket; broken: boolean };

/**
 * Opening a record's file (its current one, or that of an earlier `version`) to play in the page
 * or to save; `key` names what is open, so a page showing another record or version starts closed.
 * The server checks the right and audits each opening; a refused VIEW is remembered for `key`.
 */
export function useFileOpener(recordId: string | undefined, key: string, version?: number) {
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const [opened, setOpened] = useState<(OpenedFile & { key: string }) | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const open = async (mode: 'VIEW' | 'DOWNLOAD') => {
    if (!recordId) return;
    setPending(true);
    try {
      const ticket = await dataProvider.openRecordFile(recordId, mode, version);
      if (mode === 'VIEW') setOpened({ key, ticket, broken: false });
      else {
        const link = Object.assign(document.createElement('a'), { href: ticket.url, download: ticket.fileName });
        link.click();
      }
    } catch (error) {
      if (isApiError(error, 'FORBIDDEN') && mode === 'VIEW') setRefused(key);
      else notify(error instanceof Error ? error.message : 'er.error.INTERNAL_SERVER_ERROR', { type: 'error' });
    } finally {
      setPending(false);
    }
  };

  const shown: OpenedFile | null = opened?.key === key ? opened : null;
  return {
    shown,
    refused: refused === key,
    pending,
    open: (mode: 'VIEW' | 'DOWNLOAD') => void open(mode),
    markBroken: () => setOpened((o) => (o ? { ...o, broken: true } : o)),
  };
}

export const playable = (type: string | undefined) =>
  !!type && (type.startsWith('video/') || type.startsWith('audio/'));
