import { Migration } from '@mikro-orm/migrations';

/** Units, users, sessions and the append-only, hash-chained audit trail. */
export class Migration20261128000000_base extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "unit" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(32) not null, "name" varchar(100) not null, "kind" text check ("kind" in ('LEADERSHIP', 'LEGAL', 'ARCHIVE', 'INFO_CENTER', 'SUPERVISION', 'ENFORCEMENT_TEAM', 'MARKET_OFFICE', 'OTHER')) not null, constraint "unit_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "unit" add constraint "unit_code_unique" unique ("code");`);
    this.addSql(`alter table "unit" add constraint "unit_name_unique" unique ("name");`);

    this.addSql(
      `create table "app_user" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "username" varchar(64) not null, "display_name" varchar(100) not null, "unit_id" uuid not null, "roles" text[] not null, "clearance" text check ("clearance" in ('NONE', 'SECRET', 'HIGHLY_SECRET', 'TOP_SECRET')) not null default 'NONE', "active" boolean not null default true, "password_hash" varchar(255) not null, "password_changed_at" timestamptz not null, "failed_login_count" int not null default 0, "locked_until" timestamptz null, "last_login_at" timestamptz null, constraint "app_user_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);
    this.addSql(
      `alter table "app_user" add constraint "app_user_roles_check" check ("roles" <@ array['officer','unitClerk','unitHead','archivist','leader','legal','infoCenter','supervisor']::text[] and cardinality("roles") > 0);`,
    );
    this.addSql(
      `alter table "app_user" add constraint "app_user_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`,
    );
    this.addSql(`create index "app_user_unit_id_index" on "app_user" ("unit_id");`);

    this.addSql(
      `create table "session" ("id" uuid not null, "token_hash" varchar(64) not null, "user_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "client_address" varchar(64) null, "user_agent" varchar(255) null, constraint "session_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);
    this.addSql(
      `alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`,
    );

    this.addSql(
      `create table "audit_event" ("seq" bigint not null, "at" timestamptz not null, "actor_id" uuid null, "actor_name" varchar(64) null, "action" varchar(64) not null, "subject_type" varchar(64) null, "subject_id" varchar(64) null, "outcome" text check ("outcome" in ('ALLOWED', 'DENIED')) not null, "client_address" varchar(64) null, "details" jsonb not null, "prev_hash" varchar(64) not null, "hash" varchar(64) not null, constraint "audit_event_pkey" primary key ("seq"));`,
    );
    this.addSql(`create index "audit_event_at_index" on "audit_event" ("at");`);
    this.addSql(`create index "audit_event_actor_id_index" on "audit_event" ("actor_id");`);
    this.addSql(`create index "audit_event_action_index" on "audit_event" ("action");`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_hash_unique" unique ("hash");`);
    this.addSql(
      `create index "audit_event_subject_type_subject_id_index" on "audit_event" ("subject_type", "subject_id");`,
    );
    // Art. 21: the trail is append-only. Only a superuser disabling the triggers can change it,
    // and the hash chain makes that visible.
    this.addSql(`create function "audit_event_append_only"() returns trigger language plpgsql as $$
begin
  raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end $$;`);
    this.addSql(
      `create trigger "audit_event_no_update_delete" before update or delete on "audit_event" for each row execute function "audit_event_append_only"();`,
    );
    this.addSql(
      `create trigger "audit_event_no_truncate" before truncate on "audit_event" for each statement execute function "audit_event_append_only"();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_event" cascade;`);
    this.addSql(`drop function if exists "audit_event_append_only"();`);
    this.addSql(`drop table if exists "session" cascade;`);
    this.addSql(`drop table if exists "app_user" cascade;`);
    this.addSql(`drop table if exists "unit" cascade;`);
  }
}
