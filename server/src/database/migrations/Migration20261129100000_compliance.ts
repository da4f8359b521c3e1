import { Migration } from '@mikro-orm/migrations';

/**
 * Officers' written explanations of stages without audio/video (Art. 7), insert-only; and the
 * indexes the compliance findings look up by (a device's day, a file's records, a period's checks).
 */
export class Migration20261129100000_compliance extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "recording_explanation" ("id" uuid not null, "case_id" uuid not null, "stage" text check ("stage" in ('FILING', 'ON_SITE_INSPECTION', 'INQUIRY', 'SAMPLING', 'SEIZURE', 'HEARING', 'PENALTY_DECISION', 'SERVICE', 'ENFORCEMENT', 'OTHER')) not null, "text" varchar(1000) not null, "author_id" uuid not null, "created_at" timestamptz not null, constraint "recording_explanation_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "recording_explanation_case_id_stage_created_at_index" on "recording_explanation" ("case_id", "stage", "created_at");`,
    );
    this.addSql(
      `alter table "recording_explanation" add constraint "recording_explanation_case_id_foreign" foreign key ("case_id") references "enforcement_case" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "recording_explanation" add constraint "recording_explanation_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `create trigger "recording_explanation_immutable" before update or delete on "recording_explanation" for each row execute function "refuse_change"();`,
    );
    this.addSql(
      `create trigger "recording_explanation_no_truncate" before truncate on "recording_explanation" for each statement execute function "refuse_change"();`,
    );
    this.addSql(`create index "fixity_check_checked_at_index" on "fixity_check" ("checked_at");`);
    this.addSql(
      `create index "record_device_number_captured_from_index" on "record" ("device_number", "captured_from");`,
    );
    this.addSql(`create index "record_version_file_id_index" on "record_version" ("file_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "fixity_check_checked_at_index";`);
    this.addSql(`drop index if exists "record_device_number_captured_from_index";`);
    this.addSql(`drop index if exists "record_version_file_id_index";`);
    this.addSql(`drop table if exists "recording_explanation" cascade;`);
  }
}
