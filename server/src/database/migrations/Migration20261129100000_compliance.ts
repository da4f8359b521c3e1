import { Migration } from '@mikro-orm/migrations';

/** Officers' written explanations of stages without audio/video (Art. 7), insert-only. */
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
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "recording_explanation" cascade;`);
  }
}
