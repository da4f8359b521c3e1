import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Case } from '../cases/case.entity.js';
import { User } from '../users/user.entity.js';
import { LongTermReason } from './archive.enums.js';

/**
 * A hold on a whole case file: nothing of the case can be disposed of while one stands. With an
 * Art. 15 reason it is a long-term preservation mark. Holds stack; released, never deleted.
 */
@ObjectType()
@Entity({ tableName: 'case_hold' })
export class CaseHold {
  static readonly modelName = 'CaseHold';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Case)
  case!: Rel<Case>;

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
