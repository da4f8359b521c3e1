import {
  ArrayMaxSize,
  ArrayMinSize,
  IsOptional,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import {
  ApplicantRelation,
  BodyKind,
  DeliveryMethod,
  DisclosureStatus,
  DisclosureType,
  ExclusionReason,
  ItemDecision,
} from './disclosure.enums.js';

/** Most records one request or application may name. */
export const MAX_ITEMS = 500;

@InputType({ description: '调取 (Art. 16–17): a letter from a court or other body, registered by the archive' })
export class RegisterExternalRequestInput {
  @Field(() => BodyKind)
  bodyKind!: BodyKind;

  @Field()
  @MinLength(2)
  @MaxLength(200)
  bodyName!: string;

  @Field({ description: "The letter's number (函号)" })
  @MinLength(1)
  @MaxLength(100)
  letterNumber!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'letterDate must be YYYY-MM-DD' })
  letterDate!: string;

  @Field(() => ID, { description: 'The scanned letter (an attachment uploaded with purpose LETTER)' })
  @IsUUID()
  letterId!: string;

  @Field({ description: 'The lawsuit or reconsideration case it concerns' })
  @MinLength(2)
  @MaxLength(200)
  concerning!: string;

  @Field({ description: 'What the material is for, as the letter says' })
  @MinLength(4)
  @MaxLength(1000)
  purpose!: string;

  @Field(() => [ID], { nullable: true, description: 'The records asked for' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(MAX_ITEMS)
  recordIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Whole cases asked for (every record of each)' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(50)
  caseIds?: string[];

  @Field(() => Date, { nullable: true })
  @IsOptional()
  dueAt?: Date | null;
}

@InputType({ description: '当事人复制申请 (Art. 19–20), registered by the legal staff' })
export class RegisterCopyApplicationInput {
  @Field()
  @MinLength(2)
  @MaxLength(200)
  applicantName!: string;

  @Field({ description: 'e.g. 居民身份证, 营业执照, 护照' })
  @MinLength(2)
  @MaxLength(50)
  applicantIdType!: string;

  @Field()
  @MinLength(4)
  @MaxLength(64)
  applicantIdNumber!: string;

  @Field(() => ApplicantRelation)
  relation!: ApplicantRelation;

  @Field(() => ID, { description: 'The case the applicant is a party to' })
  @IsUUID()
  caseId!: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'The records applied for; all readable records of the case when absent',
  })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(MAX_ITEMS)
  recordIds?: string[];

  @Field({ description: 'What the copies are for' })
  @MinLength(4)
  @MaxLength(1000)
  purpose!: string;

  @Field(() => ID, { description: 'The scanned application form' })
  @IsUUID()
  applicationFormId!: string;

  @Field(() => ID, { description: "The scan of the applicant's identity document" })
  @IsUUID()
  identityDocumentId!: string;

  @Field(() => ID, { nullable: true, description: "The party's written authorisation (required for an agent)" })
  @IsOptional()
  @IsUUID()
  authorisationId?: string | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  dueAt?: Date | null;
}

@InputType()
export class ItemDecisionInput {
  @Field(() => ID)
  @IsUUID()
  recordId!: string;

  @Field(() => ItemDecision)
  decision!: ItemDecision;

  @Field(() => ExclusionReason, { nullable: true, description: 'Required to exclude' })
  @IsOptional()
  reason?: ExclusionReason | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  note?: string | null;

  @Field(() => ID, { nullable: true, description: 'The redacted copy (attachment, purpose REDACTED_COPY) to include' })
  @IsOptional()
  @IsUUID()
  redactedId?: string | null;
}

@InputType()
export class DecideItemsInput {
  @Field(() => ID)
  @IsUUID()
  disclosureId!: string;

  @Field(() => [ItemDecisionInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ITEMS)
  @ValidateNested({ each: true })
  decisions!: ItemDecisionInput[];
}

@InputType()
export class RecordDeliveryInput {
  @Field(() => ID)
  @IsUUID()
  disclosureId!: string;

  @Field(() => DeliveryMethod)
  method!: DeliveryMethod;

  @Field({ description: 'Who received it' })
  @MinLength(2)
  @MaxLength(200)
  recipient!: string;

  @Field(() => Date)
  deliveredAt!: Date;

  @Field(() => ID, { nullable: true, description: 'The signed receipt (attachment, purpose RECEIPT)' })
  @IsOptional()
  @IsUUID()
  receiptId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  note?: string | null;
}

@InputType()
export class DisclosureFilter {
  @Field(() => DisclosureType, { nullable: true })
  type?: DisclosureType;

  @Field(() => [DisclosureStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  statuses?: DisclosureStatus[];

  @Field(() => Boolean, { nullable: true, description: 'Open and past its due date' })
  overdue?: boolean;

  @Field(() => String, { nullable: true, description: 'Number, body, letter number or applicant contains' })
  @IsOptional()
  @MaxLength(100)
  q?: string;
}
