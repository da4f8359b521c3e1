import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Disclosure } from '../disclosures/disclosure.entity.js';
import { User } from '../users/user.entity.js';

export enum PackageStatus {
  QUEUED = 'QUEUED',
  BUILDING = 'BUILDING',
  READY = 'READY',
  FAILED = 'FAILED',
}
registerEnumType(PackageStatus, { name: 'PackageStatus' });

/** One file as given in a package. */
@ObjectType()
export class PackageFile {
  @Field(() => ID)
  recordId!: string;

  @Field({ description: 'Its path in the bag, e.g. data/001 现场检查录像.mp4' })
  path!: string;

  @Field(() => Float)
  size!: number;

  @Field()
  sha256!: string;

  @Field()
  sm3!: string;

  @Field({ description: "A watermarked copy (a party's copy of a photo or PDF)" })
  watermarked!: boolean;

  @Field({ description: 'The redacted copy the legal staff prepared' })
  redacted!: boolean;

  @Field({ description: "Written from the record's registered text (the record has no file)" })
  generated!: boolean;
}

/**
 * An export package (a zipped BagIt bag) built in the background. When ready, the zip itself is
 * kept in the content-addressed store, read-only, so what was given can be shown byte for byte.
 */
@ObjectType()
@Entity({ tableName: 'export_package' })
// One package per request in flight or given: two clicks (or two people) cannot build two.
@Index({
  name: 'export_package_one_open',
  expression: `create unique index "export_package_one_open" on "export_package" ("disclosure_id") where "status" in ('QUEUED', 'BUILDING', 'READY')`,
})
export class ExportPackage {
  static readonly modelName = 'ExportPackage';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Disclosure)
  disclosure!: Rel<Disclosure>;

  @Field(() => PackageStatus)
  @Enum({ items: () => PackageStatus })
  status: PackageStatus & Opt = PackageStatus.QUEUED;

  @Field({ description: 'The file name it is delivered under, e.g. DQ-2026-0003.zip' })
  @Property({ length: 100 })
  fileName!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  fileCount!: number;

  @Field(() => Float, { description: 'Payload bytes to package (known once the build starts)' })
  @Property({ type: 'bigint', runtimeType: 'number' })
  bytesTotal: number & Opt = 0;

  @Field(() => Float)
  @Property({ type: 'bigint', runtimeType: 'number' })
  bytesDone: number & Opt = 0;

  @Field(() => String, { nullable: true, description: 'Payload-Oxum of the bag: bytes.files' })
  @Property({ length: 40, nullable: true })
  payloadOxum?: string | null;

  /** The retained zip, once ready: kept in the store under this hash, read-only. */
  @Field(() => String, { nullable: true, description: 'SHA-256 of the zip as given (and as kept)' })
  @Property({ length: 64, nullable: true })
  sha256?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'SM3 of the zip, computed in the background after it is ready (null until then)',
  })
  @Property({ length: 64, nullable: true })
  sm3?: string | null;

  @Field(() => Float, { nullable: true, description: 'Bytes of the zip' })
  @Property({ type: 'bigint', runtimeType: 'number', nullable: true })
  size?: number | null;

  @Field(() => [PackageFile], { nullable: true, description: 'What the package holds, once ready' })
  @Property({ type: 'json', nullable: true })
  contents?: PackageFile[] | null;

  @Field(() => String, { nullable: true, description: 'Why the build failed' })
  @Property({ length: 1000, nullable: true })
  error?: string | null;

  @ManyToOne(() => User)
  requestedBy!: Rel<User>;

  /** Which instance builds it (host and data folder) and the claim's token; only the holder finishes it. */
  @Property({ length: 300, nullable: true })
  builder?: string | null;

  @Property({ type: 'uuid', nullable: true })
  buildToken?: string | null;

  /** Renewed while it builds; a build silent for two minutes is taken over. */
  @Property({ type: 'timestamptz', nullable: true })
  heartbeatAt?: Date | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  startedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  finishedAt?: Date | null;
}
