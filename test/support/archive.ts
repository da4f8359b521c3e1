import type { EntityManager } from '@mikro-orm/postgresql';
import { RetentionPeriod } from '../../server/src/archive/archive.enums.js';
import type { Case } from '../../server/src/cases/case.entity.js';
import { CaseStatus, Procedure } from '../../server/src/cases/case.enums.js';
import { Unit } from '../../server/src/units/unit.entity.js';
import { User } from '../../server/src/users/user.entity.js';
import { buildCase } from '../factories.js';

/**
 * A case of the demo 综合执法大队 as the archive leaves it after acceptance (the transfer flow is
 * not needed here): ARCHIVED on `archivedOn` with its period and last day (past: due for disposal).
 */
export async function archivedCase(
  em: EntityManager,
  opts: {
    archivedOn?: string;
    period?: RetentionPeriod;
    retainUntil?: string | null;
    status?: CaseStatus;
    procedure?: Procedure;
  } = {},
): Promise<Case> {
  const unit = await em.findOneOrFail(Unit, { code: 'ZHZF' });
  const officers = await em.find(User, { username: { $in: ['zhzf.officer1', 'zhzf.officer2'] } });
  const c = await buildCase(em, {
    unit,
    officers,
    procedure: opts.procedure ?? Procedure.SIMPLE_PENALTY,
    status: opts.status ?? CaseStatus.ARCHIVED,
    openedOn: '2014-03-01',
    concludedOn: '2014-06-01',
  });
  const archived = (opts.status ?? CaseStatus.ARCHIVED) === CaseStatus.ARCHIVED;
  Object.assign(c, {
    archivedOn: archived ? (opts.archivedOn ?? '2014-07-01') : null,
    retentionPeriod: archived ? (opts.period ?? RetentionPeriod.Y10) : null,
    retainUntil: archived ? (opts.retainUntil === undefined ? '2024-12-31' : opts.retainUntil) : null,
  });
  await em.flush();
  return c;
}

/** Gives a record the retention the archive would have given it (directly, as acceptance would). */
export async function setRetention(
  em: EntityManager,
  recordId: string,
  retention: RetentionPeriod | null,
  retainUntil: string | null,
): Promise<void> {
  await em
    .getConnection()
    .execute('update record set retention = ?, retain_until = ? where id = ?', [retention, retainUntil, recordId]);
}
