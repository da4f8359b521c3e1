import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Confidentiality } from '../records/record.enums.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';
import { ApprovalPolicy } from './approval-policy.entity.js';
import { RequestStatus, RequestType } from './approval.enums.js';

/**
 * A request going through the approval engine, whatever its type: its chain was fixed from the
 * policy version current when it was submitted, and its steps are decided in order.
 */
@ObjectType()
@Entity({ tableName: 'approval_request' })
@Index({ properties: ['requester', 'createdAt'] })
export class ApprovalRequest {
  static readonly modelName = 'ApprovalRequest';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => RequestType)
  @Enum({ items: () => RequestType })
  type!: RequestType;

  @ManyToOne(() => User)
  requester!: Rel<User>;

  /** The unit that owns the requested material (routes "same unit" steps). */
  @ManyToOne(() => Unit)
  unit!: Rel<Unit>;

  @Field({ description: 'What it is for (required)' })
  @Property({ length: 1000 })
  purpose!: string;

  @Field({ description: 'One line for queues, e.g. the case number and how many records' })
  @Property({ length: 300 })
  summary!: string;

  @Field(() => Confidentiality)
  @Enum({ items: () => Confidentiality })
  maxConfidentiality!: Confidentiality;

  @Field()
  @Property({ type: 'boolean' })
  hasAv!: boolean;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  maxSecretRank!: number;

  @ManyToOne(() => ApprovalPolicy)
  policy!: Rel<ApprovalPolicy>;

  @Field(() => RequestStatus)
  @Index()
  @Enum({ items: () => RequestStatus })
  status: RequestStatus & Opt = RequestStatus.PENDING;

  /** Sequence of the step now waiting (0 when none is). */
  @Field(() => Int)
  @Property({ type: 'smallint' })
  currentStep: number & Opt = 1;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();

  @Field(() => Date, { nullable: true, description: 'When the decision is wanted by' })
  @Property({ type: 'timestamptz', nullable: true })
  dueAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null;
}
