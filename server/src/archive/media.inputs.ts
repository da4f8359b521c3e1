import { ArrayMaxSize, IsOptional, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { MediumType } from './archive.enums.js';

@InputType({ description: 'A long-term media set (Art. 15): what goes on it and onto which medium' })
export class CreateMediaSetInput {
  @Field(() => [ID], { nullable: true, description: 'Records chosen one by one' })
  @IsOptional()
  @ArrayMaxSize(5000)
  @IsUUID('all', { each: true })
  recordIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Whole cases: their records the archive may export' })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  caseIds?: string[] | null;

  @Field(() => MediumType)
  mediumType!: MediumType;

  @Field(() => Float, { nullable: true, description: 'Bytes one USB drive holds (USB only)' })
  @IsOptional()
  capacity?: number | null;
}

@InputType({ description: 'A written medium as registered: the label on it and where it is kept' })
export class RegisterMediumInput {
  @Field(() => ID)
  volumeId!: string;

  @Field()
  @MinLength(1)
  @MaxLength(100)
  label!: string;

  @Field()
  @MinLength(1)
  @MaxLength(200)
  location!: string;
}
