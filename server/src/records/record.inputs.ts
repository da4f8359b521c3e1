import { IsUUID, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CaseFilter } from '../cases/case.inputs.js';
import { Clearance } from '../users/roles.js';
import { Confidentiality, EnforcementStage, RecordKind } from './record.enums.js';

/** The correctable metadata of a record; on a correction, fields left out keep their value. */
@InputType()
export class RecordMetadataInput {
  @Field(() => String, { nullable: true })
  @Length(1, 300)
  title?: string;

  @Field(() => EnforcementStage, { nullable: true })
  stage?: EnforcementStage | null;

  @Field(() => Date, { nullable: true })
  capturedFrom?: Date | null;

  @Field(() => Date, { nullable: true })
  capturedTo?: Date | null;

  @Field(() => String, { nullable: true })
  @MaxLength(300)
  location?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(64)
  deviceNumber?: string | null;

  @Field(() => ID, { nullable: true, description: 'The officer who recorded it (AV)' })
  @IsUUID()
  officerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Art. 8: the party was told recording was on (AV)' })
  partyNotified?: boolean | null;

  @Field(() => Confidentiality, { nullable: true })
  confidentiality?: Confidentiality;

  @Field(() => Clearance, { nullable: true, description: 'State-secret level; only with STATE_SECRET' })
  secretLevel?: Clearance | null;

  @Field(() => Boolean, { nullable: true })
  longTerm?: boolean;

  @Field(() => String, { nullable: true, description: 'Art. 15 reason; required with longTerm' })
  @MaxLength(300)
  longTermReason?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(100)
  documentNumber?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(200)
  issuedTo?: string | null;

  @Field(() => String, { nullable: true, description: 'Text written in the system' })
  @MaxLength(200_000)
  body?: string | null;
}

@InputType()
export class CreateRecordInput extends RecordMetadataInput {
  @Field(() => ID)
  @IsUUID()
  caseId!: string;

  @Field(() => RecordKind)
  kind!: RecordKind;
}

@InputType()
export class RecordFilter extends CaseFilter {
  @Field(() => ID, { nullable: true })
  @IsUUID()
  caseId?: string;

  @Field(() => [RecordKind], { nullable: true })
  kinds?: RecordKind[];

  @Field(() => [Confidentiality], { nullable: true })
  confidentialities?: Confidentiality[];

  @Field(() => [EnforcementStage], { nullable: true })
  stages?: EnforcementStage[];

  @Field(() => ID, { nullable: true, description: 'The officer who recorded it' })
  @IsUUID()
  recordedById?: string;

  @Field(() => String, { nullable: true })
  @MaxLength(64)
  deviceNumber?: string;

  @Field(() => Date, { nullable: true })
  capturedFrom?: Date;

  @Field(() => Date, { nullable: true })
  capturedTo?: Date;

  @Field(() => Boolean, { nullable: true, description: 'true: AV made without telling the party (Art. 8)' })
  notNotified?: boolean;

  @Field(() => Boolean, { nullable: true })
  longTerm?: boolean;

  @Field(() => Boolean, { nullable: true })
  held?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: the file failed its last fixity check (changed or missing)',
  })
  fixityFailed?: boolean;
}
