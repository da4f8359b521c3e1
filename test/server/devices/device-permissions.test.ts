import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Action, defineAbilityFor } from '../../../server/src/authz/ability.js';
import { accessibleFilter } from '../../../server/src/authz/to-filter.js';
import { principalOf } from '../../../server/src/context.js';
import { DeviceCheckout } from '../../../server/src/devices/checkout.entity.js';
import { Device } from '../../../server/src/devices/device.entity.js';
import { DeviceKind } from '../../../server/src/devices/device.enums.js';
import { Unit } from '../../../server/src/units/unit.entity.js';
import { User } from '../../../server/src/users/user.entity.js';
import { codeOf, gql, login } from '../../support/graphql.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../../support/server.js';

let server: TestServer;
const t: Record<string, string> = {};
let n = 0;

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  for (const name of [
    'infocenter',
    'zhzf.clerk',
    'zhzf.officer1',
    'zhzf.head',
    'cgs.officer1',
    'supervisor',
    'leader',
  ]) {
    t[name] = await login(server.url, name, DEMO_PASSWORD);
  }
});
afterAll(() => server?.close());

const q = (who: string, query: string, variables: Record<string, unknown> = {}) =>
  gql(server.url, query, variables, t[who]);

/** A device written directly, with an open checkout by `holder` when given. */
async function device(unitCode: string, holder?: string) {
  const em = server.em();
  const unit = await em.findOneOrFail(Unit, { code: unitCode });
  const d = em.create(Device, {
    number: `${unitCode}-P-${++n}`,
    kind: DeviceKind.CAMERA,
    model: 'm',
    serial: `s${n}`,
    unit,
  });
  const officer = holder ? await em.findOneOrFail(User, { username: holder }) : null;
  const checkout = officer
    ? em.create(DeviceCheckout, {
        device: d,
        officer,
        day: '2026-03-02',
        batteryPercent: 90,
        freeStorageGb: 30,
        clockCorrect: true,
        checkPassed: true,
      })
    : null;
  await em.flush();
  return { id: d.id, checkoutId: checkout?.id };
}

const step = {
  checkout:
    'mutation($id: ID!) { checkoutDevice(id: $id, check: { batteryPercent: 90, freeStorageGb: 30, clockCorrect: true }) { id } }',
  report: 'mutation($id: ID!) { reportDeviceFault(id: $id, description: "镜头进水") { id } }',
  send: 'mutation($id: ID!) { sendDeviceForRepair(id: $id, repairService: "维修中心") { id } }',
  maintain: 'mutation($id: ID!) { logDeviceMaintenance(id: $id, input: { kind: CLEANING }) { id } }',
  retire: 'mutation($id: ID!) { retireDevice(id: $id, reason: "到期报废") { id } }',
  update: 'mutation($id: ID!) { updateDevice(id: $id, input: { model: "DSJ-V10" }) { id } }',
  read: 'query($id: ID!) { device(id: $id) { number checkouts { id } } }',
};
const RETURN = 'mutation($id: ID!) { returnDevice(checkoutId: $id) { id } }';

describe('the device rules in SQL and in ability.can()', () => {
  it('agree row by row for every demo user, through the dotted paths to unit and officer', async () => {
    for (const [code, holder] of [
      ['ZHZF', 'zhzf.officer1'],
      ['ZHZF', 'zhzf.head'],
      ['CGS', 'cgs.officer1'],
      ['CGS', undefined],
    ]) {
      await device(code!, holder);
    }
    const em = server.em();
    const users = await em.find(User, {}, { populate: ['unit'] });
    const devices = await em.find(Device, {}, { populate: ['unit'] });
    const checkouts = await em.find(DeviceCheckout, {}, { populate: ['device', 'device.unit', 'officer'] });
    let granted = 0;
    const agree = async (
      user: User,
      action: Action,
      type: 'Device' | 'DeviceCheckout',
      rows: (Device | DeviceCheckout)[],
    ) => {
      const ability = defineAbilityFor(principalOf(user));
      const expected = rows
        .filter((r) => ability.can(action, r))
        .map((r) => r.id)
        .sort();
      const entity = type === 'Device' ? Device : DeviceCheckout;
      const filter = accessibleFilter(ability, action, type, em.getMetadata().get(entity.name));
      const actual =
        filter === null
          ? []
          : (await em.find(entity as typeof Device, filter as never, { fields: ['id'] })).map((r) => r.id).sort();
      expect(actual, `${user.username} ${action} ${type}`).toEqual(expected);
      granted += expected.length;
    };
    for (const user of users) {
      for (const action of ['read', 'checkout', 'reportFault', 'repair', 'maintain', 'retire', 'update'] as Action[])
        await agree(user, action, 'Device', devices);
      for (const action of ['read', 'return'] as Action[]) await agree(user, action, 'DeviceCheckout', checkouts);
    }
    expect(granted).toBeGreaterThan(100);
  });
});

