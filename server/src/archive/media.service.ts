import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { auditWhere } from '../audit/audit-filter.js';
import { AuditEvent, AuditOutcome } from '../audit/audit-event.entity.js';
import { type AuditActor, type AuditService, SYSTEM_ACTOR } from '../audit/audit.service.js';
import { defineAbilityFor } from '../authz/ability.js';
import { NO_ROWS } from '../authz/guard.js';
import { Case } from '../cases/case.entity.js';
import { addDays, today } from '../common/dates.js';
import { AppError, badInput, ErrorCode, forbidden, invalidState } from '../common/errors.js';
import { isUuid } from '../common/identifiers.js';
import type { PageArgs } from '../common/pagination.js';
import type { Config } from '../config.js';
import { activeGrants, type Context, principalOf, type Services } from '../context.js';
import {
  type BagSpec,
  type PayloadFile,
  fromFile,
  fromStore,
  sha256Tap,
  type TagFile,
  tagFilesOf,
  writeBagZip,
} from '../exports/bag.js';
import { csvCell, KIND_ZH, local, recordText, safeName, writeHashed } from '../exports/export.service.js';
import { writeTablePdf } from '../exports/pdf.js';
import { HashPool } from '../files/hasher.js';
import { registerStoredFile } from '../files/intake.service.js';
import type { ContentStore } from '../files/store.js';
import { FixityStatus, StoredFile } from '../files/stored-file.entity.js';
import type { NotificationService } from '../notifications/notification.service.js';
import { EnforcementRecord } from '../records/record.entity.js';
import { User } from '../users/user.entity.js';
import { MEDIUM_CAPACITY, MediaSetStatus, MediumType, VerificationKind } from './archive.enums.js';
import {
  mediumFor,
  packFirstFitDecreasing,
  type PackItem,
  TooLargeForMediumError,
  usableBytes,
  zipEntryOverhead,
  zipSizeBound,
} from './media-split.js';
import { MediaSet, MediaVerification, MediaVolume } from './media.entity.js';
import { failBuild } from '../exports/failure.js';
import { listReadable } from '../common/list.js';
import { NO_MEDIA_FACTS } from '../files/media.js';
import { nextPaperNumber } from './numbering.js';

const MEDIA_SET_SORTABLE = ['createdAt', 'number', 'status', 'mediumType', 'finishedAt'] as const;

/** Builds this instance started before this moment were left by an earlier process of it. */
const PROCESS_STARTED = new Date();
const LEASE_SECONDS = 120;
const HEARTBEAT_MS = 20_000;
/** Room kept on every volume for what does not grow with its files (bagit.txt, bag-info, the catalogue PDF's frame). */
export const VOLUME_RESERVE = 64 * 1024;
/** What a file brings along on its volume besides its bytes and zip entry, before it is measured (custody, catalogue, manifests). */
const FILE_TAG_ALLOWANCE = 8 * 1024;
/** A catalogue PDF row, at most (a wrapped title and two hashes). */
const PDF_ROW_ALLOWANCE = 1024;
/** The smallest USB capacity accepted (tests use a few; real sticks hold gigabytes). */
export const MIN_USB_CAPACITY = 1024 * 1024;
const MAX_CAPACITY = 64 * 1024 ** 4;
/** Audit events listed in a file's custody report on a medium (the newest are kept when there are more). */
const CUSTODY_EVENTS = 2000;

const MEDIUM_ZH: Record<MediumType, string> = {
  CD: '光盘（CD）',
  DVD: '光盘（DVD）',
  BD: '蓝光光盘（BD-R）',
  USB: 'U盘',
};

const sizeText = (bytes: number) =>
  bytes >= 1e9 ? `${(bytes / 1e9).toFixed(2)} GB` : `${(bytes / 1e6).toFixed(bytes >= 1e7 ? 0 : 1)} MB`;

/** One record's file as it goes onto a medium. */
interface Entry {
  index: number;
  record: EnforcementRecord;
  payload: PayloadFile;
  generated: boolean;
  title: string;
  officer: string;
  custody: TagFile;
  csvRow: string;
}

/** A volume as planned: its bag and the bound of its zip's size. */
interface PlannedVolume {
  seq: number;
  entries: Entry[];
  spec: BagSpec;
  bound: number;
}

/** The answer to a read-back or re-check: whether the bytes read from the medium are the volume's. */
export interface VerificationOutcome {
  verification: MediaVerification;
  volume: MediaVolume;
  expectedSha256: string;
  expectedSize: number;
  message: string;
}

