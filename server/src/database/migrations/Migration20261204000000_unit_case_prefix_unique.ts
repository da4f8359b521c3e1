import { Migration } from '@mikro-orm/migrations';

/**
 * A unit's case-number prefix is unique among units: two units sharing one would number their
 * cases alike (each counts its own per year) and the second case would be refused. The prefix is
 * now set in the console, not only by seeds.
 */
export class Migration20261204000000_unit_case_prefix_unique extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "unit" add constraint "unit_case_prefix_unique" unique ("case_prefix");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "unit" drop constraint "unit_case_prefix_unique";`);
  }
}
