import sql, { empty, join, raw, type Sql } from 'sql-template-tag';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Case } from '../cases/case.entity.js';
import { BUREAU_TIME_ZONE } from '../common/dates.js';
import type { Context } from '../context.js';
import { DeviceCheckout } from '../devices/checkout.entity.js';
import { Disclosure } from '../disclosures/disclosure.entity.js';
import { DisclosureStatus } from '../disclosures/disclosure.enums.js';
import { FixityStatus } from '../files/stored-file.entity.js';
import { EnforcementRecord } from '../records/record.entity.js';
import { AV_KINDS } from '../records/record.enums.js';
import { ComplianceKind, CONTENT_ACTIONS, OFFICER_AV_KINDS, RECORDED_STAGES, TEXT_KINDS } from './compliance.enums.js';

/** What the reports are asked for: a period of bureau days, optionally one unit or one person. */
export interface ComplianceScope {
  /** First and last day (YYYY-MM-DD, bureau time), both included. */
  from: string;
  to: string;
  unitId?: string | null;
  officerId?: string | null;
  kinds?: ComplianceKind[] | null;
  /** Only the gaps of this case (the case page), whatever the period. */
  caseId?: string | null;
  now: Date;
}

/** Settings that shape the findings. */
export interface ComplianceSettings {
  offloadGraceHours: number;
  unusualAccessCount: number;
  unusualAccessMinutes: number;
}

/** One finding row, as every kind's query returns it. */
export interface ComplianceRow {
  id: string;
  kind: ComplianceKind;
  at: Date;
  unit_id: string | null;
  officer_id: string | null;
  case_id: string | null;
  record_id: string | null;
  subject_type: string;
  subject_id: string;
  stage: string | null;
  detail: Record<string, unknown>;
}

const TZ = BUREAU_TIME_ZONE;
const list = (values: readonly string[]) => join(values.map((v) => sql`${v}`));
/** The instant a bureau day starts: `day` is an SQL date expression. */
const dayStart = (day: Sql) => sql`((${day})::timestamp at time zone ${TZ})`;
/** No row at all, as a subquery of keys of the right type. */
const none = (pk: 'uuid' | 'bigint') => raw(`select null::${pk} where false`);

/** The subqueries of what the caller may read, each under its own aliases. */
function readable(ctx: Context) {
  const keys = (type: Parameters<Context['authz']['keysWhere']>[1], entity: never, alias: string) =>
    ctx.authz.keysWhere('read', type, entity, alias) ?? none(type === 'AuditEvent' ? 'bigint' : 'uuid');
  return {
    record: (n: number) => keys('Record', EnforcementRecord as never, `p_r${n}`),
    case: (n: number) => keys('Case', Case as never, `p_c${n}`),
    checkout: keys('DeviceCheckout', DeviceCheckout as never, 'p_k'),
    audit: (n: number) => keys('AuditEvent', AuditEvent as never, `p_a${n}`),
    disclosure: keys('Disclosure', Disclosure as never, 'p_d'),
  };
}

/**
 * The findings of each kind in the scope, as one `union all` of queries with the same columns. Every
 * row comes from rows the caller may read (the CASL rules turned into SQL), so a finding about a
 * record the caller may not see is not there, not even in a count. The `at` of a finding is the
 * time it is about (capture, deadline, check, attempt) and is what the period selects on.
 */
