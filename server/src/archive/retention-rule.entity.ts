import { Entity, Enum, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Procedure } from '../cases/case.enums.js';
import { User } from '../users/user.entity.js';
import { EnforcementStage } from '../records/record.enums.js';
import { RetentionPeriod } from './archive.enums.js';
import { DocumentRequirement } from './requirements.js';

/**
 * The retention schedule (保管期限表) and transfer time limit per procedure (Art. 13–14). Edited by
 * the archive and leaders; each change is audited and applies to cases accepted afterwards.
 */
@ObjectType()
@Entity({ tableName: 'retention_rule' })
export class RetentionRule {
  static readonly modelName = 'RetentionRule';

  @Field(() => Procedure)
  @PrimaryKey({ type: 'text' })
  @Enum({ items: () => Procedure })
  procedure!: Procedure;

  @Field(() => RetentionPeriod, { description: 'Period of the case file (permanent, 30 or 10 years)' })
  @Enum({ items: () => RetentionPeriod })
  period!: RetentionPeriod;

  @Field(() => Int, { description: 'Days from conclusion to the transfer deadline (Art. 13: 30, licensing 15)' })
  @Property({ type: 'smallint' })
  transferDays!: number;

  @Field({
    description: 'AV used as evidence keeps the case file’s period (Art. 14: general penalty, compulsory measure)',
  })
  @Property()
  evidenceAvKeepsCasePeriod!: boolean;

  @Field(() => [DocumentRequirement], { description: 'Documents a case file of this procedure must contain' })
  @Property({ type: 'jsonb' })
  requirements!: DocumentRequirement[];

  @Field(() => [EnforcementStage], {
    description: 'Stages that, where a case has them, need audio or video in the catalogue (Art. 7)',
  })
  @Property({ type: 'jsonb' })
  avStages!: EnforcementStage[];

  @ManyToOne(() => User, { nullable: true })
  updatedBy?: Rel<User> | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  updatedAt: Date & Opt = new Date();
}