/**
 * Long-term media (Art. 15): the archive chooses records (or whole archived cases) and a medium;
 * a background job builds the BagIt package split into volumes that each fit one medium and each
 * validate alone; the archive registers each written medium, reads it back, and re-checks it yearly.
 */
export class MediaService {
  private pools: { verify: HashPool; zip: HashPool; read: HashPool } | null = null;
  private readonly builder: string;

  constructor(
    private readonly config: Config,
    private readonly audit: AuditService,
    private readonly store: ContentStore,
    private readonly notifications: NotificationService,
  ) {
    this.builder = `${os.hostname()}:${config.dataDir}`.slice(0, 300);
  }

  /** Hash worker threads, started on first use: the payload check, the volume zip (SHA-256 and SM3), read-backs. */
  private get hashPools() {
    return (this.pools ??= {
      verify: new HashPool(['sha256']),
      zip: new HashPool(['sha256', 'sm3']),
      read: new HashPool(['sha256']),
    });
  }

  /** The pool read-backs hash on (media.http.ts). */
  get readPool(): HashPool {
    return this.hashPools.read;
  }

  /** Bytes one medium holds: the standard size of a disc, or the stick's capacity as given. */
  capacityOf(type: MediumType, given?: number | null): number {
    if (type === MediumType.USB) {
      if (!given || !Number.isInteger(given) || given < MIN_USB_CAPACITY || given > MAX_CAPACITY)
        throw badInput(`Give the USB drive's capacity in bytes (at least ${MIN_USB_CAPACITY})`, {
          field: 'capacity',
          reason: 'CAPACITY',
        });
      return given;
    }
    const standard = MEDIUM_CAPACITY[type];
    if (given && given !== standard)
      throw badInput(`A ${type} holds ${standard} bytes; a capacity is given only for a USB drive`, {
        field: 'capacity',
        reason: 'CAPACITY',
      });
    return standard;
  }

  /**
   * Starts a media set (生成长期保存介质): the records chosen, and the records of the cases chosen
   * that the caller may export. Each file must fit on one medium; the build runs in the background.
   */
  async create(
    ctx: Context,
    input: { recordIds?: string[] | null; caseIds?: string[] | null; mediumType: MediumType; capacity?: number | null },
  ): Promise<MediaSet> {
    const op = 'media.create';
    await ctx.authz.ensureType('create', 'MediaSet', op);
    const capacity = this.capacityOf(input.mediumType, input.capacity);
    const records = await this.chosenRecords(
      ctx,
      [...new Set(input.recordIds ?? [])],
      [...new Set(input.caseIds ?? [])],
      op,
    );
    if (!records.length) throw badInput('Choose at least one record or case', { field: 'recordIds', reason: 'EMPTY' });
    const files = new Map(
      (
        await ctx.em.find(StoredFile, {
          id: { $in: records.map((r) => r.fileId).filter((id): id is string => !!id) },
        })
      ).map((f) => [f.id, f]),
    );
    const budget = usableBytes(capacity) - VOLUME_RESERVE;
    for (const r of records) {
      const file = r.fileId ? files.get(r.fileId) : null;
      if (
        file &&
        (file.disposedAt || file.fixityStatus === FixityStatus.MISSING || file.fixityStatus === FixityStatus.MISMATCH)
      )
        throw invalidState(
          `"${r.title}": its file failed its fixity check or is destroyed; it cannot go onto a medium`,
        );
      const cost =
        (file?.size ?? 0) + zipEntryOverhead(`${'x'.repeat(40)}/data/${safeName(r.title)}.xxxx`) + FILE_TAG_ALLOWANCE;
      if (cost > budget) throw tooLarge(r.title, file?.size ?? 0, input.mediumType, budget);
    }
    const set = await ctx.em.transactional(async (em) => {
      // Numbered in the same transaction: a set that fails to be written leaves no gap in the CC numbers.
      const made = em.create(MediaSet, {
        number: await nextPaperNumber(em, 'CC'),
        mediumType: input.mediumType,
        capacity,
        recordIds: records.map((r) => r.id),
        createdBy: ctx.user!,
      });
      await em.flush();
      await this.audit.append(em, ctx.actor, {
        action: op,
        subjectType: 'MediaSet',
        subjectId: made.id,
        details: {
          number: made.number,
          mediumType: made.mediumType,
          capacity,
          recordIds: made.recordIds,
          caseIds: input.caseIds ?? [],
        },
      });
      return made;
    });
    await ctx.services.jobs
      .buildMediaSet(set.id)
      .catch((e: Error) => console.warn(`media set ${set.id}: ${e.message}`));
    return set;
  }

