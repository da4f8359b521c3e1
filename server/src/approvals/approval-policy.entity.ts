import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, type Opt, PrimaryKey, Property, type Rel, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../users/user.entity.js';
import { RequestType } from './approval.enums.js';
import { PolicyRule } from './policy-rules.js';

/**
 * One version of the approval policy of a request type: ordered rules, the first that matches a
 * request gives its chain of steps. Versions are never changed; an edit adds the next version,
 * and requests keep the version they started with.
 */
@ObjectType()
@Entity({ tableName: 'approval_policy' })
@Unique({ properties: ['requestType', 'version'] })
export class ApprovalPolicy {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => RequestType)
  @Enum({ items: () => RequestType })
  requestType!: RequestType;

  @Field(() => Int)
  @Property({ type: 'integer' })
  version!: number;

  @Field(() => [PolicyRule])
  @Property({ type: 'json' })
  rules!: PolicyRule[];

  @ManyToOne(() => User, { nullable: true })
  createdBy?: Rel<User> | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();

  @Field(() => String, { nullable: true })
  @Property({ length: 300, nullable: true })
  note?: string | null;
}
