import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OneToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ApprovalRequest } from '../approvals/approval-request.entity.js';
import { Case } from '../cases/case.entity.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';
import { CheckKind, RetentionPeriod, TransferStatus } from './archive.enums.js';

/** One line of the catalogue (卷内目录). */
@ObjectType()
export class CatalogueEntry {
  @Field(() => Int)
  seq!: number;

  @Field(() => ID)
  recordId!: string;

  @Field(() => String, { nullable: true, description: '文号' })
  documentNumber?: string | null;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true, description: 'Date of the document or of the recording (YYYY-MM-DD)' })
  date?: string | null;

  @Field(() => Int, { nullable: true, description: 'Pages of a text record' })
  pages?: number | null;

  @Field(() => Float, { nullable: true, description: 'Seconds of an audio or video record (read from the file)' })
  durationSeconds?: number | null;

  @Field(() => String, { nullable: true, description: '备注' })
  remarks?: string | null;
}

/** What one of the four checks found (四性检测). */
@ObjectType()
export class CheckFinding {
  @Field(() => CheckKind)
  kind!: CheckKind;

  @Field({ description: 'Machine-readable cause, e.g. FIXITY_MISMATCH, MISSING_DOCUMENT' })
  code!: string;

  @Field()
  message!: string;

  @Field(() => ID, { nullable: true })
  recordId?: string | null;
}

@ObjectType()
export class CheckResult {
  @Field(() => CheckKind)
  kind!: CheckKind;

  @Field()
  passed!: boolean;

  @Field(() => [CheckFinding])
  findings!: CheckFinding[];
}

/** The four checks as run at one moment. */
@ObjectType()
export class TransferChecks {
  @Field(() => Date)
  checkedAt!: Date;

  @Field()
  passed!: boolean;

  @Field(() => [CheckResult])
  results!: CheckResult[];

  /** What they were run on: a digest of the catalogue and of its records' versions and files. */
  basis?: string;

  /** Run for the unit (before submission) or for the archive (on receipt). */
  phase?: CheckPhase;

  /** The run outlasted the request that started it and was kept when it ended in the background. */
  background?: boolean;
}

export type CheckPhase = 'UNIT' | 'ARCHIVE';

/** A check run whose heartbeat is older than this has died with its instance: not shown, and may be claimed again. */
export const RUN_SILENT_MS = 60_000;

/** 四性 checks running now: how far the re-hashing of the catalogued files has come. */
@ObjectType()
export class TransferCheckRun {
  @Field(() => Date)
  startedAt!: Date;

  /** Renewed while the run lives; a run silent for a minute has died with its instance. */
  heartbeatAt!: Date;

  @Field(() => Int)
  filesDone!: number;

  @Field(() => Int)
  filesTotal!: number;

  @Field(() => Float, { description: 'Bytes re-hashed so far' })
  bytesDone!: number;

  @Field(() => Float)
  bytesTotal!: number;
}

/**
 * 移交 (Art. 13): a case file compiled by its unit (catalogue, 四性 checks), signed off by the unit
 * head through the approval engine, then accepted by the archive (archive number, retention) or
 * returned with reasons. One per case; a returned transfer is reworked and resubmitted.
 */
@ObjectType()
@Entity({ tableName: 'archive_transfer' })
@Index({ properties: ['status', 'unit'] })
export class Transfer {
  static readonly modelName = 'Transfer';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'e.g. YJ-2026-0004' })
  @Property({ length: 32, unique: true })
  number!: string;

  @Field(() => Case)
  @OneToOne(() => Case, { owner: true, unique: true })
  case!: Rel<Case>;

  @ManyToOne(() => Unit)
  unit!: Rel<Unit>;

  @Field(() => TransferStatus)
  @Enum({ items: () => TransferStatus })
  status: TransferStatus & Opt = TransferStatus.DRAFT;

  @Field(() => [CatalogueEntry])
  @Property({ type: 'jsonb' })
  catalogue: CatalogueEntry[] & Opt = [];

  @Field(() => TransferChecks, { nullable: true, description: 'The 四性 checks as last run' })
  @Property({ type: 'jsonb', nullable: true })
  checks?: TransferChecks | null;

  /** The 四性 checks running in the background, if any (read through `checkRun`, which hides a dead one). */
  @Property({ type: 'jsonb', nullable: true })
  checkRun?: TransferCheckRun | null;

  @Field(() => String, { nullable: true, description: 'Why it was submitted although a check failed' })
  @Property({ length: 500, nullable: true })
  overrideReason?: string | null;

  @ManyToOne(() => User)
  createdBy!: Rel<User>;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();

  @ManyToOne(() => User, { nullable: true })
  submittedBy?: Rel<User> | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  submittedAt?: Date | null;

  /** The unit head's sign-off (the same request across a return and resubmission). */
  @ManyToOne(() => ApprovalRequest, { nullable: true })
  approval?: Rel<ApprovalRequest> | null;

  @Field(() => Date, { nullable: true, description: 'When the unit head signed it off and it went to the archive' })
  @Property({ type: 'timestamptz', nullable: true })
  sentAt?: Date | null;

  @ManyToOne(() => User, { nullable: true })
  decidedBy?: Rel<User> | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  acceptedAt?: Date | null;

  @Field(() => String, { nullable: true, description: '档号' })
  @Property({ length: 64, nullable: true, unique: true })
  archiveNumber?: string | null;

  @Field(() => RetentionPeriod, { nullable: true })
  @Enum({ items: () => RetentionPeriod, nullable: true })
  retentionPeriod?: RetentionPeriod | null;

  @Field(() => String, { nullable: true, description: 'Why the unit head or the archive sent it back' })
  @Property({ length: 1000, nullable: true })
  returnReason?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  returnedAt?: Date | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
