import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Can, SignedIn } from '../authz/guard.js';
import { FixitySummary } from './fixity.service.js';
import type { Context } from '../context.js';
import { DeviceCheckout } from '../devices/checkout.entity.js';
import { EnforcementRecord } from '../records/record.entity.js';
import { isAv } from '../records/record.enums.js';
import { FileAccessMode } from './file-access.entity.js';
import { captureDisagreements } from './media.js';
import { StoredFile } from './stored-file.entity.js';

@ObjectType({ description: 'An opened file: its address serves the caller only, until it expires' })
export class FileAccessTicket {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'GET (Range requests allowed) with the same session' })
  url!: string;

  @Field(() => FileAccessMode)
  mode!: FileAccessMode;

  @Field(() => Date)
  expiresAt!: Date;

  @Field()
  fileName!: string;

  @Field()
  mediaType!: string;

  @Field(() => Float)
  size!: number;

  @Field()
  sha256!: string;

  @Field({ description: 'Overlaid on the player (deterrent against screen capture)' })
  viewerName!: string;

  @Field(() => Date)
  openedAt!: Date;
}

@Resolver(() => EnforcementRecord)
export class RecordFileResolver {
  @FieldResolver(() => StoredFile, {
    nullable: true,
    description: 'The stored file of the current version (metadata, hashes)',
  })
  async file(@Root() r: EnforcementRecord, @Ctx() ctx: Context): Promise<StoredFile | null> {
    return r.fileId ? ((await ctx.loaders.files.load(r.fileId)) ?? null) : null;
  }

  @FieldResolver(() => [String], {
    description:
      "What to look into about an AV record: the file's own facts against the entered capture time (RECORDED_TIME: recorded outside the entered period, e.g. the device clock is off; DURATION: longer than the entered period), and its device (DEVICE_UNREGISTERED, DEVICE_NOT_HELD: the officer had not checked it out that day, DEVICE_FAULTY: recorded while a fault was open)",
  })
  async captureFlags(@Root() r: EnforcementRecord, @Ctx() ctx: Context): Promise<string[]> {
    if (!isAv(r.kind)) return [];
    const file = r.fileId ? await ctx.loaders.files.load(r.fileId) : undefined;
    const fileFlags = file ? captureDisagreements(r, file, ctx.services.config.captureToleranceMinutes) : [];
    return [...fileFlags, ...(await ctx.loaders.recordDevices.load(r)).flags];
  }

  @FieldResolver(() => DeviceCheckout, {
    nullable: true,
    description: 'The checkout (领用) of its device by the recording officer on the capture day, when visible',
  })
  async deviceCheckout(@Root() r: EnforcementRecord, @Ctx() ctx: Context): Promise<DeviceCheckout | null> {
    if (!isAv(r.kind)) return null;
    const { checkout } = await ctx.loaders.recordDevices.load(r);
    return checkout && ctx.authz.ability.can('read', checkout as never) ? checkout : null;
  }

  @SignedIn()
  @Mutation(() => FileAccessTicket, {
    description:
      'Opens the file of a record (a version) to play (VIEW) or save (DOWNLOAD); needs that right and is audited',
  })
  async openRecordFile(
    @Arg('recordId', () => ID) recordId: string,
    @Arg('mode', () => FileAccessMode) mode: FileAccessMode,
    @Ctx() ctx: Context,
    @Arg('version', () => Int, { nullable: true }) version?: number,
  ): Promise<FileAccessTicket> {
    const { access, file } = await ctx.services.fileAccess.open(ctx, recordId, mode, version);
    return {
      id: access.id,
      url: `/download/${access.id}`,
      mode,
      expiresAt: access.expiresAt,
      fileName: access.fileName,
      mediaType: file.mediaType,
      size: file.size,
      sha256: file.sha256,
      viewerName: `${ctx.user!.displayName} (${ctx.user!.username})`,
      openedAt: access.createdAt,
    };
  }
}

@Resolver(() => FixitySummary)
export class FixityResolver {
  @Can('read', 'FixitySummary')
  @Query(() => FixitySummary, { description: 'The stored files’ fixity at a glance (system health; no content)' })
  fixitySummary(@Ctx() ctx: Context) {
    return ctx.services.fixity.summary(ctx.em);
  }
}
