import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';
import { EvidenceKind, ViolationKind, ViolationOutcome } from './violation.enums.js';

/** One piece of evidence: a record or case by id, an audit event by its sequence number. */
@ObjectType()
export class EvidenceLink {
  @Field(() => EvidenceKind)
  kind!: EvidenceKind;

  /** The record's or case's id, or the audit event's seq (as text). */
  @Field()
  ref!: string;
}

/**
 * An entry of the Art. 21 register (违法违规责任登记): only its identity. Insert-only; what it says
 * lives in its versions. PostgreSQL refuses UPDATE and DELETE.
 */
@Entity({ tableName: 'violation_entry' })
export class ViolationEntry {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User)
  createdBy!: Rel<User>;

  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();
}

/**
 * One version of a register entry; a correction adds the next version with its reason and never
 * changes an earlier one (PostgreSQL refuses UPDATE and DELETE). The latest version is the entry.
 */
@ObjectType('Violation')
@Entity({ tableName: 'violation_version' })
@Unique({ properties: ['entry', 'version'] })
@Index({ properties: ['person'] })
@Index({ properties: ['unit', 'occurredOn'] })
@Index({ properties: ['occurredOn'] })
export class Violation {
  /** CASL subject type and GraphQL type name. */
  static readonly modelName = 'Violation';

  @Field(() => ID, { description: 'This version’s own id' })
  @PrimaryKey({ type: 'uuid' })
  versionId: string & Opt = randomUUID();

  @ManyToOne(() => ViolationEntry)
  entry!: Rel<ViolationEntry>;

  @Field(() => Int)
  @Property({ type: 'integer' })
  version!: number;

  @Field(() => ViolationKind)
  @Enum({ items: () => ViolationKind })
  kind!: ViolationKind;

  /** The responsible person (直接责任人 or 主管人员). */
  @ManyToOne(() => User)
  person!: Rel<User>;

  /** The person's unit when this version was written, so lists by unit stay true to the time. */
  @ManyToOne(() => Unit)
  unit!: Rel<Unit>;

  @Field({ description: 'When the act happened (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  occurredOn!: string;

  @Field()
  @Property({ type: 'text' })
  finding!: string;

  @Field(() => ViolationOutcome, { nullable: true, description: 'None while undecided' })
  @Enum({ items: () => ViolationOutcome, nullable: true })
  outcome?: ViolationOutcome | null;

  @Field(() => [EvidenceLink])
  @Property({ type: 'json' })
  evidence!: EvidenceLink[];

  /** Why this version was made; required for every correction (version > 1). */
  @Field(() => String, { nullable: true })
  @Property({ length: 500, nullable: true })
  reason?: string | null;

  @ManyToOne(() => User)
  createdBy!: Rel<User>;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();
}
