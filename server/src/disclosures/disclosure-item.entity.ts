import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { EnforcementRecord } from '../records/record.entity.js';
import { User } from '../users/user.entity.js';
import { Attachment } from './attachment.entity.js';
import { Disclosure } from './disclosure.entity.js';
import { ExclusionReason, ItemDecision } from './disclosure.enums.js';

/** One requested record and what is decided for it: include, exclude (with the reason) or include redacted. */
@ObjectType()
@Entity({ tableName: 'disclosure_item' })
@Unique({ properties: ['disclosure', 'record'] })
export class DisclosureItem {
  static readonly modelName = 'DisclosureItem';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Disclosure)
  disclosure!: Rel<Disclosure>;

  @Field(() => Int, { description: 'Order in the request, 1-based' })
  @Property({ type: 'integer' })
  seq!: number;

  @Index()
  @ManyToOne(() => EnforcementRecord)
  record!: Rel<EnforcementRecord>;

  @Field(() => ItemDecision, { nullable: true, description: 'Null until decided' })
  @Enum({ items: () => ItemDecision, nullable: true })
  decision?: ItemDecision | null;

  @Field(() => ExclusionReason, { nullable: true })
  @Enum({ items: () => ExclusionReason, nullable: true })
  reason?: ExclusionReason | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 500, nullable: true })
  note?: string | null;

  /** The redacted copy given instead of the record's file. */
  @ManyToOne(() => Attachment, { nullable: true })
  redacted?: Rel<Attachment> | null;

  /** The record's version when the request was submitted: the package gives exactly that one. */
  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  recordVersion?: number | null;

  @ManyToOne(() => User, { nullable: true })
  decidedBy?: Rel<User> | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null;
}
