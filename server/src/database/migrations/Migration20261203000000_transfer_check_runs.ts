import { Migration } from '@mikro-orm/migrations';

/**
 * 四性 checks that outlast their request run on in the background: the run's progress (files and
 * bytes re-hashed so far, with a heartbeat every few seconds) is kept on the transfer, so every
 * instance can show it, and claims the run, so no two instances re-hash the same case at once.
 */
export class Migration20261203000000_transfer_check_runs extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "archive_transfer" add column "check_run" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "archive_transfer" drop column "check_run";`);
  }
}
