import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** The last number used per kind of request (DQ, FZ) and year: numbers are never reused. */
@Entity({ tableName: 'disclosure_counter' })
export class DisclosureCounter {
  @PrimaryKey({ length: 8 })
  prefix!: string;

  @PrimaryKey({ type: 'integer' })
  year!: number;

  @Property({ type: 'integer' })
  lastSeq!: number;
}
