import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { AuditService } from '../audit/audit.service.js';
import type { Action } from '../authz/ability.js';
import { NO_ROWS } from '../authz/guard.js';
import { isCalendarDate, today } from '../common/dates.js';
import { badInput, changedMeanwhile, conflict, invalidState } from '../common/errors.js';
import { containsPattern, listReadable } from '../common/list.js';
import type { PageArgs } from '../common/pagination.js';
import type { Context } from '../context.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';
import { isUuid } from '../common/identifiers.js';
import { DeviceCheckout } from './checkout.entity.js';
import { Device } from './device.entity.js';
import { DeviceStatus, MAINTENANCE_SCHEDULE, type MaintenanceKind, PRE_USE } from './device.enums.js';
import type {
  DeviceFilter,
  MaintenanceInput,
  PreUseCheckInput,
  RegisterDeviceInput,
  UpdateDeviceInput,
} from './device.inputs.js';

/** What `updateDevice` may change, as audited before and after. */
type ChangeableFacts = { model: string; serial: string; custodianId: string | null; purchasedOn: string | null };
import { DeviceFault } from './fault.entity.js';
import { DeviceMaintenance } from './maintenance.entity.js';
import type { NotificationService } from '../notifications/notification.service.js';

const SORTABLE = ['number', 'kind', 'status', 'createdAt'] as const;

export interface MaintenanceDue {
  kind: MaintenanceKind;
  everyDays: number;
  lastAt: Date | null;
  dueAt: Date;
  overdue: boolean;
}

