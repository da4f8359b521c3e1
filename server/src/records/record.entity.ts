import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { RetentionPeriod } from '../archive/archive.enums.js';
import { Case } from '../cases/case.entity.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';
import { RecordFields } from './record-fields.js';
import { RecordKind } from './record.enums.js';

/**
 * 执法记录. Never deleted (PostgreSQL refuses it); its metadata changes only by a new version,
 * which the record row mirrors as the current one.
 */
@ObjectType('Record')
@Entity({ tableName: 'record' })
@Index({ properties: ['unit', 'createdAt'] })
@Index({ properties: ['unit', 'kind', 'createdAt'] })
@Index({ properties: ['kind', 'createdAt'] })
@Index({ properties: ['createdAt'] })
/** A device's recordings of a day: the offload board and the missing-offload finding. */
@Index({ properties: ['deviceNumber', 'capturedFrom'] })
@Index({
  name: 'record_title_trgm',
  expression: 'create index "record_title_trgm" on "record" using gin (title gin_trgm_ops)',
})
export class EnforcementRecord extends RecordFields {
  /** CASL subject type and GraphQL type name. */
  static readonly modelName = 'Record';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Case)
  @Index()
  @ManyToOne(() => Case)
  case!: Rel<Case>;

  /** The case's unit, copied when the record is made (a case never changes unit): lists filter on it. */
  @ManyToOne(() => Unit)
  unit!: Rel<Unit>;

  @Field(() => RecordKind)
  @Enum({ items: () => RecordKind })
  kind!: RecordKind;

  @Field(() => Int)
  @Property({ type: 'integer' })
  version: number & Opt = 1;

  /** Active legal holds; a held record can never be disposed of. */
  @Field(() => Int)
  @Property({ type: 'integer' })
  holdCount: number & Opt = 0;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();

  @ManyToOne(() => User)
  createdBy!: Rel<User>;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  updatedAt: Date & Opt = new Date();

  /** Set when the case file is accepted by the archive (Art. 14), re-evaluated when holds change. */
  @Field(() => RetentionPeriod, { nullable: true })
  @Enum({ items: () => RetentionPeriod, nullable: true })
  retention?: RetentionPeriod | null;

  /** The last day the record must be kept (null: permanent, or not yet archived). */
  @Field(() => String, { nullable: true })
  @Index()
  @Property({ type: 'date', nullable: true })
  retainUntil?: string | null;

  /** The retention end of which the archive was last told that the record is due for disposal (once per date). */
  @Property({ type: 'date', nullable: true })
  disposalNotifiedFor?: string | null;

  /** When its file was destroyed at the end of retention; the record stays as a stub. */
  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  disposedAt?: Date | null;
}
