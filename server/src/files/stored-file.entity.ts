import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/** Result of the latest fixity check of a stored file. */
export enum FixityStatus {
  /** Not re-checked since it was stored (its hashes were computed as it arrived). */
  UNCHECKED = 'UNCHECKED',
  OK = 'OK',
  /** The bytes no longer hash to what was stored. */
  MISMATCH = 'MISMATCH',
  /** The file is gone from the store. */
  MISSING = 'MISSING',
}
registerEnumType(FixityStatus, { name: 'FixityStatus' });

/**
 * A file in the content-addressed store: its bytes live at a path derived from the SHA-256 and
 * are never overwritten; identical content is stored once, whichever records carry it.
 * Only the fixity columns ever change (PostgreSQL refuses any other update).
 */
@ObjectType()
@Entity({ tableName: 'stored_file' })
@Index({
  name: 'stored_file_fixity_due',
  expression: 'create index "stored_file_fixity_due" on "stored_file" (coalesce(fixity_checked_at, stored_at), id)',
})
/**
 * One live row per content: content destroyed by a disposal keeps its row (and its hashes) as it
 * was, and the same bytes uploaded again later get a row of their own.
 */
@Unique({
  name: 'stored_file_sha256_live',
  expression: 'create unique index "stored_file_sha256_live" on "stored_file" ("sha256") where "disposed_at" is null',
})
export class StoredFile {
  static readonly modelName = 'StoredFile';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field()
  @Index()
  @Property({ length: 64 })
  sha256!: string;

  @Field({ description: 'SM3 (GB/T 32905) of the same bytes' })
  @Property({ length: 64 })
  sm3!: string;

  @Field(() => Float, { description: 'Bytes (a Float: files pass 2 GiB)' })
  @Property({ type: 'bigint', runtimeType: 'number' })
  size!: number;

  @Field({ description: 'Media type found from the bytes (magic numbers), not from the name' })
  @Property({ length: 100 })
  mediaType!: string;

  @Field()
  @Property({ length: 16 })
  extension!: string;

  @Field(() => Float, { nullable: true, description: 'Seconds, read from the file (AV)' })
  @Property({ type: 'double', nullable: true })
  durationSeconds?: number | null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  width?: number | null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  height?: number | null;

  @Field(() => Date, { nullable: true, description: "The recording's own time, from its metadata (device clock)" })
  @Property({ type: 'timestamptz', nullable: true })
  recordedAt?: Date | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  storedAt: Date & Opt = new Date();

  @Field(() => FixityStatus)
  @Index()
  @Enum({ items: () => FixityStatus })
  fixityStatus: FixityStatus & Opt = FixityStatus.UNCHECKED;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  fixityCheckedAt?: Date | null;

  /** When the bytes were destroyed at the end of retention (disposal); the row stays with its hashes. */
  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  disposedAt?: Date | null;
}
