import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent, AuditOutcome } from '../../../server/src/audit/audit-event.entity.js';
import { DeviceCheckout } from '../../../server/src/devices/checkout.entity.js';
import { Device } from '../../../server/src/devices/device.entity.js';
import { EnforcementRecord } from '../../../server/src/records/record.entity.js';
import { RecordKind } from '../../../server/src/records/record.enums.js';
import { Unit } from '../../../server/src/units/unit.entity.js';
import { User } from '../../../server/src/users/user.entity.js';
import { buildCase, buildRecord } from '../../factories.js';
import { codeOf, gql, login } from '../../support/graphql.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../../support/server.js';

let server: TestServer;
const t: Record<string, string> = {};
const unit: Record<string, string> = {};
const user: Record<string, string> = {};
let n = 0;

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  for (const u of await server.em().find(Unit, {})) unit[u.code] = u.id;
  for (const u of await server.em().find(User, {})) user[u.username] = u.id;
  for (const name of [
    'infocenter',
    'zhzf.clerk',
    'zhzf.officer1',
    'zhzf.officer2',
    'zhzf.head',
    'cgs.officer1',
    'cgs.clerk',
    'supervisor',
    'leader',
  ]) {
    t[name] = await login(server.url, name, DEMO_PASSWORD);
  }
});
afterAll(() => server?.close());

const REGISTER = `mutation($input: RegisterDeviceInput!) { registerDevice(input: $input) { id number status unit { code } custodian { username } } }`;
const CHECKOUT = `mutation($id: ID!, $check: PreUseCheckInput!) { checkoutDevice(id: $id, check: $check) { id day checkPassed overrideReason officer { username } } }`;
const DEVICE = `query($id: ID!) { device(id: $id) { status currentCheckout { id } faults { description sentAt repairedAt closedAt } maintenanceDue { kind overdue } } }`;
const good = { batteryPercent: 90, freeStorageGb: 32, clockCorrect: true };

async function register(as = 'zhzf.clerk', over: Record<string, unknown> = {}) {
  const input = {
    number: `ZHZF-DSJ-${String(++n).padStart(3, '0')}`,
    kind: 'BODY_CAMERA',
    model: 'DSJ-V9',
    serial: `SN${n}`,
    unitId: unit.ZHZF,
    ...over,
  };
  const r = await gql(server.url, REGISTER, { input }, t[as]);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.registerDevice as { id: string; number: string };
}

