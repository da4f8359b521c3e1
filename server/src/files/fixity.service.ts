import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import { AuditOutcome } from '../audit/audit-event.entity.js';
import { type AuditService, SYSTEM_ACTOR } from '../audit/audit.service.js';
import { hashStream } from './intake.service.js';
import type { HashPool } from './hasher.js';
import type { ContentStore } from './store.js';
import { FixityCheck, FixityTrigger } from './fixity-check.entity.js';
import { FixityStatus, StoredFile } from './stored-file.entity.js';

@ObjectType({ description: 'Fixity of the whole store: counts only' })
export class FixitySummary {
  @Field(() => Int)
  files!: number;

  @Field(() => Int, { description: 'Files whose bytes no longer hash to what was stored' })
  mismatch!: number;

  @Field(() => Int, { description: 'Files gone from the store' })
  missing!: number;

  @Field(() => Int, { description: 'Files not checked within the cycle (a stalled schedule)' })
  overdue!: number;

  @Field(() => Date, { nullable: true })
  lastCheckedAt!: Date | null;

  @Field(() => Int)
  cycleDays!: number;
}

export interface FixityReport {
  checked: number;
  failures: FixityResult[];
}

export interface FixityResult {
  fileId: string;
  sha256: string;
  size: number;
  status: FixityStatus;
  detail: string | null;
  /** Records whose versions carry this file. */
  recordIds: string[];
  /** When the file is a kept export package (Art. 17): its request's number and the package id (failures only). */
  packages: { disclosureNumber: string; packageId: string }[];
  /** Set when the file was destroyed by disposal while it was checked: nothing was recorded. */
  disposed?: boolean;
}

/**
 * Fixity: re-hashes stored files (SHA-256 and SM3, streamed on the hash workers) and keeps every
 * result; a mismatch or a missing file marks the file (and so its records), writes the audit trail
 * and shows on the dashboard.
 */
export class FixityService {
  constructor(
    private readonly audit: AuditService,
    private readonly store: ContentStore,
    private readonly hashes: HashPool,
    private readonly cycleDays: number,
  ) {}

  async check(em: EntityManager, file: StoredFile, trigger: FixityTrigger): Promise<FixityResult> {
    let status = FixityStatus.OK;
    let detail: string | null = null;
    const stat = await this.store.stat(file.sha256);
    if (!stat) {
      status = FixityStatus.MISSING;
      detail = `no file at ${this.store.locationOf(file.sha256)}`;
    } else if (stat.size !== file.size) {
      status = FixityStatus.MISMATCH;
      detail = `${stat.size} bytes, expected ${file.size}`;
    } else {
      const actual = await this.store
        .read(file.sha256)
        .then((bytes) => hashStream(this.hashes, `fixity-${file.id}`, bytes))
        .catch((error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return null; // gone between the look and the read
          throw error;
        });
      if (!actual) {
        status = FixityStatus.MISSING;
        detail = `no file at ${this.store.locationOf(file.sha256)}`;
      } else if (actual.sha256 !== file.sha256 || actual.sm3 !== file.sm3) {
        status = FixityStatus.MISMATCH;
        detail = `SHA-256 ${actual.sha256}, SM3 ${actual.sm3}`;
      }
    }
    const recordIds = (
      await em.execute<{ record_id: string }[]>(
        'select distinct record_id from record_version where file_id = ? order by record_id',
        [file.id],
      )
    ).map((r) => r.record_id);
    const packages =
      status === FixityStatus.OK
        ? []
        : (
            await em.execute<{ number: string; id: string }[]>(
              `select d.number, p.id from export_package p join disclosure d on d.id = p.disclosure_id
                where p.sha256 = ? order by d.number, p.id`,
              [file.sha256],
            )
          ).map((p) => ({ disclosureNumber: p.number, packageId: p.id }));
    const kept = await em.transactional(async (tem) => {
      // A file destroyed by disposal while it was being hashed is gone on purpose: no result, no alarm.
      const [still] = await tem.execute<{ id: string }[]>(
        'update stored_file set fixity_status = ?, fixity_checked_at = now() where id = ? and disposed_at is null returning id',
        [status, file.id],
      );
      if (!still) return false;
      tem.create(FixityCheck, { file: file.id, status, trigger, detail });
      await tem.flush();
      if (status !== FixityStatus.OK)
        await this.audit.append(tem, SYSTEM_ACTOR, {
          action: 'file.fixityFailed',
          subjectType: 'StoredFile',
          subjectId: file.id,
          outcome: AuditOutcome.FAILED,
          details: {
            sha256: file.sha256,
            status,
            detail,
            trigger,
            recordIds,
            ...(packages.length ? { packageIds: packages.map((p) => p.packageId) } : {}),
          },
        });
      return true;
    });
    return {
      fileId: file.id,
      sha256: file.sha256,
      size: file.size,
      status,
      detail,
      recordIds,
      packages,
      ...(kept ? {} : { disposed: true }),
    };
  }

