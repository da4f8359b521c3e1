import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';

/**
 * A day's last audit hash, signed with the server's Ed25519 key (kept outside the database): an
 * outside party holding the public key can later confirm the trail up to that point was not
 * rewritten, even by someone with full database access.
 */
@ObjectType()
@Entity({ tableName: 'audit_checkpoint' })
export class AuditCheckpoint {
  /** The bureau day (UTC+8) it closes. */
  @Field()
  @PrimaryKey({ type: 'date' })
  day!: string;

  @Field(() => Float)
  @Property({ type: 'bigint', runtimeType: 'number' })
  lastSeq!: number;

  @Field()
  @Property({ length: 64 })
  lastHash!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  signedAt!: Date;

  @Field({ description: 'Ed25519 signature (base64) of `message`' })
  @Property({ type: 'text' })
  signature!: string;

  @Field({ description: 'SHA-256 of the public key (DER) that signed it' })
  @Property({ length: 64 })
  keyFingerprint!: string;
}

export const checkpointMessage = (day: string, lastSeq: number, lastHash: string) =>
  `enforcement-records audit checkpoint\nday=${day}\nlastSeq=${lastSeq}\nlastHash=${lastHash}\n`;
