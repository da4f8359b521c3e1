import { ArrayMaxSize, IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { MAX_DISPOSAL_ITEMS } from './disposal.service.js';

@InputType()
export class CreateDisposalListInput {
  @Field({ description: 'The ground for the disposal, as the list states it' })
  @Length(2, 1000)
  note!: string;

  @Field(() => [ID])
  @ArrayMaxSize(MAX_DISPOSAL_ITEMS)
  @IsUUID('all', { each: true })
  recordIds!: string[];
}

@InputType()
export class EditDisposalListInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 1000)
  note?: string | null;

  @Field(() => [ID], { nullable: true, description: 'The whole set of records the list should hold' })
  @IsOptional()
  @ArrayMaxSize(MAX_DISPOSAL_ITEMS)
  @IsUUID('all', { each: true })
  recordIds?: string[] | null;
}
