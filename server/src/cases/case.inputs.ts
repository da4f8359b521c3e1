import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CaseStatus, PartyKind, Procedure } from './case.enums.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = 'a date as YYYY-MM-DD';

@InputType()
export class PartyInput {
  @Field(() => PartyKind)
  kind!: PartyKind;

  @Field()
  @Length(1, 200)
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Person: resident ID number (GB 11643); organisation: unified social credit code (GB 32100)',
  })
  @MaxLength(32)
  idNumber?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(32)
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(300)
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Organisation only: 法定代表人' })
  @MaxLength(100)
  legalRepresentative?: string | null;
}

@InputType()
export class OpenCaseInput {
  @Field(() => ID)
  @IsUUID()
  unitId!: string;

  @Field({ description: '案由' })
  @Length(1, 200)
  cause!: string;

  @Field(() => Procedure)
  procedure!: Procedure;

  @Field(() => PartyInput)
  party!: PartyInput;

  @Field(() => [ID], { description: 'At least two officers of the unit' })
  @ArrayMinSize(2)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  handlingOfficerIds!: string[];

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today when left out' })
  @Matches(DATE, { message: `openedOn: ${DATE_MESSAGE}` })
  openedOn?: string | null;
}

@InputType()
export class CaseFilter {
  @Field(() => String, { nullable: true, description: 'Substring of the case number, party name or cause' })
  @MaxLength(100)
  q?: string;

  @Field(() => ID, { nullable: true })
  @IsUUID()
  unitId?: string;

  @Field(() => ID, { nullable: true, description: 'A handling officer' })
  @IsUUID()
  officerId?: string;

  @Field(() => [Procedure], { nullable: true })
  procedures?: Procedure[];

  @Field(() => [CaseStatus], { nullable: true })
  statuses?: CaseStatus[];

  @Field(() => String, { nullable: true })
  @Matches(DATE, { message: `openedFrom: ${DATE_MESSAGE}` })
  openedFrom?: string;

  @Field(() => String, { nullable: true })
  @Matches(DATE, { message: `openedTo: ${DATE_MESSAGE}` })
  openedTo?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Cases whose transfer deadline is before this date and not yet transferred',
  })
  @Matches(DATE, { message: `overdueOn: ${DATE_MESSAGE}` })
  overdueOn?: string;
}
