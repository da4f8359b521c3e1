import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Role } from '../users/roles.js';
import { User } from '../users/user.entity.js';
import { ApprovalRequest } from './approval-request.entity.js';
import { Decision } from './approval.enums.js';

/**
 * One step of a request's chain: who may decide (role, unit, clearance), and the decision with its
 * comment, time and signer. Copies the requester and `waiting` so the queue is one indexed query
 * filtered by the same CASL rules that allow deciding.
 */
@ObjectType()
@Entity({ tableName: 'approval_step' })
@Index({ properties: ['waiting', 'role'] })
export class ApprovalStep {
  static readonly modelName = 'ApprovalStep';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ApprovalRequest)
  @Index()
  @ManyToOne(() => ApprovalRequest)
  request!: Rel<ApprovalRequest>;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  seq!: number;

  @Field(() => Role)
  @Enum({ items: () => Role })
  role!: Role;

  /** Only deciders of this unit (null: any unit). */
  @Property({ type: 'uuid', nullable: true })
  unitId?: string | null;

  /** The decider's clearance rank must be at least this. */
  @Field(() => Int)
  @Property({ type: 'smallint' })
  minClearanceRank: number & Opt = 0;

  @Field(() => String, { nullable: true })
  @Property({ length: 100, nullable: true })
  label?: string | null;

  /** The requester (a person may not decide their own request). */
  @Property({ type: 'uuid' })
  requesterId!: string;

  /** True while this is the step the request waits on. */
  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  waiting: boolean & Opt = false;

  @Field(() => Decision, { nullable: true })
  @Enum({ items: () => Decision, nullable: true })
  decision?: Decision | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 1000, nullable: true })
  comment?: string | null;

  @ManyToOne(() => User, { nullable: true })
  decidedBy?: Rel<User> | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null;
}
