import { Migration } from '@mikro-orm/migrations';

/**
 * Content destroyed by a disposal keeps its row; the same bytes uploaded again later get a new
 * row of their own (before, the new record was tied to the destroyed row: refused with 410, left
 * out of fixity and backups). So the SHA-256 is unique among live rows only.
 */
export class Migration20261202010000_stored_file_live_sha256 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "stored_file" drop constraint "stored_file_sha256_unique";`);
    this.addSql(`create index "stored_file_sha256_index" on "stored_file" ("sha256");`);
    this.addSql(
      `create unique index "stored_file_sha256_live" on "stored_file" ("sha256") where "disposed_at" is null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "stored_file_sha256_live";`);
    this.addSql(`drop index "stored_file_sha256_index";`);
    this.addSql(`alter table "stored_file" add constraint "stored_file_sha256_unique" unique ("sha256");`);
  }
}
