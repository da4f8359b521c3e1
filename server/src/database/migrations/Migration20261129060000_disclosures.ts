import { Migration } from '@mikro-orm/migrations';
import { DEFAULT_POLICIES } from '../../approvals/policy-rules.js';

/**
 * Requests from courts and other bodies, parties' copy applications (Art. 16–20): the requests,
 * their per-record decisions, their scanned papers (insert-only), and the export packages built
 * for them; default approval chains for both request types.
 */
export class Migration20261129060000_disclosures extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "disclosure_counter" ("prefix" varchar(8) not null, "year" int not null, "last_seq" int not null, constraint "disclosure_counter_pkey" primary key ("prefix", "year"));`,
    );
    this.addSql(
      `create table "attachment" ("id" uuid not null, "file_id" uuid not null, "file_name" varchar(255) not null, "purpose" text check ("purpose" in ('LETTER', 'APPLICATION_FORM', 'IDENTITY_DOCUMENT', 'AUTHORISATION', 'REDACTED_COPY', 'RECEIPT')) not null, "queue" text check ("queue" in ('EXTERNAL', 'PARTY_COPY')) not null, "uploaded_by_id" uuid not null, "created_at" timestamptz not null, constraint "attachment_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create table "disclosure" ("id" uuid not null, "type" text check ("type" in ('EXTERNAL', 'PARTY_COPY')) not null, "number" varchar(32) not null, "status" text check ("status" in ('REGISTERED', 'IN_APPROVAL', 'RETURNED', 'REJECTED', 'CANCELLED', 'APPROVED', 'PACKAGE_READY', 'DELIVERED', 'CLOSED')) not null default 'REGISTERED', "unit_id" uuid not null, "registered_by_id" uuid not null, "registered_at" timestamptz not null, "due_at" timestamptz null, "purpose" varchar(1000) not null, "body_kind" text check ("body_kind" in ('PEOPLES_COURT', 'RECONSIDERATION_BODY', 'PROCURATORATE', 'SUPERVISION_COMMISSION', 'OTHER')) null, "body_name" varchar(200) null, "letter_number" varchar(100) null, "letter_date" date null, "letter_id" uuid null, "concerning" varchar(200) null, "applicant_name" varchar(200) null, "applicant_id_type" varchar(50) null, "applicant_id_number" varchar(64) null, "relation" text check ("relation" in ('PARTY', 'AGENT')) null, "party_case_id" uuid null, "application_form_id" uuid null, "identity_document_id" uuid null, "authorisation_id" uuid null, "approval_id" uuid null, "delivery_method" text check ("delivery_method" in ('IN_PERSON', 'POST', 'ELECTRONIC')) null, "delivered_to" varchar(200) null, "delivered_at" timestamptz null, "receipt_id" uuid null, "delivered_by_id" uuid null, "delivery_note" varchar(500) null, "closed_at" timestamptz null, "close_note" varchar(500) null, "updated_at" timestamptz not null, constraint "disclosure_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "disclosure" add constraint "disclosure_number_unique" unique ("number");`);
    this.addSql(`alter table "disclosure" add constraint "disclosure_approval_id_unique" unique ("approval_id");`);
    this.addSql(`create index "disclosure_type_status_index" on "disclosure" ("type", "status");`);
    this.addSql(
      `create table "export_package" ("id" uuid not null, "disclosure_id" uuid not null, "status" text check ("status" in ('QUEUED', 'BUILDING', 'READY', 'FAILED')) not null default 'QUEUED', "file_name" varchar(100) not null, "file_count" int not null, "bytes_total" bigint not null default 0, "bytes_done" bigint not null default 0, "payload_oxum" varchar(40) null, "sha256" varchar(64) null, "sm3" varchar(64) null, "size" bigint null, "contents" jsonb null, "error" varchar(1000) null, "requested_by_id" uuid not null, "builder" varchar(300) null, "build_token" uuid null, "heartbeat_at" timestamptz null, "created_at" timestamptz not null, "started_at" timestamptz null, "finished_at" timestamptz null, constraint "export_package_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "export_package_disclosure_id_index" on "export_package" ("disclosure_id");`);
    this.addSql(
      `create table "disclosure_item" ("id" uuid not null, "disclosure_id" uuid not null, "seq" int not null, "record_id" uuid not null, "decision" text check ("decision" in ('INCLUDE', 'EXCLUDE', 'INCLUDE_REDACTED')) null, "reason" text check ("reason" in ('STATE_SECRET', 'TRADE_SECRET', 'THIRD_PARTY_PRIVACY', 'OTHER_LEGAL_GROUND')) null, "note" varchar(500) null, "redacted_id" uuid null, "record_version" int null, "decided_by_id" uuid null, "decided_at" timestamptz null, constraint "disclosure_item_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "disclosure_item_disclosure_id_index" on "disclosure_item" ("disclosure_id");`);
    this.addSql(`create index "disclosure_item_record_id_index" on "disclosure_item" ("record_id");`);
    this.addSql(
      `alter table "disclosure_item" add constraint "disclosure_item_disclosure_id_record_id_unique" unique ("disclosure_id", "record_id");`,
    );
    this.addSql(
      `alter table "attachment" add constraint "attachment_file_id_foreign" foreign key ("file_id") references "stored_file" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "attachment" add constraint "attachment_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "disclosure" add constraint "disclosure_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "disclosure" add constraint "disclosure_registered_by_id_foreign" foreign key ("registered_by_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "disclosure" add constraint "disclosure_letter_id_foreign" foreign key ("letter_id") references "attachment" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "disclosure" add constraint "disclosure_party_case_id_foreign" foreign key ("party_case_id") references "enforcement_case" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "disclosure" add constraint "disclosure_application_form_id_foreign" foreign key ("application_form_id") references "attachment" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "disclosure" add constraint "disclosure_identity_document_id_foreign" foreign key ("identity_document_id") references "attachment" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "disclosure" add constraint "disclosure_authorisation_id_foreign" foreign key ("authorisation_id") references "attachment" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "disclosure" add constraint "disclosure_approval_id_foreign" foreign key ("approval_id") references "approval_request" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "disclosure" add constraint "disclosure_receipt_id_foreign" foreign key ("receipt_id") references "attachment" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "disclosure" add constraint "disclosure_delivered_by_id_foreign" foreign key ("delivered_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "export_package" add constraint "export_package_disclosure_id_foreign" foreign key ("disclosure_id") references "disclosure" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "export_package" add constraint "export_package_requested_by_id_foreign" foreign key ("requested_by_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "disclosure_item" add constraint "disclosure_item_disclosure_id_foreign" foreign key ("disclosure_id") references "disclosure" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "disclosure_item" add constraint "disclosure_item_record_id_foreign" foreign key ("record_id") references "record" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "disclosure_item" add constraint "disclosure_item_redacted_id_foreign" foreign key ("redacted_id") references "attachment" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "disclosure_item" add constraint "disclosure_item_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    // One package per request in flight or given: two clicks (or two people) cannot build two.
    this.addSql(
      `create unique index "export_package_one_open" on "export_package" ("disclosure_id") where "status" in ('QUEUED', 'BUILDING', 'READY');`,
    );
    this.addSql(
      `create trigger "attachment_immutable" before update or delete on "attachment" for each row execute function "refuse_change"();`,
    );
    for (const type of ['EXTERNAL', 'PARTY_COPY'] as const)
      this.addSql(
        `insert into "approval_policy" ("id", "request_type", "version", "rules", "created_at", "note") values (gen_random_uuid(), '${type}', 1, '${JSON.stringify(DEFAULT_POLICIES[type])}', now(), 'Defaults (DESIGN.md, Art. 17 and 19)');`,
      );
  }
}
