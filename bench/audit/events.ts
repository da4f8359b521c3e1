import { randomUUID } from 'node:crypto';
import type { AuditActor, AuditEntry } from '../../server/src/audit/audit.service.js';
import { AuditOutcome } from '../../server/src/audit/audit-event.entity.js';

/**
 * Audit entries shaped like the ones the services write (record views and creations, case
 * openings and status changes, sign-ins, denied attempts), with Chinese titles and uuids, in
 * roughly the proportions of a working day: mostly reads of records.
 */
const TITLES = ['现场检查笔录', '询问笔录', '立案审批表', '行政处罚决定书', '送达回证', '现场检查录像', '涉案商品照片'];
const KINDS = ['ENFORCEMENT_DOCUMENT', 'INVESTIGATION_EVIDENCE', 'SERVICE_RECEIPT', 'PHOTO', 'VIDEO', 'AUDIO'];
const CONF = ['NONE', 'NONE', 'NONE', 'NONE', 'PERSONAL_PRIVACY', 'TRADE_SECRET'];

export interface EventMaker {
  actor(): AuditActor;
  entry(): AuditEntry;
}

/** A deterministic stream of actors and entries (seeded by `seed`), cheap enough for a bulk fill. */
export function eventMaker(seed: number): EventMaker {
  let n = seed * 7919;
  const users = Array.from({ length: 120 }, (_, i) => ({
    id: randomUUID(),
    username: `${['zhzf', 'cgs', 'bs3', 'bs7'][i % 4]}.officer${i}`,
    clientAddress: `10.${20 + (i % 4)}.${i % 250}.${(i * 37) % 250}`,
  }));
  const cases = Array.from({ length: 400 }, () => randomUUID());
  const records = Array.from({ length: 4000 }, () => randomUUID());
  const pick = <T>(xs: T[]) => xs[n++ % xs.length]!;
  return {
    actor: () => pick(users),
    entry: () => {
      const k = n++ % 20;
      const record = pick(records);
      if (k < 10)
        return {
          action: 'record.view',
          subjectType: 'Record',
          subjectId: record,
          details: { version: 1 + (n % 3), grantId: n % 5 === 0 ? randomUUID() : null },
        };
      if (k < 14)
        return {
          action: 'record.create',
          subjectType: 'Record',
          subjectId: record,
          details: {
            caseId: pick(cases),
            kind: pick(KINDS),
            title: `${pick(TITLES)}（${n}）`,
            confidentiality: pick(CONF),
            fileId: randomUUID(),
          },
        };
      if (k < 15)
        return {
          action: 'case.open',
          subjectType: 'Case',
          subjectId: pick(cases),
          details: {
            number: `平市监〔2026〕${100000 + (n % 90000)}号`,
            unitId: randomUUID(),
            procedure: 'GENERAL_PENALTY',
            handlingOfficerIds: [pick(users).id, pick(users).id],
          },
        };
      if (k < 16)
        return {
          action: 'case.conclude',
          subjectType: 'Case',
          subjectId: pick(cases),
          details: { from: 'OPEN', to: 'CONCLUDED', concludedOn: '2026-03-14' },
        };
      if (k < 18) return { action: 'auth.login', subjectType: 'User', subjectId: pick(users).id };
      if (k < 19)
        return {
          action: 'record.download',
          subjectType: 'Record',
          subjectId: record,
          outcome: AuditOutcome.DENIED,
          details: { reason: 'FORBIDDEN', operation: 'record.download' },
        };
      return {
        action: 'record.correct',
        subjectType: 'Record',
        subjectId: record,
        details: { version: 2, changed: ['title', 'location'], reason: '更正笔录时间及地点' },
      };
    },
  };
}
