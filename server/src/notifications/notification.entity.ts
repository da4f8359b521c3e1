import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Decision } from '../approvals/approval.enums.js';
import { User } from '../users/user.entity.js';

export enum NotificationKind {
  /** A step of a request waits for a decision the recipient may take. */
  APPROVAL_WAITING = 'APPROVAL_WAITING',
  /** The recipient's own request was decided (approved, rejected or returned). */
  REQUEST_DECIDED = 'REQUEST_DECIDED',
  /** A device the recipient looks after was reported faulty (Art. 10: report to the office). */
  DEVICE_FAULT = 'DEVICE_FAULT',
  /** A long-term medium is due for its yearly re-check (Art. 15). */
  MEDIA_RECHECK_DUE = 'MEDIA_RECHECK_DUE',
  /** An outcome was recorded on an Art. 21 register entry about the recipient. */
  VIOLATION_OUTCOME = 'VIOLATION_OUTCOME',
  /** Records the recipient may read came due for disposal (Art. 14–15): one notice per scan, with how many. */
  DISPOSAL_DUE = 'DISPOSAL_DUE',
  /** The archive accepted (APPROVE) or returned (RETURN) a transfer of the recipient's unit. */
  TRANSFER_DECIDED = 'TRANSFER_DECIDED',
}
registerEnumType(NotificationKind, { name: 'NotificationKind' });

/**
 * A message in one user's bell. Written in the transaction of the event it tells of, to the
 * people the CASL rules let act on it; only its read mark ever changes.
 */
@ObjectType()
@Entity({ tableName: 'notification' })
@Index({ properties: ['user', 'createdAt'] })
export class Notification {
  static readonly modelName = 'Notification';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User)
  user!: Rel<User>;

  @Field(() => NotificationKind)
  @Enum({ items: () => NotificationKind })
  kind!: NotificationKind;

  @Field({
    description:
      'What it is about: ApprovalRequest, Device, MediaVolume, Violation (the entry), DisposalCandidates (the earliest record due) or Transfer',
  })
  @Property({ length: 40 })
  subjectType!: string;

  @Field(() => ID)
  @Index()
  @Property({ type: 'uuid' })
  subjectId!: string;

  @Field({
    description: "One line: the request's summary, the device's number and fault, or the entry's date and finding",
  })
  @Property({ length: 300 })
  summary!: string;

  @Field(() => Decision, { nullable: true, description: 'For a decided request: how it ended' })
  @Enum({ items: () => Decision, nullable: true })
  decision?: Decision | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  readAt?: Date | null;
}