export function findingsQuery(ctx: Context, scope: ComplianceScope, settings: ComplianceSettings): Sql {
  const can = readable(ctx);
  const from = sql`${dayStart(sql`${scope.from}::date`)}`;
  const to = sql`${dayStart(sql`${scope.to}::date + 1`)}`;
  const inPeriod = (at: Sql) => (scope.caseId ? empty : sql`and ${at} >= ${from} and ${at} < ${to}`);
  const onlyCase = (col: Sql) => (scope.caseId ? sql`and ${col} = ${scope.caseId}::uuid` : empty);
  const grace = sql`make_interval(hours => ${settings.offloadGraceHours}::int)`;
  const window = sql`make_interval(mins => ${settings.unusualAccessMinutes}::int)`;
  const wanted = (kind: ComplianceKind) =>
    (!scope.kinds?.length || scope.kinds.includes(kind)) &&
    (!scope.caseId || kind === ComplianceKind.MISSING_RECORDING);

  const parts: Sql[] = [];

  if (wanted(ComplianceKind.MISSING_RECORDING)) {
    // Each stage of a case that its text records show happened, with no audio/video of that stage.
    const at = sql`min(coalesce(t.captured_from, t.created_at))`;
    parts.push(sql`
      select ${ComplianceKind.MISSING_RECORDING}::text as kind, ${at} as at, c.unit_id,
        (array_agg(coalesce(t.officer_id, t.created_by_id) order by coalesce(t.captured_from, t.created_at), t.id))[1] as officer_id,
        c.id as case_id, (array_agg(t.id order by coalesce(t.captured_from, t.created_at), t.id))[1] as record_id,
        'Case' as subject_type, c.id::text || ':' || t.stage as subject_id, t.stage,
        jsonb_build_object('caseNumber', c.number, 'records', count(*)) as detail
      from record t join enforcement_case c on c.id = t.case_id
      where t.stage in (${list(RECORDED_STAGES)}) and t.kind in (${list(TEXT_KINDS)})
        and t.id in (${can.record(1)}) and c.id in (${can.case(1)}) ${onlyCase(sql`c.id`)}
        and not exists (select 1 from record a where a.case_id = t.case_id and a.stage = t.stage
          and a.kind in (${list(AV_KINDS)}) and a.id in (${can.record(2)}))
      group by c.id, c.unit_id, c.number, t.stage
      having true ${inPeriod(at)}`);
  }

  if (wanted(ComplianceKind.NO_NOTICE)) {
    const at = sql`coalesce(r.captured_from, r.created_at)`;
    parts.push(sql`
      select ${ComplianceKind.NO_NOTICE}::text, ${at}, r.unit_id, r.officer_id, r.case_id, r.id,
        'Record', r.id::text, r.stage, jsonb_build_object('deviceNumber', r.device_number, 'kind', r.kind)
      from record r
      where r.kind in (${list(OFFICER_AV_KINDS)}) and r.party_notified is not true
        and r.id in (${can.record(3)}) ${inPeriod(at)}`);
  }

  if (wanted(ComplianceKind.LATE_UPLOAD)) {
    // Due: the end of the capture's bureau day plus the grace period (as the offload board counts).
    const due = sql`(((r.captured_from at time zone ${TZ})::date + 1)::timestamp at time zone ${TZ}) + ${grace}`;
    parts.push(sql`
      select ${ComplianceKind.LATE_UPLOAD}::text, r.captured_from, r.unit_id, r.officer_id, r.case_id, r.id,
        'Record', r.id::text, r.stage,
        jsonb_build_object('deviceNumber', r.device_number, 'dueAt', ${due}, 'uploadedAt', r.created_at,
          'hoursLate', round(extract(epoch from r.created_at - ${due}) / 3600.0, 1))
      from record r
      where r.kind in (${list(OFFICER_AV_KINDS)}) and r.captured_from is not null and r.created_at > ${due}
        and r.id in (${can.record(4)}) ${inPeriod(sql`r.captured_from`)}`);
  }

  if (wanted(ComplianceKind.MISSING_OFFLOAD)) {
    const start = dayStart(sql`k.day`);
    const end = dayStart(sql`k.day + 1`);
    parts.push(sql`
      select ${ComplianceKind.MISSING_OFFLOAD}::text, ${start}, d.unit_id, k.officer_id, null::uuid, null::uuid,
        'DeviceCheckout', k.id::text, null::text,
        jsonb_build_object('deviceNumber', d.number, 'day', k.day, 'dueAt', ${end} + ${grace})
      from device_checkout k join device d on d.id = k.device_id
      where k.id in (${can.checkout}) and ${end} + ${grace} <= ${scope.now}
        and not exists (select 1 from record r where r.device_number = d.number
          and r.captured_from >= ${start} and r.captured_from < ${end} and r.id in (${can.record(5)}))
        ${inPeriod(start)}`);
  }

  if (wanted(ComplianceKind.OVERDUE_TRANSFER)) {
    // Handed over (sent by the unit head) after the deadline's last day, or not at all by now.
    const end = dayStart(sql`c.transfer_deadline + 1`);
    parts.push(sql`
      select ${ComplianceKind.OVERDUE_TRANSFER}::text, ${dayStart(sql`c.transfer_deadline`)}, c.unit_id,
        c.handling_officer_ids[1]::uuid, c.id, null::uuid, 'Case', c.id::text, null::text,
        jsonb_build_object('caseNumber', c.number, 'deadline', c.transfer_deadline, 'sentAt', s.sent_at,
          'status', c.status, 'daysLate', floor(extract(epoch from coalesce(s.sent_at, ${scope.now}) - ${end}) / 86400) + 1)
      from enforcement_case c
        left join lateral (select min(x.sent_at) as sent_at from archive_transfer x
          where x.case_id = c.id and x.sent_at is not null) s on true
      where c.transfer_deadline is not null and ${end} <= ${scope.now}
        and (s.sent_at is null or s.sent_at >= ${end})
        and c.id in (${can.case(2)}) ${inPeriod(dayStart(sql`c.transfer_deadline`))}`);
  }

  if (wanted(ComplianceKind.DENIED_ACCESS)) {
    parts.push(sql`
      select ${ComplianceKind.DENIED_ACCESS}::text, e.at, u.unit_id, e.actor_id, null::uuid, null::uuid,
        'AuditEvent', e.seq::text, null::text,
        jsonb_build_object('seq', e.seq, 'action', e.action, 'actorName', e.actor_name, 'subjectType', e.subject_type,
          'subjectId', e.subject_id, 'reason', e.details->>'reason')
      from audit_event e left join app_user u on u.id = e.actor_id
      where e.outcome = 'DENIED' and e.seq is not null and e.id in (${can.audit(1)}) ${inPeriod(sql`e.at`)}`);
  }

  if (wanted(ComplianceKind.UNUSUAL_ACCESS)) {
    // For each person and bureau day, the most content reads within any window of the set length.
    parts.push(sql`
      select ${ComplianceKind.UNUSUAL_ACCESS}::text, b.peak_at, u.unit_id, b.actor_id, null::uuid, null::uuid,
        'User', b.actor_id::text || ':' || b.day, null::text,
        jsonb_build_object('day', b.day, 'peak', b.peak, 'total', b.total, 'windowMinutes', ${settings.unusualAccessMinutes}::int)
      from (
        select v.actor_id, (v.at at time zone ${TZ})::date as day, max(v.n) as peak, count(*) as total,
          (array_agg(v.at order by v.n desc, v.at))[1] as peak_at
        from (
          select e.actor_id, e.at,
            count(*) over (partition by e.actor_id order by e.at range between ${window} preceding and current row) as n
          from audit_event e
          where e.outcome = 'ALLOWED' and e.action in (${list(CONTENT_ACTIONS)}) and e.actor_id is not null
            and e.id in (${can.audit(2)}) and e.at >= ${from} - ${window} and e.at < ${to}
        ) v
        where v.at >= ${from}
        group by v.actor_id, (v.at at time zone ${TZ})::date
        having max(v.n) >= ${settings.unusualAccessCount}::int
      ) b left join app_user u on u.id = b.actor_id`);
  }

  if (wanted(ComplianceKind.FIXITY_FAILURE)) {
    // A failed check of a file that some version of a record carries (the current one or an older one).
    parts.push(sql`
      select ${ComplianceKind.FIXITY_FAILURE}::text, f.checked_at, r.unit_id, r.officer_id, r.case_id, r.id,
        'Record', r.id::text || ':' || f.id::text, r.stage,
        jsonb_build_object('status', f.status, 'sha256', sf.sha256, 'trigger', f.trigger, 'detail', f.detail)
      from fixity_check f join stored_file sf on sf.id = f.file_id
        join lateral (select distinct v.record_id from record_version v where v.file_id = f.file_id) rv on true
        join record r on r.id = rv.record_id
      where f.status in (${list([FixityStatus.MISMATCH, FixityStatus.MISSING])})
        and r.id in (${can.record(6)}) ${inPeriod(sql`f.checked_at`)}`);
  }

  if (wanted(ComplianceKind.OVERDUE_REQUEST)) {
    const closed = [
      DisclosureStatus.DELIVERED,
      DisclosureStatus.CLOSED,
      DisclosureStatus.REJECTED,
      DisclosureStatus.CANCELLED,
    ];
    parts.push(sql`
      select ${ComplianceKind.OVERDUE_REQUEST}::text, q.due_at, q.unit_id, q.registered_by_id,
        case when q.party_case_id in (${can.case(3)}) then q.party_case_id end, null::uuid,
        'Disclosure', q.id::text, null::text,
        jsonb_build_object('number', q.number, 'type', q.type, 'status', q.status, 'dueAt', q.due_at,
          'daysLate', floor(extract(epoch from ${scope.now}::timestamptz - q.due_at) / 86400))
      from disclosure q
      where q.due_at is not null and q.due_at < ${scope.now} and q.status not in (${list(closed)})
        and q.id in (${can.disclosure}) ${inPeriod(sql`q.due_at`)}`);
  }

  if (parts.length === 0)
    parts.push(
      sql`select null::text, null::timestamptz, null::uuid, null::uuid, null::uuid, null::uuid, null::text, null::text, null::text, null::jsonb where false`,
    );
  const unit = scope.unitId ? sql`and f.unit_id = ${scope.unitId}::uuid` : empty;
  const officer = scope.officerId ? sql`and f.officer_id = ${scope.officerId}::uuid` : empty;
  return sql`
    with f (kind, at, unit_id, officer_id, case_id, record_id, subject_type, subject_id, stage, detail) as (
      ${join(parts, ' union all ')}
    )
    select f.kind || ':' || f.subject_id as id, f.* from f
    where true ${unit} ${officer}`;
}
