import { randomUUID } from 'node:crypto';
import { type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** Identity and timestamps shared by the mutable entities (not by append-only ones such as audit events). */
@ObjectType()
export abstract class BaseEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();

  @Field(() => Date)
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}

/**
 * An unsaved, unmanaged object of an entity class with `fields`: what a permission check of
 * something about to be created looks at, before any transaction is opened.
 */
export function draftOf<T extends object>(type: new () => T, fields: Partial<T> | Record<string, unknown>): T {
  return Object.assign(Object.create(type.prototype) as T, fields);
}