  /** The records chosen directly (each one the caller may export) and those of the chosen cases it may export. */
  private async chosenRecords(ctx: Context, recordIds: string[], caseIds: string[], op: string) {
    const out: EnforcementRecord[] = [];
    for (const id of recordIds) {
      const r = isUuid(id) ? await ctx.em.findOne(EnforcementRecord, { id }, { populate: ['case'] }) : null;
      if (!r || !ctx.authz.ability.can('read', r as never)) throw await ctx.authz.missing('Record', id, op);
      await ctx.authz.ensure('export', r, op);
      if (r.disposedAt) throw invalidState(`"${r.title}" was destroyed at the end of its retention`);
      out.push(r);
    }
    const exportable = ctx.authz.filter<EnforcementRecord>('export', 'Record', EnforcementRecord);
    for (const id of caseIds) {
      const c = isUuid(id) ? await ctx.em.findOne(Case, { id }) : null;
      if (!c || !ctx.authz.ability.can('read', c as never)) throw await ctx.authz.missing('Case', id, op);
      const rows = await ctx.em.find(
        EnforcementRecord,
        { $and: [exportable ?? NO_ROWS, { case: c.id, disposedAt: null }] } as FilterQuery<EnforcementRecord>,
        { populate: ['case'], orderBy: { createdAt: 'asc', id: 'asc' } },
      );
      if (!rows.length)
        throw badInput(
          `Case ${c.number} has no record the archive may write to a medium (not archived, nor marked long-term)`,
          {
            field: 'caseIds',
            reason: 'NOTHING_TO_WRITE',
          },
        );
      out.push(...rows);
    }
    const seen = new Set<string>();
    return out.filter((r) => !seen.has(r.id) && seen.add(r.id));
  }

  /** Media sets the caller may read, newest first. */
  /** The sets the caller may read, newest first unless sorted by one of MEDIA_SET_SORTABLE. */
  list(ctx: Context, page: PageArgs) {
    return listReadable(ctx.em, ctx.authz, MediaSet, 'MediaSet', [], page, MEDIA_SET_SORTABLE, [
      { createdAt: 'desc' },
      { id: 'asc' },
    ]);
  }

  async get(ctx: Context, id: string, op = 'media.read'): Promise<MediaSet> {
    const found = isUuid(id) ? await ctx.em.findOne(MediaSet, { id }) : null;
    if (!found) throw await ctx.authz.missing('MediaSet', id, op);
    await ctx.authz.ensure('read', found, op);
    return found;
  }

  async volumes(ctx: Context, set: MediaSet): Promise<MediaVolume[]> {
    const readable = ctx.authz.filter<MediaVolume>('read', 'MediaVolume', MediaVolume) ?? NO_ROWS;
    return ctx.em.find(MediaVolume, { $and: [readable, { set: set.id }] } as FilterQuery<MediaVolume>, {
      orderBy: { seq: 'asc' },
    });
  }

  async volume(ctx: Context, id: string, action: 'read' | 'update' | 'verify' | 'download', op: string) {
    const found = isUuid(id) ? await ctx.em.findOne(MediaVolume, { id }, { populate: ['set'] }) : null;
    if (!found) throw await ctx.authz.missing('MediaVolume', id, op);
    await ctx.authz.ensure(action, found, op);
    return found;
  }

  async verifications(ctx: Context, volume: MediaVolume): Promise<MediaVerification[]> {
    if (!ctx.authz.ability.can('read', volume as never)) return [];
    return ctx.em.find(MediaVerification, { volume: volume.id }, { orderBy: { verifiedAt: 'desc', id: 'asc' } });
  }

  /** Registers a written medium: the label on it and where it is kept (again, when it moves). */
  async register(ctx: Context, volumeId: string, label: string, location: string): Promise<MediaVolume> {
    const op = 'media.register';
    const volume = await this.volume(ctx, volumeId, 'update', op);
    if (!volume.sha256) throw invalidState('The volume is not built yet');
    const before = { label: volume.label ?? null, location: volume.location ?? null };
    Object.assign(volume, { label, location, registeredBy: ctx.user!, registeredAt: new Date() });
    await ctx.em.transactional(async (em) => {
      await em.flush();
      await this.audit.append(em, ctx.actor, {
        action: op,
        subjectType: 'MediaSet',
        subjectId: volume.set.id,
        details: { volumeId: volume.id, seq: volume.seq, label, location, before, sha256: volume.sha256 },
      });
    });
    return volume;
  }

