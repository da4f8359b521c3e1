import { Migration } from '@mikro-orm/migrations';
import { DEFAULT_POLICIES } from '../../approvals/policy-rules.js';

/**
 * The archive room (Art. 11–15): retention schedule, transfers with their catalogue and 四性 checks,
 * case holds and long-term marks, disposal lists, long-term media with their verifications.
 */
export class Migration20261129070000_archive extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "archive_counter" ("kind" varchar(16) not null, "year" int not null, "last_seq" int not null, constraint "archive_counter_pkey" primary key ("kind", "year"));`,
    );
    this.addSql(
      `create table "retention_rule" ("procedure" text not null, "period" text check ("period" in ('PERMANENT', 'Y30', 'Y10', 'SHORT')) not null, "transfer_days" smallint not null, "evidence_av_keeps_case_period" boolean not null, "updated_by_id" uuid null, "updated_at" timestamptz not null, constraint "retention_rule_pkey" primary key ("procedure"));`,
    );
    this.addSql(
      `create table "media_set" ("id" uuid not null, "number" varchar(32) not null, "medium_type" text check ("medium_type" in ('CD', 'DVD', 'BD', 'USB')) not null, "capacity" bigint not null, "record_ids" text[] not null, "status" text check ("status" in ('BUILDING', 'READY', 'FAILED')) not null default 'BUILDING', "error" varchar(500) null, "created_by_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "media_set_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "media_set" add constraint "media_set_number_unique" unique ("number");`);
    this.addSql(
      `create table "media_volume" ("id" uuid not null, "set_id" uuid not null, "seq" smallint not null, "file_id" uuid null, "size" bigint null, "sha256" varchar(64) null, "label" varchar(100) null, "location" varchar(200) null, "registered_by_id" uuid null, "registered_at" timestamptz null, "last_verified_at" timestamptz null, "last_verification_ok" boolean null, "recheck_due" date null, constraint "media_volume_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "media_volume_recheck_due_index" on "media_volume" ("recheck_due");`);
    this.addSql(`alter table "media_volume" add constraint "media_volume_set_id_seq_unique" unique ("set_id", "seq");`);
    this.addSql(
      `create table "media_verification" ("id" uuid not null, "volume_id" uuid not null, "kind" text check ("kind" in ('READBACK', 'RECHECK')) not null, "sha256" varchar(64) not null, "size" bigint not null, "ok" boolean not null, "verified_by_id" uuid not null, "verified_at" timestamptz not null, "note" varchar(500) null, constraint "media_verification_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "media_verification_volume_id_index" on "media_verification" ("volume_id");`);
    this.addSql(
      `create table "case_hold" ("id" uuid not null, "case_id" uuid not null, "long_term_reason" text check ("long_term_reason" in ('OBJECTION', 'OBSTRUCTION', 'MASS_INCIDENT', 'OTHER_IMPORTANT')) null, "reason" varchar(500) not null, "placed_by_id" uuid not null, "placed_at" timestamptz not null, "released_by_id" uuid null, "released_at" timestamptz null, "release_reason" varchar(500) null, constraint "case_hold_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "case_hold_case_id_index" on "case_hold" ("case_id");`);
    this.addSql(
      `create table "archive_transfer" ("id" uuid not null, "number" varchar(32) not null, "case_id" uuid not null, "unit_id" uuid not null, "status" text check ("status" in ('DRAFT', 'IN_APPROVAL', 'SENT', 'RETURNED', 'ACCEPTED')) not null default 'DRAFT', "catalogue" jsonb not null, "checks" jsonb null, "override_reason" varchar(500) null, "created_by_id" uuid not null, "created_at" timestamptz not null, "submitted_by_id" uuid null, "submitted_at" timestamptz null, "approval_id" uuid null, "sent_at" timestamptz null, "decided_by_id" uuid null, "accepted_at" timestamptz null, "archive_number" varchar(64) null, "retention_period" text check ("retention_period" in ('PERMANENT', 'Y30', 'Y10', 'SHORT')) null, "return_reason" varchar(1000) null, "returned_at" timestamptz null, "updated_at" timestamptz not null, constraint "archive_transfer_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "archive_transfer" add constraint "archive_transfer_number_unique" unique ("number");`);
    this.addSql(`alter table "archive_transfer" add constraint "archive_transfer_case_id_unique" unique ("case_id");`);
    this.addSql(
      `alter table "archive_transfer" add constraint "archive_transfer_archive_number_unique" unique ("archive_number");`,
    );
    this.addSql(`create index "archive_transfer_status_unit_id_index" on "archive_transfer" ("status", "unit_id");`);
    this.addSql(
      `create table "disposal_list" ("id" uuid not null, "number" varchar(32) not null, "status" text check ("status" in ('DRAFT', 'IN_APPROVAL', 'RETURNED', 'REJECTED', 'CANCELLED', 'APPROVED', 'EXECUTED')) not null default 'DRAFT', "unit_id" uuid not null, "note" varchar(1000) not null, "created_by_id" uuid not null, "created_at" timestamptz not null, "approval_id" uuid null, "executed_by_id" uuid null, "executed_at" timestamptz null, "certificate_id" uuid null, "updated_at" timestamptz not null, constraint "disposal_list_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "disposal_list" add constraint "disposal_list_number_unique" unique ("number");`);
    this.addSql(
      `create table "disposal_item" ("id" uuid not null, "list_id" uuid not null, "record_id" uuid not null, "case_id" uuid not null, "title" varchar(300) not null, "case_number" varchar(64) not null, "archive_number" varchar(64) null, "retention" text check ("retention" in ('PERMANENT', 'Y30', 'Y10', 'SHORT')) not null, "retain_until" date not null, "file_id" uuid null, "sha256" varchar(64) null, "sm3" varchar(64) null, "size" bigint null, constraint "disposal_item_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "disposal_item_record_id_index" on "disposal_item" ("record_id");`);
    this.addSql(
      `alter table "disposal_item" add constraint "disposal_item_list_id_record_id_unique" unique ("list_id", "record_id");`,
    );
    this.addSql(
      `alter table "retention_rule" add constraint "retention_rule_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "media_set" add constraint "media_set_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "media_volume" add constraint "media_volume_set_id_foreign" foreign key ("set_id") references "media_set" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "media_volume" add constraint "media_volume_file_id_foreign" foreign key ("file_id") references "stored_file" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "media_volume" add constraint "media_volume_registered_by_id_foreign" foreign key ("registered_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "media_verification" add constraint "media_verification_volume_id_foreign" foreign key ("volume_id") references "media_volume" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "media_verification" add constraint "media_verification_verified_by_id_foreign" foreign key ("verified_by_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "case_hold" add constraint "case_hold_case_id_foreign" foreign key ("case_id") references "enforcement_case" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "case_hold" add constraint "case_hold_placed_by_id_foreign" foreign key ("placed_by_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "case_hold" add constraint "case_hold_released_by_id_foreign" foreign key ("released_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "archive_transfer" add constraint "archive_transfer_case_id_foreign" foreign key ("case_id") references "enforcement_case" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "archive_transfer" add constraint "archive_transfer_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "archive_transfer" add constraint "archive_transfer_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "archive_transfer" add constraint "archive_transfer_submitted_by_id_foreign" foreign key ("submitted_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "archive_transfer" add constraint "archive_transfer_approval_id_foreign" foreign key ("approval_id") references "approval_request" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "archive_transfer" add constraint "archive_transfer_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "disposal_list" add constraint "disposal_list_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "disposal_list" add constraint "disposal_list_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "disposal_list" add constraint "disposal_list_approval_id_foreign" foreign key ("approval_id") references "approval_request" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "disposal_list" add constraint "disposal_list_executed_by_id_foreign" foreign key ("executed_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "disposal_list" add constraint "disposal_list_certificate_id_foreign" foreign key ("certificate_id") references "stored_file" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "disposal_item" add constraint "disposal_item_list_id_foreign" foreign key ("list_id") references "disposal_list" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "disposal_item" add constraint "disposal_item_record_id_foreign" foreign key ("record_id") references "record" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "disposal_item" add constraint "disposal_item_case_id_foreign" foreign key ("case_id") references "enforcement_case" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "disposal_item" add constraint "disposal_item_file_id_foreign" foreign key ("file_id") references "stored_file" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`alter table "approval_policy" drop constraint if exists "approval_policy_request_type_check";`);
    this.addSql(`alter table "approval_request" drop constraint if exists "approval_request_type_check";`);
    this.addSql(`alter table "stored_file" add column "disposed_at" timestamptz null;`);
    this.addSql(
      `alter table "enforcement_case" add column "archive_number" varchar(64) null, add column "archived_on" date null, add column "retention_period" text check ("retention_period" in ('PERMANENT', 'Y30', 'Y10', 'SHORT')) null, add column "retain_until" date null, add column "hold_count" int not null default 0;`,
    );
    this.addSql(
      `alter table "enforcement_case" add constraint "enforcement_case_archive_number_unique" unique ("archive_number");`,
    );
    this.addSql(
      `alter table "record" add column "retention" text check ("retention" in ('PERMANENT', 'Y30', 'Y10', 'SHORT')) null, add column "retain_until" date null, add column "disposed_at" timestamptz null;`,
    );
    this.addSql(`create index "record_retain_until_index" on "record" ("retain_until");`);
    this.addSql(
      `alter table "record_hold" add column "long_term_reason" text check ("long_term_reason" in ('OBJECTION', 'OBSTRUCTION', 'MASS_INCIDENT', 'OTHER_IMPORTANT')) null;`,
    );
    this.addSql(
      `alter table "approval_policy" add constraint "approval_policy_request_type_check" check("request_type" in ('VIEWING', 'PARTY_COPY', 'EXTERNAL', 'TRANSFER', 'DISPOSAL'));`,
    );
    this.addSql(
      `alter table "approval_request" add constraint "approval_request_type_check" check("type" in ('VIEWING', 'PARTY_COPY', 'EXTERNAL', 'TRANSFER', 'DISPOSAL'));`,
    );
    // A destroyed file keeps its row and hashes; only the moment of destruction may be set, once.
    this.addSql(`create or replace function "stored_file_fixity_only"() returns trigger language plpgsql as $$
      begin
        if tg_op <> 'UPDATE' then raise exception 'stored files are never deleted (Art. 21)'; end if;
        if (new.id, new.sha256, new.sm3, new.size, new.media_type, new.extension, new.duration_seconds, new.width, new.height, new.recorded_at, new.stored_at)
           is distinct from (old.id, old.sha256, old.sm3, old.size, old.media_type, old.extension, old.duration_seconds, old.width, old.height, old.recorded_at, old.stored_at)
        then raise exception 'a stored file changes only its fixity result (Art. 21)'; end if;
        if old.disposed_at is not null and new.disposed_at is distinct from old.disposed_at
        then raise exception 'a destroyed file stays destroyed'; end if;
        return new;
      end $$;`);
    for (const table of ['media_verification', 'disposal_item'])
      this.addSql(
        `create trigger "${table}_immutable" before update on "${table}" for each row execute function "refuse_change"();`,
      );
    this.addSql(
      `create trigger "media_verification_no_delete" before delete on "media_verification" for each row execute function "refuse_change"();`,
    );
    // Art. 13–14 defaults; the archive edits them (permanent / 30 / 10 years; transfer in 30 days, licensing 15).
    for (const [procedure, period, days, evidenceAv] of [
      ['GENERAL_PENALTY', 'Y30', 30, true],
      ['COMPULSORY_MEASURE', 'Y30', 30, true],
      ['SIMPLE_PENALTY', 'Y10', 30, false],
      ['LICENSING', 'Y30', 15, false],
      ['INSPECTION', 'Y10', 30, false],
      ['OTHER', 'Y10', 30, false],
    ] as const)
      this.addSql(
        `insert into "retention_rule" ("procedure", "period", "transfer_days", "evidence_av_keeps_case_period", "updated_at") values ('${procedure}', '${period}', ${days}, ${evidenceAv}, now());`,
      );
    for (const type of ['TRANSFER', 'DISPOSAL'] as const)
      this.addSql(
        `insert into "approval_policy" ("id", "request_type", "version", "rules", "created_at", "note") values (gen_random_uuid(), '${type}', 1, '${JSON.stringify(DEFAULT_POLICIES[type])}', now(), 'Defaults (DESIGN.md, Art. 13 and 14)');`,
      );
  }
}
