import { Check, Entity, Enum, Index, ManyToOne, type Opt, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType, UseMiddleware } from 'type-graphql';
import { MaskUnlessReadable } from '../authz/guard.js';
import { BaseEntity } from '../common/base.entity.js';
import { Unit } from '../units/unit.entity.js';
import { Clearance, Role } from './roles.js';

/** A member of staff who signs in. The password hash never leaves the server (no @Field). */
@ObjectType()
@Entity({ tableName: 'app_user' })
@Check({
  name: 'app_user_roles_check',
  expression: `"roles" <@ array['officer','unitClerk','unitHead','archivist','leader','legal','infoCenter','supervisor']::text[] and cardinality("roles") > 0`,
})
export class User extends BaseEntity {
  /** Sign-in name, unique, lower case. */
  @Field()
  @Property({ unique: true, length: 64 })
  username!: string;

  @Field()
  @Property({ length: 100 })
  displayName!: string;

  @Field(() => Unit)
  @Index()
  @ManyToOne(() => Unit)
  unit!: Rel<Unit>;

  @Field(() => [Role])
  @Enum({ items: () => Role, array: true })
  roles!: Role[];

  @Field(() => Clearance, { nullable: true, description: 'Masked unless the caller may read it' })
  @UseMiddleware(MaskUnlessReadable)
  @Enum({ items: () => Clearance })
  clearance: Clearance & Opt = Clearance.NONE;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  active: boolean & Opt = true;

  @Property({ length: 255, lazy: true })
  passwordHash!: string;

  @Field(() => Date, { nullable: true })
  @UseMiddleware(MaskUnlessReadable)
  @Property({ type: 'timestamptz' })
  passwordChangedAt: Date & Opt = new Date();

  @Field(() => Int, { nullable: true })
  @UseMiddleware(MaskUnlessReadable)
  @Property({ type: 'integer' })
  failedLoginCount: number & Opt = 0;

  @Field(() => Date, { nullable: true })
  @UseMiddleware(MaskUnlessReadable)
  @Property({ type: 'timestamptz', nullable: true })
  lockedUntil?: Date | null;

  @Field(() => Date, { nullable: true })
  @UseMiddleware(MaskUnlessReadable)
  @Property({ type: 'timestamptz', nullable: true })
  lastLoginAt?: Date | null;
}
