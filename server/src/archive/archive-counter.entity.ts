import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The last number used per kind (YJ transfers, XH disposal lists, CC media sets; for archive
 * numbers the pattern's text before the sequence) and year.
 */
@Entity({ tableName: 'archive_counter' })
export class ArchiveCounter {
  @PrimaryKey({ length: 100 })
  kind!: string;

  @PrimaryKey({ type: 'integer' })
  year!: number;

  @Property({ type: 'integer' })
  lastSeq!: number;
}
