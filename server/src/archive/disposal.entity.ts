import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel, Unique } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { ApprovalRequest } from '../approvals/approval-request.entity.js';
import { Case } from '../cases/case.entity.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { EnforcementRecord } from '../records/record.entity.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';
import { DisposalStatus, RetentionPeriod } from './archive.enums.js';

/**
 * 销毁清单: records whose retention has ended, proposed by the archive, approved by the archive
 * room's head and then a leader, and executed: bytes removed, a stub and the audit trail kept, and
 * a destruction certificate issued.
 */
@ObjectType()
@Entity({ tableName: 'disposal_list' })
export class DisposalList {
  static readonly modelName = 'DisposalList';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'e.g. XH-2026-0001' })
  @Property({ length: 32, unique: true })
  number!: string;

  @Field(() => DisposalStatus)
  @Enum({ items: () => DisposalStatus })
  status: DisposalStatus & Opt = DisposalStatus.DRAFT;

  /** The archive room (routes the "same unit" first approval to its head). */
  @ManyToOne(() => Unit)
  unit!: Rel<Unit>;

  @Field({ description: 'The ground for the disposal, as the list states it' })
  @Property({ length: 1000 })
  note!: string;

  @ManyToOne(() => User)
  createdBy!: Rel<User>;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();

  @ManyToOne(() => ApprovalRequest, { nullable: true })
  approval?: Rel<ApprovalRequest> | null;

  @ManyToOne(() => User, { nullable: true })
  executedBy?: Rel<User> | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  executedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the list was withdrawn' })
  @Property({ type: 'timestamptz', nullable: true })
  cancelledAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the list was withdrawn' })
  @Property({ length: 500, nullable: true })
  cancelReason?: string | null;

  /** The destruction certificate (PDF) in the content store. */
  @ManyToOne(() => StoredFile, { nullable: true })
  certificate?: Rel<StoredFile> | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}

/** One record on a disposal list, with what identified it when proposed (kept after the bytes go). */
@ObjectType()
@Entity({ tableName: 'disposal_item' })
@Unique({ properties: ['list', 'record'] })
export class DisposalItem {
  static readonly modelName = 'DisposalItem';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => DisposalList)
  list!: Rel<DisposalList>;

  @Index()
  @ManyToOne(() => EnforcementRecord)
  record!: Rel<EnforcementRecord>;

  @ManyToOne(() => Case)
  case!: Rel<Case>;

  @Field()
  @Property({ length: 300 })
  title!: string;

  @Field()
  @Property({ length: 64 })
  caseNumber!: string;

  @Field(() => String, { nullable: true })
  @Property({ length: 64, nullable: true })
  archiveNumber?: string | null;

  @Field(() => RetentionPeriod)
  @Enum({ items: () => RetentionPeriod })
  retention!: RetentionPeriod;

  @Field()
  @Property({ type: 'date' })
  retainUntil!: string;

  @ManyToOne(() => StoredFile, { nullable: true })
  file?: Rel<StoredFile> | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 64, nullable: true })
  sha256?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 64, nullable: true })
  sm3?: string | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'bigint', runtimeType: 'number', nullable: true })
  size?: number | null;
}
