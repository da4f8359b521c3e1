import { Migration } from '@mikro-orm/migrations';

/** A withdrawn disposal list keeps when and why it was withdrawn, for whoever opens it later. */
export class Migration20261203010000_disposal_cancel_reason extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "disposal_list" add column "cancelled_at" timestamptz null, add column "cancel_reason" varchar(500) null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "disposal_list" drop column "cancelled_at", drop column "cancel_reason";`);
  }
}
