import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { EnforcementRecord } from '../records/record.entity.js';
import { User } from '../users/user.entity.js';
import { StoredFile } from './stored-file.entity.js';

/** Playing in the page (`view`) or saving a copy (`download`). */
export enum FileAccessMode {
  VIEW = 'VIEW',
  DOWNLOAD = 'DOWNLOAD',
}
registerEnumType(FileAccessMode, { name: 'FileAccessMode' });

/**
 * One audited access to a record's file: opened through GraphQL (permission checked, audited),
 * then served at `/download/:id` to the same user only, with Range requests, until it expires.
 * A player's many range requests are one access; the first request's range is kept.
 */
@Entity({ tableName: 'file_access' })
export class FileAccess {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User)
  user!: Rel<User>;

  @ManyToOne(() => EnforcementRecord)
  record!: Rel<EnforcementRecord>;

  /** The record version whose file is served. */
  @Property({ type: 'integer' })
  version!: number;

  @ManyToOne(() => StoredFile)
  file!: Rel<StoredFile>;

  @Enum({ items: () => FileAccessMode })
  mode!: FileAccessMode;

  @Property({ length: 255 })
  fileName!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  firstUsedAt?: Date | null;

  /** The Range header of the first request ('' when it asked for the whole file). */
  @Property({ length: 100, nullable: true })
  firstRange?: string | null;
}
