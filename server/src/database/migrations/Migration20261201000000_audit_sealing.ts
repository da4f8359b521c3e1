import { Migration } from '@mikro-orm/migrations';

/**
 * Audit appends no longer wait for one another (group commit). An event is inserted pending —
 * no place in the chain yet — in the transaction of the change it describes, and a sealer gives
 * committed pending events their sequence number, predecessor's hash and hash, many at a time
 * (server/src/audit/chainer.ts). The trail stays append-only: sealing a pending event once, with
 * its content unchanged, is the only UPDATE the trigger lets through.
 */
export class Migration20261201000000_audit_sealing extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "audit_event" add column "id" bigserial;`);
    this.addSql(`alter table "audit_event" drop constraint "audit_event_pkey";`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_pkey" primary key ("id");`);
    this.addSql(`alter table "audit_event" alter column "seq" drop not null;`);
    this.addSql(`alter table "audit_event" alter column "prev_hash" drop not null;`);
    this.addSql(`alter table "audit_event" alter column "hash" drop not null;`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_seq_unique" unique ("seq");`);
    this.addSql(
      `alter table "audit_event" add constraint "audit_event_sealed_check" check (("seq" is null) = ("hash" is null) and ("hash" is null) = ("prev_hash" is null));`,
    );
    this.addSql(`create index "audit_event_pending" on "audit_event" ("id") where "seq" is null;`);
    this.addSql(`create or replace function "audit_event_append_only"() returns trigger language plpgsql as $$
begin
  -- The one change allowed: sealing a pending event into the chain, once, its content untouched.
  if tg_op = 'UPDATE' and old."seq" is null and new."seq" is not null
     and (new."id", new."at", new."actor_id", new."actor_name", new."action", new."subject_type",
          new."subject_id", new."outcome", new."client_address", new."details")
         is not distinct from
         (old."id", old."at", old."actor_id", old."actor_name", old."action", old."subject_type",
          old."subject_id", old."outcome", old."client_address", old."details") then
    return new;
  end if;
  raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end $$;`);
  }

  /** Seal every pending event (start the server once) before going down: pending rows have no seq. */
  override async down(): Promise<void> {
    this.addSql(`create or replace function "audit_event_append_only"() returns trigger language plpgsql as $$
begin
  raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end $$;`);
    this.addSql(`drop index if exists "audit_event_pending";`);
    this.addSql(`alter table "audit_event" drop constraint if exists "audit_event_sealed_check";`);
    this.addSql(`alter table "audit_event" drop constraint if exists "audit_event_seq_unique";`);
    this.addSql(`alter table "audit_event" drop constraint "audit_event_pkey";`);
    this.addSql(`alter table "audit_event" alter column "seq" set not null;`);
    this.addSql(`alter table "audit_event" alter column "prev_hash" set not null;`);
    this.addSql(`alter table "audit_event" alter column "hash" set not null;`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_pkey" primary key ("seq");`);
    this.addSql(`alter table "audit_event" drop column "id";`);
  }
}