describe('register', () => {
  it('infoCenter registers for any unit, the clerk for their own; numbers are unique; audited', async () => {
    const a = await register('infocenter', { custodianId: user['zhzf.clerk'] });
    await register('zhzf.clerk');
    expect(
      codeOf(
        await gql(
          server.url,
          REGISTER,
          { input: { number: 'CGS-X-001', kind: 'CAMERA', model: 'm', serial: 's', unitId: unit.CGS } },
          t['zhzf.clerk'],
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await gql(
          server.url,
          REGISTER,
          { input: { number: 'ZHZF-X-001', kind: 'CAMERA', model: 'm', serial: 's', unitId: unit.ZHZF } },
          t['zhzf.officer1'],
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await gql(
          server.url,
          REGISTER,
          { input: { number: a.number, kind: 'CAMERA', model: 'm', serial: 's', unitId: unit.ZHZF } },
          t.infocenter,
        ),
      ),
    ).toBe('CONFLICT');
    expect(
      codeOf(
        await gql(
          server.url,
          REGISTER,
          { input: { number: 'bad number', kind: 'CAMERA', model: 'm', serial: 's', unitId: unit.ZHZF } },
          t.infocenter,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    const foreign = await gql(
      server.url,
      REGISTER,
      {
        input: {
          number: 'ZHZF-X-002',
          kind: 'CAMERA',
          model: 'm',
          serial: 's',
          unitId: unit.ZHZF,
          custodianId: user['cgs.clerk'],
        },
      },
      t.infocenter,
    );
    expect(codeOf(foreign)).toBe('BAD_USER_INPUT');
    expect(await server.em().count(AuditEvent, { action: 'device.register', subjectId: a.id })).toBe(1);
  });

  it('lists only the unit’s devices to its members; supervisors see all, with correct totals', async () => {
    await register('cgs.clerk', { number: 'CGS-DSJ-101', unitId: unit.CGS });
    const list = async (who: string) =>
      (await gql(server.url, '{ devices(perPage: 100) { total items { unit { code } } } }', {}, t[who])).data!.devices;
    const cgs = await list('cgs.officer1');
    expect(cgs.items.map((d: { unit: { code: string } }) => d.unit.code)).toEqual(['CGS']);
    expect(cgs.total).toBe(1);
    const all = await list('supervisor');
    expect(all.total).toBe((await list('zhzf.officer1')).total + 1);
  });
});

describe('changing a device (the registry)', () => {
  const UPDATE = `mutation($id: ID!, $input: UpdateDeviceInput!) {
    updateDevice(id: $id, input: $input) { model serial purchasedOn custodian { username } }
  }`;
  it('the unit clerk or infoCenter changes the custodian and details, audited before and after; others cannot', async () => {
    const d = await register('zhzf.clerk', { custodianId: user['zhzf.officer1'] });
    const r = await gql(
      server.url,
      UPDATE,
      { id: d.id, input: { custodianId: user['zhzf.officer2'], model: 'DSJ-V10', purchasedOn: '2025-06-01' } },
      t['zhzf.clerk'],
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateDevice).toEqual({
      model: 'DSJ-V10',
      serial: expect.stringMatching(/^SN\d+$/),
      purchasedOn: '2025-06-01',
      custodian: { username: 'zhzf.officer2' },
    });
    const [event] = await server
      .em()
      .find(AuditEvent, { action: 'device.update', subjectId: d.id }, { orderBy: { at: 'desc' } });
    expect(event!.details).toEqual({
      before: { model: 'DSJ-V9', custodianId: user['zhzf.officer1'], purchasedOn: null },
      after: { model: 'DSJ-V10', custodianId: user['zhzf.officer2'], purchasedOn: '2025-06-01' },
    });
    // null clears the custodian; infoCenter may change any unit's devices.
    const cleared = await gql(server.url, UPDATE, { id: d.id, input: { custodianId: null } }, t.infocenter);
    expect(cleared.data!.updateDevice.custodian).toBeNull();

    // Refused: another unit's clerk, an officer, a custodian outside the unit, a future date; nothing changes.
    for (const as of ['cgs.clerk', 'zhzf.officer1'])
      expect(codeOf(await gql(server.url, UPDATE, { id: d.id, input: { model: 'X' } }, t[as]))).toMatch(
        /FORBIDDEN|NOT_FOUND/,
      );
    const outsider = await gql(
      server.url,
      UPDATE,
      { id: d.id, input: { custodianId: user['cgs.officer1'] } },
      t['zhzf.clerk'],
    );
    expect([codeOf(outsider), outsider.errors![0]!.extensions!.details]).toEqual([
      'BAD_USER_INPUT',
      { field: 'custodianId' },
    ]);
    const future = await gql(server.url, UPDATE, { id: d.id, input: { purchasedOn: '2999-01-01' } }, t['zhzf.clerk']);
    expect(codeOf(future)).toBe('BAD_USER_INPUT');
    const stored = await server.em().findOneOrFail(Device, { id: d.id }, { populate: ['custodian'] });
    expect([stored.model, stored.custodian, stored.purchasedOn]).toEqual(['DSJ-V10', null, '2025-06-01']);
    const events = await server.em().find(AuditEvent, { action: 'device.update', subjectId: d.id });
    expect(events.filter((e) => e.outcome === AuditOutcome.ALLOWED)).toHaveLength(2);
    // The refused attempts of those without the right are on the trail too.
    expect(events.filter((e) => e.outcome === AuditOutcome.DENIED).length).toBeGreaterThan(0);
  });

  it('a retired device is history: not changed', async () => {
    const d = await register('zhzf.clerk');
    const retired = await gql(
      server.url,
      'mutation($id: ID!) { retireDevice(id: $id, reason: "镜头损坏无法修复") { status } }',
      { id: d.id },
      t['zhzf.clerk'],
    );
    expect(retired.errors).toBeUndefined();
    const r = await gql(server.url, UPDATE, { id: d.id, input: { model: 'X' } }, t['zhzf.clerk']);
    expect(codeOf(r)).toBe('INVALID_STATE');
  });
});

describe('checkout and return (Art. 9)', () => {
  it('one holder at a time, after the pre-use check; a failed check needs a reason', async () => {
    const d = await register();
    const first = await gql(server.url, CHECKOUT, { id: d.id, check: good }, t['zhzf.officer1']);
    expect(first.data!.checkoutDevice).toMatchObject({
      checkPassed: true,
      overrideReason: null,
      officer: { username: 'zhzf.officer1' },
    });
    const second = await gql(server.url, CHECKOUT, { id: d.id, check: good }, t['zhzf.officer2']);
    expect(codeOf(second)).toBe('INVALID_STATE');
    expect(second.errors![0].message).toContain('吴浩');
    expect(codeOf(await gql(server.url, CHECKOUT, { id: d.id, check: good }, t['cgs.officer1']))).toBe('NOT_FOUND');
    const ret = 'mutation($id: ID!) { returnDevice(checkoutId: $id) { returnedAt } }';
    const checkoutId = first.data!.checkoutDevice.id;
    expect(codeOf(await gql(server.url, ret, { id: checkoutId }, t['zhzf.officer2']))).toBe('FORBIDDEN');
    expect(
      (await gql(server.url, ret, { id: checkoutId }, t['zhzf.officer1'])).data!.returnDevice.returnedAt,
    ).toBeTruthy();
    expect(codeOf(await gql(server.url, ret, { id: checkoutId }, t['zhzf.clerk']))).toBe('INVALID_STATE');

    const weak = { batteryPercent: 20, freeStorageGb: 32, clockCorrect: true };
    expect(codeOf(await gql(server.url, CHECKOUT, { id: d.id, check: weak }, t['zhzf.officer2']))).toBe(
      'BAD_USER_INPUT',
    );
    const forced = await gql(
      server.url,
      CHECKOUT,
      { id: d.id, check: { ...weak, overrideReason: '备用电池已带' } },
      t['zhzf.officer2'],
    );
    expect(forced.data!.checkoutDevice).toMatchObject({ checkPassed: false, overrideReason: '备用电池已带' });
    expect(
      (await gql(server.url, ret, { id: forced.data!.checkoutDevice.id }, t['zhzf.clerk'])).errors,
    ).toBeUndefined();
  });

  it('lets exactly one of two simultaneous checkouts through', async () => {
    const d = await register();
    const results = await Promise.all(
      ['zhzf.officer1', 'zhzf.officer2'].map((who) => gql(server.url, CHECKOUT, { id: d.id, check: good }, t[who])),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => codeOf(r) === 'INVALID_STATE')).toHaveLength(1);
    expect(await server.em().count(DeviceCheckout, { device: d.id, returnedAt: null })).toBe(1);
  });
});

describe('faults and repair (Art. 10)', () => {
  it('a fault blocks the device; professional repair; only a passed check returns it to service', async () => {
    const d = await register();
    const call = (q: string, vars: Record<string, unknown>, who = 'zhzf.clerk') =>
      gql(server.url, q, { id: d.id, ...vars }, t[who]);
    const report = 'mutation($id: ID!, $d: String!) { reportDeviceFault(id: $id, description: $d) { id } }';
    const send =
      'mutation($id: ID!) { sendDeviceForRepair(id: $id, repairService: "平乡县某数码维修中心") { sentAt } }';
    const repaired = 'mutation($id: ID!) { recordDeviceRepair(id: $id, result: "更换电池") { repairedAt } }';
    const check =
      'mutation($id: ID!, $p: Boolean!) { checkDeviceAfterRepair(id: $id, passed: $p, note: "开机录像测试") { status } }';
    expect((await call(report, { d: '无法开机' }, 'zhzf.officer1')).errors).toBeUndefined();
    expect((await call(DEVICE, {})).data!.device.status).toBe('FAULTY');
    expect(codeOf(await call(CHECKOUT, { check: good }, 'zhzf.officer1'))).toBe('INVALID_STATE');
    expect(codeOf(await call(report, { d: '又坏了' }, 'zhzf.officer2'))).toBe('INVALID_STATE');
    expect(codeOf(await call(send, {}, 'zhzf.officer1'))).toBe('FORBIDDEN');
    expect(codeOf(await call(check, { p: true }))).toBe('INVALID_STATE');
    await call(send, {});
    expect((await call(DEVICE, {})).data!.device.status).toBe('UNDER_REPAIR');
    await call(repaired, {});
    expect((await call(check, { p: false })).data!.checkDeviceAfterRepair.status).toBe('FAULTY');
    await call(send, {});
    await call(repaired, {});
    expect((await call(check, { p: true })).data!.checkDeviceAfterRepair.status).toBe('IN_SERVICE');
    const faults = (await call(DEVICE, {})).data!.device.faults;
    expect(faults).toHaveLength(1);
    expect(faults[0].closedAt).toBeTruthy();
    expect((await call(CHECKOUT, { check: good }, 'zhzf.officer1')).errors).toBeUndefined();
  });
});

describe('maintenance (Art. 9) and retirement', () => {
  it('flags overdue upkeep by the schedule of the kind, cleared by a log entry', async () => {
    const d = await register();
    const due = async () =>
      (await gql(server.url, DEVICE, { id: d.id }, t['zhzf.clerk'])).data!.device.maintenanceDue as {
        kind: string;
        overdue: boolean;
      }[];
    expect((await due()).some((m) => m.overdue)).toBe(false);
    await server.em().execute(`update device set created_at = now() - interval '10 days' where id = ?`, [d.id]);
    const overdue = (await due())
      .filter((m) => m.overdue)
      .map((m) => m.kind)
      .sort();
    expect(overdue).toEqual(['CHARGING', 'CLEANING', 'STORAGE_CHECK']);
    const log =
      'mutation($id: ID!, $k: MaintenanceKind!) { logDeviceMaintenance(id: $id, input: { kind: $k, note: "已充满" }) { id } }';
    expect(codeOf(await gql(server.url, log, { id: d.id, k: 'CHARGING' }, t['zhzf.officer1']))).toBe('FORBIDDEN');
    await gql(server.url, log, { id: d.id, k: 'CHARGING' }, t['zhzf.clerk']);
    expect((await due()).find((m) => m.kind === 'CHARGING')!.overdue).toBe(false);
  });

  it('retires only a device nobody holds, and a retired device cannot be taken', async () => {
    const d = await register();
    const out = await gql(server.url, CHECKOUT, { id: d.id, check: good }, t['zhzf.officer1']);
    const retire = 'mutation($id: ID!) { retireDevice(id: $id, reason: "超过使用年限") { status } }';
    expect(codeOf(await gql(server.url, retire, { id: d.id }, t['zhzf.clerk']))).toBe('INVALID_STATE');
    await gql(
      server.url,
      'mutation($id: ID!) { returnDevice(checkoutId: $id) { id } }',
      { id: out.data!.checkoutDevice.id },
      t['zhzf.officer1'],
    );
    expect((await gql(server.url, retire, { id: d.id }, t['zhzf.clerk'])).data!.retireDevice.status).toBe('RETIRED');
    expect(codeOf(await gql(server.url, CHECKOUT, { id: d.id, check: good }, t['zhzf.officer1']))).toBe(
      'INVALID_STATE',
    );
  });
});

describe('daily offload (Art. 13)', () => {
  it('compares each checkout day with the records captured that day (bureau time), against midnight plus the grace', async () => {
    const em = server.em();
    const d = await register();
    const officer = await em.findOneOrFail(User, { username: 'zhzf.officer1' }, { populate: ['unit'] });
    const day = (date: string) =>
      em.create(DeviceCheckout, {
        device: d.id,
        officer,
        day: date,
        batteryPercent: 90,
        freeStorageGb: 30,
        clockCorrect: true,
        checkPassed: true,
        checkedOutAt: new Date(`${date}T08:00:00+08:00`),
        returnedAt: new Date(`${date}T18:00:00+08:00`),
      });
    day('2026-01-05');
    day('2026-01-06');
    day('2026-01-07');
    await em.flush();
    const c = await buildCase(em, {
      unit: officer.unit,
      officers: [officer, await em.findOneOrFail(User, { username: 'zhzf.officer2' })],
    });
    const video = (capturedFrom: string, createdAt: string) =>
      buildRecord(em, c, {
        kind: RecordKind.VIDEO,
        body: null,
        officer,
        partyNotified: true,
        deviceNumber: d.number,
        capturedFrom: new Date(capturedFrom),
        capturedTo: new Date(new Date(capturedFrom).getTime() + 600_000),
      }).then((r) => em.nativeUpdate(EnforcementRecord, { id: r.id }, { createdAt: new Date(createdAt) }));
    // 5 Jan: recorded at 23:50 and uploaded at 08:30 next morning, inside the grace (09:00).
    await video('2026-01-05T23:50:00+08:00', '2026-01-06T08:30:00+08:00');
    // 00:10 on 6 Jan belongs to the 6th; uploaded on the 8th: late.
    await video('2026-01-06T00:10:00+08:00', '2026-01-08T10:00:00+08:00');
    const r = await gql(
      server.url,
      'query($u: ID) { offloads(from: "2026-01-05", to: "2026-01-07", unitId: $u) { day uploads totalSeconds state device { number } } }',
      { u: unit.ZHZF },
      t['zhzf.clerk'],
    );
    expect(r.errors).toBeUndefined();
    const mine = r.data!.offloads.filter((o: { device: { number: string } }) => o.device.number === d.number);
    expect(mine).toEqual([
      { day: '2026-01-07', uploads: 0, totalSeconds: 0, state: 'MISSING', device: { number: d.number } },
      { day: '2026-01-06', uploads: 1, totalSeconds: 600, state: 'LATE', device: { number: d.number } },
      { day: '2026-01-05', uploads: 1, totalSeconds: 600, state: 'UPLOADED', device: { number: d.number } },
    ]);
    const other = await gql(
      server.url,
      '{ offloads(from: "2026-01-05", to: "2026-01-07") { day } }',
      {},
      t['cgs.officer1'],
    );
    expect(other.data!.offloads).toEqual([]);
    expect(
      codeOf(await gql(server.url, '{ offloads(from: "2026-01-07", to: "2026-01-05") { day } }', {}, t['zhzf.clerk'])),
    ).toBe('BAD_USER_INPUT');
  });

  it('is pending today until the next morning', async () => {
    const d = await register();
    const out = await gql(server.url, CHECKOUT, { id: d.id, check: good }, t['zhzf.officer1']);
    const today = out.data!.checkoutDevice.day;
    const r = await gql(
      server.url,
      'query($d: String!) { offloads(from: $d, to: $d) { state device { number } } }',
      { d: today },
      t['zhzf.officer1'],
    );
    expect(r.data!.offloads.find((o: { device: { number: string } }) => o.device.number === d.number).state).toBe(
      'PENDING',
    );
  });
});
