import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Case } from '../cases/case.entity.js';
import { EnforcementRecord } from '../records/record.entity.js';
import { RecordKind } from '../records/record.enums.js';
import { User } from '../users/user.entity.js';

export enum UploadStatus {
  /** Bytes are arriving (or the client paused). */
  RECEIVING = 'RECEIVING',
  /** All bytes in and hashed; the file is being placed in the store and the record written. */
  STORING = 'STORING',
  COMPLETED = 'COMPLETED',
  /** Refused (wrong type, not allowed any more); its bytes were removed. */
  REJECTED = 'REJECTED',
  /** Cancelled by the uploader; its bytes were removed. */
  CANCELLED = 'CANCELLED',
  /** Not finished in time; its bytes were removed. */
  EXPIRED = 'EXPIRED',
  /** Found inconsistent after a crash; its bytes were kept aside for inspection. */
  QUARANTINED = 'QUARANTINED',
}
registerEnumType(UploadStatus, { name: 'UploadStatus' });

/**
 * One tus upload and what it is meant to become: its metadata was validated and authorized when
 * it was created, so finishing it cannot fail on a bad value. The row outlives the bytes, as the
 * intake's own journal (start-up reconciliation reads it).
 */
@ObjectType()
@Entity({ tableName: 'upload' })
@Index({ properties: ['status', 'expiresAt'] })
export class Upload {
  static readonly modelName = 'Upload';

  /** The tus upload id. */
  @Field(() => ID)
  @PrimaryKey({ length: 64 })
  id!: string;

  @Index()
  @ManyToOne(() => User)
  createdBy!: Rel<User>;

  @ManyToOne(() => Case)
  case!: Rel<Case>;

  /** For a new file version of an existing text record. */
  @ManyToOne(() => EnforcementRecord, { nullable: true })
  targetRecord?: Rel<EnforcementRecord> | null;

  @Field(() => RecordKind)
  @Enum({ items: () => RecordKind })
  kind!: RecordKind;

  /** The validated record metadata (ids, ISO times), applied when the upload finishes. */
  @Property({ type: 'json' })
  metadata!: Record<string, unknown>;

  @Field()
  @Property({ length: 255 })
  fileName!: string;

  @Field(() => Float)
  @Property({ type: 'bigint', runtimeType: 'number' })
  size!: number;

  @Field(() => UploadStatus)
  @Enum({ items: () => UploadStatus })
  status: UploadStatus & Opt = UploadStatus.RECEIVING;

  @Field(() => String, { nullable: true })
  @Property({ length: 500, nullable: true })
  statusReason?: string | null;

  @Property({ length: 64, nullable: true })
  sha256?: string | null;

  @Property({ length: 64, nullable: true })
  sm3?: string | null;

  @Property({ length: 100, nullable: true })
  mediaType?: string | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  recordId?: string | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  finishedAt?: Date | null;
}
