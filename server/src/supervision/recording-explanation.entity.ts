import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Case } from '../cases/case.entity.js';
import { EnforcementStage } from '../records/record.enums.js';
import { User } from '../users/user.entity.js';

/**
 * The officer's written explanation of why a stage of a case has no audio/video (Art. 7: "受客观
 * 条件限制，无法全程录音录像的"). Insert-only (PostgreSQL refuses UPDATE and DELETE): a later
 * explanation of the same stage supersedes the earlier one, which stays.
 */
@ObjectType()
@Entity({ tableName: 'recording_explanation' })
@Index({ properties: ['case', 'stage', 'createdAt'] })
export class RecordingExplanation {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Case)
  case!: Rel<Case>;

  @Field(() => EnforcementStage)
  @Enum({ items: () => EnforcementStage })
  stage!: EnforcementStage;

  @Field()
  @Property({ length: 1000 })
  text!: string;

  @ManyToOne(() => User)
  author!: Rel<User>;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();
}
