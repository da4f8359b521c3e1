import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, type Readable, type Writable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { pipeline } from 'node:stream/promises';
import { type EntityManager, type FilterQuery, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import { auditWhere } from '../audit/audit-filter.js';
import { AuditEvent, AuditOutcome } from '../audit/audit-event.entity.js';
import type { AuditService } from '../audit/audit.service.js';
import { AppError, ErrorCode, invalidState } from '../common/errors.js';
import { sendError, sendKeptFile } from '../http/respond.js';
import { isUuid } from '../common/identifiers.js';
import { maskPersonal } from '../common/mask.js';
import type { Config } from '../config.js';
import type { Context, Services } from '../context.js';
import { DisclosureItem } from '../disclosures/disclosure-item.entity.js';
import { Disclosure } from '../disclosures/disclosure.entity.js';
import { DisclosureStatus, DisclosureType, ItemDecision } from '../disclosures/disclosure.enums.js';
import { FixityCheck, FixityTrigger } from '../files/fixity-check.entity.js';
import { registerStoredFile } from '../files/intake.service.js';
import { NO_MEDIA_FACTS } from '../files/media.js';
import { HashPool } from '../files/hasher.js';
import type { ContentStore } from '../files/store.js';
import { FixityStatus, StoredFile } from '../files/stored-file.entity.js';
import { ApprovalRequest } from '../approvals/approval-request.entity.js';
import { Confidentiality } from '../records/record.enums.js';
import type { RecordFields } from '../records/record-fields.js';
import { RecordVersion } from '../records/record-version.entity.js';
import type { RecordKind } from '../records/record.enums.js';
import { User } from '../users/user.entity.js';
import {
  fromFile,
  fromStore,
  type PayloadFile,
  PayloadMismatchError,
  sha256Tap,
  type TagFile,
  writeBagZip,
} from './bag.js';
import { ExportPackage, PackageStatus } from './export-package.entity.js';
import { failBuild } from './failure.js';
import { writeTablePdf } from './pdf.js';
import { canWatermark, watermarkFile } from './watermark.js';

/** Builds this instance started before this moment were left by an earlier process of it. */
const PROCESS_STARTED = new Date();
/** A build whose heartbeat is older than this is dead, whichever instance ran it. */
const LEASE_SECONDS = 120;
/** How often a running build renews its lease. */
const HEARTBEAT_MS = 20_000;
/** Progress is written to the database at most this often while a package streams. */
const PROGRESS_MS = 1000;
/** Audit events listed per file in its chain-of-custody report (the newest are kept when there are more). */
const CUSTODY_EVENTS = 2000;

/** Record kinds as the catalogues print them. */
export const KIND_ZH: Record<string, string> = {
  ENFORCEMENT_DOCUMENT: '执法文书',
  INVESTIGATION_EVIDENCE: '调查取证材料',
  HEARING_MATERIAL: '听证材料',
  INSPECTION_CONCLUSION: '检查、检验、鉴定结论',
  EXPERT_OPINION: '专家意见',
  INTERNAL_APPROVAL: '内部审批材料',
  SERVICE_RECEIPT: '送达回证',
  OTHER_TEXT: '其他文字记录',
  PHOTO: '照片',
  AUDIO: '录音',
  VIDEO: '录像',
  SURVEILLANCE: '监控录像',
};

/**
 * A name safe in any file system and zip tool: no separators, control characters or trailing dots,
 * and at most `maxBytes` bytes of UTF-8 (file systems allow 255 bytes, and a CJK character takes 3).
 */
export function safeName(text: string, maxBytes = 150): string {
  const cleaned = text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, '_')
    .replace(/\s+/g, ' ')
    .trim();
  let kept = '';
  for (const ch of cleaned) {
    if (Buffer.byteLength(kept + ch, 'utf8') > maxBytes) break;
    kept += ch;
  }
  return kept.replace(/[. ]+$/, '') || '未命名';
}

/**
 * ID numbers and phone numbers in free text (a title, a note): masked in a party's copy. Digits
 * may touch letters or Chinese (JavaScript's \b does not see those as word edges), and a mobile
 * number may be written with spaces, dashes or +86.
 */
