import { Migration } from '@mikro-orm/migrations';

/**
 * Kept export packages (Art. 17) join the fixity cycle as stored files. Packages whose SM3 is
 * already known get their row now, unchecked, so the cycle re-hashes them first; newer ones are
 * registered when their SM3 is computed.
 */
export class Migration20261202000000_packages_in_fixity extends Migration {
  override async up(): Promise<void> {
    this
      .addSql(`insert into "stored_file" ("id", "sha256", "sm3", "size", "media_type", "extension", "stored_at", "fixity_status")
      select gen_random_uuid(), "sha256", "sm3", "size", 'application/zip', 'zip', coalesce("finished_at", now()), 'UNCHECKED'
        from "export_package" where "sha256" is not null and "sm3" is not null and "size" is not null
      on conflict ("sha256") do nothing;`);
  }

  override async down(): Promise<void> {
    // Nothing to undo: the rows are valid stored files, and the checks made of them are history.
  }
}
