import { Enum, ManyToOne, type Opt, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Clearance } from '../users/roles.js';
import { User } from '../users/user.entity.js';
import { Confidentiality, EnforcementStage } from './record.enums.js';

/**
 * The correctable metadata of a record. Each version row holds a full copy (never updated);
 * the record row holds the current one, for filtering and permission checks in SQL.
 */
@ObjectType()
export abstract class RecordFields {
  @Field()
  @Property({ length: 300 })
  title!: string;

  @Field(() => EnforcementStage, { nullable: true })
  @Enum({ items: () => EnforcementStage, nullable: true })
  stage?: EnforcementStage | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  capturedFrom?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  capturedTo?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 300, nullable: true })
  location?: string | null;

  /** Number of the recording device (AV); the device register links to it later. */
  @Field(() => String, { nullable: true })
  @Property({ length: 64, nullable: true })
  deviceNumber?: string | null;

  /** The officer who recorded it (AV). */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'restrict' })
  officer?: Rel<User> | null;

  /** Art. 8: the party was told that recording was on. Null for text records. */
  @Field(() => Boolean, { nullable: true })
  @Property({ type: 'boolean', nullable: true })
  partyNotified?: boolean | null;

  @Field(() => Confidentiality)
  @Enum({ items: () => Confidentiality })
  confidentiality: Confidentiality & Opt = Confidentiality.NONE;

  /** State-secret level (秘密/机密/绝密), only with STATE_SECRET. */
  @Field(() => Clearance, { nullable: true })
  @Enum({ items: () => Clearance, nullable: true })
  secretLevel?: Clearance | null;

  /** Rank of `secretLevel` (0 when not a state secret), compared with the reader's clearance. */
  @Field(() => Int)
  @Property({ type: 'smallint' })
  secretRank: number & Opt = 0;

  /** Art. 15 long-term preservation. */
  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  longTerm: boolean & Opt = false;

  @Field(() => String, { nullable: true })
  @Property({ length: 300, nullable: true })
  longTermReason?: string | null;

  /** Text written in the system: document number (文号), issued to, body. */
  @Field(() => String, { nullable: true })
  @Property({ length: 100, nullable: true })
  documentNumber?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 200, nullable: true })
  issuedTo?: string | null;

  @Property({ type: 'text', nullable: true, lazy: true })
  body?: string | null;

  /** The stored file (content-addressed) this version carries, once intake exists. */
  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  fileId?: string | null;

  /** The file's name as uploaded (for downloads); the stored bytes are named by their hash. */
  @Field(() => String, { nullable: true })
  @Property({ length: 255, nullable: true })
  fileName?: string | null;
}