export function maskPersonalInText(text: string): string {
  return text
    .replace(/(?<!\d)\d{17}[\dXx](?![\dXx])|(?<!\d)\d{15}(?!\d)/g, (m) => maskPersonal(m))
    .replace(/(?<!\d)(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)/g, (m) => maskPersonal(m.replace(/[ -]/g, '')))
    .replace(/(?<!\d)0\d{2,3}-\d{7,8}(?!\d)/g, (m) => maskPersonal(m));
}

export const iso = (d: Date | null | undefined) => (d ? d.toISOString() : '');
/** YYYY-MM-DD HH:mm in the bureau's time. */
export const local = (d: Date | null | undefined) =>
  d
    ? new Intl.DateTimeFormat('sv-SE', {
        timeZone: 'Asia/Shanghai',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      }).format(d)
    : '';
export const csvCell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** What goes into the package for one included record. */
/** A record's fields as approved: the record itself, or the version it had at submission. */
export type ApprovedRecord = RecordFields & { version: number; kind: RecordKind };

interface Entry {
  item: DisclosureItem;
  /** The record as approved (its version at submission). */
  data: ApprovedRecord;
  payload: PayloadFile;
  watermarked: boolean;
  redacted: boolean;
  /** A text file written from the record's registered text (the record has no file). */
  generated: boolean;
  officer: string;
  title: string;
}

/** The registered text of a record without a file (personal numbers masked in a party's copy). */
export function recordText(record: ApprovedRecord, title: string, party: boolean): string {
  const mask = (v: string) => (party ? maskPersonalInText(v) : v);
  return [
    `题名：${title}`,
    ...(record.documentNumber ? [`文号：${record.documentNumber}`] : []),
    `类别：${KIND_ZH[record.kind] ?? record.kind}`,
    ...(record.capturedFrom ? [`时间：${local(record.capturedFrom)}`] : []),
    ...(record.issuedTo ? [`送达对象：${mask(record.issuedTo)}`] : []),
    '',
    record.body ? mask(record.body) : '（本记录仅有登记信息，无正文。）',
    '',
  ].join('\n');
}

/** Writes a produced file, computing its SHA-256, SM3 and size as the bytes go to disk. */
export async function writeHashed(target: string, produce: (out: Writable) => Promise<void>) {
  const sha256 = createHash('sha256');
  const sm3 = createHash('sm3');
  let size = 0;
  const tap = new PassThrough();
  tap.on('data', (chunk: Buffer) => {
    sha256.update(chunk);
    sm3.update(chunk);
    size += chunk.length;
  });
  const written = pipeline(tap, fs.createWriteStream(target, { flags: 'wx' }));
  written.catch(() => undefined);
  try {
    await produce(tap);
  } catch (error) {
    // A producer that failed before (or while) writing: close the file so nothing is left open.
    tap.destroy(error as Error);
    await written.catch(() => undefined);
    throw error;
  }
  await written;
  return { sha256: sha256.digest('hex'), sm3: sm3.digest('hex'), size };
}

/**
 * Export packages (Art. 17, 19): once a request is approved, a background job builds the zipped
 * BagIt bag of exactly the included records (redacted copies where decided, watermarked copies
 * of photos and PDFs for a party), with its catalogue and each file's chain of custody, checking
 * every stored file's hash as it streams. The zip is kept, read-only, as what was given.
 */
export class ExportService {
  /** SHA-256 worker threads: one checks the payload, the other hashes the zip, beside the main thread. */
  private readonly verifyPool = new HashPool(['sha256']);
  private readonly zipPool = new HashPool(['sha256']);
  /** This instance, as a builder: its host and data folder (a restarted process is the same builder). */
  private readonly builder: string;

  constructor(
    private readonly config: Config,
    private readonly audit: AuditService,
    private readonly store: ContentStore,
  ) {
    this.builder = `${os.hostname()}:${config.dataDir}`.slice(0, 300);
  }

