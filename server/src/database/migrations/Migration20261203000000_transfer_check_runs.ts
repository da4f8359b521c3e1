import { Migration } from '@mikro-orm/migrations';

/**
 * 四性 checks that outlast their request run on in the background: the run's progress (files and
 * bytes re-hashed so far, renewed every second) is kept on the transfer so every instance can show it.
 */
export class Migration20261203000000_transfer_check_runs extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "archive_transfer" add column "check_run" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "archive_transfer" drop column "check_run";`);
  }
}
