import { Link, useGetOne, useRecordContext, useTranslate } from 'react-admin';
import type { RequestRecord } from '../approvals/domain';
import { RESOURCE_OF, type DisclosureRow } from './domain';

/** On an EXTERNAL or PARTY_COPY approval request: a link to the request or application it decides. */
export const DisclosureOfRequest = () => {
  const request = useRecordContext<RequestRecord>();
  const translate = useTranslate();
  const type = request?.type === 'EXTERNAL' || request?.type === 'PARTY_COPY' ? request.type : null;
  // The server names it only to those who may read it.
  const id = request?.disclosureId ?? null;
  const resource = RESOURCE_OF[type ?? 'EXTERNAL'];
  const { data: found } = useGetOne<DisclosureRow>(resource, { id: id ?? '' }, { enabled: !!type && !!id });
  if (!type || !id || !found) return null;
  return (
    <Link to={`/${resource}/${found.id}/show`} data-testid="disclosure-link">
      {translate('resources.disclosures.open_request', { number: found.number })}
    </Link>
  );
};
