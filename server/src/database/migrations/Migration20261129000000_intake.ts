import { Migration } from '@mikro-orm/migrations';

/**
 * Evidence intake: the content-addressed stored files (only their fixity columns ever change),
 * their fixity checks (append-only), the upload journal, audited file accesses, and the uploaded
 * name on record versions.
 */
export class Migration20261129000000_intake extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "audit_event" drop constraint if exists "audit_event_outcome_check";`);
    this.addSql(
      `alter table "audit_event" add constraint "audit_event_outcome_check" check ("outcome" in ('ALLOWED', 'DENIED', 'FAILED'));`,
    );
    this.addSql(`alter table "record" add column "file_name" varchar(255) null;`);
    this.addSql(`alter table "record_version" add column "file_name" varchar(255) null;`);
    this.addSql(
      `create table "stored_file" ("id" uuid not null, "sha256" varchar(64) not null, "sm3" varchar(64) not null, "size" bigint not null, "media_type" varchar(100) not null, "extension" varchar(16) not null, "duration_seconds" double precision null, "width" int null, "height" int null, "recorded_at" timestamptz null, "stored_at" timestamptz not null, "fixity_status" text check ("fixity_status" in ('UNCHECKED', 'OK', 'MISMATCH', 'MISSING')) not null default 'UNCHECKED', "fixity_checked_at" timestamptz null, constraint "stored_file_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "stored_file" add constraint "stored_file_sha256_unique" unique ("sha256");`);
    this.addSql(`create index "stored_file_fixity_status_index" on "stored_file" ("fixity_status");`);
    this.addSql(`create index "stored_file_fixity_due" on "stored_file" (coalesce(fixity_checked_at, stored_at), id);`);
    this.addSql(`create function "stored_file_fixity_only"() returns trigger language plpgsql as $$
      begin
        if tg_op <> 'UPDATE' then raise exception 'stored files are never deleted (Art. 21)'; end if;
        if (new.id, new.sha256, new.sm3, new.size, new.media_type, new.extension, new.duration_seconds, new.width, new.height, new.recorded_at, new.stored_at)
           is distinct from (old.id, old.sha256, old.sm3, old.size, old.media_type, old.extension, old.duration_seconds, old.width, old.height, old.recorded_at, old.stored_at)
        then raise exception 'a stored file changes only its fixity result (Art. 21)'; end if;
        return new;
      end $$;`);
    this.addSql(
      `create trigger "stored_file_guard" before update or delete on "stored_file" for each row execute function "stored_file_fixity_only"();`,
    );
    this.addSql(
      `create trigger "stored_file_no_truncate" before truncate on "stored_file" for each statement execute function "refuse_change"();`,
    );
    this.addSql(
      `create table "fixity_check" ("id" uuid not null, "file_id" uuid not null, "checked_at" timestamptz not null, "status" text check ("status" in ('UNCHECKED', 'OK', 'MISMATCH', 'MISSING')) not null, "trigger" text check ("trigger" in ('SCHEDULE', 'EVENT', 'MANUAL')) not null, "detail" varchar(500) null, constraint "fixity_check_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "fixity_check_file_id_checked_at_index" on "fixity_check" ("file_id", "checked_at");`);
    this.addSql(
      `alter table "fixity_check" add constraint "fixity_check_file_id_foreign" foreign key ("file_id") references "stored_file" ("id") on update cascade;`,
    );
    this.addSql(
      `create trigger "fixity_check_immutable" before update or delete on "fixity_check" for each row execute function "refuse_change"();`,
    );
    this.addSql(
      `create table "upload" ("id" varchar(64) not null, "created_by_id" uuid not null, "case_id" uuid not null, "target_record_id" uuid null, "kind" text check ("kind" in ('ENFORCEMENT_DOCUMENT', 'INVESTIGATION_EVIDENCE', 'HEARING_MATERIAL', 'INSPECTION_CONCLUSION', 'EXPERT_OPINION', 'INTERNAL_APPROVAL', 'SERVICE_RECEIPT', 'OTHER_TEXT', 'PHOTO', 'AUDIO', 'VIDEO', 'SURVEILLANCE')) not null, "metadata" jsonb not null, "file_name" varchar(255) not null, "size" bigint not null, "status" text check ("status" in ('RECEIVING', 'STORING', 'COMPLETED', 'REJECTED', 'CANCELLED', 'EXPIRED', 'QUARANTINED')) not null default 'RECEIVING', "status_reason" varchar(500) null, "sha256" varchar(64) null, "sm3" varchar(64) null, "media_type" varchar(100) null, "record_id" uuid null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "finished_at" timestamptz null, constraint "upload_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "upload_created_by_id_index" on "upload" ("created_by_id");`);
    this.addSql(`create index "upload_status_expires_at_index" on "upload" ("status", "expires_at");`);
    this.addSql(
      `create table "file_access" ("id" uuid not null, "user_id" uuid not null, "record_id" uuid not null, "version" int not null, "file_id" uuid not null, "mode" text check ("mode" in ('VIEW', 'DOWNLOAD')) not null, "file_name" varchar(255) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "first_used_at" timestamptz null, "first_range" varchar(100) null, constraint "file_access_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "upload" add constraint "upload_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "upload" add constraint "upload_case_id_foreign" foreign key ("case_id") references "enforcement_case" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "upload" add constraint "upload_target_record_id_foreign" foreign key ("target_record_id") references "record" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "file_access" add constraint "file_access_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "file_access" add constraint "file_access_record_id_foreign" foreign key ("record_id") references "record" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "file_access" add constraint "file_access_file_id_foreign" foreign key ("file_id") references "stored_file" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "file_access" cascade;`);
    this.addSql(`drop table if exists "upload" cascade;`);
    this.addSql(`drop table if exists "fixity_check" cascade;`);
    this.addSql(`drop table if exists "stored_file" cascade;`);
    this.addSql(`drop function if exists "stored_file_fixity_only"();`);
    this.addSql(`alter table "record" drop column "file_name";`);
    this.addSql(`alter table "record_version" drop column "file_name";`);
  }
}