  /** The store's health at a glance (counts only, no content): how many files, failing, and checked within the cycle. */
  async summary(em: EntityManager): Promise<FixitySummary> {
    const [row] = await em
      .getConnection()
      .execute<{ files: string; mismatch: string; missing: string; overdue: string; last: Date | null }[]>(
        `select count(*) as files,
              count(*) filter (where fixity_status = 'MISMATCH') as mismatch,
              count(*) filter (where fixity_status = 'MISSING') as missing,
              count(*) filter (where coalesce(fixity_checked_at, stored_at) < now() - make_interval(days => ?)) as overdue,
              max(fixity_checked_at) as last
         from stored_file where disposed_at is null`,
        [this.cycleDays],
      );
    return {
      files: Number(row!.files),
      mismatch: Number(row!.mismatch),
      missing: Number(row!.missing),
      overdue: Number(row!.overdue),
      lastCheckedAt: row!.last ? new Date(row!.last) : null,
      cycleDays: this.cycleDays,
    };
  }

  /**
   * One scheduled slice: the files checked longest ago (never-checked ones by their storage time),
   * as many as spread the whole store evenly over the cycle at `runsPerDay` runs a day.
   */
  async runDue(em: EntityManager, runsPerDay = 24): Promise<FixityReport> {
    // Files destroyed by disposal are gone on purpose: never checked again, never "missing".
    const total = await em.count(StoredFile, { disposedAt: null });
    const slice = Math.ceil(total / (this.cycleDays * runsPerDay));
    if (slice === 0) return { checked: 0, failures: [] };
    const due = await em
      .getConnection()
      .execute<{ id: string }[]>(
        'select id from stored_file where disposed_at is null order by coalesce(fixity_checked_at, stored_at), id limit ?',
        [slice],
      );
    return this.checkAll(
      em,
      due.map((d) => d.id),
      FixityTrigger.SCHEDULE,
    );
  }

  /**
   * Checks the given files (all when `ids` is null), one after another. Returns how many were
   * checked and every failure (results that passed are only counted, so millions fit).
   */
  async checkAll(
    em: EntityManager,
    ids: string[] | null,
    trigger: FixityTrigger,
    onResult?: (r: FixityResult) => void,
  ): Promise<FixityReport> {
    const report: FixityReport = { checked: 0, failures: [] };
    let after: string | null = null;
    for (;;) {
      // Batches in id order, so a store of millions is never loaded at once.
      const page: Record<string, unknown> = after ? { $gt: after } : {};
      if (ids) page.$in = ids;
      const batch: StoredFile[] = await em.find(
        StoredFile,
        { ...(Object.keys(page).length ? { id: page } : {}), disposedAt: null },
        {
          orderBy: { id: 'asc' },
          limit: 500,
        },
      );
      if (batch.length === 0) break;
      for (const file of batch) {
        const result = await this.check(em, file, trigger);
        if (result.disposed) continue;
        report.checked += 1;
        if (result.status !== FixityStatus.OK) report.failures.push(result);
        onResult?.(result);
      }
      after = batch[batch.length - 1]!.id;
      em.clear();
    }
    return report;
  }
}