  /**
   * Records what was read back from a medium: SHA-256 and size compared with the volume's, the
   * result kept (ok or not), and the next re-check set a year on. A mismatch is a result, not an error.
   */
  async recordVerification(
    ctx: Context,
    volumeId: string,
    kind: VerificationKind,
    read: { sha256: string; size: number },
    note?: string | null,
  ): Promise<VerificationOutcome> {
    return ctx.em.transactional(async (em) => {
      await em.execute('select id from media_volume where id = ? for update', [volumeId]);
      const volume = await em.findOneOrFail(MediaVolume, { id: volumeId }, { populate: ['set'], refresh: true });
      if (!volume.sha256 || volume.size == null) throw invalidState('The volume is not built yet');
      const ok = read.sha256 === volume.sha256 && read.size === volume.size;
      const now = new Date();
      const verification = em.create(MediaVerification, {
        volume,
        kind,
        sha256: read.sha256,
        size: read.size,
        ok,
        verifiedBy: ctx.user!,
        verifiedAt: now,
        note: note?.slice(0, 500) ?? null,
      });
      // Intact: next re-check a year on. Not intact: the volume stays (or falls) due now, in the
      // re-check list and the morning's bell, until a medium carrying it reads back intact.
      const due = volume.recheckDue && volume.recheckDue < today(now) ? volume.recheckDue : today(now);
      Object.assign(volume, {
        lastVerifiedAt: now,
        lastVerificationOk: ok,
        recheckDue: ok ? addYear(today(now)) : due,
      });
      await em.flush();
      await this.audit.append(em, ctx.actor, {
        action: 'media.verify',
        subjectType: 'MediaSet',
        subjectId: volume.set.id,
        outcome: ok ? AuditOutcome.ALLOWED : AuditOutcome.FAILED,
        details: {
          volumeId: volume.id,
          seq: volume.seq,
          kind,
          ok,
          read,
          expected: { sha256: volume.sha256, size: volume.size },
          recheckDue: volume.recheckDue,
        },
      });
      const message = ok
        ? `Volume ${volume.set.number}-${volume.seq} read back intact; next re-check by ${volume.recheckDue}`
        : `Volume ${volume.set.number}-${volume.seq} did NOT match: read ${read.size} bytes hashing to ${read.sha256}, expected ${volume.size} bytes hashing to ${volume.sha256}. Write the volume to a new medium; it stays due for re-check until one reads back intact.`;
      return { verification, volume, expectedSha256: volume.sha256, expectedSize: volume.size, message };
    });
  }

  /** Volumes the caller may read whose yearly re-check is due by `on` (today in the bureau's time). */
  async dueForRecheck(ctx: Context, on = today()): Promise<MediaVolume[]> {
    const readable = ctx.authz.filter<MediaVolume>('read', 'MediaVolume', MediaVolume) ?? NO_ROWS;
    return ctx.em.find(MediaVolume, { $and: [readable, { recheckDue: { $lte: on } }] } as FilterQuery<MediaVolume>, {
      populate: ['set'],
      orderBy: { recheckDue: 'asc', id: 'asc' },
    });
  }

  /**
   * The yearly re-check scan: tells the archivists (those who may verify it) of each volume whose
   * re-check has come due, once per due date. Returns the volumes announced.
   */
  async notifyDue(em: EntityManager, on = today()): Promise<string[]> {
    return em.transactional(async (tem) => {
      const rows = await tem.execute<{ id: string }[]>(
        `select id from media_volume
          where recheck_due <= ? and recheck_notified_for is distinct from recheck_due
          order by recheck_due, id for update skip locked`,
        [on],
      );
      if (!rows.length) return [];
      const volumes = await tem.find(
        MediaVolume,
        { id: { $in: rows.map((r) => r.id) } },
        { populate: ['set'], orderBy: { recheckDue: 'asc', id: 'asc' } },
      );
      for (const v of volumes) {
        const where = [v.label ? `标签 ${v.label}` : '未登记标签', v.location ? `存放于 ${v.location}` : ''].filter(
          Boolean,
        );
        await this.notifications.mediaRecheckDue(
          tem,
          v,
          `长期保存介质 ${v.set.number} 第 ${v.seq} 卷（${where.join('，')}）应于 ${v.recheckDue} 前复检`,
        );
        v.recheckNotifiedFor = v.recheckDue;
      }
      await tem.flush();
      await this.audit.append(tem, SYSTEM_ACTOR, {
        action: 'media.recheckDue',
        subjectType: 'MediaVolume',
        subjectId: null,
        details: {
          volumes: volumes.map((v) => ({ volumeId: v.id, set: v.set.number, seq: v.seq, due: v.recheckDue })),
        },
      });
      return volumes.map((v) => v.id);
    });
  }

