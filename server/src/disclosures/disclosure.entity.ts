import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OneToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType, UseMiddleware } from 'type-graphql';
import { MaskPersonalUnlessReadable } from '../authz/guard.js';
import { ApprovalRequest } from '../approvals/approval-request.entity.js';
import { Case } from '../cases/case.entity.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';
import { Attachment } from './attachment.entity.js';
import { ApplicantRelation, BodyKind, DeliveryMethod, DisclosureStatus, DisclosureType } from './disclosure.enums.js';

/**
 * Material handed out of the bureau: a request from a court or other body (调取, Art. 16–17) or
 * a party's copy application (Art. 19–20). Registered with its papers, decided per record,
 * approved through the engine, packaged (the exact package kept), delivered and closed.
 */
@ObjectType()
@Entity({ tableName: 'disclosure' })
@Index({ properties: ['type', 'status'] })
export class Disclosure {
  static readonly modelName = 'Disclosure';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => DisclosureType)
  @Enum({ items: () => DisclosureType })
  type!: DisclosureType;

  @Field({ description: 'e.g. DQ-2026-0003 (调取) or FZ-2026-0001 (复制)' })
  @Property({ length: 32, unique: true })
  number!: string;

  @Field(() => DisclosureStatus)
  @Enum({ items: () => DisclosureStatus })
  status: DisclosureStatus & Opt = DisclosureStatus.REGISTERED;

  /** The unit owning the material (routes "same unit" approval steps). */
  @ManyToOne(() => Unit)
  unit!: Rel<Unit>;

  @ManyToOne(() => User)
  registeredBy!: Rel<User>;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  registeredAt: Date & Opt = new Date();

  @Field(() => Date, { nullable: true, description: 'When the material is due' })
  @Property({ type: 'timestamptz', nullable: true })
  dueAt?: Date | null;

  @Field({ description: 'What the material is for, as the letter or application says' })
  @Property({ length: 1000 })
  purpose!: string;

  // External requests (调取)
  @Field(() => BodyKind, { nullable: true })
  @Enum({ items: () => BodyKind, nullable: true })
  bodyKind?: BodyKind | null;

  @Field(() => String, { nullable: true, description: 'e.g. 某某县人民法院' })
  @Property({ length: 200, nullable: true })
  bodyName?: string | null;

  @Field(() => String, { nullable: true, description: "The letter's number (函号)" })
  @Property({ length: 100, nullable: true })
  letterNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'The letter date (YYYY-MM-DD)' })
  @Property({ type: 'date', nullable: true })
  letterDate?: string | null;

  @ManyToOne(() => Attachment, { nullable: true })
  letter?: Rel<Attachment> | null;

  @Field(() => String, { nullable: true, description: 'The lawsuit or reconsideration case it concerns' })
  @Property({ length: 200, nullable: true })
  concerning?: string | null;

  // Party copy applications (当事人复制申请)
  @Field(() => String, { nullable: true })
  @Property({ length: 200, nullable: true })
  applicantName?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. 居民身份证, 营业执照, 护照' })
  @Property({ length: 50, nullable: true })
  applicantIdType?: string | null;

  @Field(() => String, { nullable: true, description: 'Personal data: masked unless the reader may see it' })
  @UseMiddleware(MaskPersonalUnlessReadable)
  @Property({ length: 64, nullable: true })
  applicantIdNumber?: string | null;

  @Field(() => ApplicantRelation, { nullable: true })
  @Enum({ items: () => ApplicantRelation, nullable: true })
  relation?: ApplicantRelation | null;

  /** The case the applicant is a party to. */
  @ManyToOne(() => Case, { nullable: true })
  partyCase?: Rel<Case> | null;

  @ManyToOne(() => Attachment, { nullable: true })
  applicationForm?: Rel<Attachment> | null;

  @ManyToOne(() => Attachment, { nullable: true })
  identityDocument?: Rel<Attachment> | null;

  @ManyToOne(() => Attachment, { nullable: true })
  authorisation?: Rel<Attachment> | null;

  /** The approval, once submitted (the same one across a return and resubmission). */
  @OneToOne(() => ApprovalRequest, { owner: true, nullable: true, unique: true })
  approval?: Rel<ApprovalRequest> | null;

  // Delivery
  @Field(() => DeliveryMethod, { nullable: true })
  @Enum({ items: () => DeliveryMethod, nullable: true })
  deliveryMethod?: DeliveryMethod | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 200, nullable: true })
  deliveredTo?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  deliveredAt?: Date | null;

  @ManyToOne(() => Attachment, { nullable: true })
  receipt?: Rel<Attachment> | null;

  @ManyToOne(() => User, { nullable: true })
  deliveredBy?: Rel<User> | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 500, nullable: true })
  deliveryNote?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 500, nullable: true })
  closeNote?: string | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  updatedAt: Date & Opt = new Date();
}
