import type { MikroORM } from '@mikro-orm/postgresql';
import { seedDemo } from '../../seeds/demo.js';
import { AuditService } from '../../server/src/audit/audit.service.js';
import { hashPassword } from '../../server/src/users/password.js';

export interface Volume {
  cases: number;
  records: number;
  /** Units sharing the cases; the demo's two case-handling units plus generated market offices. */
  units: number;
}

export const FULL: Volume = { cases: 20_000, records: 1_000_000, units: 20 };

const CAUSES = [
  '销售超过保质期的食品',
  '无照经营',
  '侵犯注册商标专用权',
  '不明码标价',
  '生产销售不合格产品',
  '虚假广告',
  '未按规定进货查验',
  '特种设备未经定期检验',
  '计量器具未经检定',
  '食品经营许可',
  '非法添加',
  '销售过期化妆品',
];
const TITLES = [
  '现场检查笔录',
  '询问笔录',
  '立案审批表',
  '行政处罚决定书',
  '送达回证',
  '现场检查录像',
  '询问录音',
  '涉案商品照片',
  '抽样检验报告',
  '听证笔录',
  '专家意见书',
  '监控录像',
];
const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '胡',
  '朱',
  '高',
  '林',
  '何',
  '郭',
  '马',
  '罗',
];
const GIVEN = [
  '建国',
  '秀英',
  '伟',
  '芳',
  '强',
  '敏',
  '静',
  '丽',
  '军',
  '磊',
  '洋',
  '勇',
  '艳',
  '杰',
  '涛',
  '明',
  '超',
  '霞',
  '平',
  '刚',
];
const KINDS = [
  'ENFORCEMENT_DOCUMENT',
  'INVESTIGATION_EVIDENCE',
  'HEARING_MATERIAL',
  'INSPECTION_CONCLUSION',
  'EXPERT_OPINION',
  'INTERNAL_APPROVAL',
  'SERVICE_RECEIPT',
  'OTHER_TEXT',
  'PHOTO',
  'AUDIO',
  'VIDEO',
  'SURVEILLANCE',
];
const lit = (xs: string[]) => `array[${xs.map((x) => `'${x}'`).join(',')}]::text[]`;

/**
 * Fills the database with `v.records` records over `v.cases` cases in `v.units` units, in one
 * transaction (all or nothing: records can never be deleted, so a half-filled run must not
 * commit). Does nothing when the data is already there. Reusable by later benchmarks.
 */
