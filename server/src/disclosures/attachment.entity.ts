import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { StoredFile } from '../files/stored-file.entity.js';
import { User } from '../users/user.entity.js';
import { AttachmentPurpose, DisclosureType } from './disclosure.enums.js';

/**
 * A scanned paper of a request (letter, application form, identity document, authorisation,
 * receipt) or a redacted copy: its bytes in the content-addressed store, the row never changed.
 */
@ObjectType()
@Entity({ tableName: 'attachment' })
export class Attachment {
  static readonly modelName = 'Attachment';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => StoredFile)
  @ManyToOne(() => StoredFile, { eager: true })
  file!: Rel<StoredFile>;

  @Field()
  @Property({ length: 255 })
  fileName!: string;

  @Field(() => AttachmentPurpose)
  @Enum({ items: () => AttachmentPurpose })
  purpose!: AttachmentPurpose;

  /** The queue it belongs to (the archive's court requests, or legal's party copies): only that queue's staff see it. */
  @Field(() => DisclosureType)
  @Enum({ items: () => DisclosureType })
  queue!: DisclosureType;

  @ManyToOne(() => User)
  uploadedBy!: Rel<User>;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();
}
