import type { FilterQuery } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { addDays, isCalendarDate } from '../common/dates.js';
import { badInput } from '../common/errors.js';
import type { Context } from '../context.js';
import { EnforcementRecord } from '../records/record.entity.js';
import { DeviceCheckout } from './checkout.entity.js';
import { Device } from './device.entity.js';

export enum OffloadState {
  UPLOADED = 'UPLOADED',
  LATE = 'LATE',
  PENDING = 'PENDING',
  MISSING = 'MISSING',
}
registerEnumType(OffloadState, {
  name: 'OffloadState',
  description: 'UPLOADED by the deadline, LATE after it, PENDING before it, MISSING past it (Art. 13)',
});

/** Whether a device checked out on a day had that day's recordings uploaded in time (Art. 13). */
@ObjectType()
export class OffloadStatus {
  @Field(() => Device)
  device!: Device;

  @Field()
  day!: string;

  @Field(() => DeviceCheckout)
  checkout!: DeviceCheckout;

  @Field(() => Int, { description: 'Records of the device captured that day' })
  uploads!: number;

  @Field(() => Int)
  totalSeconds!: number;

  @Field(() => Date, { description: 'End of the day plus the grace period' })
  dueAt!: Date;

  @Field(() => OffloadState)
  state!: OffloadState;
}

/** Start of a bureau day (UTC+8, no daylight saving). */
const dayStart = (day: string) => new Date(`${day}T00:00:00+08:00`);

/**
 * The offload board: for each checkout of a device the caller may see between `from` and `to`,
 * the records of that device captured that day (bureau time) that the caller may read, and the
 * state against the deadline: midnight plus `graceHours`.
 */
export async function offloadStatuses(
  ctx: Context,
  from: string,
  to: string,
  unitId: string | null,
  graceHours: number,
  now = new Date(),
): Promise<OffloadStatus[]> {
  if (!isCalendarDate(from) || !isCalendarDate(to) || from > to)
    throw badInput('from and to must be dates (YYYY-MM-DD), from ≤ to', { field: 'from' });
  if (dayStart(to).getTime() - dayStart(from).getTime() > 92 * 86_400_000)
    throw badInput('The window may end at most 92 days after its first day', { field: 'to' });
  const allowed = ctx.authz.filter<DeviceCheckout>('read', 'DeviceCheckout', DeviceCheckout);
  if (allowed === null) return [];
  const where: FilterQuery<DeviceCheckout>[] = [allowed, { day: { $gte: from, $lte: to } }];
  if (unitId) where.push({ device: { unit: unitId } });
  const checkouts = await ctx.em.find(DeviceCheckout, { $and: where } as FilterQuery<DeviceCheckout>, {
    populate: ['device', 'device.unit'],
    orderBy: { day: 'desc', device: { number: 'asc' } },
  });
  if (checkouts.length === 0) return [];
  const readable = ctx.authz.filter<EnforcementRecord>('read', 'Record', EnforcementRecord);
  const numbers = [...new Set(checkouts.map((c) => c.device.number))];
  const records =
    readable === null
      ? []
      : await ctx.em.find(
          EnforcementRecord,
          {
            $and: [
              readable,
              { deviceNumber: { $in: numbers }, capturedFrom: { $gte: dayStart(from), $lt: dayStart(addDays(to, 1)) } },
            ],
          } as FilterQuery<EnforcementRecord>,
          { fields: ['deviceNumber', 'capturedFrom', 'capturedTo', 'createdAt'] },
        );
  return checkouts.map((checkout) => {
    const start = dayStart(checkout.day);
    const end = dayStart(addDays(checkout.day, 1));
    const dueAt = new Date(end.getTime() + graceHours * 3_600_000);
    const made = records.filter(
      (r) => r.deviceNumber === checkout.device.number && r.capturedFrom! >= start && r.capturedFrom! < end,
    );
    const totalSeconds = made.reduce(
      (sum, r) => sum + Math.max(0, ((r.capturedTo ?? r.capturedFrom!).getTime() - r.capturedFrom!.getTime()) / 1000),
      0,
    );
    const inTime = made.some((r) => r.createdAt <= dueAt);
    const state = inTime
      ? OffloadState.UPLOADED
      : made.length
        ? OffloadState.LATE
        : now < dueAt
          ? OffloadState.PENDING
          : OffloadState.MISSING;
    return {
      device: checkout.device,
      day: checkout.day,
      checkout,
      uploads: made.length,
      totalSeconds: Math.round(totalSeconds),
      dueAt,
      state,
    };
  });
}
