import { ArrayMaxSize, IsOptional, IsUUID, Matches } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { EnforcementStage } from '../records/record.enums.js';
import { ComplianceKind } from './compliance.enums.js';
import { RecordingExplanation } from './recording-explanation.entity.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The period (bureau days, both included) and, optionally, one unit, one person, some kinds. */
@InputType()
export class ComplianceFilter {
  @Field({ description: 'First day, YYYY-MM-DD' })
  @Matches(DATE, { message: 'from must be a date (YYYY-MM-DD)' })
  from!: string;

  @Field({ description: 'Last day, YYYY-MM-DD (included)' })
  @Matches(DATE, { message: 'to must be a date (YYYY-MM-DD)' })
  to!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The person a finding is about' })
  @IsOptional()
  @IsUUID()
  officerId?: string | null;

  @Field(() => [ComplianceKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  kinds?: ComplianceKind[] | null;
}

/** One finding, with what it is about; `detail` holds the kind's own facts (deadline, device, peak…). */
@ObjectType()
export class ComplianceItem {
  @Field(() => ID)
  id!: string;

  @Field(() => ComplianceKind)
  kind!: ComplianceKind;

  @Field({ description: 'When it happened or fell due' })
  at!: Date;

  @Field(() => ID, { nullable: true })
  unitId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The person it is about' })
  officerId!: string | null;

  @Field(() => ID, { nullable: true })
  caseId!: string | null;

  @Field(() => ID, { nullable: true })
  recordId!: string | null;

  @Field()
  subjectType!: string;

  @Field()
  subjectId!: string;

  @Field(() => EnforcementStage, { nullable: true })
  stage!: EnforcementStage | null;

  @Field(() => GraphQLJSONObject)
  detail!: Record<string, unknown>;

  @Field(() => RecordingExplanation, {
    nullable: true,
    description: 'The latest written explanation of a missing recording (Art. 7)',
  })
  explanation?: RecordingExplanation | null;
}

@ObjectType()
export class ComplianceItemPage {
  @Field(() => [ComplianceItem])
  items!: ComplianceItem[];

  @Field(() => Int)
  total!: number;
}

@ObjectType()
export class ComplianceCount {
  @Field(() => ComplianceKind)
  kind!: ComplianceKind;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class ComplianceUnitCount extends ComplianceCount {
  @Field(() => ID, { nullable: true, description: 'Null: findings about no unit (e.g. a refused anonymous call)' })
  unitId!: string | null;
}

@ObjectType()
export class ComplianceOfficerCount extends ComplianceCount {
  @Field(() => ID)
  officerId!: string;
}

@ObjectType()
export class ComplianceMonthCount extends ComplianceCount {
  @Field({ description: 'YYYY-MM, bureau time' })
  month!: string;
}

/** The headline figures of a period: per kind, per unit, per person and per month. */
@ObjectType()
export class ComplianceSummary {
  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field(() => [ComplianceCount])
  totals!: ComplianceCount[];

  @Field(() => [ComplianceUnitCount])
  byUnit!: ComplianceUnitCount[];

  @Field(() => [ComplianceOfficerCount])
  byOfficer!: ComplianceOfficerCount[];

  @Field(() => [ComplianceMonthCount])
  byMonth!: ComplianceMonthCount[];
}

/** A stage of a case that should have audio/video and has none (Art. 7), for the case's page. */
@ObjectType()
export class RecordingGap {
  @Field(() => EnforcementStage)
  stage!: EnforcementStage;

  @Field({ description: 'The first record of the stage (capture time, else entry time)' })
  since!: Date;

  @Field(() => Int, { description: 'Text records of the stage' })
  records!: number;

  @Field(() => RecordingExplanation, { nullable: true })
  explanation?: RecordingExplanation | null;
}
