import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../users/user.entity.js';
import { Device } from './device.entity.js';

/** 领用/归还: one officer holds one device for a day, after the Art. 9 pre-use check. */
@ObjectType()
@Entity({ tableName: 'device_checkout' })
@Index({ properties: ['device', 'day'] })
@Index({
  name: 'device_checkout_one_holder',
  expression:
    'create unique index "device_checkout_one_holder" on "device_checkout" ("device_id") where "returned_at" is null',
})
export class DeviceCheckout {
  static readonly modelName = 'DeviceCheckout';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Device)
  device!: Rel<Device>;

  @Index()
  @ManyToOne(() => User)
  officer!: Rel<User>;

  /** The working day (bureau time zone) the device is used on. */
  @Field()
  @Property({ type: 'date' })
  day!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  checkedOutAt: Date & Opt = new Date();

  @Field(() => Int)
  @Property({ type: 'smallint' })
  batteryPercent!: number;

  @Field(() => Float)
  @Property({ type: 'real' })
  freeStorageGb!: number;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  clockCorrect!: boolean;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  checkPassed!: boolean;

  /** Why a device that failed the pre-use check was taken anyway. */
  @Field(() => String, { nullable: true })
  @Property({ length: 300, nullable: true })
  overrideReason?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  returnedAt?: Date | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'restrict' })
  returnedBy?: Rel<User> | null;
}
