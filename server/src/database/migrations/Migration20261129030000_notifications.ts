import { Migration } from '@mikro-orm/migrations';

/** The console's bell: one row per recipient, written with the event it tells of. */
export class Migration20261129030000_notifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "notification" ("id" uuid not null, "user_id" uuid not null, "kind" text check ("kind" in ('APPROVAL_WAITING', 'REQUEST_DECIDED', 'DEVICE_FAULT')) not null, "subject_type" varchar(40) not null, "subject_id" uuid not null, "summary" varchar(300) not null, "decision" text check ("decision" in ('APPROVE', 'REJECT', 'RETURN')) null, "created_at" timestamptz not null, "read_at" timestamptz null, constraint "notification_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "notification_subject_id_index" on "notification" ("subject_id");`);
    this.addSql(`create index "notification_user_id_created_at_index" on "notification" ("user_id", "created_at");`);
    this.addSql(
      `alter table "notification" add constraint "notification_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification" cascade;`);
  }
}
