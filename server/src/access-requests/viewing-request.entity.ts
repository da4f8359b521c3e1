import { Entity, Enum, ManyToOne, OneToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { ApprovalRequest } from '../approvals/approval-request.entity.js';
import { Case } from '../cases/case.entity.js';
import { GrantAction } from './access.enums.js';

/** 查阅申请 (Art. 18): the records, the actions and the period asked for; the approval is its request. */
@ObjectType()
@Entity({ tableName: 'viewing_request' })
export class ViewingRequest {
  /** The same id as its approval request. */
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @OneToOne(() => ApprovalRequest, { owner: true, unique: true })
  approval!: Rel<ApprovalRequest>;

  @ManyToOne(() => Case)
  case!: Rel<Case>;

  @Field(() => [ID])
  @Property({ type: 'uuid[]' })
  recordIds!: string[];

  @Field(() => [GrantAction])
  @Enum({ items: () => GrantAction, array: true })
  actions!: GrantAction[];

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  validFrom!: Date;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  validUntil!: Date;
}
