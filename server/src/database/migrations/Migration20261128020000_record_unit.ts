import { Migration } from '@mikro-orm/migrations';

/** Records carry their case's unit, so unit-scoped lists and counts use an index instead of a join. */
export class Migration20261128020000_record_unit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "record" add column "unit_id" uuid null;`);
    this.addSql(`update "record" r set "unit_id" = c."unit_id" from "enforcement_case" c where c."id" = r."case_id";`);
    this.addSql(`alter table "record" alter column "unit_id" set not null;`);
    this.addSql(
      `alter table "record" add constraint "record_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`,
    );
    this.addSql(`drop index "record_kind_index";`);
    this.addSql(`create index "record_created_at_index" on "record" ("created_at");`);
    this.addSql(`create index "record_kind_created_at_index" on "record" ("kind", "created_at");`);
    this.addSql(`create index "record_unit_id_kind_created_at_index" on "record" ("unit_id", "kind", "created_at");`);
    this.addSql(`create index "record_unit_id_created_at_index" on "record" ("unit_id", "created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `drop index "record_unit_id_created_at_index", "record_unit_id_kind_created_at_index", "record_kind_created_at_index", "record_created_at_index";`,
    );
    this.addSql(`create index "record_kind_index" on "record" ("kind");`);
    this.addSql(`alter table "record" drop column "unit_id";`);
  }
}
