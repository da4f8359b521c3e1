import type { EntityManager } from '@mikro-orm/postgresql';
import type { Case } from '../cases/case.entity.js';
import type { FixityService } from '../files/fixity.service.js';
import { FixityTrigger } from '../files/fixity-check.entity.js';
import { FixityStatus, StoredFile } from '../files/stored-file.entity.js';
import type { ContentStore } from '../files/store.js';
import { RecordVersion } from '../records/record-version.entity.js';
import { EnforcementRecord } from '../records/record.entity.js';
import { Confidentiality, isAv, RecordKind } from '../records/record.enums.js';
import { CheckKind } from './archive.enums.js';
import type { RetentionRule } from './retention-rule.entity.js';
import type { CatalogueEntry, CheckFinding, TransferChecks } from './transfer.entity.js';

/** Media types each kind of record may carry and still be opened by the archive's tools. */
const USABLE: Record<'AV' | 'PHOTO' | 'TEXT', RegExp> = {
  AV: /^(video|audio)\//,
  PHOTO: /^image\//,
  TEXT: /^(application\/(pdf|ofd|msword|vnd\.openxmlformats-officedocument\.|vnd\.ms-|vnd\.oasis\.opendocument\.|zip)|image\/|text\/)/,
};

const usableKind = (kind: RecordKind) => (kind === RecordKind.PHOTO ? 'PHOTO' : isAv(kind) ? 'AV' : ('TEXT' as const));

const STAGE_LABEL: Record<string, string> = {
  ON_SITE_INSPECTION: '现场检查',
  SEIZURE: '查封扣押',
  INQUIRY: '询问',
  SERVICE: '送达',
  SAMPLING: '抽样取证',
  HEARING: '听证',
  FILING: '立案',
  PENALTY_DECISION: '处罚决定',
  ENFORCEMENT: '执行',
  OTHER: '其他',
};

/** How far a run's re-hashing has come (files and bytes of the catalogued files). */
export interface CheckProgress {
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
}

/**
 * 四性检测 (DA/T 70) of a case file about to go to the archive or being accepted:
 * - authenticity: each catalogued file re-hashed now (SHA-256 and SM3, the result kept as a
 *   fixity check) and each record's metadata versions complete and matching its current row;
 * - integrity: the documents the procedure requires, AV of the on-site stages, every text record
 *   catalogued, nothing catalogued twice or from elsewhere;
 * - usability: files present, of a type the kind allows, AV with a readable duration, photos with
 *   a size, text records with a file or a body;
 * - security: state secrets carry their level, no file failing fixity, nothing destroyed.
 */
export class TransferChecker {
  constructor(
    private readonly fixity: FixityService,
    private readonly store: ContentStore,
  ) {}

