import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { LongTermReason } from '../archive/archive.enums.js';
import { User } from '../users/user.entity.js';
import { EnforcementRecord } from './record.entity.js';

/** A legal hold on a record; several may stack. Released, never deleted. */
@ObjectType()
@Entity({ tableName: 'record_hold' })
export class RecordHold {
  static readonly modelName = 'RecordHold';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => EnforcementRecord)
  record!: Rel<EnforcementRecord>;

  @Field(() => LongTermReason, {
    nullable: true,
    description: 'Set when this is a long-term preservation mark (Art. 15)',
  })
  @Enum({ items: () => LongTermReason, nullable: true })
  longTermReason?: LongTermReason | null;

  @Field()
  @Property({ length: 500 })
  reason!: string;

  @ManyToOne(() => User)
  placedBy!: Rel<User>;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  placedAt: Date & Opt = new Date();

  @ManyToOne(() => User, { nullable: true, deleteRule: 'restrict' })
  releasedBy?: Rel<User> | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  releasedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 500, nullable: true })
  releaseReason?: string | null;
}