  /** Queues the build of a disclosure's package (the archivist's or legal staff's "生成材料包"). */
  async request(ctx: Context, disclosureId: string): Promise<ExportPackage> {
    const op = 'package.request';
    const disclosure = await ctx.services.disclosures.get(ctx, disclosureId, op);
    await ctx.authz.ensure('export', disclosure, op);
    if (disclosure.status !== DisclosureStatus.APPROVED)
      throw invalidState('A package is built once the request is approved, and only one is given');
    const open = await ctx.em.count(ExportPackage, {
      disclosure,
      status: { $in: [PackageStatus.QUEUED, PackageStatus.BUILDING, PackageStatus.READY] },
    });
    if (open) throw invalidState('A package for this request is already being built');
    const items = await ctx.em.count(DisclosureItem, {
      disclosure,
      decision: { $in: [ItemDecision.INCLUDE, ItemDecision.INCLUDE_REDACTED] },
    });
    const pkg = ctx.em.create(ExportPackage, {
      disclosure,
      fileName: `${disclosure.number}.zip`,
      fileCount: items,
      requestedBy: ctx.user!,
    });
    await ctx.em.transactional(async (em) => {
      try {
        await em.flush();
      } catch (error) {
        if (error instanceof UniqueConstraintViolationException)
          throw invalidState('A package for this request is already being built');
        throw error;
      }
      await this.audit.append(em, ctx.actor, {
        action: 'package.request',
        subjectType: 'Disclosure',
        subjectId: disclosure.id,
        details: { packageId: pkg.id, files: items },
      });
    });
    // Queued now where this process runs the jobs; otherwise the job runner's sweep takes it within a minute.
    await ctx.services.jobs
      .buildPackage(pkg.id)
      .catch((e: Error) => console.warn(`export package ${pkg.id}: ${e.message}`));
    return pkg;
  }

  /**
   * Packages queued or half-built by a server process that has stopped (rebuilt at start); the
   * half-written work of those is removed.
   */
  async unfinished(em: EntityManager, queuedFor = 0): Promise<string[]> {
    const rows = await em.getConnection().execute<{ id: string }[]>(
      `select id from export_package
        where (status = 'QUEUED' and created_at < now() - make_interval(secs => ?))
           or (status = 'BUILDING' and (heartbeat_at < now() - make_interval(secs => ?)
               or (builder = ? and started_at < ?)))`,
      [queuedFor, LEASE_SECONDS, this.builder, PROCESS_STARTED],
    );
    const ids = rows.map((r) => r.id);
    const workRoot = path.join(this.config.dataDir, 'exports-work');
    for (const name of await fsp.readdir(workRoot).catch(() => [] as string[]))
      if (ids.some((id) => name.startsWith(`${id}-`)))
        await fsp.rm(path.join(workRoot, name), { recursive: true, force: true });
    return ids;
  }

  async readyPackage(em: EntityManager, disclosure: Disclosure): Promise<ExportPackage | null> {
    return em.findOne(ExportPackage, { disclosure, status: PackageStatus.READY });
  }

  /** The packages of a request the caller may read (filtered in SQL by the same rules), newest first. */
  async packages(ctx: Context, disclosure: Disclosure): Promise<ExportPackage[]> {
    const readable = ctx.authz.filter<ExportPackage>('read', 'ExportPackage', ExportPackage);
    if (!readable) return [];
    return ctx.em.find(
      ExportPackage,
      { $and: [readable, { disclosure: disclosure.id }] } as FilterQuery<ExportPackage>,
      {
        orderBy: { createdAt: 'desc' },
      },
    );
  }

  async get(ctx: Context, id: string, operation = 'package.read'): Promise<ExportPackage> {
    const found = isUuid(id) ? await ctx.em.findOne(ExportPackage, { id }, { populate: ['disclosure'] }) : null;
    if (!found) throw await ctx.authz.missing('ExportPackage', id, operation);
    await ctx.authz.ensure('read', found, operation);
    return found;
  }

