import { Link, useRecordContext, useTranslate } from 'react-admin';
import type { RequestRecord } from '../approvals/domain';

/** On a TRANSFER approval request: a link to the case file transfer the unit head signs off. */
export const TransferOfRequest = () => {
  const request = useRecordContext<RequestRecord>();
  const translate = useTranslate();
  // The server names it only to those who may read it.
  if (request?.type !== 'TRANSFER' || !request.transferId) return null;
  return (
    <Link to={`/transfers/${request.transferId}/show`} data-testid="transfer-link">
      {translate('resources.transfers.actions.show')}
    </Link>
  );
};
