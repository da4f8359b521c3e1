import { Link, useGetList, useRecordContext, useTranslate } from 'react-admin';
import type { RequestRecord } from '../approvals/domain';
import { RESOURCE_OF, type DisclosureRow } from './domain';

/** On an EXTERNAL or PARTY_COPY approval request: a link to the request or application it decides. */
export const DisclosureOfRequest = () => {
  const request = useRecordContext<RequestRecord>();
  const translate = useTranslate();
  const type = request?.type === 'EXTERNAL' || request?.type === 'PARTY_COPY' ? request.type : null;
  // The summary begins with the number (DQ-2026-0001 · …).
  const number = request?.summary.split(' · ')[0] ?? '';
  const resource = RESOURCE_OF[type ?? 'EXTERNAL'];
  const { data } = useGetList<DisclosureRow>(
    resource,
    { filter: { q: number }, pagination: { page: 1, perPage: 5 } },
    { enabled: !!type && !!number },
  );
  const found = data?.find((d) => d.number === number);
  if (!type || !found) return null;
  return (
    <Link to={`/${resource}/${found.id}/show`} data-testid="disclosure-link">
      {translate('resources.disclosures.open_request', { number: found.number })}
    </Link>
  );
};