  /** The background job: builds the package, keeps it, and moves the request to "package ready". */
  async build(services: Services, em: EntityManager, packageId: string): Promise<void> {
    // Claimed once, under a token: queued, or left half-built by a process that has stopped (its
    // lease ran out, or it was this instance's previous process). Only the token holder finishes it.
    const token = randomUUID();
    const claimed = await em.getConnection().execute(
      `update export_package set status = 'BUILDING', started_at = now(), heartbeat_at = now(), builder = ?,
              build_token = ?, bytes_done = 0, error = null
        where id = ? and (status = 'QUEUED' or (status = 'BUILDING' and (heartbeat_at < now() - make_interval(secs => ?)
              or (builder = ? and started_at < ?))))`,
      [this.builder, token, packageId, LEASE_SECONDS, this.builder, PROCESS_STARTED],
      'run',
    );
    if ((claimed as { affectedRows?: number }).affectedRows !== 1) return;
    const beat = (bytes?: number) =>
      em
        .getConnection()
        .execute(
          `update export_package set heartbeat_at = now()${bytes === undefined ? '' : ', bytes_done = ?'} where id = ? and build_token = ?`,
          bytes === undefined ? [packageId, token] : [bytes, packageId, token],
        )
        .catch((e: Error) => console.error(`export package ${packageId}: progress not saved:`, e.message));
    const heartbeat = setInterval(() => void beat(), HEARTBEAT_MS);
    const pkg = await em.findOneOrFail(ExportPackage, { id: packageId }, { populate: ['disclosure', 'requestedBy'] });
    const actor = { id: pkg.requestedBy.id, username: pkg.requestedBy.username, clientAddress: null };
    const work = path.join(this.config.dataDir, 'exports-work', `${pkg.id}-${randomUUID().slice(0, 8)}`);
    await fsp.mkdir(work, { recursive: true });
    try {
      const date = new Date();
      const entries = await this.entries(em, pkg.disclosure, work, date);
      pkg.bytesTotal = entries.reduce((n, e) => n + e.payload.size, 0);
      pkg.fileCount = entries.length;
      await em.flush();
      const tags = await this.tagFiles(em, pkg.disclosure, entries, date);
      let done = 0;
      let lastWrite = Date.now();
      const progress = (bytes: number) => {
        done += bytes;
        if (Date.now() - lastWrite < PROGRESS_MS) return;
        lastWrite = Date.now();
        void beat(done);
      };
      const zipPath = path.join(work, pkg.fileName);
      // The zip's own SHA-256 on a second worker thread while the first checks the payload.
      let size = 0;
      const zipTap = sha256Tap(this.zipPool, { onChunk: (n) => (size += n) });
      const file = fs.createWriteStream(zipPath, { flags: 'wx' });
      const written = pipeline(zipTap.transform, file);
      // Settled whatever happens (a failed zip destroys the tap), so a write error is never unhandled.
      written.catch(() => undefined);
      await writeBagZip(
        {
          root: pkg.disclosure.number,
          payload: entries.map((e) => e.payload),
          info: this.bagInfo(pkg, date),
          tags,
          date,
          onProgress: progress,
          verifyPool: this.verifyPool,
        },
        zipTap.transform,
      );
      await written;
      const sha256 = await zipTap.digest();
      // Synced, linked under its hash, read-only; an identical package already kept stays as it is.
      await this.store.place(zipPath, sha256);
      const oxum = `${pkg.bytesTotal}.${entries.length}`;
      await em.transactional(async (tem) => {
        // Still ours (no other instance took it over), and the request still waits for this package.
        const [mine] = await tem.execute<{ id: string }[]>(
          `select id from export_package where id = ? and build_token = ? and status = 'BUILDING' for update`,
          [pkg.id, token],
        );
        if (!mine) throw new Error('another build took this package over');
        const approved = await tem.execute<{ id: string }[]>(
          `select id from disclosure where id = ? and status = 'APPROVED' for update`,
          [pkg.disclosure.id],
        );
        if (!approved.length) throw new Error('the request is no longer waiting for a package');
        const p = await tem.findOneOrFail(ExportPackage, { id: pkg.id });
        Object.assign(p, {
          status: PackageStatus.READY,
          contents: entries.map((e) => ({
            recordId: e.item.record.id,
            path: `data/${e.payload.name}`,
            size: e.payload.size,
            sha256: e.payload.sha256,
            sm3: e.payload.sm3,
            watermarked: e.watermarked,
            redacted: e.redacted,
            generated: e.generated,
          })),
          sha256,
          size,
          payloadOxum: oxum,
          bytesDone: pkg.bytesTotal,
          finishedAt: new Date(),
        });
        const d = await tem.findOneOrFail(Disclosure, { id: pkg.disclosure.id });
        d.status = DisclosureStatus.PACKAGE_READY;
        d.updatedAt = new Date();
        await tem.flush();
        await this.audit.append(tem, actor, {
          action: 'package.ready',
          subjectType: 'Disclosure',
          subjectId: d.id,
          details: {
            packageId: p.id,
            sha256,
            size,
            payloadOxum: oxum,
            recordIds: entries.map((e) => e.item.record.id),
            files: entries.map((e) => ({
              recordId: e.item.record.id,
              name: e.payload.name,
              sha256: e.payload.sha256,
              watermarked: e.watermarked,
              redacted: e.redacted,
            })),
          },
        });
      });
      // Files handed on are re-checked soon after (Art. 21; the fixity cycle's event trigger).
      const fileIds = entries
        .filter((e) => !e.watermarked)
        .map((e) => (e.redacted ? e.item.redacted?.file.id : e.data.fileId))
        .filter((id): id is string => !!id);
      if (fileIds.length) await services.jobs.checkFiles(fileIds, `export ${pkg.disclosure.number}`).catch(() => null);
    } catch (error) {
      await failBuild(em, services, {
        error,
        what: 'package',
        table: 'export_package',
        id: pkg.id,
        token,
        maxLength: 1000,
        actor,
        audit: (message) => ({
          action: 'package.failed',
          subjectType: 'Disclosure',
          subjectId: pkg.disclosure.id,
          outcome: AuditOutcome.FAILED,
          details: { packageId: pkg.id, error: message.slice(0, 500) },
        }),
      });
    } finally {
      clearInterval(heartbeat);
      await fsp.rm(work, { recursive: true, force: true });
    }
  }