  /** Sets left building by a process that stopped, or queued where no jobs ran (older than `queuedFor` seconds). */
  async unfinished(em: EntityManager, queuedFor = 0): Promise<string[]> {
    const rows = await em.getConnection().execute<{ id: string }[]>(
      `select id from media_set where status = 'BUILDING'
          and ((build_token is null and created_at < now() - make_interval(secs => ?))
            or heartbeat_at < now() - make_interval(secs => ?) or (builder = ? and started_at < ?))`,
      [queuedFor, LEASE_SECONDS, this.builder, PROCESS_STARTED],
    );
    return rows.map((r) => r.id);
  }

  /** The background job: builds every volume of the set, keeps each zip, and makes the set READY. */
  async build(services: Services, em: EntityManager, setId: string): Promise<void> {
    const token = randomUUID();
    const claimed = await em.getConnection().execute(
      `update media_set set started_at = now(), heartbeat_at = now(), builder = ?, build_token = ?, error = null
        where id = ? and status = 'BUILDING' and (build_token is null or heartbeat_at < now() - make_interval(secs => ?)
              or (builder = ? and started_at < ?))`,
      [this.builder, token, setId, LEASE_SECONDS, this.builder, PROCESS_STARTED],
      'run',
    );
    if ((claimed as { affectedRows?: number }).affectedRows !== 1) return;
    const heartbeat = setInterval(
      () =>
        void em
          .getConnection()
          .execute('update media_set set heartbeat_at = now() where id = ? and build_token = ?', [setId, token])
          .catch((e: Error) => console.error(`media set ${setId}: heartbeat not saved:`, e.message)),
      HEARTBEAT_MS,
    );
    const set = await em.findOneOrFail(MediaSet, { id: setId }, { populate: ['createdBy'] });
    const actor: AuditActor = { id: set.createdBy.id, username: set.createdBy.username, clientAddress: null };
    const work = path.join(this.config.dataDir, 'media-work', `${set.id}-${randomUUID().slice(0, 8)}`);
    await fsp.mkdir(work, { recursive: true });
    try {
      const date = new Date();
      const entries = await this.entries(em, set, work);
      const usable = usableBytes(set.capacity);
      const planned = await this.plan(set, entries, usable, date);
      const written: { seq: number; sha256: string; sm3: string; size: number; entries: Entry[] }[] = [];
      for (const v of planned) {
        const fileName = `${set.number}-${v.seq}.zip`;
        const zipPath = path.join(work, fileName);
        let size = 0;
        const tap = sha256Tap(this.hashPools.zip, { onChunk: (n) => (size += n) });
        const out = pipeline(tap.transform, fs.createWriteStream(zipPath, { flags: 'wx' }));
        out.catch(() => undefined);
        await writeBagZip({ ...v.spec, verifyPool: this.hashPools.verify }, tap.transform);
        await out;
        const digests = await tap.digests();
        if (size > usable)
          throw new Error(
            `volume ${v.seq} came out at ${size} bytes, more than the ${usable} bytes usable on one medium`,
          );
        await this.store.place(zipPath, digests.sha256!);
        written.push({ seq: v.seq, sha256: digests.sha256!, sm3: digests.sm3!, size, entries: v.entries });
      }
      await em.transactional(async (tem) => {
        const [mine] = await tem.execute<{ id: string }[]>(
          `select id from media_set where id = ? and build_token = ? and status = 'BUILDING' for update`,
          [set.id, token],
        );
        if (!mine) throw new Error('another build took this media set over');
        const volumes: MediaVolume[] = [];
        for (const w of written) {
          const file = await registerStoredFile(
            tem,
            { sha256: w.sha256, sm3: w.sm3 },
            w.size,
            'application/zip',
            `${set.number}-${w.seq}.zip`,
            NO_MEDIA_FACTS,
          );
          volumes.push(tem.create(MediaVolume, { set: set.id, seq: w.seq, file, size: w.size, sha256: w.sha256 }));
        }
        const s = await tem.findOneOrFail(MediaSet, { id: set.id });
        Object.assign(s, {
          status: MediaSetStatus.READY,
          volumeCount: written.length,
          bytesTotal: entries.reduce((n, e) => n + e.payload.size, 0),
          finishedAt: new Date(),
        });
        await tem.flush();
        await this.audit.append(tem, actor, {
          action: 'media.ready',
          subjectType: 'MediaSet',
          subjectId: set.id,
          details: {
            number: set.number,
            recordIds: entries.map((e) => e.record.id),
            volumes: written.map((w, i) => ({
              volumeId: volumes[i]!.id,
              seq: w.seq,
              sha256: w.sha256,
              size: w.size,
              files: w.entries.map((e) => ({ recordId: e.record.id, name: e.payload.name, sha256: e.payload.sha256 })),
            })),
          },
        });
      });
    } catch (error) {
      await failBuild(em, services, {
        error:
          error instanceof TooLargeForMediumError
            ? tooLarge(error.itemName, error.cost, set.mediumType, error.budget)
            : error,
        what: 'media set',
        table: 'media_set',
        id: set.id,
        token,
        maxLength: 500,
        actor,
        audit: (message) => ({
          action: 'media.failed',
          subjectType: 'MediaSet',
          subjectId: set.id,
          outcome: AuditOutcome.FAILED,
          details: { error: message.slice(0, 500) },
        }),
      });
    } finally {
      clearInterval(heartbeat);
      await fsp.rm(work, { recursive: true, force: true });
    }
  }

