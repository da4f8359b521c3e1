import { Migration } from '@mikro-orm/migrations';

/** Recording devices: register, checkouts (one holder at a time), faults and repairs, maintenance log. */
export class Migration20261128030000_devices extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "device" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "number" varchar(64) not null, "kind" text check ("kind" in ('BODY_CAMERA', 'CAMERA', 'VIDEO_CAMERA', 'AUDIO_RECORDER', 'OTHER')) not null, "model" varchar(100) not null, "serial" varchar(100) not null, "unit_id" uuid not null, "custodian_id" uuid null, "status" text check ("status" in ('IN_SERVICE', 'FAULTY', 'UNDER_REPAIR', 'RETIRED')) not null default 'IN_SERVICE', "purchased_on" date null, constraint "device_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "device" add constraint "device_number_unique" unique ("number");`);
    this.addSql(`create index "device_unit_id_index" on "device" ("unit_id");`);
    this.addSql(
      `create table "device_maintenance" ("id" uuid not null, "device_id" uuid not null, "kind" text check ("kind" in ('CHARGING', 'CLEANING', 'BATTERY_CHECK', 'STORAGE_CHECK')) not null, "performed_at" timestamptz not null, "performed_by_id" uuid not null, "note" varchar(500) null, constraint "device_maintenance_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "device_maintenance_device_id_kind_performed_at_index" on "device_maintenance" ("device_id", "kind", "performed_at");`,
    );
    this.addSql(
      `create table "device_fault" ("id" uuid not null, "device_id" uuid not null, "description" varchar(1000) not null, "reported_by_id" uuid not null, "reported_at" timestamptz not null, "repair_service" varchar(200) null, "sent_at" timestamptz null, "repaired_at" timestamptz null, "repair_result" varchar(1000) null, "closed_at" timestamptz null, "closed_by_id" uuid null, constraint "device_fault_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "device_fault_device_id_index" on "device_fault" ("device_id");`);
    this.addSql(
      `create table "device_checkout" ("id" uuid not null, "device_id" uuid not null, "officer_id" uuid not null, "day" date not null, "checked_out_at" timestamptz not null, "battery_percent" smallint not null, "free_storage_gb" real not null, "clock_correct" boolean not null, "check_passed" boolean not null, "override_reason" varchar(300) null, "returned_at" timestamptz null, "returned_by_id" uuid null, constraint "device_checkout_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "device_checkout_officer_id_index" on "device_checkout" ("officer_id");`);
    this.addSql(
      `create unique index "device_checkout_one_holder" on "device_checkout" ("device_id") where "returned_at" is null;`,
    );
    this.addSql(`create index "device_checkout_device_id_day_index" on "device_checkout" ("device_id", "day");`);
    this.addSql(
      `alter table "device" add constraint "device_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "device" add constraint "device_custodian_id_foreign" foreign key ("custodian_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "device_maintenance" add constraint "device_maintenance_device_id_foreign" foreign key ("device_id") references "device" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "device_maintenance" add constraint "device_maintenance_performed_by_id_foreign" foreign key ("performed_by_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "device_fault" add constraint "device_fault_device_id_foreign" foreign key ("device_id") references "device" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "device_fault" add constraint "device_fault_reported_by_id_foreign" foreign key ("reported_by_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "device_fault" add constraint "device_fault_closed_by_id_foreign" foreign key ("closed_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "device_checkout" add constraint "device_checkout_device_id_foreign" foreign key ("device_id") references "device" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "device_checkout" add constraint "device_checkout_officer_id_foreign" foreign key ("officer_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "device_checkout" add constraint "device_checkout_returned_by_id_foreign" foreign key ("returned_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "device_maintenance", "device_fault", "device_checkout", "device" cascade;`);
  }
}