  /** The payload: each included record's stored file, its redacted copy, or a watermarked copy. */
  private async entries(em: EntityManager, disclosure: Disclosure, work: string, date: Date): Promise<Entry[]> {
    const items = await em.find(
      DisclosureItem,
      { disclosure, decision: { $in: [ItemDecision.INCLUDE, ItemDecision.INCLUDE_REDACTED] } },
      { orderBy: { seq: 'asc' }, populate: ['record', 'record.case', 'redacted', 'redacted.file'] },
    );
    const party = disclosure.type === DisclosureType.PARTY_COPY;
    const marks = party
      ? [
          `复制件 · 申请人 ${disclosure.applicantName ?? ''}`,
          `申请编号 ${disclosure.number} · ${local(date).slice(0, 10)}`,
        ]
      : [];
    const entries: Entry[] = [];
    const names = new Set<string>();
    const approval = disclosure.approval
      ? await em.findOneOrFail(ApprovalRequest, { id: disclosure.approval.id })
      : null;
    for (const [i, item] of items.entries()) {
      const current = item.record;
      // Nothing the chain did not clear, judged by the record as it is now (a stricter class wins).
      if (party && current.confidentiality === Confidentiality.STATE_SECRET)
        throw new Error(`${current.title}: a state secret is never given to a party`);
      if (current.secretRank > (approval?.maxSecretRank ?? 0))
        throw new Error(`${current.title}: its secrecy level is above what the approval cleared`);
      // Exactly the version that was approved, even if the record was corrected since.
      const record: ApprovedRecord =
        item.recordVersion && item.recordVersion !== current.version
          ? await em.findOneOrFail(
              RecordVersion,
              { record: current, version: item.recordVersion },
              { populate: ['body'] },
            )
          : current;
      const redacted = item.decision === ItemDecision.INCLUDE_REDACTED;
      const file = redacted
        ? item.redacted!.file
        : record.fileId
          ? await em.findOneOrFail(StoredFile, { id: record.fileId })
          : null;
      const title = party ? maskPersonalInText(record.title) : record.title;
      const seq = String(i + 1).padStart(3, '0');
      const extension = file?.extension ?? 'txt';
      let name = `${seq} ${safeName(title)}${redacted ? '（删节本）' : ''}.${extension}`;
      while (names.has(name)) name = `${seq}-${names.size} ${safeName(title)}.${extension}`;
      names.add(name);
      const officer = record.officer ? ((await em.findOne(User, { id: record.officer.id }))?.displayName ?? '') : '';
      const base = { item, data: record, redacted, officer, title, watermarked: false, generated: false };
      if (!file) {
        // A text record entered without a file: its registered text is given as a UTF-8 text file.
        const out = path.join(work, `${i + 1}.txt`);
        await em.populate(record, ['body']);
        const text = recordText(record, title, party);
        const digests = await writeHashed(out, async (w) => void w.end(Buffer.from(text, 'utf8')));
        entries.push({ ...base, generated: true, payload: { name, open: fromFile(out), ...digests } });
        continue;
      }
      if (!redacted && (current.disposedAt || file.disposedAt))
        throw new Error(
          `${name}: the file was destroyed at the end of its retention period (disposal list executed); it can no longer be given`,
        );
      const stored = {
        name,
        open: fromStore(this.store, file.sha256),
        size: file.size,
        sha256: file.sha256,
        sm3: file.sm3,
      };
      if (party && canWatermark(file.mediaType)) {
        // Read once: the bytes are checked against the stored hash, and the copy is made from those same bytes.
        const original = await buffer(await this.store.read(file.sha256));
        const actual = createHash('sha256').update(original).digest('hex');
        if (actual !== file.sha256) throw new PayloadMismatchError(stored, actual);
        const out = path.join(work, `${i + 1}.${file.extension}`);
        const digests = await writeHashed(out, (w) => watermarkFile(original, file.mediaType, marks, w));
        entries.push({ ...base, watermarked: true, payload: { name, open: fromFile(out), ...digests } });
      } else entries.push({ ...base, payload: stored });
    }
    return entries;
  }

