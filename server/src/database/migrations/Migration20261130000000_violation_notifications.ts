import { Migration } from '@mikro-orm/migrations';

/** The bell tells the responsible person when an outcome is recorded on an Art. 21 register entry. */
export class Migration20261130000000_violation_notifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);
    this.addSql(
      `alter table "notification" add constraint "notification_kind_check" check ("kind" in ('APPROVAL_WAITING', 'REQUEST_DECIDED', 'DEVICE_FAULT', 'MEDIA_RECHECK_DUE', 'VIOLATION_OUTCOME'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "notification" where "kind" = 'VIOLATION_OUTCOME';`);
    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);
    this.addSql(
      `alter table "notification" add constraint "notification_kind_check" check ("kind" in ('APPROVAL_WAITING', 'REQUEST_DECIDED', 'DEVICE_FAULT', 'MEDIA_RECHECK_DUE'));`,
    );
  }
}
