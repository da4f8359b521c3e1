import { Migration } from '@mikro-orm/migrations';

/** Cases and their records: versions never updated, records never deleted (Art. 21), trigram search. */
export class Migration20261128010000_cases_records extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`alter table "unit" add column "case_prefix" varchar(16) null;`);
    this.addSql(
      `create table "case_number_counter" ("unit_id" uuid not null, "year" int not null, "last_seq" int not null, constraint "case_number_counter_pkey" primary key ("unit_id", "year"));`,
    );
    this.addSql(
      `create table "enforcement_case" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "number" varchar(64) not null, "year" int not null, "seq" int not null, "unit_id" uuid not null, "cause" varchar(200) not null, "procedure" text check ("procedure" in ('SIMPLE_PENALTY', 'GENERAL_PENALTY', 'COMPULSORY_MEASURE', 'LICENSING', 'INSPECTION', 'OTHER')) not null, "status" text check ("status" in ('OPEN', 'CONCLUDED', 'COMPILED', 'TRANSFERRED', 'ARCHIVED')) not null default 'OPEN', "handling_officer_ids" text[] not null, "party_kind" text check ("party_kind" in ('PERSON', 'ORGANISATION')) not null, "party_name" varchar(200) not null, "party_id_number" varchar(32) null, "party_phone" varchar(32) null, "party_address" varchar(300) null, "party_legal_representative" varchar(100) null, "opened_on" date not null, "concluded_on" date null, "transfer_deadline" date null, "created_by_id" uuid not null, constraint "enforcement_case_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "enforcement_case" add constraint "enforcement_case_number_unique" unique ("number");`);
    this.addSql(`create index "enforcement_case_unit_id_index" on "enforcement_case" ("unit_id");`);
    this.addSql(`create index "enforcement_case_status_index" on "enforcement_case" ("status");`);
    this.addSql(`create index "enforcement_case_cause_trgm" on "enforcement_case" using gin ("cause" gin_trgm_ops);`);
    this.addSql(
      `create index "enforcement_case_party_name_trgm" on "enforcement_case" using gin ("party_name" gin_trgm_ops);`,
    );
    this.addSql(`create index "enforcement_case_number_trgm" on "enforcement_case" using gin ("number" gin_trgm_ops);`);
    this.addSql(
      `alter table "enforcement_case" add constraint "enforcement_case_unit_id_year_seq_unique" unique ("unit_id", "year", "seq");`,
    );
    this.addSql(
      `create table "record" ("id" uuid not null, "title" varchar(300) not null, "stage" text check ("stage" in ('FILING', 'ON_SITE_INSPECTION', 'INQUIRY', 'SAMPLING', 'SEIZURE', 'HEARING', 'PENALTY_DECISION', 'SERVICE', 'ENFORCEMENT', 'OTHER')) null, "captured_from" timestamptz null, "captured_to" timestamptz null, "location" varchar(300) null, "device_number" varchar(64) null, "officer_id" uuid null, "party_notified" boolean null, "confidentiality" text check ("confidentiality" in ('NONE', 'PERSONAL_PRIVACY', 'TRADE_SECRET', 'STATE_SECRET')) not null default 'NONE', "secret_level" text check ("secret_level" in ('NONE', 'SECRET', 'HIGHLY_SECRET', 'TOP_SECRET')) null, "secret_rank" smallint not null default 0, "long_term" boolean not null default false, "long_term_reason" varchar(300) null, "document_number" varchar(100) null, "issued_to" varchar(200) null, "body" text null, "file_id" uuid null, "case_id" uuid not null, "kind" text check ("kind" in ('ENFORCEMENT_DOCUMENT', 'INVESTIGATION_EVIDENCE', 'HEARING_MATERIAL', 'INSPECTION_CONCLUSION', 'EXPERT_OPINION', 'INTERNAL_APPROVAL', 'SERVICE_RECEIPT', 'OTHER_TEXT', 'PHOTO', 'AUDIO', 'VIDEO', 'SURVEILLANCE')) not null, "version" int not null default 1, "hold_count" int not null default 0, "created_at" timestamptz not null, "created_by_id" uuid not null, "updated_at" timestamptz not null, constraint "record_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "record_case_id_index" on "record" ("case_id");`);
    this.addSql(`create index "record_kind_index" on "record" ("kind");`);
    this.addSql(`create index "record_title_trgm" on "record" using gin (title gin_trgm_ops);`);
    this.addSql(
      `create table "record_version" ("id" uuid not null, "title" varchar(300) not null, "stage" text check ("stage" in ('FILING', 'ON_SITE_INSPECTION', 'INQUIRY', 'SAMPLING', 'SEIZURE', 'HEARING', 'PENALTY_DECISION', 'SERVICE', 'ENFORCEMENT', 'OTHER')) null, "captured_from" timestamptz null, "captured_to" timestamptz null, "location" varchar(300) null, "device_number" varchar(64) null, "officer_id" uuid null, "party_notified" boolean null, "confidentiality" text check ("confidentiality" in ('NONE', 'PERSONAL_PRIVACY', 'TRADE_SECRET', 'STATE_SECRET')) not null default 'NONE', "secret_level" text check ("secret_level" in ('NONE', 'SECRET', 'HIGHLY_SECRET', 'TOP_SECRET')) null, "secret_rank" smallint not null default 0, "long_term" boolean not null default false, "long_term_reason" varchar(300) null, "document_number" varchar(100) null, "issued_to" varchar(200) null, "body" text null, "file_id" uuid null, "record_id" uuid not null, "kind" text check ("kind" in ('ENFORCEMENT_DOCUMENT', 'INVESTIGATION_EVIDENCE', 'HEARING_MATERIAL', 'INSPECTION_CONCLUSION', 'EXPERT_OPINION', 'INTERNAL_APPROVAL', 'SERVICE_RECEIPT', 'OTHER_TEXT', 'PHOTO', 'AUDIO', 'VIDEO', 'SURVEILLANCE')) not null, "version" int not null, "reason" varchar(500) null, "created_by_id" uuid not null, "created_at" timestamptz not null, constraint "record_version_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "record_version" add constraint "record_version_record_id_version_unique" unique ("record_id", "version");`,
    );
    this.addSql(
      `create table "record_hold" ("id" uuid not null, "record_id" uuid not null, "reason" varchar(500) not null, "placed_by_id" uuid not null, "placed_at" timestamptz not null, "released_by_id" uuid null, "released_at" timestamptz null, "release_reason" varchar(500) null, constraint "record_hold_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "record_hold_record_id_index" on "record_hold" ("record_id");`);
    this.addSql(
      `alter table "case_number_counter" add constraint "case_number_counter_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "enforcement_case" add constraint "enforcement_case_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "enforcement_case" add constraint "enforcement_case_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "record" add constraint "record_officer_id_foreign" foreign key ("officer_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "record" add constraint "record_case_id_foreign" foreign key ("case_id") references "enforcement_case" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "record" add constraint "record_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "record_version" add constraint "record_version_officer_id_foreign" foreign key ("officer_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "record_version" add constraint "record_version_record_id_foreign" foreign key ("record_id") references "record" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "record_version" add constraint "record_version_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "record_hold" add constraint "record_hold_record_id_foreign" foreign key ("record_id") references "record" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "record_hold" add constraint "record_hold_placed_by_id_foreign" foreign key ("placed_by_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "record_hold" add constraint "record_hold_released_by_id_foreign" foreign key ("released_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(`create function "refuse_change"() returns trigger language plpgsql as $$
begin
  raise exception '% is never altered or deleted in place (Art. 21): % refused', tg_table_name, tg_op using errcode = 'insufficient_privilege';
end $$;`);
    this.addSql(
      `create trigger "record_version_immutable" before update or delete on "record_version" for each row execute function "refuse_change"();`,
    );
    this.addSql(
      `create trigger "record_version_no_truncate" before truncate on "record_version" for each statement execute function "refuse_change"();`,
    );
    this.addSql(
      `create trigger "record_no_delete" before delete on "record" for each row execute function "refuse_change"();`,
    );
    this.addSql(
      `create trigger "record_no_truncate" before truncate on "record" for each statement execute function "refuse_change"();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `drop table if exists "record_hold", "record_version", "record", "enforcement_case", "case_number_counter" cascade;`,
    );
    this.addSql(`drop function if exists "refuse_change"();`);
    this.addSql(`alter table "unit" drop column "case_prefix";`);
  }
}