export async function generateRecords(orm: MikroORM, v: Volume = FULL, log = console.log): Promise<void> {
  const em = orm.em.fork();
  const [{ n }] = await em.execute<{ n: string }[]>('select count(*) n from record');
  if (Number(n) >= v.records) {
    log(`data present: ${n} records`);
    return;
  }
  if (Number(n) > 0)
    throw new Error(
      `The benchmark database holds ${n} records, not ${v.records}: drop it (er_bench, or BENCH_DATABASE; or var/bench) and run again`,
    );
  await seedDemo(em, new AuditService(), { cases: false });
  const hash = await hashPassword('Bench-2026');
  const started = Date.now();
  await em.transactional(async (tx) => {
    const x = (sql: string, params: unknown[] = []) => tx.execute(sql, params);
    await x(
      `insert into unit (id, created_at, updated_at, code, name, kind, case_prefix)
      select gen_random_uuid(), now(), now(), 'BS' || g, '市场监管所' || g, 'MARKET_OFFICE', '平市监' || g
      from generate_series(1, ?) g`,
      [v.units - 2],
    );
    await x(
      `insert into app_user (id, created_at, updated_at, username, display_name, unit_id, roles, clearance, active, password_hash, password_changed_at, failed_login_count)
      select gen_random_uuid(), now(), now(), lower(u.code) || '.officer' || k, '执法人员' || u.code || k, u.id, array['officer'], 'NONE', true, ?, now(), 0
      from unit u cross join generate_series(1, 3) k where u.code like 'BS%'`,
      [hash],
    );
    await x(`create temp table bench_unit on commit drop as
      select row_number() over (order by u.code) - 1 as i, u.id, u.case_prefix,
        (select array_agg(a.id order by a.username) from app_user a where a.unit_id = u.id and ('officer' = any(a.roles))) as officers
      from unit u where u.case_prefix is not null`);
    const [{ units }] = await tx.execute<{ units: number }[]>('select count(*)::int units from bench_unit');
    await x(
      `insert into enforcement_case (id, created_at, updated_at, number, year, seq, unit_id, cause, procedure, status, handling_officer_ids,
        party_kind, party_name, party_phone, party_address, opened_on, concluded_on, transfer_deadline, created_by_id)
      select gen_random_uuid(), now(), now(), b.case_prefix || '〔' || y || '〕' || (100000 + g) || '号', y, 100000 + g, b.id,
        (${lit(CAUSES)})[1 + g % ${CAUSES.length}],
        (array['SIMPLE_PENALTY','GENERAL_PENALTY','GENERAL_PENALTY','COMPULSORY_MEASURE','LICENSING','INSPECTION','OTHER'])[1 + g % 7],
        (array['OPEN','CONCLUDED','COMPILED','TRANSFERRED','ARCHIVED','ARCHIVED'])[1 + (g / 7) % 6],
        array[b.officers[1 + g % cardinality(b.officers)], b.officers[1 + (g + 1) % cardinality(b.officers)]]::text[],
        'PERSON', (${lit(SURNAMES)})[1 + g % 20] || (${lit(GIVEN)})[1 + (g / 20) % 20], '139' || lpad((g * 7919 % 100000000)::text, 8, '0'),
        '平乡县某镇某街' || (g % 300) || '号', d, d + 40, d + 70, b.officers[1]
      from generate_series(1, ?) g
      cross join lateral (select 2024 + g % 3 as y) yy
      cross join lateral (select make_date(2024 + g % 3, 1 + g % 12, 1 + g % 28) as d) dd
      join bench_unit b on b.i = g % ?`,
      [v.cases, units],
    );
    await x(`create temp table bench_case on commit drop as
      select row_number() over (order by c.number) - 1 as i, c.id, c.unit_id, c.handling_officer_ids as officers from enforcement_case c where c.seq > 100000`);
    await x(
      `insert into record (id, title, stage, captured_from, captured_to, location, device_number, officer_id, party_notified, confidentiality,
        secret_level, secret_rank, long_term, long_term_reason, document_number, issued_to, body, file_id, case_id, unit_id, kind, version, hold_count,
        created_at, created_by_id, updated_at)
      select gen_random_uuid(), (${lit(TITLES)})[1 + g % ${TITLES.length}] || '（' || g || '）',
        (array['FILING','ON_SITE_INSPECTION','INQUIRY','SAMPLING','SEIZURE','HEARING','PENALTY_DECISION','SERVICE','ENFORCEMENT','OTHER'])[1 + g % 10],
        case when av then t end, case when av then t + interval '15 minutes' end, null,
        case when av then 'DEV-' || (g % 500) end, case when av then c.officers[1]::uuid end, case when av then g % 25 <> 0 end,
        conf, case when conf = 'STATE_SECRET' then (array['SECRET','HIGHLY_SECRET','TOP_SECRET'])[1 + g % 3] end,
        case when conf = 'STATE_SECRET' then 1 + g % 3 else 0 end, g % 97 = 0, case when g % 97 = 0 then '第十五条' end,
        null, null, case when not av then '正文' || g end, null, c.id, c.unit_id, kind, 1, 0, t, c.officers[1]::uuid, t
      from generate_series(1, ?) g
      cross join lateral (select (${lit(KINDS)})[1 + g % 12] as kind) k
      cross join lateral (select k.kind in ('PHOTO','AUDIO','VIDEO','SURVEILLANCE') as av) a
      cross join lateral (select (array['NONE','NONE','NONE','NONE','NONE','NONE','NONE','NONE','NONE','NONE','NONE','NONE','NONE','NONE','NONE','NONE','NONE','PERSONAL_PRIVACY','TRADE_SECRET','STATE_SECRET'])[1 + (g / 12) % 20] as conf) cf
      cross join lateral (select timestamptz '2024-01-01' + (g * interval '83 seconds') as t) tt
      join bench_case c on c.i = g % ?`,
      [v.records, v.cases],
    );
    await x(`insert into record_version (id, title, stage, captured_from, captured_to, location, device_number, officer_id, party_notified, confidentiality,
        secret_level, secret_rank, long_term, long_term_reason, document_number, issued_to, body, file_id, record_id, kind, version, reason, created_by_id, created_at)
      select gen_random_uuid(), title, stage, captured_from, captured_to, location, device_number, officer_id, party_notified, confidentiality,
        secret_level, secret_rank, long_term, long_term_reason, document_number, issued_to, body, file_id, id, kind, 1, null, created_by_id, created_at
      from record`);
  });
  // As autovacuum would in service: statistics and the visibility map (index-only counts).
  await em.execute('vacuum analyze');
  log(
    `generated ${v.cases} cases and ${v.records} records (with their versions) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
