import { ArrayMaxSize, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { GrantAction } from './access.enums.js';

@InputType()
export class RequestViewingInput {
  @Field(() => ID, { nullable: true, description: 'Every record of this case the requester can see…' })
  @IsUUID()
  caseId?: string | null;

  @Field(() => [ID], { nullable: true, description: '…or exactly these records (of one case)' })
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  recordIds?: string[] | null;

  @Field(() => [GrantAction])
  actions!: GrantAction[];

  @Field({ description: 'What the records are needed for (required)' })
  @Length(1, 1000)
  purpose!: string;

  @Field(() => Date, { nullable: true, description: 'Start of the period wanted (default: on approval)' })
  validFrom?: Date | null;

  @Field(() => Date, { description: 'End of the period wanted (at most 90 days)' })
  validUntil!: Date;

  @Field(() => Date, { nullable: true, description: 'When a decision is wanted by' })
  dueAt?: Date | null;
}