  /**
   * The files of the set, each checked again against the rules of the one who asked for it (a
   * record may have become a secret beyond their clearance since): stored files as they are, text
   * records written out as UTF-8 text. Numbered across the set, so a file keeps its name whichever
   * volume it lands on.
   */
  private async entries(em: EntityManager, set: MediaSet, work: string): Promise<Entry[]> {
    const creator = await em.findOneOrFail(User, { id: set.createdBy.id });
    const ability = defineAbilityFor(principalOf(creator, await activeGrants(em, creator.id)));
    const found = await em.find(EnforcementRecord, { id: { $in: set.recordIds } }, { populate: ['case', 'body'] });
    const byId = new Map(found.map((r) => [r.id, r]));
    const entries: Entry[] = [];
    for (const [i, id] of set.recordIds.entries()) {
      const record = byId.get(id);
      if (!record || !ability.can('export', record as never) || record.disposedAt)
        throw new Error(`record ${id} may no longer be written to a medium by ${creator.username}`);
      const file = record.fileId ? await em.findOneOrFail(StoredFile, { id: record.fileId }) : null;
      const seq = String(i + 1).padStart(3, '0');
      const name = `${seq} ${safeName(record.title)}.${file?.extension ?? 'txt'}`;
      let payload: PayloadFile;
      if (file) {
        if (file.disposedAt) throw new Error(`"${record.title}": its file was destroyed`);
        payload = {
          name,
          open: fromStore(this.store, file.sha256),
          size: file.size,
          sha256: file.sha256,
          sm3: file.sm3,
        };
      } else {
        const out = path.join(work, `${i + 1}.txt`);
        const text = recordText(record, record.title, false);
        payload = {
          name,
          open: fromFile(out),
          ...(await writeHashed(out, async (w) => void w.end(Buffer.from(text, 'utf8')))),
        };
      }
      const officer = record.officer ? ((await em.findOne(User, { id: record.officer.id }))?.displayName ?? '') : '';
      const entry: Entry = {
        index: i,
        record,
        payload,
        generated: !file,
        title: record.title,
        officer,
        custody: { name: `custody/${seq}.txt`, data: Buffer.alloc(0) },
        csvRow: '',
      };
      entry.custody.data = Buffer.from(await this.custody(em, entry, set), 'utf8');
      entry.csvRow = catalogueRow(entry).map(csvCell).join(',');
      entries.push(entry);
    }
    return entries;
  }

