import { Migration } from '@mikro-orm/migrations';

/** Signed daily audit checkpoints (append-only). */
export class Migration20261129020000_audit_checkpoints extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "audit_checkpoint" ("day" date not null, "last_seq" bigint not null, "last_hash" varchar(64) not null, "signed_at" timestamptz not null, "signature" text not null, "key_fingerprint" varchar(64) not null, constraint "audit_checkpoint_pkey" primary key ("day"));`,
    );
    this.addSql(
      `create trigger "audit_checkpoint_immutable" before update or delete on "audit_checkpoint" for each row execute function "refuse_change"();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_checkpoint" cascade;`);
  }
}
