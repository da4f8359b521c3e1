import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../users/user.entity.js';
import { Device } from './device.entity.js';

/**
 * A fault report (Art. 10): blocks the device at once; repair is by the professional service
 * (sent, returned with its result), and only a passed check returns the device to service.
 */
@ObjectType()
@Entity({ tableName: 'device_fault' })
export class DeviceFault {
  static readonly modelName = 'DeviceFault';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Device)
  device!: Rel<Device>;

  @Field()
  @Property({ length: 1000 })
  description!: string;

  @ManyToOne(() => User)
  reportedBy!: Rel<User>;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  reportedAt: Date & Opt = new Date();

  @Field(() => String, { nullable: true, description: 'The professional repair service it was sent to' })
  @Property({ length: 200, nullable: true })
  repairService?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  sentAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  repairedAt?: Date | null;

  @Field(() => String, { nullable: true, description: "The repair service's result" })
  @Property({ length: 1000, nullable: true })
  repairResult?: string | null;

  /** Set when the device passed the check after repair and went back into service. */
  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt?: Date | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'restrict' })
  closedBy?: Rel<User> | null;
}