  /**
   * Splits the files into volumes (first-fit decreasing on what each costs on the medium) and
   * builds each volume's tag files; when a volume's zip could come out larger than the medium
   * allows, packs again with less room per volume.
   */
  private async plan(set: MediaSet, entries: Entry[], usable: number, date: Date): Promise<PlannedVolume[]> {
    const items: PackItem<Entry>[] = entries.map((e) => {
      const dataPath = `data/${e.payload.name}`;
      const pathBytes = Buffer.byteLength(dataPath, 'utf8');
      const root = `${set.number}-000`;
      return {
        item: e,
        name: e.title,
        cost:
          e.payload.size +
          zipEntryOverhead(`${root}/${dataPath}`) +
          e.custody.data.length +
          zipEntryOverhead(`${root}/${e.custody.name}`) +
          2 * (64 + 3 + pathBytes) +
          (64 + 3 + e.custody.name.length) +
          Buffer.byteLength(e.csvRow, 'utf8') +
          2 +
          PDF_ROW_ALLOWANCE,
      };
    });
    let budget = usable - VOLUME_RESERVE;
    for (let attempt = 0; attempt < 8; attempt++) {
      const groups = packFirstFitDecreasing(items, budget);
      const volumes: PlannedVolume[] = [];
      let over = 0;
      for (const [i, group] of groups.entries()) {
        const seq = i + 1;
        const mine = [...group].sort((a, b) => a.index - b.index);
        const root = `${set.number}-${seq}`;
        const spec: BagSpec = {
          root,
          payload: mine.map((e) => e.payload),
          info: this.bagInfo(set, seq, groups.length, date),
          tags: [...(await this.catalogue(set, seq, groups.length, mine, date)), ...mine.map((e) => e.custody)],
          date,
        };
        const bound = zipSizeBound([
          ...spec.payload.map((p) => ({ name: `${root}/data/${p.name}`, size: p.size })),
          ...tagFilesOf(spec).map((t) => ({ name: `${root}/${t.name}`, size: t.data.length, deflated: true })),
        ]);
        over = Math.max(over, bound - usable);
        volumes.push({ seq, entries: mine, spec, bound });
      }
      if (over <= 0) return volumes;
      budget -= over;
    }
    throw new Error('the files could not be split to fit the medium');
  }

  private bagInfo(set: MediaSet, seq: number, count: number, date: Date): [string, string][] {
    return [
      ['Source-Organization', this.config.organisationName],
      ['External-Identifier', `${set.number}-${seq}`],
      [
        'External-Description',
        `长期保存介质（第十五条）：${set.number}，${MEDIUM_ZH[set.mediumType]}，共 ${count} 卷，第 ${seq} 卷`,
      ],
      ['Bagging-Date', local(date).slice(0, 10)],
      ['Bag-Group-Identifier', set.number],
      ['Bag-Count', `${seq} of ${count}`],
      ['Internal-Sender-Identifier', set.id],
      ['Bag-Software-Agent', 'Enforcement Records (行政执法全过程记录管理系统)'],
    ];
  }

  /** catalogue.csv and catalogue.pdf of one volume. */
  private async catalogue(set: MediaSet, seq: number, count: number, entries: Entry[], date: Date): Promise<TagFile[]> {
    const csv = Buffer.from(
      `\ufeff${[CATALOGUE_HEADER.join(','), ...entries.map((e) => e.csvRow)].join('\r\n')}\r\n`,
      'utf8',
    );
    const chunks: Buffer[] = [];
    const out = new PassThrough();
    out.on('data', (c: Buffer) => chunks.push(c));
    const ended = new Promise<void>((resolve, reject) => {
      out.on('end', resolve);
      out.on('error', reject);
    });
    await writeTablePdf(out, {
      title: '长期保存介质目录',
      subtitle: this.config.organisationName,
      meta: [
        ['介质编号', `${set.number}-${seq}`],
        ['介质类型', MEDIUM_ZH[set.mediumType]],
        ['卷次', `第 ${seq} 卷，共 ${count} 卷`],
        ['生成日期', local(date)],
        ['文件数', String(entries.length)],
      ],
      columns: [
        { header: '序号', width: 4 },
        { header: '案件编号', width: 12 },
        { header: '题名', width: 16 },
        { header: '类别', width: 7 },
        { header: '采集时间', width: 9 },
        { header: '字节数', width: 7 },
        { header: 'SHA-256', width: 22 },
      ],
      rows: entries.map((e) => {
        const r = catalogueRow(e);
        return [r[0]!, r[1]!, r[2]!, r[3]!, r[4]!, r[8]!, r[9]!];
      }),
      footer: '本目录与 manifest-sha256.txt 所列哈希值一致；核验方法见 bagit.txt（BagIt 1.0, RFC 8493）。',
      date,
    });
    await ended;
    return [
      { name: 'catalogue.csv', data: csv },
      { name: 'catalogue.pdf', data: Buffer.concat(chunks) },
    ];
  }

