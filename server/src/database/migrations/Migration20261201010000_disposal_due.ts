import { Migration } from '@mikro-orm/migrations';

/** The archive is told when records come due for disposal, once per retention end. */
export class Migration20261201010000_disposal_due extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "record" add column "disposal_notified_for" date null;`);
    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);
    this.addSql(
      `alter table "notification" add constraint "notification_kind_check" check ("kind" in ('APPROVAL_WAITING', 'REQUEST_DECIDED', 'DEVICE_FAULT', 'MEDIA_RECHECK_DUE', 'VIOLATION_OUTCOME', 'DISPOSAL_DUE'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "notification" where "kind" = 'DISPOSAL_DUE';`);
    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);
    this.addSql(
      `alter table "notification" add constraint "notification_kind_check" check ("kind" in ('APPROVAL_WAITING', 'REQUEST_DECIDED', 'DEVICE_FAULT', 'MEDIA_RECHECK_DUE', 'VIOLATION_OUTCOME'));`,
    );
    this.addSql(`alter table "record" drop column "disposal_notified_for";`);
  }
}
