import { Migration } from '@mikro-orm/migrations';

/**
 * The archive is told when records come due for disposal, once per retention end; a unit is told
 * when the archive accepts or returns its transfer.
 */
export class Migration20261201010000_archive_notices extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "record" add column "disposal_notified_for" date null;`);
    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);
    this.addSql(
      `alter table "notification" add constraint "notification_kind_check" check ("kind" in ('APPROVAL_WAITING', 'REQUEST_DECIDED', 'DEVICE_FAULT', 'MEDIA_RECHECK_DUE', 'VIOLATION_OUTCOME', 'DISPOSAL_DUE', 'TRANSFER_DECIDED'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "notification" where "kind" in ('DISPOSAL_DUE', 'TRANSFER_DECIDED');`);
    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);
    this.addSql(
      `alter table "notification" add constraint "notification_kind_check" check ("kind" in ('APPROVAL_WAITING', 'REQUEST_DECIDED', 'DEVICE_FAULT', 'MEDIA_RECHECK_DUE', 'VIOLATION_OUTCOME'));`,
    );
    this.addSql(`alter table "record" drop column "disposal_notified_for";`);
  }
}
