import { useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { EnforcementRecord } from '../common/records';

/** The largest page the server gives. */
const PAGE = 200;

/**
 * Every record of a case the user may read, oldest first, fetched page by page: a case with many
 * clips (a day's footage in short segments) has more than one page, and a picker that showed the
 * first 200 only would leave the rest impossible to tick.
 */
export function useCaseRecords(caseId: string): { data: EnforcementRecord[] | undefined; isPending: boolean } {
  const dataProvider = useDataProvider();
  const [state, setState] = useState<{ caseId: string; data: EnforcementRecord[] } | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    (async () => {
      const all: EnforcementRecord[] = [];
      for (let page = 1; ; page++) {
        const { data, total } = await dataProvider.getList<EnforcementRecord>('records', {
          filter: { caseId },
          pagination: { page, perPage: PAGE },
          sort: { field: 'createdAt', order: 'ASC' },
          signal: abort.signal,
        });
        all.push(...data);
        if (data.length < PAGE || all.length >= (total ?? 0)) break;
      }
      if (!abort.signal.aborted) setState({ caseId, data: all });
    })().catch((error: unknown) => {
      // A page left for another is no failure; anything else shows as an empty picker rather than a stale one.
      if (!abort.signal.aborted) {
        console.warn('records of the case could not be read', error);
        setState({ caseId, data: [] });
      }
    });
    return () => abort.abort();
  }, [dataProvider, caseId]);
  const current = state?.caseId === caseId ? state.data : undefined;
  return { data: current, isPending: current === undefined };
}
