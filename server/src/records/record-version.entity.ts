import { randomUUID } from 'node:crypto';
import { Entity, Index, Enum, ManyToOne, type Opt, PrimaryKey, Property, type Rel, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../users/user.entity.js';
import { RecordFields } from './record-fields.js';
import { RecordKind } from './record.enums.js';
import { EnforcementRecord } from './record.entity.js';

/** One version of a record's metadata. Insert-only: PostgreSQL refuses UPDATE and DELETE (Art. 21). */
@ObjectType()
@Entity({ tableName: 'record_version' })
/** Which records' versions carry a file: fixity findings and disposal follow a file to its records. */
@Index({ properties: ['fileId'] })
@Unique({ properties: ['record', 'version'] })
export class RecordVersion extends RecordFields {
  static readonly modelName = 'RecordVersion';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => EnforcementRecord)
  record!: Rel<EnforcementRecord>;

  @Field(() => RecordKind)
  @Enum({ items: () => RecordKind })
  kind!: RecordKind;

  @Field(() => Int)
  @Property({ type: 'integer' })
  version!: number;

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