  private bagInfo(pkg: ExportPackage, date: Date): [string, string][] {
    const d = pkg.disclosure;
    const description =
      d.type === DisclosureType.EXTERNAL
        ? `调取材料：${d.bodyName ?? ''}（${d.letterNumber ?? ''}），${d.concerning ?? ''}`
        : `当事人复制材料：申请人 ${d.applicantName ?? ''}`;
    return [
      ['Source-Organization', this.config.organisationName],
      ['External-Identifier', d.number],
      ['External-Description', description],
      ['Bagging-Date', local(date).slice(0, 10)],
      ['Bag-Count', '1 of 1'],
      ['Internal-Sender-Identifier', pkg.id],
      ['Bag-Software-Agent', 'Enforcement Records (行政执法全过程记录管理系统)'],
    ];
  }

  /** catalogue.csv, catalogue.pdf and one chain-of-custody report per file. */
  private async tagFiles(em: EntityManager, d: Disclosure, entries: Entry[], date: Date): Promise<TagFile[]> {
    await this.audit.settle(em); // the custody reports name sealed events, up to now
    const header = [
      '序号',
      '题名',
      '类别',
      '采集时间',
      '执法人员',
      '设备',
      '文件名',
      '字节数',
      'SHA-256',
      'SM3',
      '水印',
      '删节',
    ];
    const rows = entries.map((e, i) => {
      const r = e.data;
      return [
        String(i + 1),
        e.title,
        KIND_ZH[r.kind] ?? r.kind,
        local(r.capturedFrom),
        e.officer,
        r.deviceNumber ?? '',
        `data/${e.payload.name}`,
        String(e.payload.size),
        e.payload.sha256,
        e.payload.sm3,
        e.watermarked ? '是' : '否',
        e.redacted ? '是' : '否',
      ];
    });
    const csv = Buffer.from(
      `\ufeff${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`,
      'utf8',
    );
    const pdf = await this.bufferOf((out) =>
      writeTablePdf(out, {
        title: d.type === DisclosureType.EXTERNAL ? '调取材料目录' : '当事人复制材料目录',
        subtitle: this.config.organisationName,
        meta: [
          ['编号', d.number],
          [
            d.type === DisclosureType.EXTERNAL ? '调取单位' : '申请人',
            (d.type === DisclosureType.EXTERNAL ? d.bodyName : d.applicantName) ?? '',
          ],
          ...(d.type === DisclosureType.EXTERNAL
            ? ([
                ['函号', d.letterNumber ?? ''],
                ['涉及案件', d.concerning ?? ''],
              ] as [string, string][])
            : []),
          ['生成日期', local(date)],
          ['文件数', String(entries.length)],
          ['水印', entries.some((e) => e.watermarked) ? '标注“是”的文件为加盖水印的复制件' : '无'],
        ],
        columns: [
          { header: '序号', width: 4 },
          { header: '题名', width: 18 },
          { header: '类别', width: 8 },
          { header: '采集时间', width: 10 },
          { header: '执法人员', width: 7 },
          { header: '设备', width: 8 },
          { header: 'SHA-256', width: 22 },
          { header: '水印', width: 4 },
        ],
        rows: rows.map((r) => [r[0]!, r[1]!, r[2]!, r[3]!, r[4]!, r[5]!, r[8]!, r[10]!]),
        footer: '本目录与 manifest-sha256.txt 所列哈希值一致；核验方法见 bagit.txt（BagIt 1.0, RFC 8493）。',
        date,
      }),
    );
    const tags: TagFile[] = [
      { name: 'catalogue.csv', data: csv },
      { name: 'catalogue.pdf', data: pdf },
    ];
    for (const [i, e] of entries.entries())
      tags.push({
        name: `custody/${String(i + 1).padStart(3, '0')}.txt`,
        data: Buffer.from(await this.custody(em, e, d), 'utf8'),
      });
    return tags;
  }

