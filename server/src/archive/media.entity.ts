import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel, Unique } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { StoredFile } from '../files/stored-file.entity.js';
import { User } from '../users/user.entity.js';
import { MediaSetStatus, MediumType, VerificationKind } from './archive.enums.js';

/**
 * Long-term media (Art. 15): the BagIt package of chosen cases or records, split into volumes that
 * each fit the chosen medium and each validate on their own (Bag-Count "n of N").
 */
@ObjectType()
@Entity({ tableName: 'media_set' })
export class MediaSet {
  static readonly modelName = 'MediaSet';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'e.g. CC-2026-0002' })
  @Property({ length: 32, unique: true })
  number!: string;

  @Field(() => MediumType)
  @Enum({ items: () => MediumType })
  mediumType!: MediumType;

  @Field(() => Float, { description: 'Bytes one medium holds (USB: as given)' })
  @Property({ type: 'bigint', runtimeType: 'number' })
  capacity!: number;

  @Field(() => [ID])
  @Property({ type: 'uuid[]' })
  recordIds!: string[];

  @Field(() => MediaSetStatus)
  @Enum({ items: () => MediaSetStatus })
  status: MediaSetStatus & Opt = MediaSetStatus.BUILDING;

  @Field(() => String, { nullable: true })
  @Property({ length: 500, nullable: true })
  error?: string | null;

  @ManyToOne(() => User)
  createdBy!: Rel<User>;

  @Field(() => Int, { nullable: true, description: 'How many media the set needs (once built)' })
  @Property({ type: 'smallint', nullable: true })
  volumeCount?: number | null;

  @Field(() => Float, { description: 'Payload bytes of all volumes together' })
  @Property({ type: 'bigint', runtimeType: 'number', default: 0 })
  bytesTotal: number & Opt = 0;

  /** Which instance builds it (host and data folder) and the claim's token; only the holder finishes it. */
  @Property({ length: 300, nullable: true })
  builder?: string | null;

  @Property({ type: 'uuid', nullable: true })
  buildToken?: string | null;

  /** Renewed while it builds; a build silent for two minutes is taken over. */
  @Property({ type: 'timestamptz', nullable: true })
  heartbeatAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  startedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  finishedAt?: Date | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();

  @Field(() => Date)
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}

/** One medium (disc or USB stick) of a set: the bag volume to write, then where the written medium is kept. */
@ObjectType()
@Entity({ tableName: 'media_volume' })
@Unique({ properties: ['set', 'seq'] })
export class MediaVolume {
  static readonly modelName = 'MediaVolume';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => MediaSet)
  set!: Rel<MediaSet>;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  seq!: number;

  /** The volume's zipped bag in the content store, kept so a lost medium can be written again. */
  @ManyToOne(() => StoredFile, { nullable: true })
  file?: Rel<StoredFile> | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'bigint', runtimeType: 'number', nullable: true })
  size?: number | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 64, nullable: true })
  sha256?: string | null;

  @Field(() => String, { nullable: true, description: 'The label written on the medium' })
  @Property({ length: 100, nullable: true })
  label?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the medium is kept (cabinet, shelf)' })
  @Property({ length: 200, nullable: true })
  location?: string | null;

  @ManyToOne(() => User, { nullable: true })
  registeredBy?: Rel<User> | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  registeredAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  lastVerifiedAt?: Date | null;

  @Field(() => Boolean, { nullable: true })
  @Property({ type: 'boolean', nullable: true })
  lastVerificationOk?: boolean | null;

  @Field(() => String, { nullable: true, description: 'When the next yearly re-check is due' })
  @Index()
  @Property({ type: 'date', nullable: true })
  recheckDue?: string | null;

  /** The `recheckDue` the archivists were last told of: each due date is announced once. */
  @Property({ type: 'date', nullable: true })
  recheckNotifiedFor?: string | null;
}

/** A read-back or yearly re-check of a medium: what was read and whether it matched. Insert-only. */
@ObjectType()
@Entity({ tableName: 'media_verification' })
export class MediaVerification {
  static readonly modelName = 'MediaVerification';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => MediaVolume)
  volume!: Rel<MediaVolume>;

  @Field(() => VerificationKind)
  @Enum({ items: () => VerificationKind })
  kind!: VerificationKind;

  @Field({ description: 'SHA-256 of the bytes read back' })
  @Property({ length: 64 })
  sha256!: string;

  @Field(() => Float)
  @Property({ type: 'bigint', runtimeType: 'number' })
  size!: number;

  @Field()
  @Property()
  ok!: boolean;

  @ManyToOne(() => User)
  verifiedBy!: Rel<User>;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  verifiedAt: Date & Opt = new Date();

  @Field(() => String, { nullable: true })
  @Property({ length: 500, nullable: true })
  note?: string | null;
}
