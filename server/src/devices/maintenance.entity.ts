import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../users/user.entity.js';
import { Device } from './device.entity.js';
import { MaintenanceKind } from './device.enums.js';

/** One entry of a device's maintenance log (Art. 9), kept by the unit's clerk. */
@ObjectType()
@Entity({ tableName: 'device_maintenance' })
@Index({ properties: ['device', 'kind', 'performedAt'] })
export class DeviceMaintenance {
  static readonly modelName = 'DeviceMaintenance';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Device)
  device!: Rel<Device>;

  @Field(() => MaintenanceKind)
  @Enum({ items: () => MaintenanceKind })
  kind!: MaintenanceKind;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  performedAt: Date & Opt = new Date();

  @ManyToOne(() => User)
  performedBy!: Rel<User>;

  @Field(() => String, { nullable: true })
  @Property({ length: 500, nullable: true })
  note?: string | null;
}
