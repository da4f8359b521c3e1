import { IsEnum, Length, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { UnitKind } from './unit.entity.js';

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
}

/** Fields left out are unchanged. The code is permanent: it appears in case and device numbers. */
@InputType()
export class UpdateUnitInput {
  @Field(() => String, { nullable: true })
  @Length(1, 100)
  name?: string;

  @Field(() => UnitKind, { nullable: true })
  @IsEnum(UnitKind)
  kind?: UnitKind;
}

@InputType()
export class UnitFilter {
  @Field(() => String, { nullable: true, description: 'Matches code or name' })
  @MaxLength(100)
  q?: string;

  @Field(() => UnitKind, { nullable: true })
  kind?: UnitKind;
}
