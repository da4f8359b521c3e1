import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { FixityStatus, StoredFile } from './stored-file.entity.js';

/** Why a file was re-hashed. */
export enum FixityTrigger {
  /** The regular cycle (every file once per FIXITY_CYCLE_DAYS). */
  SCHEDULE = 'SCHEDULE',
  /** An event that hands the file on (transfer to the archive, an export). */
  EVENT = 'EVENT',
  /** `npm run fixity`, a full check now. */
  MANUAL = 'MANUAL',
}
registerEnumType(FixityTrigger, { name: 'FixityTrigger' });

/** One re-hash of a stored file and its result; kept for every check (append-only). */
@ObjectType()
@Entity({ tableName: 'fixity_check' })
@Index({ properties: ['file', 'checkedAt'] })
/** Checks of a period (the fixity-failure finding). */
@Index({ properties: ['checkedAt'] })
export class FixityCheck {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => StoredFile)
  file!: Rel<StoredFile>;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  checkedAt: Date & Opt = new Date();

  @Field(() => FixityStatus)
  @Enum({ items: () => FixityStatus })
  status!: FixityStatus;

  @Field(() => FixityTrigger)
  @Enum({ items: () => FixityTrigger })
  trigger!: FixityTrigger;

  @Field(() => String, { nullable: true })
  @Property({ length: 500, nullable: true })
  detail?: string | null;
}