  /** A file's chain of custody, from the audit trail (as in export packages). */
  private async custody(em: EntityManager, e: Entry, set: MediaSet): Promise<string> {
    await this.audit.settle(em); // sealed events only, up to now
    const events = await em.find(
      AuditEvent,
      { $and: [...auditWhere({ recordId: e.record.id }), { seq: { $ne: null } }] },
      { orderBy: { seq: 'desc' }, limit: CUSTODY_EVENTS },
    );
    events.reverse();
    const r = e.record;
    return [
      '保管链记录 / Chain of custody',
      `长期保存介质: ${set.number}`,
      `文件: data/${e.payload.name}`,
      `题名: ${r.title}`,
      `案件: ${r.case.number}`,
      `类别: ${KIND_ZH[r.kind] ?? r.kind}`,
      `采集时间: ${local(r.capturedFrom)}${r.capturedTo ? ` 至 ${local(r.capturedTo)}` : ''}`,
      `执法人员: ${e.officer}`,
      `设备: ${r.deviceNumber ?? ''}`,
      `长期保存: ${r.longTerm ? `是（${r.longTermReason ?? ''}）` : '否'}`,
      `记录版本: ${r.version}`,
      `SHA-256: ${e.payload.sha256}`,
      `SM3: ${e.payload.sm3}`,
      ...(e.generated ? ['说明: 本记录未附文件，本文件由系统据其登记正文生成。'] : []),
      '',
      `审计记录（${events.length} 条，按序号；每条的哈希值可在本局审计链中核验）:`,
      '序号\t时间 (UTC)\t操作\t结果\t操作人\t哈希',
      ...events.map((ev) =>
        [ev.seq, ev.at.toISOString(), ev.action, ev.outcome, ev.actorName ?? '', ev.hash].join('\t'),
      ),
      '',
    ].join('\n');
  }

  /** Refuses a download when a record of the set is no longer one the caller may export. */
  async ensureStillExportable(ctx: Context, set: MediaSet, op: string): Promise<void> {
    const records = await ctx.em.find(EnforcementRecord, { id: { $in: set.recordIds } }, { populate: ['case'] });
    const refused = records.filter((r) => !ctx.authz.ability.can('export', r as never));
    if (refused.length || records.length !== set.recordIds.length)
      throw await ctx.authz.deny(forbidden('A record on this medium is no longer one you may export'), {
        action: op,
        subjectType: 'MediaSet',
        subjectId: set.id,
        details: { records: refused.map((r) => r.id) },
      });
  }

  async close(): Promise<void> {
    const pools = this.pools;
    this.pools = null;
    if (pools) await Promise.all([pools.verify.close(), pools.zip.close(), pools.read.close()]);
  }
}

const CATALOGUE_HEADER = [
  '序号',
  '案件编号',
  '题名',
  '类别',
  '采集时间',
  '执法人员',
  '设备',
  '文件名',
  '字节数',
  'SHA-256',
  'SM3',
  '长期保存',
];

function catalogueRow(e: Entry): string[] {
  const r = e.record;
  return [
    String(e.index + 1),
    r.case.number,
    r.title,
    KIND_ZH[r.kind] ?? r.kind,
    local(r.capturedFrom),
    e.officer,
    r.deviceNumber ?? '',
    `data/${e.payload.name}`,
    String(e.payload.size),
    e.payload.sha256,
    e.payload.sm3,
    r.longTerm ? '是' : '否',
  ];
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The same calendar day a year on (29 February becomes 28 February when the next year has none). */
export function addYear(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (m === 2 && d === 29) return addDays(`${y + 1}-02-28`, isLeap(y + 1) ? 1 : 0);
  return `${y + 1}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The refusal of a file no single medium of the chosen type holds, naming it and what would hold it. */
export function tooLarge(title: string, size: number, type: MediumType, budget: number): AppError {
  const larger = mediumFor(size + FILE_TAG_ALLOWANCE * 2, VOLUME_RESERVE);
  const suggestion = larger ? `a ${larger} or larger` : 'a USB drive large enough';
  return new AppError(
    ErrorCode.BAD_USER_INPUT,
    `"${title}" (${sizeText(size)}) does not fit on one ${type} (${sizeText(budget)} usable per medium); choose a larger medium: ${suggestion}`,
    {
      field: 'mediumType',
      reason: 'TOO_LARGE_FOR_MEDIUM',
      title,
      size,
      usable: budget,
      suggested: larger ?? MediumType.USB,
    },
  );
}
