import { Link, useRecordContext, useTranslate } from 'react-admin';
import type { RequestRecord } from '../approvals/domain';

/** On a DISPOSAL approval request: a link to the disposal list it decides. */
export const DisposalOfRequest = () => {
  const request = useRecordContext<RequestRecord>();
  const translate = useTranslate();
  // The server names it only to those who may read it.
  if (request?.type !== 'DISPOSAL' || !request.disposalListId) return null;
  return (
    <Link to={`/disposalLists/${request.disposalListId}/show`} data-testid="disposal-link">
      {translate('resources.disposalLists.actions.show')}
    </Link>
  );
};
