import { ArrayMaxSize, IsOptional, IsUUID, Length } from 'class-validator';
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

@InputType({ description: 'Grants to list: whose, for which record, only those in force' })
export class GrantFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  userId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  recordId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: not revoked and within its period now' })
  inForce?: boolean | null;
}
