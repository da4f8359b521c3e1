import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { ApprovalRequest } from '../approvals/approval-request.entity.js';
import { EnforcementRecord } from '../records/record.entity.js';
import { User } from '../users/user.entity.js';
import { GrantAction } from './access.enums.js';

/**
 * A time-limited right given by an approved request: one user, one record, the actions, the
 * period. Part of the user's abilities while active; a revoked or expired grant stops at once.
 */
@ObjectType()
@Entity({ tableName: 'access_grant' })
@Index({ properties: ['user', 'expiresAt'] })
export class AccessGrant {
  static readonly modelName = 'AccessGrant';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User)
  user!: Rel<User>;

  @ManyToOne(() => EnforcementRecord)
  record!: Rel<EnforcementRecord>;

  @Field(() => [GrantAction])
  @Enum({ items: () => GrantAction, array: true })
  actions!: GrantAction[];

  @ManyToOne(() => ApprovalRequest)
  request!: Rel<ApprovalRequest>;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  validFrom!: Date;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @ManyToOne(() => User, { nullable: true })
  revokedBy?: Rel<User> | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 300, nullable: true })
  revokeReason?: string | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();
}
