import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Can, SignedIn } from '../authz/guard.js';
import { PageArgs, Paginated } from '../common/pagination.js';
import type { Context } from '../context.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';
import { DeviceCheckout } from './checkout.entity.js';
import { Device } from './device.entity.js';
import { MaintenanceKind } from './device.enums.js';
import {
  DeviceFilter,
  MaintenanceInput,
  PreUseCheckInput,
  RegisterDeviceInput,
  UpdateDeviceInput,
} from './device.inputs.js';
import { DeviceFault } from './fault.entity.js';
import { DeviceMaintenance } from './maintenance.entity.js';
import { OffloadStatus, offloadStatuses } from './offload.js';

@ObjectType()
export class DevicePage extends Paginated(Device) {}

@ObjectType({ description: 'An upkeep the schedule asks of this kind of device (Art. 9)' })
export class MaintenanceDueItem {
  @Field(() => MaintenanceKind)
  kind!: MaintenanceKind;

  @Field(() => Int)
  everyDays!: number;

  @Field(() => Date, { nullable: true })
  lastAt!: Date | null;

  @Field(() => Date)
  dueAt!: Date;

  @Field()
  overdue!: boolean;
}

@Resolver(() => Device)
export class DeviceResolver {
  @SignedIn()
  @Query(() => DevicePage)
  devices(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => DeviceFilter, { nullable: true }) filter?: DeviceFilter,
  ) {
    return ctx.services.devices.list(ctx, filter, page);
  }

  @SignedIn()
  @Query(() => Device)
  device(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.devices.get(ctx, id);
  }

  @FieldResolver(() => Unit)
  async unit(@Root() d: Device, @Ctx() ctx: Context): Promise<Unit> {
    if (!d.unit.name) await ctx.em.populate(d, ['unit']);
    return d.unit;
  }

  @FieldResolver(() => User, { nullable: true })
  async custodian(@Root() d: Device, @Ctx() ctx: Context): Promise<User | null> {
    return d.custodian ? ((await ctx.loaders.users.load(d.custodian.id)) ?? null) : null;
  }

  @FieldResolver(() => DeviceCheckout, { nullable: true, description: 'Who holds it now' })
  async currentCheckout(@Root() d: Device, @Ctx() ctx: Context): Promise<DeviceCheckout | null> {
    return ctx.loaders.openCheckouts.load(d.id);
  }

  @FieldResolver(() => [DeviceCheckout], { description: 'The latest 100 checkouts' })
  checkouts(@Root() d: Device, @Ctx() ctx: Context) {
    return ctx.services.devices.checkouts(ctx, d);
  }

  @FieldResolver(() => [DeviceFault])
  faults(@Root() d: Device, @Ctx() ctx: Context) {
    return ctx.services.devices.faults(ctx, d);
  }

  @FieldResolver(() => [DeviceMaintenance])
  maintenanceLog(@Root() d: Device, @Ctx() ctx: Context) {
    return ctx.services.devices.maintenanceLog(ctx, d);
  }

  @FieldResolver(() => [MaintenanceDueItem])
  maintenanceDue(@Root() d: Device, @Ctx() ctx: Context) {
    return ctx.services.devices.maintenanceDue(ctx, d);
  }

  @Can('read', 'DeviceCheckout')
  @Query(() => [DeviceCheckout], {
    description: "The devices an officer checked out on the bureau day of `at` (the upload form's choices)",
  })
  heldDevices(
    @Arg('officerId', () => ID) officerId: string,
    @Arg('at', () => Date, { validate: false }) at: Date,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.devices.heldOn(ctx, officerId, at);
  }

  @SignedIn()
  @Query(() => [OffloadStatus], {
    description: 'Daily offload (Art. 13): each checkout between the dates and its uploads',
  })
  offloads(
    @Arg('from') from: string,
    @Arg('to') to: string,
    @Ctx() ctx: Context,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string,
  ) {
    return offloadStatuses(ctx, from, to, unitId ?? null, ctx.services.config.offloadGraceHours);
  }

  @Can('create', 'Device')
  @Mutation(() => Device)
  registerDevice(@Arg('input') input: RegisterDeviceInput, @Ctx() ctx: Context) {
    return ctx.services.devices.register(ctx, input);
  }

  @Can('update', 'Device')
  @Mutation(() => Device, {
    description: 'Changes model, serial, custodian (保管人) or purchase date; number, kind and unit stay',
  })
  updateDevice(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateDeviceInput, @Ctx() ctx: Context) {
    return ctx.services.devices.update(ctx, id, input);
  }

  @Can('retire', 'Device')
  @Mutation(() => Device)
  retireDevice(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() ctx: Context) {
    return ctx.services.devices.retire(ctx, id, reason);
  }

  @Can('checkout', 'Device')
  @Mutation(() => DeviceCheckout, { description: '领用 for today, with the Art. 9 pre-use check' })
  checkoutDevice(@Arg('id', () => ID) id: string, @Arg('check') check: PreUseCheckInput, @Ctx() ctx: Context) {
    return ctx.services.devices.checkout(ctx, id, check);
  }

  @SignedIn()
  @Mutation(() => DeviceCheckout, { description: '归还' })
  returnDevice(@Arg('checkoutId', () => ID) checkoutId: string, @Ctx() ctx: Context) {
    return ctx.services.devices.returnDevice(ctx, checkoutId);
  }

  @Can('reportFault', 'Device')
  @Mutation(() => DeviceFault, { description: 'Art. 10: blocks the device at once' })
  reportDeviceFault(@Arg('id', () => ID) id: string, @Arg('description') description: string, @Ctx() ctx: Context) {
    return ctx.services.devices.reportFault(ctx, id, description);
  }

  @Can('repair', 'Device')
  @Mutation(() => DeviceFault)
  sendDeviceForRepair(
    @Arg('id', () => ID) id: string,
    @Arg('repairService') repairService: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.devices.sendForRepair(ctx, id, repairService);
  }

  @Can('repair', 'Device')
  @Mutation(() => DeviceFault)
  recordDeviceRepair(@Arg('id', () => ID) id: string, @Arg('result') result: string, @Ctx() ctx: Context) {
    return ctx.services.devices.recordRepair(ctx, id, result);
  }

  @Can('repair', 'Device')
  @Mutation(() => Device, { description: 'The check after repair: passed returns the device to service' })
  checkDeviceAfterRepair(
    @Arg('id', () => ID) id: string,
    @Arg('passed') passed: boolean,
    @Arg('note') note: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.devices.checkAfterRepair(ctx, id, passed, note);
  }

  @Can('maintain', 'Device')
  @Mutation(() => DeviceMaintenance)
  logDeviceMaintenance(@Arg('id', () => ID) id: string, @Arg('input') input: MaintenanceInput, @Ctx() ctx: Context) {
    return ctx.services.devices.logMaintenance(ctx, id, input);
  }
}

@Resolver(() => DeviceCheckout)
export class DeviceCheckoutResolver {
  @FieldResolver(() => User, { nullable: true })
  async officer(@Root() c: DeviceCheckout, @Ctx() ctx: Context): Promise<User | null> {
    return (await ctx.loaders.users.load(c.officer.id)) ?? null;
  }

  @FieldResolver(() => Device, { description: 'The device checked out (readable wherever its checkout is)' })
  async device(@Root() c: DeviceCheckout, @Ctx() ctx: Context): Promise<Device> {
    if (!c.device.number) await ctx.em.populate(c, ['device']);
    return c.device;
  }
}
