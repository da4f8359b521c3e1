import { IsEnum, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { UnitKind } from './unit.entity.js';

/** 1–16 letters (any script) or digits: the start of a case number, before 〔year〕. */
const CASE_PREFIX = /^[\p{L}\p{N}]{1,16}$/u;
const CASE_PREFIX_HELP = 'Start of the unit’s case numbers, 1–16 letters or digits (e.g. 平市监综); unique among units';
const CASE_PREFIX_MESSAGE = 'casePrefix: 1–16 letters or digits';

@InputType()
export class CreateUnitInput {
  @Field({ description: '2–32 upper-case letters, digits, dash or underscore' })
  @Matches(/^[A-Z0-9][A-Z0-9_-]{1,31}$/, { message: 'code: 2–32 upper-case letters, digits, dash or underscore' })
  code!: string;

  @Field()
  @Length(1, 100)
  name!: string;

  @Field(() => UnitKind)
  @IsEnum(UnitKind)
  kind!: UnitKind;

  @Field(() => String, { nullable: true, description: `${CASE_PREFIX_HELP}; a unit without one opens no cases` })
  @IsOptional()
  @Matches(CASE_PREFIX, { message: CASE_PREFIX_MESSAGE })
  casePrefix?: string | null;
}

/**
 * Fields left out are unchanged. The code is permanent: it appears in case and device numbers; so
 * is the case-number prefix once the unit has opened a case.
 */
@InputType()
export class UpdateUnitInput {
  @Field(() => String, { nullable: true })
  @Length(1, 100)
  name?: string;

  @Field(() => UnitKind, { nullable: true })
  @IsEnum(UnitKind)
  kind?: UnitKind;

  @Field(() => String, {
    nullable: true,
    description: `${CASE_PREFIX_HELP}; can be set or changed only while the unit has opened no case`,
  })
  @IsOptional()
  @Matches(CASE_PREFIX, { message: CASE_PREFIX_MESSAGE })
  casePrefix?: string | null;
}

@InputType()
export class UnitFilter {
  @Field(() => String, { nullable: true, description: 'Matches code or name' })
  @MaxLength(100)
  q?: string;

  @Field(() => UnitKind, { nullable: true })
  kind?: UnitKind;
}
