import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Can } from '../authz/guard.js';
import { PageArgs, Paginated } from '../common/pagination.js';
import type { Context } from '../context.js';
import { User } from '../users/user.entity.js';
import { MediaSetStatus } from './archive.enums.js';
import { MediaSet, MediaVerification, MediaVolume } from './media.entity.js';
import { CreateMediaSetInput, RegisterMediumInput } from './media.inputs.js';

@ObjectType()
export class MediaSetPage extends Paginated(MediaSet) {}

@Resolver(() => MediaSet)
export class MediaSetResolver {
  @Can('read', 'MediaSet')
  @Query(() => MediaSetPage, { description: 'Long-term media sets (Art. 15), newest first' })
  mediaSets(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.media.list(ctx, page);
  }

  @Can('read', 'MediaSet')
  @Query(() => MediaSet)
  mediaSet(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.media.get(ctx, id);
  }

  @Can('read', 'MediaVolume')
  @Query(() => [MediaVolume], { description: 'Media whose yearly re-check is due (today or earlier)' })
  mediaDueForRecheck(@Ctx() ctx: Context) {
    return ctx.services.media.dueForRecheck(ctx);
  }

  @Can('create', 'MediaSet')
  @Mutation(() => MediaSet, {
    description: 'Builds, in the background, the BagIt package of the records split into volumes that fit the medium',
  })
  createMediaSet(@Arg('input', () => CreateMediaSetInput) input: CreateMediaSetInput, @Ctx() ctx: Context) {
    return ctx.services.media.create(ctx, input);
  }

  @Can('update', 'MediaVolume')
  @Mutation(() => MediaVolume, { description: 'Registers a written medium: its label and where it is kept' })
  registerMedium(@Arg('input', () => RegisterMediumInput) input: RegisterMediumInput, @Ctx() ctx: Context) {
    return ctx.services.media.register(ctx, input.volumeId, input.label.trim(), input.location.trim());
  }

  @FieldResolver(() => [MediaVolume])
  volumes(@Root() set: MediaSet, @Ctx() ctx: Context) {
    return set.status === MediaSetStatus.READY ? ctx.services.media.volumes(ctx, set) : [];
  }

  @FieldResolver(() => User, { nullable: true })
  async createdBy(@Root() set: MediaSet, @Ctx() ctx: Context) {
    return (await ctx.loaders.users.load(set.createdBy.id)) ?? null;
  }
}

@Resolver(() => MediaVolume)
export class MediaVolumeResolver {
  @FieldResolver(() => MediaSet)
  set(@Root() volume: MediaVolume, @Ctx() ctx: Context) {
    return ctx.em.findOneOrFail(MediaSet, { id: volume.set.id });
  }

  @FieldResolver(() => String, { nullable: true, description: 'Where the volume zip is fetched for burning' })
  downloadUrl(@Root() volume: MediaVolume, @Ctx() ctx: Context) {
    return volume.sha256 && ctx.authz.ability.can('download', volume as never) ? `/media/${volume.id}` : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Where the bytes read back from the medium are sent' })
  verifyUrl(@Root() volume: MediaVolume, @Ctx() ctx: Context) {
    return volume.sha256 && ctx.authz.ability.can('verify', volume as never) ? `/media/${volume.id}/verify` : null;
  }

  @FieldResolver(() => User, { nullable: true })
  async registeredBy(@Root() volume: MediaVolume, @Ctx() ctx: Context) {
    return volume.registeredBy ? ((await ctx.loaders.users.load(volume.registeredBy.id)) ?? null) : null;
  }

  @FieldResolver(() => [MediaVerification])
  verifications(@Root() volume: MediaVolume, @Ctx() ctx: Context) {
    return ctx.services.media.verifications(ctx, volume);
  }
}

@Resolver(() => MediaVerification)
export class MediaVerificationResolver {
  @FieldResolver(() => User, { nullable: true })
  async verifiedBy(@Root() v: MediaVerification, @Ctx() ctx: Context) {
    return (await ctx.loaders.users.load(v.verifiedBy.id)) ?? null;
  }
}
