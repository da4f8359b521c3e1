import { registerEnumType } from 'type-graphql';

/** Every kind of request that goes through the approval engine. */
export enum RequestType {
  /** 查阅申请 (Art. 18): view or download records. */
  VIEWING = 'VIEWING',
  /** 当事人复制申请 (Art. 19–20). */
  PARTY_COPY = 'PARTY_COPY',
  /** 调取 by a court or other body (Art. 16–17). */
  EXTERNAL = 'EXTERNAL',
  /** 移交: the unit head signs off a case file for the archive (Art. 13). */
  TRANSFER = 'TRANSFER',
  /** Disposal at the end of retention. */
  DISPOSAL = 'DISPOSAL',
}
registerEnumType(RequestType, { name: 'RequestType' });

export enum RequestStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  /** Sent back to the requester for changes; resubmitting starts the chain again. */
  RETURNED = 'RETURNED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(RequestStatus, { name: 'RequestStatus' });

export enum Decision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  RETURN = 'RETURN',
}
registerEnumType(Decision, { name: 'Decision', description: 'APPROVE, REJECT (ends the request), RETURN for changes' });
