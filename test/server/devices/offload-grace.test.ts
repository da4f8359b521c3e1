import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays, today } from '../../../server/src/common/dates.js';
import { DeviceCheckout } from '../../../server/src/devices/checkout.entity.js';
import { Device } from '../../../server/src/devices/device.entity.js';
import { DeviceKind } from '../../../server/src/devices/device.enums.js';
import { EnforcementRecord } from '../../../server/src/records/record.entity.js';
import { RecordKind } from '../../../server/src/records/record.enums.js';
import { User } from '../../../server/src/users/user.entity.js';
import { buildCase, buildRecord } from '../../factories.js';
import { codeOf, gql, login } from '../../support/graphql.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../../support/server.js';

let server: TestServer;
let token: string;
let officer: User;
let n = 0;

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  token = await login(server.url, 'zhzf.clerk', DEMO_PASSWORD);
  officer = await server.em().findOneOrFail(User, { username: 'zhzf.officer1' }, { populate: ['unit'] });
});
afterEach(() => {
  server.services.config.offloadGraceHours = 9;
});
afterAll(() => server?.close());

/** A device with a (returned) checkout on each day, written as the service would have. */
async function checkedOut(...days: string[]) {
  const em = server.em();
  const unit = officer.unit;
  const device = em.create(Device, {
    number: `ZHZF-G-${++n}`,
    kind: DeviceKind.BODY_CAMERA,
    model: 'm',
    serial: `g${n}`,
    unit,
  });
  for (const day of days) {
    em.create(DeviceCheckout, {
      device,
      officer: officer.id,
      day,
      batteryPercent: 90,
      freeStorageGb: 30,
      clockCorrect: true,
      checkPassed: true,
      checkedOutAt: new Date(`${day}T08:00:00+08:00`),
      returnedAt: new Date(`${day}T18:00:00+08:00`),
    });
  }
  await em.flush();
  return device.number;
}

/** A video by `number`, captured at `capturedFrom` and uploaded at `uploadedAt` (both with their zone). */
async function video(number: string, capturedFrom: string, uploadedAt: string) {
  const em = server.em();
  const c = await buildCase(em, {
    unit: officer.unit,
    officers: [officer, await em.findOneOrFail(User, { username: 'zhzf.officer2' })],
  });
  const from = new Date(capturedFrom);
  const r = await buildRecord(em, c, {
    kind: RecordKind.VIDEO,
    body: null,
    officer,
    partyNotified: true,
    deviceNumber: number,
    capturedFrom: from,
    capturedTo: new Date(from.getTime() + 60_000),
  });
  await em.nativeUpdate(EnforcementRecord, { id: r.id }, { createdAt: new Date(uploadedAt) });
}

async function board(from: string, to = from) {
  const r = await gql(
    server.url,
    'query($from: String!, $to: String!) { offloads(from: $from, to: $to) { day state uploads dueAt device { number } } }',
    { from, to },
    token,
  );
  expect(r.errors).toBeUndefined();
  return r.data!.offloads as {
    day: string;
    state: string;
    uploads: number;
    dueAt: string;
    device: { number: string };
  }[];
}
const stateOf = async (number: string, day: string) => (await board(day)).find((o) => o.device.number === number);

describe('daily offload across midnight and the grace period (Art. 13)', () => {
  it('is in time up to the deadline itself, late one second after', async () => {
    const [onTime, late] = [await checkedOut('2026-02-10'), await checkedOut('2026-02-10')];
    await video(onTime, '2026-02-10T12:00:00+08:00', '2026-02-11T09:00:00+08:00');
    await video(late, '2026-02-10T12:00:00+08:00', '2026-02-11T09:00:01+08:00');
    expect(await stateOf(onTime, '2026-02-10')).toMatchObject({ state: 'UPLOADED', dueAt: '2026-02-11T01:00:00.000Z' });
    expect(await stateOf(late, '2026-02-10')).toMatchObject({ state: 'LATE', uploads: 1 });
  });

  it('gives a recording to the bureau day it began in; midnight starts the next day', async () => {
    const number = await checkedOut('2026-02-12', '2026-02-13');
    await video(number, '2026-02-12T23:59:59+08:00', '2026-02-13T07:00:00+08:00');
    await video(number, '2026-02-13T00:00:00+08:00', '2026-02-13T07:00:00+08:00');
    const other = await checkedOut('2026-02-14');
    await video(`${other}-X`, '2026-02-14T10:00:00+08:00', '2026-02-14T18:00:00+08:00');
    const days = (await board('2026-02-12', '2026-02-14')).filter((o) => o.device.number.startsWith('ZHZF-G-'));
    expect(days.map((o) => [o.device.number, o.day, o.uploads, o.state])).toEqual([
      [other, '2026-02-14', 0, 'MISSING'],
      [number, '2026-02-13', 1, 'UPLOADED'],
      [number, '2026-02-12', 1, 'UPLOADED'],
    ]);
  });

  it('moves the deadline with OFFLOAD_GRACE_HOURS: yesterday is missing with none, still due with two days', async () => {
    const yesterday = addDays(today(), -1);
    const number = await checkedOut(yesterday);
    server.services.config.offloadGraceHours = 0;
    expect(await stateOf(number, yesterday)).toMatchObject({
      state: 'MISSING',
      dueAt: new Date(`${today()}T00:00:00+08:00`).toISOString(),
    });
    server.services.config.offloadGraceHours = 48;
    expect(await stateOf(number, yesterday)).toMatchObject({
      state: 'PENDING',
      dueAt: new Date(`${addDays(today(), 2)}T00:00:00+08:00`).toISOString(),
    });
  });

  it('refuses a window longer than 92 days after its first', async () => {
    const r = await gql(server.url, '{ offloads(from: "2026-01-01", to: "2026-04-04") { day } }', {}, token);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions!.details).toEqual({ field: 'to' });
  });
});
