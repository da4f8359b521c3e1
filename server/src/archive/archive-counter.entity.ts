import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** The last number used per kind (YJ transfers, XH disposal lists, CC media sets, archive numbers) and year. */
@Entity({ tableName: 'archive_counter' })
export class ArchiveCounter {
  @PrimaryKey({ length: 16 })
  kind!: string;

  @PrimaryKey({ type: 'integer' })
  year!: number;

  @Property({ type: 'integer' })
  lastSeq!: number;
}