/** Recording devices: register, checkout and return, faults and repair, maintenance (Art. 7–10). */
export class DeviceService {
  constructor(
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  list(ctx: Context, filter: DeviceFilter | undefined, page: PageArgs) {
    const where: FilterQuery<Device>[] = [];
    if (filter?.q) {
      const like = containsPattern(filter.q.trim());
      where.push({ $or: [{ number: { $ilike: like } }, { model: { $ilike: like } }, { serial: { $ilike: like } }] });
    }
    if (filter?.unitId) where.push({ unit: filter.unitId });
    if (filter?.kinds?.length) where.push({ kind: { $in: filter.kinds } });
    if (filter?.statuses?.length) where.push({ status: { $in: filter.statuses } });
    return listReadable(
      ctx.em,
      ctx.authz,
      Device,
      'Device',
      where,
      page,
      SORTABLE,
      { number: 'asc' },
      { populate: ['unit'] },
    );
  }

  async get(ctx: Context, id: string, operation = 'device.read'): Promise<Device> {
    const device = isUuid(id) ? await ctx.em.findOne(Device, { id }, { populate: ['unit'] }) : null;
    if (!device) throw await ctx.authz.missing('Device', id, operation);
    await ctx.authz.ensure('read', device, operation);
    return device;
  }

  /** The status each device had when a step read it (the status its checks were made against). */
  private readonly seen = new WeakMap<Device, DeviceStatus>();
  /** A fault's stage (sent, repaired, closed) as a step read it, before the step changed it. */
  private readonly seenFault = new WeakMap<DeviceFault, string>();

  private async write<T>(
    ctx: Context,
    action: string,
    subjectId: string,
    details: Record<string, unknown>,
    work: (em: EntityManager) => Promise<T>,
    device?: Device,
  ) {
    return ctx.em.transactional(async (em) => {
      const seen = device && this.seen.get(device);
      if (device && seen) {
        // Under the device's lock, the status the checks were made against must still hold: a
        // fault reported, a retirement or a repair committed meanwhile makes them stale.
        const [row] = await em.execute<{ status: DeviceStatus }[]>(
          'select status from device where id = ? for update',
          [device.id],
        );
        if (row?.status !== seen) throw changedMeanwhile();
      }
      const result = await work(em);
      await em.flush();
      await this.audit.append(em, ctx.actor, { action, subjectType: 'Device', subjectId, details });
      return result;
    });
  }

  async register(ctx: Context, input: RegisterDeviceInput): Promise<Device> {
    const unit = await ctx.em.findOne(Unit, { id: input.unitId });
    if (!unit) throw badInput('No such unit', { field: 'unitId' });
    const custodian = input.custodianId
      ? await ctx.em.findOne(User, { id: input.custodianId, unit: unit.id, active: true })
      : null;
    if (input.custodianId && !custodian)
      throw badInput('The custodian must be an active member of the unit', { field: 'custodianId' });
    if (input.purchasedOn && (!isCalendarDate(input.purchasedOn) || input.purchasedOn > today())) {
      throw badInput('purchasedOn must be a real date, not in the future', { field: 'purchasedOn' });
    }
    const device = ctx.em.create(Device, {
      number: input.number,
      kind: input.kind,
      model: input.model.trim(),
      serial: input.serial.trim(),
      unit,
      custodian,
      purchasedOn: input.purchasedOn ?? null,
    });
    await ctx.authz.ensure('create', device, 'device.register');
    try {
      return await this.write(
        ctx,
        'device.register',
        device.id,
        { number: device.number, unitId: unit.id, kind: device.kind },
        async () => device,
      );
    } catch (e) {
      if (e instanceof UniqueConstraintViolationException) throw conflict(`Device number ${input.number} is taken`);
      throw e;
    }
  }

  private async step(ctx: Context, id: string, action: Action, operation: string) {
    const device = await this.get(ctx, id, operation);
    await ctx.authz.ensure(action, device, operation);
    this.seen.set(device, device.status);
    return device;
  }

  /**
   * Changes what the registry may change: model, serial, custodian (an active member of the
   * device's unit), purchase date. Audited with what was and what is; a retired device is history.
   */
  async update(ctx: Context, id: string, input: UpdateDeviceInput): Promise<Device> {
    const device = await this.step(ctx, id, 'update', 'device.update');
    if (device.status === DeviceStatus.RETIRED) throw invalidState('A retired device is not changed');
    await ctx.em.populate(device, ['custodian']);
    const custodian =
      input.custodianId === undefined
        ? (device.custodian ?? null)
        : input.custodianId === null
          ? null
          : await ctx.em.findOne(User, { id: input.custodianId, unit: device.unit.id, active: true });
    if (input.custodianId && !custodian)
      throw badInput('The custodian must be an active member of the device’s unit', { field: 'custodianId' });
    if (input.purchasedOn && (!isCalendarDate(input.purchasedOn) || input.purchasedOn > today()))
      throw badInput('purchasedOn must be a real date, not in the future', { field: 'purchasedOn' });
    const before: ChangeableFacts = {
      model: device.model,
      serial: device.serial,
      custodianId: device.custodian?.id ?? null,
      purchasedOn: device.purchasedOn ?? null,
    };
    const after: ChangeableFacts = {
      model: input.model?.trim() || before.model,
      serial: input.serial?.trim() || before.serial,
      custodianId: custodian?.id ?? null,
      purchasedOn: input.purchasedOn === undefined ? before.purchasedOn : input.purchasedOn,
    };
    const changed = (Object.keys(after) as (keyof ChangeableFacts)[]).filter((k) => after[k] !== before[k]);
    if (changed.length === 0) return device;
    device.model = after.model;
    device.serial = after.serial;
    device.custodian = custodian;
    device.purchasedOn = after.purchasedOn;
    return this.write(
      ctx,
      'device.update',
      device.id,
      {
        before: Object.fromEntries(changed.map((k) => [k, before[k]])),
        after: Object.fromEntries(changed.map((k) => [k, after[k]])),
      },
      async () => device,
      device,
    );
  }

  /** 报废: out of use for good; refused while someone holds it. */
  async retire(ctx: Context, id: string, reason: string): Promise<Device> {
    const device = await this.step(ctx, id, 'retire', 'device.retire');
    if (device.status === DeviceStatus.RETIRED) throw invalidState('The device is already retired');
    if (await ctx.em.count(DeviceCheckout, { device, returnedAt: null }))
      throw invalidState('The device is checked out; it must be returned first');
    if (reason.trim().length < 2) throw badInput('Retiring needs a reason', { field: 'reason' });
    device.status = DeviceStatus.RETIRED;
    return this.write(
      ctx,
      'device.retire',
      device.id,
      { reason: reason.trim() },
      async (em) => {
        // Checked again under the device's lock: a checkout committed since the first look.
        if (await em.count(DeviceCheckout, { device, returnedAt: null }))
          throw invalidState('The device is checked out; it must be returned first');
        return device;
      },
      device,
    );
  }

  /**
   * 领用: an officer of the unit takes an in-service device for today after the pre-use check; a
   * failed check needs a reason. One holder at a time (also enforced by a unique index).
   */
  async checkout(ctx: Context, id: string, check: PreUseCheckInput): Promise<DeviceCheckout> {
    const device = await this.step(ctx, id, 'checkout', 'device.checkout');
    if (device.status !== DeviceStatus.IN_SERVICE)
      throw invalidState(`The device is ${device.status} and cannot be checked out`);
    const passed =
      check.batteryPercent >= PRE_USE.minBatteryPercent &&
      check.freeStorageGb >= PRE_USE.minFreeStorageGb &&
      check.clockCorrect;
    const reason = check.overrideReason?.trim() || null;
    if (!passed && !reason) {
      throw badInput(
        `The pre-use check failed (battery ≥ ${PRE_USE.minBatteryPercent}%, free storage ≥ ${PRE_USE.minFreeStorageGb} GB, clock correct): give a reason to take it anyway`,
        { field: 'overrideReason' },
      );
    }
    const held = await ctx.em.findOne(DeviceCheckout, { device, returnedAt: null }, { populate: ['officer'] });
    if (held)
      throw invalidState(`The device is held by ${held.officer.displayName} since ${held.checkedOutAt.toISOString()}`);
    const checkout = ctx.em.create(DeviceCheckout, {
      device,
      officer: ctx.user!,
      day: today(),
      batteryPercent: check.batteryPercent,
      freeStorageGb: check.freeStorageGb,
      clockCorrect: check.clockCorrect,
      checkPassed: passed,
      overrideReason: passed ? null : reason,
    });
    try {
      return await this.write(
        ctx,
        'device.checkout',
        device.id,
        { checkoutId: checkout.id, checkPassed: passed, overrideReason: checkout.overrideReason },
        async () => checkout,
        device,
      );
    } catch (e) {
      if (e instanceof UniqueConstraintViolationException)
        throw invalidState('The device was just checked out by someone else');
      throw e;
    }
  }

  /** 归还: the holder, or the unit's clerk, returns the device. */
  async returnDevice(ctx: Context, checkoutId: string): Promise<DeviceCheckout> {
    const checkout = isUuid(checkoutId)
      ? await ctx.em.findOne(DeviceCheckout, { id: checkoutId }, { populate: ['device', 'device.unit', 'officer'] })
      : null;
    if (!checkout) throw await ctx.authz.missing('DeviceCheckout', checkoutId, 'device.return');
    await ctx.authz.ensure('read', checkout, 'device.return');
    await ctx.authz.ensure('return', checkout, 'device.return');
    if (checkout.returnedAt) throw invalidState('This checkout was already returned');
    checkout.returnedAt = new Date();
    checkout.returnedBy = ctx.user!;
    return this.write(ctx, 'device.return', checkout.device.id, { checkoutId: checkout.id }, async (em) => {
      const [row] = await em.execute<{ returned_at: Date | null }[]>(
        'select returned_at from device_checkout where id = ? for update',
        [checkout.id],
      );
      if (row?.returned_at) throw invalidState('This checkout was already returned');
      return checkout;
    });
  }

  /** Art. 10: reporting a fault blocks the device at once. */
  async reportFault(ctx: Context, id: string, description: string): Promise<DeviceFault> {
    const device = await this.step(ctx, id, 'reportFault', 'device.reportFault');
    if (device.status === DeviceStatus.RETIRED) throw invalidState('The device is retired');
    if (description.trim().length < 2) throw badInput('Describe the fault', { field: 'description' });
    const open = await ctx.em.findOne(DeviceFault, { device, closedAt: null });
    if (open) throw invalidState('A fault of this device is already open');
    device.status = DeviceStatus.FAULTY;
    const fault = ctx.em.create(DeviceFault, { device, description: description.trim(), reportedBy: ctx.user! });
    return this.write(
      ctx,
      'device.reportFault',
      device.id,
      { faultId: fault.id, description: fault.description },
      async (em) => {
        await this.notifications.deviceFault(em, device, fault.description);
        return fault;
      },
      device,
    );
  }

  private async openFault(
    ctx: Context,
    id: string,
    operation: string,
  ): Promise<{ device: Device; fault: DeviceFault }> {
    const device = await this.step(ctx, id, 'repair', operation);
    const fault = await ctx.em.findOne(DeviceFault, { device, closedAt: null });
    if (!fault) throw invalidState('The device has no open fault');
    this.seenFault.set(fault, faultState(fault));
    return { device, fault };
  }

  /**
   * In a fault step's transaction, after the device's lock: locks the fault and checks that its
   * stage is still the one the step was checked against. A step that leaves the device's status as
   * it is (recording the repair) is otherwise not serialised: two at once would both pass, and the
   * last result would silently win.
   */
  private async lockFault(em: EntityManager, fault: DeviceFault): Promise<void> {
    const [row] = await em.execute<{ sent_at: Date | null; repaired_at: Date | null; closed_at: Date | null }[]>(
      'select sent_at, repaired_at, closed_at from device_fault where id = ? for update',
      [fault.id],
    );
    const seen = this.seenFault.get(fault);
    const now = row && faultState({ sentAt: row.sent_at, repairedAt: row.repaired_at, closedAt: row.closed_at });
    if (!seen || !now || seen !== now) throw changedMeanwhile();
  }

  /** Sent to the professional repair service (self-repair is not part of the workflow). */
  async sendForRepair(ctx: Context, id: string, repairService: string): Promise<DeviceFault> {
    const { device, fault } = await this.openFault(ctx, id, 'device.sendForRepair');
    if (fault.sentAt) throw invalidState('The device was already sent for repair');
    if (repairService.trim().length < 2) throw badInput('Name the repair service', { field: 'repairService' });
    Object.assign(fault, { sentAt: new Date(), repairService: repairService.trim() });
    device.status = DeviceStatus.UNDER_REPAIR;
    return this.write(
      ctx,
      'device.sendForRepair',
      device.id,
      { faultId: fault.id, repairService: fault.repairService },
      async (em) => {
        await this.lockFault(em, fault);
        return fault;
      },
      device,
    );
  }

  /** The repair service returned the device with its result; it stays blocked until checked. */
  async recordRepair(ctx: Context, id: string, result: string): Promise<DeviceFault> {
    const { device, fault } = await this.openFault(ctx, id, 'device.recordRepair');
    if (!fault.sentAt) throw invalidState('The device was not sent for repair');
    if (fault.repairedAt) throw invalidState('The repair was already recorded');
    if (result.trim().length < 2) throw badInput('Record the repair result', { field: 'result' });
    Object.assign(fault, { repairedAt: new Date(), repairResult: result.trim() });
    return this.write(
      ctx,
      'device.recordRepair',
      device.id,
      { faultId: fault.id, result: fault.repairResult },
      async (em) => {
        await this.lockFault(em, fault);
        return fault;
      },
      device,
    );
  }

  /** After repair, the check: passed → back in service and the fault closes; failed → stays faulty. */
  async checkAfterRepair(ctx: Context, id: string, passed: boolean, note: string): Promise<Device> {
    const { device, fault } = await this.openFault(ctx, id, 'device.checkAfterRepair');
    if (!fault.repairedAt) throw invalidState('The repair has not been recorded');
    if (passed) {
      Object.assign(fault, { closedAt: new Date(), closedBy: ctx.user! });
      device.status = DeviceStatus.IN_SERVICE;
    } else {
      // Failed the check: back to the repair service, the same fault stays open.
      Object.assign(fault, { sentAt: null, repairedAt: null });
      device.status = DeviceStatus.FAULTY;
    }
    return this.write(
      ctx,
      'device.checkAfterRepair',
      device.id,
      { faultId: fault.id, passed, note: note.trim() },
      async (em) => {
        await this.lockFault(em, fault);
        return device;
      },
      device,
    );
  }

  async logMaintenance(ctx: Context, id: string, input: MaintenanceInput): Promise<DeviceMaintenance> {
    const device = await this.step(ctx, id, 'maintain', 'device.maintain');
    if (device.status === DeviceStatus.RETIRED) throw invalidState('The device is retired');
    const entry = ctx.em.create(DeviceMaintenance, {
      device,
      kind: input.kind,
      performedBy: ctx.user!,
      note: input.note?.trim() || null,
    });
    return this.write(ctx, 'device.maintain', device.id, { kind: entry.kind }, async () => entry, device);
  }

  /** For each upkeep the schedule asks of this kind: the last time, when due, and whether overdue. */
  async maintenanceDue(ctx: Context, device: Device, now = new Date()): Promise<MaintenanceDue[]> {
    const schedule = Object.entries(MAINTENANCE_SCHEDULE[device.kind]) as [MaintenanceKind, number][];
    const rows = await ctx.em.execute<{ kind: MaintenanceKind; last: Date }[]>(
      'select kind, max(performed_at) as last from device_maintenance where device_id = ? group by kind',
      [device.id],
    );
    const last = new Map(rows.map((r) => [r.kind, new Date(r.last)]));
    return schedule.map(([kind, everyDays]) => {
      const lastAt = last.get(kind) ?? null;
      const dueAt = new Date((lastAt ?? device.createdAt).getTime() + everyDays * 86_400_000);
      return { kind, everyDays, lastAt, dueAt, overdue: device.status !== DeviceStatus.RETIRED && dueAt < now };
    });
  }

  /** The devices an officer held on the bureau day of `at` (the upload form offers these), as the caller may read them. */
  async heldOn(ctx: Context, officerId: string, at: Date): Promise<DeviceCheckout[]> {
    if (!isUuid(officerId)) throw badInput('No such officer', { field: 'officerId' });
    if (Number.isNaN(at.getTime())) throw badInput('A capture time is needed', { field: 'at' });
    const allowed = ctx.authz.filter<DeviceCheckout>('read', 'DeviceCheckout', DeviceCheckout) ?? NO_ROWS;
    return ctx.em.find(
      DeviceCheckout,
      { $and: [allowed, { officer: officerId, day: today(at) }] } as FilterQuery<DeviceCheckout>,
      { orderBy: { checkedOutAt: 'asc' }, populate: ['device'] },
    );
  }

  checkouts(ctx: Context, device: Device) {
    return ctx.em.find(
      DeviceCheckout,
      { device },
      { orderBy: { checkedOutAt: 'desc' }, limit: 100, populate: ['officer'] },
    );
  }

  faults(ctx: Context, device: Device) {
    return ctx.em.find(DeviceFault, { device }, { orderBy: { reportedAt: 'desc' } });
  }

  maintenanceLog(ctx: Context, device: Device) {
    return ctx.em.find(DeviceMaintenance, { device }, { orderBy: { performedAt: 'desc' }, limit: 200 });
  }
}

/** Which stage a fault is at, comparable across reads. */
function faultState(f: { sentAt?: Date | null; repairedAt?: Date | null; closedAt?: Date | null }): string {
  const at = (d: Date | null | undefined) => (d ? new Date(d).getTime() : '-');
  return `${at(f.sentAt)}/${at(f.repairedAt)}/${at(f.closedAt)}`;
}
