import { ArrayMaxSize, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { EvidenceKind, ViolationKind, ViolationOutcome } from './violation.enums.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class EvidenceLinkInput {
  @Field(() => EvidenceKind)
  kind!: EvidenceKind;

  @Field()
  @MaxLength(64)
  ref!: string;
}

/** What an entry says; a correction gives all of it again, as the next version. */
@InputType()
export class ViolationInput {
  @Field(() => ViolationKind)
  kind!: ViolationKind;

  @Field(() => ID)
  @IsUUID()
  personId!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(DATE, { message: 'occurredOn: a date as YYYY-MM-DD' })
  occurredOn!: string;

  @Field()
  @MinLength(2)
  @MaxLength(10_000)
  finding!: string;

  @Field(() => ViolationOutcome, { nullable: true })
  outcome?: ViolationOutcome | null;

  @Field(() => [EvidenceLinkInput], { defaultValue: [] })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  evidence!: EvidenceLinkInput[];
}

@InputType()
export class ViolationFilter {
  @Field(() => ViolationKind, { nullable: true })
  kind?: ViolationKind;

  @Field(() => ID, { nullable: true })
  @IsUUID()
  personId?: string;

  @Field(() => ID, { nullable: true })
  @IsUUID()
  unitId?: string;

  @Field(() => ViolationOutcome, { nullable: true, description: 'An outcome; see `undecided` for none' })
  outcome?: ViolationOutcome;

  @Field(() => Boolean, { nullable: true, description: 'Only entries without an outcome yet' })
  undecided?: boolean;

  @Field({ nullable: true, description: 'Occurred on or after (YYYY-MM-DD)' })
  @Matches(DATE)
  from?: string;

  @Field({ nullable: true, description: 'Occurred on or before (YYYY-MM-DD)' })
  @Matches(DATE)
  to?: string;
}
