import { BigIntType, Check, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
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
 * One entry of the append-only, hash-chained audit trail (Art. 21). AuditService inserts an event
 * pending (no `seq`, `prevHash`, `hash`) in the transaction of the change it describes; the sealer
 * (chainer.ts) later gives committed pending events their place in the chain. PostgreSQL refuses
 * DELETE, TRUNCATE and every UPDATE except that one sealing of an untouched pending row.
 * The API only ever shows sealed events.
 */
@ObjectType()
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['subjectType', 'subjectId'] })
// Filters by record and case look for ids inside `details` (`details @> {"recordId": …}`).
@Index({
  name: 'audit_event_details_gin',
  expression: 'create index "audit_event_details_gin" on "audit_event" using gin ("details" jsonb_path_ops)',
})
// The sealer's queue.
@Index({
  name: 'audit_event_pending',
  expression: 'create index "audit_event_pending" on "audit_event" ("id") where "seq" is null',
})
@Check({
  name: 'audit_event_sealed_check',
  expression: '("seq" is null) = ("hash" is null) and ("hash" is null) = ("prev_hash" is null)',
})
export class AuditEvent {
  /** Order of insertion; the sealer takes pending events in this order. Not shown. */
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  /** Gapless position in the chain, given when the event is sealed (null while pending). */
  @Field(() => Int)
  @Property({ type: new BigIntType('number'), nullable: true, unique: true })
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
  @Property({ length: 64, nullable: true })
  prevHash!: string;

  @Field()
  @Property({ length: 64, unique: true, nullable: true })
  hash!: string;
}
