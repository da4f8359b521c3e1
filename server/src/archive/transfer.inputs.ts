import {
  ArrayMaxSize,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Procedure } from '../cases/case.enums.js';
import { EnforcementStage } from '../records/record.enums.js';
import { RetentionPeriod, TransferStatus } from './archive.enums.js';
import { DocumentRequirement } from './requirements.js';

export const MAX_CATALOGUE = 2000;

/** One line of the catalogue as the clerk edits it; the order of the lines is the order of the file. */
@InputType()
export class CatalogueEntryInput {
  @Field(() => ID)
  @IsUUID()
  recordId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  documentNumber?: string | null;

  @Field({ description: 'Title as listed (defaults to the record’s own)' })
  @MinLength(1)
  @MaxLength(300)
  title!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be YYYY-MM-DD' })
  date?: string | null;

  @Field(() => Int, { nullable: true, description: 'Pages of a text record' })
  @IsOptional()
  @IsInt()
  @Min(1)
  pages?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  remarks?: string | null;
}

@InputType()
export class SaveCatalogueInput {
  @Field(() => ID)
  @IsUUID()
  transferId!: string;

  @Field(() => [CatalogueEntryInput])
  @ArrayMaxSize(MAX_CATALOGUE)
  @ValidateNested({ each: true })
  entries!: CatalogueEntryInput[];
}

@InputType()
export class TransferFilter {
  @Field(() => [TransferStatus], { nullable: true })
  @IsOptional()
  statuses?: TransferStatus[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: 'Case number, archive number, party or cause contains' })
  @IsOptional()
  @MaxLength(100)
  q?: string | null;
}

@InputType()
export class RetentionRuleInput {
  @Field(() => Procedure)
  procedure!: Procedure;

  @Field(() => RetentionPeriod)
  period!: RetentionPeriod;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  transferDays!: number;

  @Field()
  evidenceAvKeepsCasePeriod!: boolean;

  @Field(() => [DocumentRequirement])
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  requirements!: DocumentRequirement[];

  @Field(() => [EnforcementStage])
  @ArrayMaxSize(10)
  avStages!: EnforcementStage[];
}
