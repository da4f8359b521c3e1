import type { EntityManager } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import type { Services } from '../context.js';
import { FixityTrigger } from '../files/fixity-check.entity.js';

/** Queues of background work, their cron schedules (China time) and what each runs. */
export const QUEUES = {
  /** An hourly slice of the fixity cycle (every stored file once per FIXITY_CYCLE_DAYS). */
  fixitySlice: { name: 'fixity-slice', cron: '17 * * * *' },
  /** Re-hash named files after an event (transfer, export). */
  fixityFiles: { name: 'fixity-files', cron: null },
  /** Expire unfinished uploads and set aside store files their failed uploads left. */
  uploadsExpire: { name: 'uploads-expire', cron: '*/30 * * * *' },
  /** Sign the day before's last audit hash, just after midnight. */
  auditCheckpoint: { name: 'audit-checkpoint', cron: '5 0 * * *' },
  /** Build an export package (a zipped bag) for an approved request. */
  exportBuild: { name: 'export-build', cron: null },
  /** Packages queued where no jobs run, or whose builder died: queued (again) every minute. */
  exportSweep: { name: 'export-sweep', cron: '* * * * *' },
  /** Build the volumes of a long-term media set (Art. 15). */
  mediaBuild: { name: 'media-build', cron: null },
  /** Media sets queued where no jobs run, or whose builder died: queued (again) every minute. */
  mediaSweep: { name: 'media-sweep', cron: '* * * * *' },
  /** Tell the archivists of long-term media whose yearly re-check has come due (each morning). */
  mediaRecheck: { name: 'media-recheck', cron: '20 8 * * *' },
  /** Records come due for disposal: tell the archivists, once per due date. */
  disposalDue: { name: 'disposal-due', cron: '25 8 * * *' },
  /** Walk the whole store for files no record names (daily, at night). */
  storeSweep: { name: 'store-sweep', cron: '40 3 * * *' },
} as const;

/**
 * Background work on a PostgreSQL-backed queue (pg-boss): several server instances share it and
 * each scheduled run happens once. Handlers are the services' own methods.
 */
export class Jobs {
  private boss: PgBoss | null = null;

  constructor(private readonly services: Services) {}

  private em() {
    return this.services.orm.em.fork() as EntityManager;
  }

  /**
   * `cronCheckSeconds`: how often this instance looks whether a schedule is due (pg-boss's cron
   * monitor, 30 s by default; all instances together look at most once per that interval).
   */
  async start(opts: { cronCheckSeconds?: number } = {}): Promise<void> {
    const { services } = this;
    const boss = new PgBoss({
      connectionString: services.orm.config.get('clientUrl'),
      schema: 'pgboss',
      application_name: 'enforcement-records-jobs',
      max: 4,
      ...(opts.cronCheckSeconds
        ? { cronMonitorIntervalSeconds: opts.cronCheckSeconds, cronWorkerIntervalSeconds: opts.cronCheckSeconds }
        : {}),
    });
    boss.on('error', (e) => console.error('background jobs:', e));
    await boss.start();
    this.boss = boss;
    for (const q of Object.values(QUEUES)) {
      if (!(await boss.getQueue(q.name))) await boss.createQueue(q.name, { name: q.name, policy: 'standard' });
      if (q.cron) await boss.schedule(q.name, q.cron, {}, { tz: 'Asia/Shanghai' });
    }
    await boss.work(QUEUES.fixitySlice.name, async () => {
      const report = await services.fixity.runDue(this.em());
      return { checked: report.checked, failures: report.failures.length };
    });
    await boss.work<{ fileIds: string[] }>(QUEUES.fixityFiles.name, async (jobs) => {
      let failures = 0;
      for (const job of jobs) {
        const report = await services.fixity.checkAll(this.em(), job.data.fileIds, FixityTrigger.EVENT);
        failures += report.failures.length;
      }
      return { failures };
    });
    await boss.work(QUEUES.auditCheckpoint.name, async () => {
      const signed = await services.checkpoints.signDaysBefore(this.em(), new Date());
      return { signed };
    });
    await boss.work(QUEUES.storeSweep.name, async () => {
      const strays = await services.intake.sweepStore(services);
      return { strays: strays.length };
    });
    await boss.work<{ packageId: string }>(QUEUES.exportBuild.name, async (jobs) => {
      for (const job of jobs) {
        await services.exports.build(services, this.em(), job.data.packageId);
        await services.exports.completeDigests(this.em(), job.data.packageId);
      }
    });
    // Packages a stopped server left queued or half-built are built again from the start.
    for (const id of await services.exports.unfinished(this.em())) await this.buildPackage(id);
    await boss.work(QUEUES.exportSweep.name, async () => {
      const ids = await services.exports.unfinished(this.em(), 60);
      for (const id of ids) await this.buildPackage(id);
      return { queued: ids.length };
    });
    await boss.work<{ setId: string }>(QUEUES.mediaBuild.name, async (jobs) => {
      for (const job of jobs) await services.media.build(services, this.em(), job.data.setId);
    });
    for (const id of await services.media.unfinished(this.em())) await this.buildMediaSet(id);
    await boss.work(QUEUES.mediaSweep.name, async () => {
      const ids = await services.media.unfinished(this.em(), 60);
      for (const id of ids) await this.buildMediaSet(id);
      return { queued: ids.length };
    });
    await boss.work(QUEUES.mediaRecheck.name, async () => {
      const announced = await services.media.notifyDue(this.em());
      return { announced: announced.length };
    });
    await boss.work(QUEUES.disposalDue.name, async () => {
      const announced = await services.disposals.notifyDue(this.em());
      return { announced: announced.length };
    });
    await boss.work(QUEUES.uploadsExpire.name, async () => {
      const result = await services.intake.expire(services);
      return { expired: result.expired.length, strays: result.strays.length };
    });
  }

  /** Queues a re-hash of `fileIds` (after they were handed on); returns the job id. */
  async checkFiles(fileIds: string[], reason: string): Promise<string | null> {
    if (!this.boss) throw new Error('background jobs are not running in this process');
    return this.boss.send(QUEUES.fixityFiles.name, { fileIds, reason });
  }

  /** Queues the build of an export package; returns the job id. */
  async buildPackage(packageId: string): Promise<string | null> {
    if (!this.boss) throw new Error('background jobs are not running in this process');
    return this.boss.send(QUEUES.exportBuild.name, { packageId }, { expireInSeconds: 6 * 3600, retryLimit: 0 });
  }

  /** Queues the build of a long-term media set; returns the job id. */
  async buildMediaSet(setId: string): Promise<string | null> {
    if (!this.boss) throw new Error('background jobs are not running in this process');
    return this.boss.send(QUEUES.mediaBuild.name, { setId }, { expireInSeconds: 12 * 3600, retryLimit: 0 });
  }

  /** The state of a queued job (for tests and the console). */
  async state(queue: string, id: string): Promise<string | null> {
    return (await this.boss?.getJobById(queue, id))?.state ?? null;
  }

  async stop(): Promise<void> {
    await this.boss?.stop({ graceful: true, wait: true, timeout: 15_000 });
    this.boss = null;
  }
}
