import type { EntityManager } from '@mikro-orm/postgresql';
import { RetentionPeriod } from '../../server/src/archive/archive.enums.js';
import type { Case } from '../../server/src/cases/case.entity.js';
import { CaseStatus, Procedure } from '../../server/src/cases/case.enums.js';
import type { EnforcementRecord } from '../../server/src/records/record.entity.js';
import { EnforcementStage, RecordKind } from '../../server/src/records/record.enums.js';
import { Unit } from '../../server/src/units/unit.entity.js';
import { User } from '../../server/src/users/user.entity.js';
import { buildCase, buildRecord, storeFile } from '../factories.js';
import { mp4, pdf } from './media.js';
import type { TestServer } from './server.js';

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

/**
 * A concluded general-procedure penalty case of the ZHZF unit whose file is complete: filing
 * approval, investigation report, decision, service receipt, an on-site inspection record with its
 * video, and a patrol clip that is not evidence.
 */
export async function completeCase(server: TestServer, procedure = Procedure.GENERAL_PENALTY) {
  const em = server.em();
  const officer = await em.findOneOrFail(User, { username: 'zhzf.officer1' }, { populate: ['unit'] });
  const officer2 = await em.findOneOrFail(User, { username: 'zhzf.officer2' });
  const c = await buildCase(em, {
    unit: officer.unit,
    officers: [officer, officer2],
    procedure,
    status: CaseStatus.CONCLUDED,
    concludedOn: '2026-11-01',
    transferDeadline: '2026-12-01',
  });
  const video = await storeFile(server.services, em, mp4(2), 'video/mp4', 'clip.mp4', { durationSeconds: 2 });
  const doc = await storeFile(server.services, em, pdf(), 'application/pdf', 'doc.pdf');
  const r: Record<string, EnforcementRecord> = {};
  r.filing = await buildRecord(em, c, {
    kind: RecordKind.INTERNAL_APPROVAL,
    title: '立案审批表',
    stage: EnforcementStage.FILING,
  });
  r.report = await buildRecord(em, c, { kind: RecordKind.INVESTIGATION_EVIDENCE, title: '调查终结报告' });
  r.onsite = await buildRecord(em, c, {
    kind: RecordKind.INVESTIGATION_EVIDENCE,
    title: '现场检查笔录',
    stage: EnforcementStage.ON_SITE_INSPECTION,
  });
  r.decision = await buildRecord(em, c, {
    kind: RecordKind.ENFORCEMENT_DOCUMENT,
    title: '行政处罚决定书',
    stage: EnforcementStage.PENALTY_DECISION,
    fileId: doc.id,
    fileName: 'doc.pdf',
    body: null,
  });
  r.receipt = await buildRecord(em, c, {
    kind: RecordKind.SERVICE_RECEIPT,
    title: '送达回证',
    stage: EnforcementStage.SERVICE,
  });
  r.video = await buildRecord(em, c, {
    kind: RecordKind.VIDEO,
    title: '现场检查录像',
    stage: EnforcementStage.ON_SITE_INSPECTION,
    fileId: video.id,
    fileName: 'clip.mp4',
    officer,
    body: null,
    capturedFrom: new Date('2026-10-20T02:00:00Z'),
  });
  r.patrol = await buildRecord(em, c, {
    kind: RecordKind.VIDEO,
    title: '巡查录像',
    fileId: video.id,
    fileName: 'clip.mp4',
    body: null,
  });
  return { c, r };
}
