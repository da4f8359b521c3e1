import { Migration } from '@mikro-orm/migrations';

/**
 * Long-term media (Art. 15): the build lease of a media set (as export packages have), its volume
 * count and bytes, the due date each volume's re-check was announced for, and the notification kind.
 */
export class Migration20261129090000_media extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "media_set" add column "volume_count" smallint null, add column "bytes_total" bigint not null default 0, add column "builder" varchar(300) null, add column "build_token" uuid null, add column "heartbeat_at" timestamptz null, add column "started_at" timestamptz null, add column "finished_at" timestamptz null;`,
    );
    this.addSql(`alter table "media_volume" add column "recheck_notified_for" date null;`);
    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);
    this.addSql(
      `alter table "notification" add constraint "notification_kind_check" check ("kind" in ('APPROVAL_WAITING', 'REQUEST_DECIDED', 'DEVICE_FAULT', 'MEDIA_RECHECK_DUE'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);
    this.addSql(
      `alter table "notification" add constraint "notification_kind_check" check ("kind" in ('APPROVAL_WAITING', 'REQUEST_DECIDED', 'DEVICE_FAULT'));`,
    );
    this.addSql(`alter table "media_volume" drop column "recheck_notified_for";`);
    this.addSql(
      `alter table "media_set" drop column "volume_count", drop column "bytes_total", drop column "builder", drop column "build_token", drop column "heartbeat_at", drop column "started_at", drop column "finished_at";`,
    );
  }
}