  /** A file's chain of custody: its capture, upload, versions, accesses, transfers and exports, from the audit trail. */
  private async custody(em: EntityManager, e: Entry, d: Disclosure): Promise<string> {
    const r = e.data;
    const c = e.item.record.case;
    const party = d.type === DisclosureType.PARTY_COPY;
    // A party is not told who else applied for the same record: other applications and their
    // packages stay out of its copy's report (a court's package keeps the whole chain).
    const ownApplicationOnly: FilterQuery<AuditEvent>[] = party
      ? [{ $or: [{ subjectType: null }, { subjectType: { $ne: 'Disclosure' } }, { subjectId: d.id }] }]
      : [];
    const events = await em.find(
      AuditEvent,
      { $and: [...auditWhere({ recordId: e.item.record.id }), { seq: { $ne: null } }, ...ownApplicationOnly] },
      { orderBy: { seq: 'desc' }, limit: CUSTODY_EVENTS },
    );
    events.reverse();
    const lines = [
      `保管链记录 / Chain of custody`,
      `材料包: ${d.number}`,
      `文件: data/${e.payload.name}`,
      `题名: ${e.title}`,
      `案件: ${c.number}`,
      `类别: ${KIND_ZH[r.kind] ?? r.kind}`,
      `采集时间: ${local(r.capturedFrom)}${r.capturedTo ? ` 至 ${local(r.capturedTo)}` : ''}`,
      `执法人员: ${e.officer}`,
      `设备: ${r.deviceNumber ?? ''}`,
      `记录版本: ${r.version}`,
      `SHA-256: ${e.payload.sha256}`,
      `SM3: ${e.payload.sm3}`,
      ...(e.watermarked ? ['说明: 本文件为加盖水印的复制件，哈希值为复制件的哈希值。'] : []),
      ...(e.redacted ? ['说明: 本文件为法制机构制作的删节本。'] : []),
      ...(e.generated ? ['说明: 本记录未附文件，本文件由系统据其登记正文生成。'] : []),
      '',
      `审计记录（${events.length} 条，按序号；每条的哈希值可在本局审计链中核验）:`,
      '序号\t时间 (UTC)\t操作\t结果\t操作人\t哈希',
      ...events.map((ev) =>
        [ev.seq, iso(ev.at), ev.action, ev.outcome, party ? '' : (ev.actorName ?? ''), ev.hash].join('\t'),
      ),
      '',
    ];
    return lines.join('\n');
  }

  private async bufferOf(write: (out: Writable) => Promise<void>): Promise<Buffer> {
    const chunks: Buffer[] = [];
    const out = new PassThrough();
    out.on('data', (c: Buffer) => chunks.push(c));
    const ended = new Promise<void>((resolve, reject) => {
      out.on('end', resolve);
      out.on('error', reject);
    });
    await write(out);
    await ended;
    return Buffer.concat(chunks);
  }

