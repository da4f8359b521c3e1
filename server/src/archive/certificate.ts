import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BUREAU_TIME_ZONE } from '../common/dates.js';
import { writeTablePdf } from '../exports/pdf.js';
import { registerStoredFile } from '../files/intake.service.js';
import { NO_MEDIA_FACTS } from '../files/media.js';
import type { ContentStore } from '../files/store.js';
import type { StoredFile } from '../files/stored-file.entity.js';
import type { RetentionPeriod } from './archive.enums.js';

/** What a destruction certificate (销毁证明) states. */
export interface CertificateFacts {
  number: string;
  note: string;
  createdBy: string;
  createdAt: Date;
  /** The approvals of the round that approved the list, in order. */
  approvals: { label: string; name: string; at: Date | null }[];
  executedAt: Date;
  executedBy: string;
  items: {
    caseNumber: string;
    archiveNumber: string | null;
    title: string;
    retention: RetentionPeriod;
    retainUntil: string;
    /** The current file first (version null), then files of older versions. */
    files: { version: number | null; sha256: string; sm3: string; size: number; removed: boolean }[];
  }[];
}

export const RETENTION_LABEL: Record<RetentionPeriod, string> = {
  PERMANENT: '永久',
  Y30: '30年',
  Y10: '10年',
  SHORT: '短期',
};

const when = (d: Date | null, time = false) =>
  d
    ? new Intl.DateTimeFormat('sv-SE', {
        timeZone: BUREAU_TIME_ZONE,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        ...(time ? { hour: '2-digit', minute: '2-digit' } : {}),
      }).format(d)
    : '—';

/** The rows of the certificate: one per file of each item (a record without a file has one row too). */
export function certificateRows(facts: CertificateFacts): string[][] {
  const rows: string[][] = [];
  facts.items.forEach((item, i) => {
    const base = [
      item.caseNumber,
      item.archiveNumber ?? '—',
      item.title,
      RETENTION_LABEL[item.retention],
      item.retainUntil,
    ];
    if (item.files.length === 0) rows.push([String(i + 1), ...base, '（无文件，仅著录信息）', '—', '—', '—']);
    item.files.forEach((f, j) =>
      rows.push([
        j === 0 ? String(i + 1) : `${i + 1}-${j + 1}`,
        ...base.slice(0, 2),
        f.version === null ? item.title : `${item.title}（第${f.version}版文件）`,
        ...base.slice(3),
        f.sha256,
        f.sm3,
        String(f.size),
        f.removed ? '已删除' : '与其他在存记录共用，字节保留',
      ]),
    );
  });
  return rows;
}

/**
 * Writes the certificate (A4, Chinese) into the content store. Returns its digests and a function
 * that registers its stored-file row in the caller's transaction.
 */
export async function storeCertificate(store: ContentStore, facts: CertificateFacts) {
  const rows = certificateRows(facts);
  const fileCount = facts.items.reduce((n, i) => n + i.files.length, 0);
  const removed = facts.items.flatMap((i) => i.files).filter((f) => f.removed);
  const temp = path.join(store.tempDir, `certificate-${randomBytes(8).toString('hex')}.pdf`);
  await fsp.mkdir(path.dirname(temp), { recursive: true });
  try {
    await writeTablePdf(fs.createWriteStream(temp, { flags: 'wx' }), {
      title: `销毁证明 ${facts.number}`,
      subtitle: '行政执法全过程记录 · 保管期满档案销毁',
      meta: [
        ['销毁清单编号', facts.number],
        ['销毁依据', facts.note],
        ['拟制', `${facts.createdBy} ${when(facts.createdAt)}`],
        [
          '审批',
          facts.approvals.length ? facts.approvals.map((a) => `${a.label} ${a.name} ${when(a.at)}`).join('；') : '—',
        ],
        ['执行', `${facts.executedBy} ${when(facts.executedAt, true)}`],
        [
          '数量',
          `${facts.items.length} 件记录，${fileCount} 个文件（删除 ${removed.length} 个，共 ${removed.reduce((n, f) => n + f.size, 0)} 字节）`,
        ],
      ],
      columns: [
        { header: '序号', width: 4 },
        { header: '案件编号', width: 12 },
        { header: '档号', width: 11 },
        { header: '题名', width: 16 },
        { header: '保管期限', width: 5 },
        { header: '保管截止', width: 7 },
        { header: 'SHA-256', width: 14 },
        { header: 'SM3', width: 14 },
        { header: '大小（字节）', width: 6 },
        { header: '处置', width: 8 },
      ],
      rows,
      footer:
        '以上记录保管期满，经档案室负责人、机关负责人审批后销毁：文件字节已从存储中删除，记录的著录信息（存根）、哈希值与全部审计记录永久保留。' +
        '与其他在存记录共用的相同内容文件不删除字节。本证明由系统生成并存档，其哈希值记入审计日志。',
      date: facts.executedAt,
    });
    const sha256 = createHash('sha256');
    const sm3 = createHash('sm3');
    const bytes = await fsp.readFile(temp);
    sha256.update(bytes);
    sm3.update(bytes);
    const digests = { sha256: sha256.digest('hex'), sm3: sm3.digest('hex') };
    await store.place(temp, digests.sha256);
    return {
      digests,
      size: bytes.length,
      register: (em: EntityManager): Promise<StoredFile> =>
        registerStoredFile(
          em,
          digests,
          bytes.length,
          'application/pdf',
          `销毁证明-${facts.number}.pdf`,
          NO_MEDIA_FACTS,
        ),
    };
  } finally {
    await fsp.rm(temp, { force: true });
  }
}
