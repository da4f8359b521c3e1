import { Migration } from '@mikro-orm/migrations';
import { DEFAULT_POLICIES } from '../../approvals/policy-rules.js';

/**
 * Approvals: versioned policies (seeded with the defaults), requests and their ordered steps,
 * viewing requests (Art. 18) and the time-limited grants they give.
 */
export class Migration20261129010000_approvals extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "approval_policy" ("id" uuid not null, "request_type" text check ("request_type" in ('VIEWING', 'PARTY_COPY', 'EXTERNAL', 'DISPOSAL')) not null, "version" int not null, "rules" jsonb not null, "created_by_id" uuid null, "created_at" timestamptz not null, "note" varchar(300) null, constraint "approval_policy_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "approval_policy" add constraint "approval_policy_request_type_version_unique" unique ("request_type", "version");`,
    );
    this.addSql(
      `create table "approval_request" ("id" uuid not null, "type" text check ("type" in ('VIEWING', 'PARTY_COPY', 'EXTERNAL', 'DISPOSAL')) not null, "requester_id" uuid not null, "unit_id" uuid not null, "purpose" varchar(1000) not null, "summary" varchar(300) not null, "max_confidentiality" text check ("max_confidentiality" in ('NONE', 'PERSONAL_PRIVACY', 'TRADE_SECRET', 'STATE_SECRET')) not null, "has_av" boolean not null, "max_secret_rank" smallint not null, "policy_id" uuid not null, "status" text check ("status" in ('PENDING', 'APPROVED', 'REJECTED', 'RETURNED', 'CANCELLED')) not null default 'PENDING', "current_step" smallint not null default 1, "created_at" timestamptz not null, "due_at" timestamptz null, "decided_at" timestamptz null, constraint "approval_request_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "approval_request_status_index" on "approval_request" ("status");`);
    this.addSql(
      `create index "approval_request_requester_id_created_at_index" on "approval_request" ("requester_id", "created_at");`,
    );
    this.addSql(
      `create table "approval_step" ("id" uuid not null, "request_id" uuid not null, "seq" smallint not null, "role" text check ("role" in ('officer', 'unitClerk', 'unitHead', 'archivist', 'leader', 'legal', 'infoCenter', 'supervisor')) not null, "unit_id" uuid null, "min_clearance_rank" smallint not null default 0, "label" varchar(100) null, "requester_id" uuid not null, "waiting" boolean not null default false, "decision" text check ("decision" in ('APPROVE', 'REJECT', 'RETURN')) null, "comment" varchar(1000) null, "decided_by_id" uuid null, "decided_at" timestamptz null, constraint "approval_step_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "approval_step_request_id_index" on "approval_step" ("request_id");`);
    this.addSql(`create index "approval_step_waiting_role_index" on "approval_step" ("waiting", "role");`);
    this.addSql(
      `create table "access_grant" ("id" uuid not null, "user_id" uuid not null, "record_id" uuid not null, "actions" text[] not null, "request_id" uuid not null, "valid_from" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "revoked_by_id" uuid null, "revoke_reason" varchar(300) null, "created_at" timestamptz not null, constraint "access_grant_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "access_grant_user_id_expires_at_index" on "access_grant" ("user_id", "expires_at");`);
    this.addSql(
      `create table "viewing_request" ("id" uuid not null, "approval_id" uuid not null, "case_id" uuid not null, "record_ids" text[] not null, "actions" text[] not null, "valid_from" timestamptz not null, "valid_until" timestamptz not null, constraint "viewing_request_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "viewing_request" add constraint "viewing_request_approval_id_unique" unique ("approval_id");`,
    );
    this.addSql(
      `alter table "approval_policy" add constraint "approval_policy_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "approval_request" add constraint "approval_request_requester_id_foreign" foreign key ("requester_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "approval_request" add constraint "approval_request_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "approval_request" add constraint "approval_request_policy_id_foreign" foreign key ("policy_id") references "approval_policy" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "approval_step" add constraint "approval_step_request_id_foreign" foreign key ("request_id") references "approval_request" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "approval_step" add constraint "approval_step_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "access_grant" add constraint "access_grant_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "access_grant" add constraint "access_grant_record_id_foreign" foreign key ("record_id") references "record" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "access_grant" add constraint "access_grant_request_id_foreign" foreign key ("request_id") references "approval_request" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "access_grant" add constraint "access_grant_revoked_by_id_foreign" foreign key ("revoked_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "viewing_request" add constraint "viewing_request_approval_id_foreign" foreign key ("approval_id") references "approval_request" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "viewing_request" add constraint "viewing_request_case_id_foreign" foreign key ("case_id") references "enforcement_case" ("id") on update cascade;`,
    );
    this.addSql(
      `create trigger "approval_policy_immutable" before update or delete on "approval_policy" for each row execute function "refuse_change"();`,
    );
    this.addSql(
      `insert into "approval_policy" ("id", "request_type", "version", "rules", "created_at", "note") values (gen_random_uuid(), 'VIEWING', 1, '${JSON.stringify(DEFAULT_POLICIES.VIEWING)}', now(), 'Defaults (DESIGN.md, Art. 18 and 20)');`,
    );
  }

  override async down(): Promise<void> {
    for (const table of ['access_grant', 'viewing_request', 'approval_step', 'approval_request', 'approval_policy'])
      this.addSql(`drop table if exists "${table}" cascade;`);
  }
}
