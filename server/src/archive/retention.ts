import type { EntityManager } from '@mikro-orm/postgresql';
import type { Case } from '../cases/case.entity.js';
import type { Procedure } from '../cases/case.enums.js';
import { invalidState } from '../common/errors.js';
import { EnforcementRecord } from '../records/record.entity.js';
import { isAv } from '../records/record.enums.js';
import { RETENTION_YEARS, RetentionPeriod } from './archive.enums.js';
import { RetentionRule } from './retention-rule.entity.js';

/** The code of a period in an archive number (DA/T 22: Y 永久, D30 定期30年, D10 定期10年). */
export const PERIOD_CODE: Record<RetentionPeriod, string> = {
  PERMANENT: 'Y',
  Y30: 'D30',
  Y10: 'D10',
  SHORT: 'DS',
};

/**
 * The last day a case file accepted on `acceptedOn` is kept: periods run from 1 January of the
 * year after archiving, so a 10-year file accepted in 2026 is kept to 2036-12-31. Null: for ever.
 */
export function caseRetainUntil(period: RetentionPeriod, acceptedOn: string): string | null {
  const years = RETENTION_YEARS[period];
  if (years === null) return null;
  return `${Number(acceptedOn.slice(0, 4)) + years}-12-31`;
}

/** The last day of a short period of `months` from `from` (YYYY-MM-DD), clamped to the month's end. */
export function addMonths(from: string, months: number): string {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** What a record of an accepted case file keeps: its period and last day. */
export interface RecordRetention {
  retention: RetentionPeriod;
  retainUntil: string | null;
}

/**
 * Art. 14: text records keep the case file's period. AV listed in the catalogue (used as evidence)
 * keeps it too where the procedure's rule says so (general penalty, compulsory measure); other AV
 * keeps the short period counted from acceptance.
 */
export function recordRetention(
  record: { kind: EnforcementRecord['kind']; id: string },
  rule: Pick<RetentionRule, 'period' | 'evidenceAvKeepsCasePeriod'>,
  catalogued: ReadonlySet<string>,
  acceptedOn: string,
  shortMonths: number,
): RecordRetention {
  if (!isAv(record.kind) || (catalogued.has(record.id) && rule.evidenceAvKeepsCasePeriod))
    return { retention: rule.period, retainUntil: caseRetainUntil(rule.period, acceptedOn) };
  return { retention: RetentionPeriod.SHORT, retainUntil: addMonths(acceptedOn, shortMonths) };
}

export async function ruleFor(em: EntityManager, procedure: Procedure): Promise<RetentionRule> {
  const rule = await em.findOne(RetentionRule, { procedure });
  if (!rule) throw invalidState(`The retention schedule has no rule for ${procedure} cases`);
  return rule;
}

/**
 * Sets the retention of an accepted case file and of each of its records, in the caller's
 * transaction. `catalogued` are the ids of the records listed in the accepted catalogue.
 */
export async function assignRetention(
  em: EntityManager,
  c: Case,
  catalogued: ReadonlySet<string>,
  acceptedOn: string,
  shortMonths: number,
): Promise<{ period: RetentionPeriod; retainUntil: string | null }> {
  const rule = await ruleFor(em, c.procedure);
  c.retentionPeriod = rule.period;
  c.retainUntil = caseRetainUntil(rule.period, acceptedOn);
  const records = await em.find(EnforcementRecord, { case: c.id });
  for (const r of records) Object.assign(r, recordRetention(r, rule, catalogued, acceptedOn, shortMonths));
  return { period: rule.period, retainUntil: c.retainUntil };
}
