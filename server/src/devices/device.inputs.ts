import { IsOptional, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DeviceKind, DeviceStatus, MaintenanceKind } from './device.enums.js';

@InputType()
export class RegisterDeviceInput {
  @Field({ description: 'Unique device number, e.g. ZHZF-DSJ-001' })
  @Matches(/^[A-Z0-9][A-Z0-9-]{2,63}$/, { message: 'number: 3–64 upper-case letters, digits or dashes' })
  number!: string;

  @Field(() => DeviceKind)
  kind!: DeviceKind;

  @Field()
  @Length(1, 100)
  model!: string;

  @Field()
  @Length(1, 100)
  serial!: string;

  @Field(() => ID)
  @IsUUID()
  unitId!: string;

  @Field(() => ID, { nullable: true })
  @IsUUID()
  custodianId?: string | null;

  @Field(() => String, { nullable: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'purchasedOn: a date as YYYY-MM-DD' })
  purchasedOn?: string | null;
}

/**
 * What the registry may correct or change about a device: its model and serial as written, its
 * custodian (保管人, Art. 9) and purchase date. Fields left out are unchanged; a custodian or date
 * given as null is cleared. The number, kind and unit stay (they identify it in checkouts, uploads
 * and the offload board).
 */
@InputType()
export class UpdateDeviceInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  model?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  serial?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  custodianId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'purchasedOn: a date as YYYY-MM-DD' })
  purchasedOn?: string | null;
}

/** The Art. 9 pre-use check made when a device is taken out. */
@InputType()
export class PreUseCheckInput {
  @Field(() => Int)
  @Min(0)
  @Max(100)
  batteryPercent!: number;

  @Field(() => Float)
  @Min(0)
  @Max(100_000)
  freeStorageGb!: number;

  @Field()
  clockCorrect!: boolean;

  @Field(() => String, { nullable: true, description: 'Required when the check fails' })
  @MaxLength(300)
  overrideReason?: string | null;
}

@InputType()
export class DeviceFilter {
  @Field(() => String, { nullable: true, description: 'Substring of number, model or serial' })
  @MaxLength(64)
  q?: string;

  @Field(() => ID, { nullable: true })
  @IsUUID()
  unitId?: string;

  @Field(() => [DeviceKind], { nullable: true })
  kinds?: DeviceKind[];

  @Field(() => [DeviceStatus], { nullable: true })
  statuses?: DeviceStatus[];
}

@InputType()
export class MaintenanceInput {
  @Field(() => MaintenanceKind)
  kind!: MaintenanceKind;

  @Field(() => String, { nullable: true })
  @MaxLength(500)
  note?: string | null;
}
