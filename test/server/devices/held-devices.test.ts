import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeviceCheckout } from '../../../server/src/devices/checkout.entity.js';
import { Device } from '../../../server/src/devices/device.entity.js';
import { DeviceKind } from '../../../server/src/devices/device.enums.js';
import { Unit } from '../../../server/src/units/unit.entity.js';
import { User } from '../../../server/src/users/user.entity.js';
import { codeOf, gql, login } from '../../support/graphql.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../../support/server.js';

let server: TestServer;
const t: Record<string, string> = {};
let officer: User;

const HELD = `query($o: ID!, $at: DateTimeISO!) { heldDevices(officerId: $o, at: $at) { id day device { number } } }`;
const held = async (who: string | undefined, at: string, o = officer.id) =>
  gql(server.url, HELD, { o, at }, who ? t[who] : undefined);
const numbers = async (who: string, at: string) => {
  const r = await held(who, at);
  return (r.data!.heldDevices as { device: { number: string } }[]).map((c) => c.device.number);
};

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  for (const name of ['zhzf.officer1', 'zhzf.clerk', 'cgs.officer1', 'infocenter'])
    t[name] = await login(server.url, name, DEMO_PASSWORD);
  const em = server.em();
  const unit = await em.findOneOrFail(Unit, { code: 'ZHZF' });
  officer = await em.findOneOrFail(User, { username: 'zhzf.officer1' });
  const check = { batteryPercent: 90, freeStorageGb: 30, clockCorrect: true, checkPassed: true };
  for (const [number, day] of [
    ['ZHZF-H-1', '2026-03-02'],
    ['ZHZF-H-2', '2026-03-02'],
    ['ZHZF-H-3', '2026-03-03'],
  ] as const) {
    const device = em.create(Device, { number, kind: DeviceKind.BODY_CAMERA, model: 'm', serial: number, unit });
    em.create(DeviceCheckout, { device, officer, day, ...check });
  }
  await em.flush();
});
afterAll(() => server?.close());

describe('heldDevices: what the upload form offers', () => {
  it("gives the officer's checkouts of the bureau day (UTC+8) of the capture time", async () => {
    expect(await numbers('zhzf.officer1', '2026-03-02T03:00:00Z')).toEqual(['ZHZF-H-1', 'ZHZF-H-2']);
    // 01:30 on 3 March in the bureau is still the evening of 2 March in UTC.
    expect(await numbers('zhzf.officer1', '2026-03-01T17:30:00Z')).toEqual(['ZHZF-H-1', 'ZHZF-H-2']);
    expect(await numbers('zhzf.officer1', '2026-03-01T15:30:00Z')).toEqual([]);
    expect(await numbers('zhzf.officer1', '2026-03-03T01:00:00Z')).toEqual(['ZHZF-H-3']);
  });

  it("shows them to whoever may read the unit's checkouts, and to nobody else", async () => {
    expect(await numbers('zhzf.clerk', '2026-03-02T03:00:00Z')).toHaveLength(2);
    expect(await numbers('infocenter', '2026-03-02T03:00:00Z')).toHaveLength(2);
    expect(await numbers('cgs.officer1', '2026-03-02T03:00:00Z')).toEqual([]);
    expect(codeOf(await held(undefined, '2026-03-02T03:00:00Z'))).toBe('UNAUTHENTICATED');
  });

  it('refuses a malformed officer or time with a clear error', async () => {
    expect(codeOf(await held('zhzf.clerk', '2026-03-02T03:00:00Z', 'nobody'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await held('zhzf.clerk', 'yesterday'))).toBe('BAD_USER_INPUT');
  });
});
