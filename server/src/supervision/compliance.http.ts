import { create as contentDisposition } from 'content-disposition';
import type { Request, Response } from 'express';
import { csvCell } from '../audit/audit.export.js';
import { AppError } from '../common/errors.js';
import type { Context } from '../context.js';
import { KIND_ZH, local } from '../exports/export.service.js';
import { writeTablePdf } from '../exports/pdf.js';
import { sendError } from '../http/respond.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';
import { ComplianceKind } from './compliance.enums.js';
import type { ComplianceFilter, ComplianceItem } from './compliance.types.js';

export const KIND_LABEL: Record<ComplianceKind, string> = {
  MISSING_RECORDING: '应录未录',
  NO_NOTICE: '未告知当事人',
  MISSING_OFFLOAD: '未按日存储',
  LATE_UPLOAD: '逾期上传',
  OVERDUE_TRANSFER: '逾期移交',
  DENIED_ACCESS: '被拒访问',
  UNUSUAL_ACCESS: '异常访问',
  FIXITY_FAILURE: '完整性校验失败',
  OVERDUE_REQUEST: '调取/复制申请逾期',
};

const STAGE_ZH: Record<string, string> = {
  FILING: '立案',
  ON_SITE_INSPECTION: '现场检查',
  INQUIRY: '询问',
  SAMPLING: '抽样',
  SEIZURE: '查封扣押',
  HEARING: '听证',
  PENALTY_DECISION: '处罚决定',
  SERVICE: '送达',
  ENFORCEMENT: '执行',
  OTHER: '其他',
};

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const when = (v: unknown) => (v ? local(new Date(String(v))) : '');

/** A finding in one line of Chinese: what the figure counts, with the facts that prove it. */
export function describe(item: ComplianceItem): string {
  const d = item.detail;
  switch (item.kind) {
    case ComplianceKind.MISSING_RECORDING:
      return `${STAGE_ZH[item.stage ?? ''] ?? item.stage}环节有${text(d.records)}份文字记录，无录音录像`;
    case ComplianceKind.NO_NOTICE:
      return `${KIND_ZH[text(d.kind)] ?? text(d.kind)}未记录已告知当事人（设备 ${text(d.deviceNumber) || '—'}）`;
    case ComplianceKind.LATE_UPLOAD:
      return `应于 ${when(d.dueAt)} 前存储，${when(d.uploadedAt)} 上传，迟 ${text(d.hoursLate)} 小时`;
    case ComplianceKind.MISSING_OFFLOAD:
      return `设备 ${text(d.deviceNumber)} 于 ${text(d.day)} 领用，截至 ${when(d.dueAt)} 无当日资料`;
    case ComplianceKind.OVERDUE_TRANSFER:
      return d.sentAt
        ? `移交期限 ${text(d.deadline)}，${when(d.sentAt)} 移交，逾期 ${text(d.daysLate)} 日`
        : `移交期限 ${text(d.deadline)}，尚未移交，已逾期 ${text(d.daysLate)} 日`;
    case ComplianceKind.DENIED_ACCESS:
      return `${text(d.action)} 被拒（${text(d.reason)}），对象 ${text(d.subjectType)} ${text(d.subjectId)}，审计序号 ${text(d.seq)}`;
    case ComplianceKind.UNUSUAL_ACCESS:
      return `${text(d.day)} 查看/下载 ${text(d.total)} 次，${text(d.windowMinutes)} 分钟内最多 ${text(d.peak)} 次`;
    case ComplianceKind.FIXITY_FAILURE:
      return `文件${d.status === 'MISSING' ? '缺失' : '哈希不符'}（SHA-256 ${text(d.sha256)}）`;
    case ComplianceKind.OVERDUE_REQUEST:
      return `${text(d.number)} 应于 ${when(d.dueAt)} 前办结，状态 ${text(d.status)}，已逾期 ${text(d.daysLate)} 日`;
  }
}

const COLUMNS = [
  { header: '类型', width: 6 },
  { header: '时间', width: 8 },
  { header: '单位', width: 8 },
  { header: '人员', width: 6 },
  { header: '案件', width: 9 },
  { header: '记录', width: 10 },
  { header: '情况', width: 24 },
  { header: '书面说明', width: 14 },
];

