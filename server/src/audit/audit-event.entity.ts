import { BigIntType, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum AuditOutcome {
  ALLOWED = 'ALLOWED',
  DENIED = 'DENIED',
  /** The system found something wrong (a failed fixity check, a quarantined upload). */
  FAILED = 'FAILED',
}
registerEnumType(AuditOutcome, { name: 'AuditOutcome' });

/**
 * One entry of the append-only, hash-chained audit trail (Art. 21). PostgreSQL refuses UPDATE,
 * DELETE and TRUNCATE on the table; rows are only ever written by AuditService.
 */
@ObjectType()
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['subjectType', 'subjectId'] })
// Filters by record and case look for ids inside `details` (`details @> {"recordId": …}`).
@Index({
  name: 'audit_event_details_gin',
  expression: 'create index "audit_event_details_gin" on "audit_event" using gin ("details" jsonb_path_ops)',
})
export class AuditEvent {
  /** Gapless sequence number, assigned under the append lock. */
  @Field(() => Int)
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: false })
  seq!: number;

  @Field(() => Date)
  @Index()
  @Property({ type: 'timestamptz' })
  at!: Date;

  @Field(() => String, { nullable: true })
  @Index()
  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  /** The actor's sign-in name at the time (or the name tried in a failed sign-in). */
  @Field(() => String, { nullable: true })
  @Property({ length: 64, nullable: true })
  actorName?: string | null;

  @Field()
  @Index()
  @Property({ length: 64 })
  action!: string;

  @Field(() => String, { nullable: true })
  @Property({ length: 64, nullable: true })
  subjectType?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 64, nullable: true })
  subjectId?: string | null;

  @Field(() => AuditOutcome)
  @Enum({ items: () => AuditOutcome })
  outcome!: AuditOutcome;

  @Field(() => String, { nullable: true })
  @Property({ length: 64, nullable: true })
  clientAddress?: string | null;

  @Field(() => GraphQLJSONObject)
  @Property({ type: 'jsonb' })
  details!: Record<string, unknown>;

  @Field()
  @Property({ length: 64 })
  prevHash!: string;

  @Field()
  @Property({ length: 64, unique: true })
  hash!: string;
}