  /** GET `/packages/:id`: the kept zip, byte for byte, for those who may take it; every fetch audited. */
  async serve(ctx: Context, req: Request, res: Response): Promise<void> {
    const id = String(req.params.packageId ?? '');
    try {
      await ctx.authz.requirePrincipal('package.download');
      const pkg = isUuid(id) ? await ctx.em.findOne(ExportPackage, { id }, { populate: ['disclosure'] }) : null;
      if (!pkg) throw await ctx.authz.missing('ExportPackage', id, 'package.download');
      await ctx.authz.ensure('download', pkg, 'package.download');
      if (pkg.status !== PackageStatus.READY || !pkg.sha256) throw invalidState('The package is not ready');
      const stat = await this.store.stat(pkg.sha256);
      // A kept copy the fixity cycle found changed or gone is not handed out again.
      const kept = await ctx.em.findOne(
        StoredFile,
        { sha256: pkg.sha256, disposedAt: null },
        { fields: ['fixityStatus'] },
      );
      const damaged = kept?.fixityStatus === FixityStatus.MISMATCH || kept?.fixityStatus === FixityStatus.MISSING;
      if (!stat || stat.size !== pkg.size || damaged)
        throw new AppError(ErrorCode.INVALID_STATE, 'The kept package is missing or damaged; tell the archive');
      await this.audit.appendDetached(ctx.em, ctx.actor, {
        action: 'package.download',
        subjectType: 'Disclosure',
        subjectId: pkg.disclosure.id,
        details: { packageId: pkg.id, sha256: pkg.sha256, range: String(req.headers.range ?? '').slice(0, 100) },
      });
      const failed = await sendKeptFile(
        req,
        res,
        this.store,
        { sha256: pkg.sha256, size: pkg.size },
        {
          mediaType: 'application/zip',
          fileName: pkg.fileName,
          disposition: 'attachment',
        },
      );
      if (failed && !res.headersSent)
        sendError(res, new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'The package could not be sent'), 500);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      sendError(res, error);
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.verifyPool.close(), this.zipPool.close()]);
  }

  /** Opens the kept zip for reading (tests, verification); kept packages live in the content store beside the files. */
  openPackage(pkg: ExportPackage): Promise<Readable> {
    if (!pkg.sha256) throw new Error('package not ready');
    return this.store.read(pkg.sha256);
  }

  /** Re-hashes a kept package and fills in its SM3 (run after it is ready, off the build's path). */
  async completeDigests(em: EntityManager, packageId: string): Promise<void> {
    const pkg = await em.findOne(ExportPackage, { id: packageId });
    if (!pkg?.sha256 || pkg.sm3) return;
    const sha256 = createHash('sha256');
    const sm3 = createHash('sm3');
    for await (const chunk of (await this.openPackage(pkg)) as AsyncIterable<Buffer>) {
      sha256.update(chunk);
      sm3.update(chunk);
    }
    if (sha256.digest('hex') !== pkg.sha256) {
      await this.audit.appendDetached(
        em,
        { id: null, username: null, clientAddress: null },
        {
          action: 'package.mismatch',
          subjectType: 'Disclosure',
          subjectId: pkg.disclosure.id,
          outcome: AuditOutcome.FAILED,
          details: { packageId: pkg.id, sha256: pkg.sha256 },
        },
      );
      return;
    }
    const digests = { sha256: pkg.sha256, sm3: sm3.digest('hex') };
    // The kept copy joins the store's fixity cycle as a stored file of its own (Art. 17, 21): from
    // now on it is re-hashed with the evidence, counted on the dashboard and named by `npm run fixity`.
    await em.transactional(async (tem) => {
      await tem.execute('update export_package set sm3 = ? where id = ? and sm3 is null', [digests.sm3, pkg.id]);
      const file = await registerStoredFile(tem, digests, pkg.size!, 'application/zip', pkg.fileName, NO_MEDIA_FACTS);
      if (file.fixityStatus === FixityStatus.UNCHECKED) {
        tem.create(FixityCheck, {
          file: file.id,
          status: FixityStatus.OK,
          trigger: FixityTrigger.EVENT,
          detail: `kept package ${pkg.id} hashed in full when it was made`,
        });
        await tem.execute(`update stored_file set fixity_status = 'OK', fixity_checked_at = now() where id = ?`, [
          file.id,
        ]);
        await tem.flush();
      }
    });
  }
}