/** The rows of an export: names instead of ids, and what each finding means. */
async function rowsOf(ctx: Context, items: ComplianceItem[]): Promise<string[][]> {
  const unitIds = [...new Set(items.map((i) => i.unitId).filter((v): v is string => !!v))];
  const userIds = [...new Set(items.map((i) => i.officerId).filter((v): v is string => !!v))];
  const units = new Map((await ctx.em.find(Unit, { id: { $in: unitIds } })).map((u) => [u.id, u.name]));
  const users = new Map((await ctx.em.find(User, { id: { $in: userIds } })).map((u) => [u.id, u.displayName]));
  const cases = new Map(
    (
      await Promise.all(
        [...new Set(items.map((i) => i.caseId).filter((v): v is string => !!v))].map((id) =>
          ctx.loaders.cases.load(id),
        ),
      )
    ).map((c) => [c.id, c.number]),
  );
  return items.map((i) => [
    KIND_LABEL[i.kind],
    local(i.at),
    i.unitId ? (units.get(i.unitId) ?? '') : '',
    i.officerId ? (users.get(i.officerId) ?? '') : '',
    i.caseId ? (cases.get(i.caseId) ?? '') : '',
    i.recordId ?? '',
    describe(i),
    i.explanation ? `${i.explanation.text}（${local(i.explanation.createdAt)}）` : '',
  ]);
}

/**
 * GET /reports/compliance.csv and /reports/compliance.pdf ?from&to[&unitId][&officerId][&kinds=A,B]:
 * the findings of the filter, oldest first per kind, for whoever may read the reports. The export
 * is audited with its filter and the number of findings.
 */
export async function exportCompliance(ctx: Context, req: Request, res: Response, format: 'csv' | 'pdf') {
  try {
    await ctx.authz.ensureType('read', 'ComplianceReport', 'compliance.export');
    await ctx.services.expensive.consume(ctx, 'compliance.export');
    const filter: ComplianceFilter = await ctx.services.compliance.parseFilter(req.query as Record<string, unknown>);
    const items = await ctx.services.compliance.all(ctx, filter);
    const rows = await rowsOf(ctx, items);
    await ctx.services.audit.append(ctx.em, ctx.actor, {
      action: 'compliance.export',
      subjectType: 'ComplianceReport',
      details: {
        filter: JSON.parse(JSON.stringify(filter)) as Record<string, unknown>,
        format,
        findings: items.length,
      },
    });
    const name = `compliance-${filter.from}-${filter.to}.${format}`;
    res.status(200);
    res.setHeader('Content-Disposition', contentDisposition(name));
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (format === 'csv') {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      const lines = [COLUMNS.map((c) => c.header), ...rows].map((row) => row.map(csvCell).join(','));
      res.end(`\ufeff${lines.join('\r\n')}\r\n`);
      return;
    }
    res.setHeader('Content-Type', 'application/pdf');
    const scope = [
      filter.unitId
        ? `单位：${(await ctx.em.findOne(Unit, { id: filter.unitId }))?.name ?? filter.unitId}`
        : '全部单位',
      filter.officerId
        ? `人员：${(await ctx.em.findOne(User, { id: filter.officerId }))?.displayName ?? filter.officerId}`
        : '全部人员',
    ].join('，');
    const counts = Object.values(ComplianceKind)
      .map((k) => [KIND_LABEL[k], items.filter((i) => i.kind === k).length] as const)
      .filter(([, n]) => n > 0)
      .map(([label, n]) => `${label} ${n}`)
      .join('；');
    await writeTablePdf(res, {
      title: '行政执法全过程记录合规报告',
      subtitle: `${ctx.services.config.organisationName}  ${filter.from} 至 ${filter.to}`,
      meta: [
        ['范围', scope],
        ['导出人', ctx.user!.displayName],
        ['导出时间', local(new Date())],
        ['合计', `${items.length} 项${counts ? `（${counts}）` : ''}`],
      ],
      columns: COLUMNS,
      rows,
      footer: items.length === 0 ? '本期无发现。' : undefined,
    });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (res.headersSent) return void res.destroy(error);
    sendError(res, error);
  }
}
