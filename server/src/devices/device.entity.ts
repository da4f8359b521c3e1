import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';
import { DeviceKind, DeviceStatus } from './device.enums.js';

/** A recording device of a unit (执法记录设备). Never deleted: retired. */
@ObjectType()
@Entity({ tableName: 'device' })
export class Device extends BaseEntity {
  /** Unique, e.g. ZHZF-DSJ-001 (unit code + serial). */
  @Field()
  @Property({ length: 64, unique: true })
  number!: string;

  @Field(() => DeviceKind)
  @Enum({ items: () => DeviceKind })
  kind!: DeviceKind;

  @Field()
  @Property({ length: 100 })
  model!: string;

  @Field()
  @Property({ length: 100 })
  serial!: string;

  @Field(() => Unit)
  @Index()
  @ManyToOne(() => Unit)
  unit!: Rel<Unit>;

  /** The unit member who keeps it (charging, storage: Art. 9). */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'restrict' })
  custodian?: Rel<User> | null;

  @Field(() => DeviceStatus)
  @Enum({ items: () => DeviceStatus })
  status: DeviceStatus & Opt = DeviceStatus.IN_SERVICE;

  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  purchasedOn?: string | null;
}
