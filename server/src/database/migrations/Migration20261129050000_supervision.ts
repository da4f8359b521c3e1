import { Migration } from '@mikro-orm/migrations';

/**
 * The Art. 21 register (违法违规责任登记): entries and their versions, both insert-only; and a GIN
 * index so the supervisor's trail filters by record and case find ids inside audit details.
 */
export class Migration20261129050000_supervision extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "violation_entry" ("id" uuid not null, "created_by_id" uuid not null, "created_at" timestamptz not null, constraint "violation_entry_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create table "violation_version" ("version_id" uuid not null, "entry_id" uuid not null, "version" int not null, "kind" text check ("kind" in ('NOT_RECORDED', 'RECORD_TAMPERED', 'RECORD_LEAKED', 'IMPROPER_STORAGE', 'MATERIALS_DESTROYED', 'OTHER')) not null, "person_id" uuid not null, "unit_id" uuid not null, "occurred_on" date not null, "finding" text not null, "outcome" text check ("outcome" in ('CRITICISM_EDUCATION', 'SUSPENSION', 'DISCIPLINARY_SANCTION', 'JUDICIAL_REFERRAL')) null, "evidence" jsonb not null, "reason" varchar(500) null, "created_by_id" uuid not null, "created_at" timestamptz not null, constraint "violation_version_pkey" primary key ("version_id"));`,
    );
    this.addSql(`create index "violation_version_occurred_on_index" on "violation_version" ("occurred_on");`);
    this.addSql(
      `create index "violation_version_unit_id_occurred_on_index" on "violation_version" ("unit_id", "occurred_on");`,
    );
    this.addSql(`create index "violation_version_person_id_index" on "violation_version" ("person_id");`);
    this.addSql(
      `alter table "violation_version" add constraint "violation_version_entry_id_version_unique" unique ("entry_id", "version");`,
    );
    this.addSql(
      `alter table "violation_entry" add constraint "violation_entry_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "violation_version" add constraint "violation_version_entry_id_foreign" foreign key ("entry_id") references "violation_entry" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "violation_version" add constraint "violation_version_person_id_foreign" foreign key ("person_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "violation_version" add constraint "violation_version_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "violation_version" add constraint "violation_version_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`,
    );
    for (const table of ['violation_entry', 'violation_version']) {
      this.addSql(
        `create trigger "${table}_immutable" before update or delete on "${table}" for each row execute function "refuse_change"();`,
      );
      this.addSql(
        `create trigger "${table}_no_truncate" before truncate on "${table}" for each statement execute function "refuse_change"();`,
      );
    }
    this.addSql(`create index "audit_event_details_gin" on "audit_event" using gin ("details" jsonb_path_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "audit_event_details_gin";`);
    this.addSql(`drop table if exists "violation_version", "violation_entry" cascade;`);
  }
}