describe('infoCenter', () => {
  it('registers and retires anywhere, reports faults and follows repairs, but neither takes nor maintains devices', async () => {
    const cgs = await device('CGS');
    expect(codeOf(await q('infocenter', step.checkout, cgs))).toBe('FORBIDDEN');
    expect(codeOf(await q('infocenter', step.maintain, cgs))).toBe('FORBIDDEN');
    expect((await q('infocenter', step.report, cgs)).errors).toBeUndefined();
    expect((await q('infocenter', step.send, cgs)).errors).toBeUndefined();
    expect((await q('infocenter', step.retire, await device('ZHZF'))).errors).toBeUndefined();
  });
});

describe('unit clerk', () => {
  it('keeps the unit’s devices but takes none; another unit’s devices and checkouts do not exist for them', async () => {
    const own = await device('ZHZF');
    expect(codeOf(await q('zhzf.clerk', step.checkout, own))).toBe('FORBIDDEN');
    expect((await q('zhzf.clerk', step.maintain, own)).errors).toBeUndefined();
    const other = await device('CGS', 'cgs.officer1');
    expect((await q('zhzf.clerk', step.update, own)).errors).toBeUndefined();
    for (const s of ['maintain', 'report', 'retire', 'update', 'read'] as const) {
      expect(codeOf(await q('zhzf.clerk', step[s], other)), s).toBe('NOT_FOUND');
    }
    expect(codeOf(await q('zhzf.clerk', RETURN, { id: other.checkoutId }))).toBe('NOT_FOUND');
  });
});

describe('officer', () => {
  it('takes and reports on the unit’s devices only; keeps, repairs and retires none', async () => {
    const own = await device('ZHZF');
    for (const s of ['maintain', 'retire', 'send', 'update'] as const) {
      expect(codeOf(await q('zhzf.officer1', step[s], own)), s).toBe('FORBIDDEN');
    }
    const other = await device('CGS');
    expect(codeOf(await q('zhzf.officer1', step.report, other))).toBe('NOT_FOUND');
    expect(codeOf(await q('zhzf.officer1', step.checkout, other))).toBe('NOT_FOUND');
    expect((await q('zhzf.officer1', step.report, own)).errors).toBeUndefined();
  });
});

describe('unit head', () => {
  it('checks out and returns like an officer, and takes no other’s return', async () => {
    const own = await device('ZHZF');
    const out = await q('zhzf.head', step.checkout, own);
    expect(out.errors).toBeUndefined();
    expect(codeOf(await q('zhzf.head', step.maintain, own))).toBe('FORBIDDEN');
    const held = await device('ZHZF', 'zhzf.officer1');
    expect(codeOf(await q('zhzf.head', RETURN, { id: held.checkoutId }))).toBe('FORBIDDEN');
    expect((await q('zhzf.head', RETURN, { id: out.data!.checkoutDevice.id })).errors).toBeUndefined();
  });
});

describe.each(['supervisor', 'leader'])('%s', (who) => {
  it('reads every unit’s devices and checkouts and changes nothing', async () => {
    const held = await device('CGS', 'cgs.officer1');
    const read = await q(who, step.read, held);
    expect(read.data!.device.checkouts).toEqual([{ id: held.checkoutId }]);
    for (const s of ['checkout', 'report', 'send', 'maintain', 'retire'] as const) {
      expect(codeOf(await q(who, step[s], held)), s).toBe('FORBIDDEN');
    }
    expect(codeOf(await q(who, RETURN, { id: held.checkoutId }))).toBe('FORBIDDEN');
    const input = {
      number: `CGS-X-${++n}`,
      kind: 'CAMERA',
      model: 'm',
      serial: 's',
      unitId: (await server.em().findOneOrFail(Unit, { code: 'CGS' })).id,
    };
    expect(
      codeOf(
        await q(who, 'mutation($input: RegisterDeviceInput!) { registerDevice(input: $input) { id } }', { input }),
      ),
    ).toBe('FORBIDDEN');
  });
});