  async run(
    em: EntityManager,
    c: Case,
    catalogue: CatalogueEntry[],
    rule: RetentionRule,
    progress?: (p: CheckProgress) => void,
  ): Promise<TransferChecks> {
    const findings: CheckFinding[] = [];
    const add = (kind: CheckKind, code: string, message: string, recordId: string | null = null) =>
      findings.push({ kind, code, message, recordId });

    const records = await em.find(EnforcementRecord, { case: c.id }, { populate: ['body'] });
    const byId = new Map(records.map((r) => [r.id, r]));
    const listed = catalogue.map((e) => byId.get(e.recordId)).filter((r): r is EnforcementRecord => !!r);
    const fileIds = [...new Set(listed.map((r) => r.fileId).filter((id): id is string => !!id))];
    const files = new Map(
      (fileIds.length ? await em.find(StoredFile, { id: { $in: fileIds } }) : []).map((f) => [f.id, f]),
    );

    // Integrity
    if (catalogue.length === 0) add(CheckKind.INTEGRITY, 'EMPTY_CATALOGUE', '卷内目录为空');
    const seen = new Set<string>();
    for (const e of catalogue) {
      if (!byId.has(e.recordId)) add(CheckKind.INTEGRITY, 'NOT_OF_CASE', `目录第${e.seq}项不是本案的记录`, e.recordId);
      if (seen.has(e.recordId)) add(CheckKind.INTEGRITY, 'LISTED_TWICE', `目录第${e.seq}项重复`, e.recordId);
      seen.add(e.recordId);
    }
    for (const r of records)
      if (!isAv(r.kind) && !seen.has(r.id))
        add(CheckKind.INTEGRITY, 'NOT_CATALOGUED', `文字记录“${r.title}”未列入卷内目录`, r.id);
    for (const req of rule.requirements) {
      const met = listed.some((r) => req.kinds.includes(r.kind) && (!req.stage || r.stage === req.stage));
      if (!met) add(CheckKind.INTEGRITY, 'MISSING_DOCUMENT', `缺少${req.label}`);
    }
    for (const stage of rule.avStages) {
      const happened = records.some((r) => r.stage === stage);
      if (happened && !listed.some((r) => isAv(r.kind) && r.stage === stage))
        add(CheckKind.INTEGRITY, 'MISSING_AV', `${STAGE_LABEL[stage] ?? stage}环节没有音像记录列入目录`);
    }

    // Authenticity: metadata versions, then the bytes (re-hashed once per file).
    for (const r of listed) {
      const versions = await em.find(RecordVersion, { record: r.id }, { orderBy: { version: 'asc' } });
      const contiguous = versions.every((v, i) => v.version === i + 1);
      const last = versions[versions.length - 1];
      if (!contiguous || versions.length !== r.version || !last)
        add(CheckKind.AUTHENTICITY, 'VERSIONS_BROKEN', `“${r.title}”的版本链不完整`, r.id);
      else if (last.title !== r.title || (last.fileId ?? null) !== (r.fileId ?? null))
        add(CheckKind.AUTHENTICITY, 'VERSION_MISMATCH', `“${r.title}”的当前信息与其最新版本不一致`, r.id);
    }
    const checked = new Map<string, FixityStatus>();
    const live = [...files.values()].filter((f) => !f.disposedAt);
    const done: CheckProgress = {
      filesDone: 0,
      filesTotal: live.length,
      bytesDone: 0,
      bytesTotal: live.reduce((n, f) => n + Number(f.size), 0),
    };
    progress?.({ ...done });
    for (const file of live) {
      checked.set(file.id, (await this.fixity.check(em, file, FixityTrigger.EVENT)).status);
      done.filesDone++;
      done.bytesDone += Number(file.size);
      progress?.({ ...done });
    }
    for (const r of listed) {
      const status = r.fileId ? checked.get(r.fileId) : undefined;
      if (status === FixityStatus.MISMATCH)
        add(CheckKind.AUTHENTICITY, 'HASH_MISMATCH', `“${r.title}”的文件与存储时的哈希值不符`, r.id);
    }

    // Usability
    for (const r of listed) {
      const file = r.fileId ? files.get(r.fileId) : undefined;
      if (!file) {
        if (isAv(r.kind)) add(CheckKind.USABILITY, 'NO_FILE', `“${r.title}”没有文件`, r.id);
        else if (!r.body?.trim()) add(CheckKind.USABILITY, 'NO_CONTENT', `“${r.title}”既无文件也无正文`, r.id);
        continue;
      }
      if (file.disposedAt || checked.get(file.id) === FixityStatus.MISSING || !(await this.store.exists(file.sha256)))
        add(CheckKind.USABILITY, 'FILE_MISSING', `“${r.title}”的文件不在存储中`, r.id);
      if (!USABLE[usableKind(r.kind)].test(file.mediaType))
        add(CheckKind.USABILITY, 'TYPE', `“${r.title}”的文件类型 ${file.mediaType} 无法按${r.kind}打开`, r.id);
      if (
        (r.kind === RecordKind.VIDEO || r.kind === RecordKind.AUDIO || r.kind === RecordKind.SURVEILLANCE) &&
        !(file.durationSeconds && file.durationSeconds > 0)
      )
        add(CheckKind.USABILITY, 'NO_DURATION', `“${r.title}”读不出时长`, r.id);
      if (r.kind === RecordKind.PHOTO && !(file.width && file.height))
        add(CheckKind.USABILITY, 'NO_DIMENSIONS', `“${r.title}”读不出图像尺寸`, r.id);
    }

    // Security
    for (const r of listed) {
      if (r.confidentiality === Confidentiality.STATE_SECRET && !r.secretLevel)
        add(CheckKind.SECURITY, 'SECRET_LEVEL', `“${r.title}”标为国家秘密但未定密级`, r.id);
      const file = r.fileId ? files.get(r.fileId) : undefined;
      const fixity = file ? (checked.get(file.id) ?? file.fixityStatus) : null;
      if (fixity === FixityStatus.MISMATCH || fixity === FixityStatus.MISSING)
        add(CheckKind.SECURITY, 'FIXITY_FAILED', `“${r.title}”的文件完整性校验未通过（${fixity}）`, r.id);
      if (r.disposedAt) add(CheckKind.SECURITY, 'DISPOSED', `“${r.title}”的文件已销毁`, r.id);
    }

    const results = Object.values(CheckKind).map((kind) => {
      const mine = findings.filter((f) => f.kind === kind);
      return { kind, passed: mine.length === 0, findings: mine };
    });
    return { checkedAt: new Date(), passed: findings.length === 0, results };
  }
}
