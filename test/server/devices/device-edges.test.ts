import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../../server/src/audit/audit-event.entity.js';
import { Device } from '../../../server/src/devices/device.entity.js';
import { DeviceKind, DeviceStatus } from '../../../server/src/devices/device.enums.js';
import { DeviceFault } from '../../../server/src/devices/fault.entity.js';
import { Unit } from '../../../server/src/units/unit.entity.js';
import { codeOf, gql, login } from '../../support/graphql.js';
import { holdRow } from '../../support/row-lock.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../../support/server.js';

let server: TestServer;
const t: Record<string, string> = {};
let n = 0;

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  for (const name of ['zhzf.clerk', 'zhzf.officer1', 'zhzf.officer2'])
    t[name] = await login(server.url, name, DEMO_PASSWORD);
});
afterAll(() => server?.close());

const q = (who: string, query: string, variables: Record<string, unknown> = {}) =>
  gql(server.url, query, variables, t[who]);

async function device(kind = DeviceKind.BODY_CAMERA, status = DeviceStatus.IN_SERVICE) {
  const em = server.em();
  const unit = await em.findOneOrFail(Unit, { code: 'ZHZF' });
  const d = em.create(Device, { number: `ZHZF-E-${++n}`, kind, model: 'm', serial: `e${n}`, unit, status });
  await em.flush();
  return d.id;
}

const CHECKOUT =
  'mutation($id: ID!, $check: PreUseCheckInput!) { checkoutDevice(id: $id, check: $check) { id checkPassed overrideReason } }';
const DEVICE =
  'query($id: ID!) { device(id: $id) { status currentCheckout { id } maintenanceDue { kind everyDays lastAt dueAt overdue } } }';
const good = { batteryPercent: 90, freeStorageGb: 32, clockCorrect: true };

describe('checkout rules (Art. 9)', () => {
  it('refuses a device under repair, and each failed check item without a real reason', async () => {
    const repairing = await device(DeviceKind.BODY_CAMERA, DeviceStatus.UNDER_REPAIR);
    expect(codeOf(await q('zhzf.officer1', CHECKOUT, { id: repairing, check: good }))).toBe('INVALID_STATE');
    const id = await device();
    for (const failing of [{ freeStorageGb: 3.9 }, { clockCorrect: false }, { batteryPercent: 49 }]) {
      const refused = await q('zhzf.officer1', CHECKOUT, { id, check: { ...good, ...failing, overrideReason: '  ' } });
      expect(codeOf(refused), JSON.stringify(failing)).toBe('BAD_USER_INPUT');
      expect(refused.errors![0].extensions!.details).toEqual({ field: 'overrideReason' });
    }
    const out = await q('zhzf.officer1', CHECKOUT, { id, check: { ...good, overrideReason: '无需理由' } });
    expect(out.data!.checkoutDevice).toMatchObject({ checkPassed: true, overrideReason: null });
  });
});

describe('a fault reported while the device is out (Art. 10)', () => {
  it('blocks it at once for everyone else; the holder can still return it; a retired device takes no report', async () => {
    const id = await device();
    const out = await q('zhzf.officer1', CHECKOUT, { id, check: good });
    const report = 'mutation($id: ID!) { reportDeviceFault(id: $id, description: "录音无声") { id } }';
    expect((await q('zhzf.officer2', report, { id })).errors).toBeUndefined();
    const blocked = (await q('zhzf.clerk', DEVICE, { id })).data!.device;
    expect(blocked).toMatchObject({ status: 'FAULTY', currentCheckout: { id: out.data!.checkoutDevice.id } });
    const ret = 'mutation($id: ID!) { returnDevice(checkoutId: $id) { returnedAt } }';
    expect((await q('zhzf.officer1', ret, { id: out.data!.checkoutDevice.id })).errors).toBeUndefined();
    expect(codeOf(await q('zhzf.officer2', CHECKOUT, { id, check: good }))).toBe('INVALID_STATE');
    const retired = await device(DeviceKind.CAMERA, DeviceStatus.RETIRED);
    expect(codeOf(await q('zhzf.officer1', report, { id: retired }))).toBe('INVALID_STATE');
  });
});

describe('repair flow', () => {
  it('takes its steps in order only, each with its text', async () => {
    const id = await device();
    await q('zhzf.officer1', 'mutation($id: ID!) { reportDeviceFault(id: $id, description: "屏幕碎裂") { id } }', {
      id,
    });
    const send = 'mutation($id: ID!, $s: String!) { sendDeviceForRepair(id: $id, repairService: $s) { id } }';
    const record = 'mutation($id: ID!) { recordDeviceRepair(id: $id, result: "更换屏幕") { id } }';
    expect(codeOf(await q('zhzf.clerk', record, { id }))).toBe('INVALID_STATE');
    const empty = await q('zhzf.clerk', send, { id, s: ' ' });
    expect(empty.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'repairService' } });
    expect((await q('zhzf.clerk', send, { id, s: '维修中心' })).errors).toBeUndefined();
    expect(codeOf(await q('zhzf.clerk', send, { id, s: '维修中心' }))).toBe('INVALID_STATE');
    expect((await q('zhzf.clerk', record, { id })).errors).toBeUndefined();
    expect(codeOf(await q('zhzf.clerk', record, { id }))).toBe('INVALID_STATE');
  });
});

describe('maintenance schedule (Art. 9)', () => {
  const due = async (id: string) =>
    (await q('zhzf.clerk', DEVICE, { id })).data!.device.maintenanceDue as {
      kind: string;
      everyDays: number;
      lastAt: string | null;
      dueAt: string;
      overdue: boolean;
    }[];
  const age = (id: string, days: number) =>
    server.em().execute(`update device set created_at = now() - make_interval(days => ?) where id = ?`, [days, id]);

  it('follows the schedule of the kind: a camera needs charging weekly and cleaning monthly', async () => {
    const id = await device(DeviceKind.CAMERA);
    await age(id, 8);
    const overdue = (await due(id)).filter((m) => m.overdue).map((m) => m.kind);
    expect(overdue).toEqual(['CHARGING']);
    const other = await device(DeviceKind.OTHER);
    expect((await due(other)).map((m) => m.kind)).toEqual(['CLEANING']);
  });

  it('counts the next round from the last entry, and never flags a retired device', async () => {
    const id = await device(DeviceKind.CAMERA);
    await age(id, 40);
    await q('zhzf.clerk', 'mutation($id: ID!) { logDeviceMaintenance(id: $id, input: { kind: CLEANING }) { id } }', {
      id,
    });
    const cleaning = (await due(id)).find((m) => m.kind === 'CLEANING')!;
    expect(cleaning.overdue).toBe(false);
    expect(Date.parse(cleaning.dueAt) - Date.parse(cleaning.lastAt!)).toBe(30 * 86_400_000);
    const retired = await device(DeviceKind.BODY_CAMERA, DeviceStatus.RETIRED);
    await age(retired, 400);
    expect((await due(retired)).some((m) => m.overdue)).toBe(false);
    const log = 'mutation($id: ID!) { logDeviceMaintenance(id: $id, input: { kind: CHARGING }) { id } }';
    expect(codeOf(await q('zhzf.clerk', log, { id: retired }))).toBe('INVALID_STATE');
  });
});

describe('steps racing each other on one device', () => {
  const RETIRE = 'mutation($id: ID!) { retireDevice(id: $id, reason: "超过使用年限") { status } }';

  it('a checkout whose device became faulty meanwhile is refused, not handed out', async () => {
    const id = await device();
    const row = await holdRow(server.config.databaseUrl!, 'select id from device where id = $1 for update', [id]);
    try {
      const out = q('zhzf.officer1', CHECKOUT, { id, check: good });
      await row.waiting(1);
      await row.query(`update device set status = 'FAULTY' where id = $1`, [id]);
      await row.release();
      expect(codeOf(await out)).toBe('CONFLICT');
    } finally {
      await row.end();
    }
    expect((await q('zhzf.clerk', DEVICE, { id })).data!.device).toMatchObject({
      status: 'FAULTY',
      currentCheckout: null,
    });
  });

  it('a retirement that saw the device free does not retire it once a checkout has committed', async () => {
    const id = await device();
    const row = await holdRow(server.config.databaseUrl!, 'select id from device where id = $1 for update', [id]);
    try {
      const [out, retired] = await row.inOrder(
        () => q('zhzf.officer1', CHECKOUT, { id, check: good }),
        () => q('zhzf.clerk', RETIRE, { id }),
      );
      expect(out.errors).toBeUndefined();
      expect(codeOf(retired)).toBe('INVALID_STATE');
    } finally {
      await row.end();
    }
    const d = (await q('zhzf.clerk', DEVICE, { id })).data!.device;
    expect(d.status).toBe('IN_SERVICE');
    expect(d.currentCheckout).not.toBeNull();
  });

  it('two repair results recorded at once: the first is kept, the second is refused, not written over it', async () => {
    const id = await device();
    await q('zhzf.officer1', 'mutation($id: ID!) { reportDeviceFault(id: $id, description: "无法开机") { id } }', {
      id,
    });
    const send = 'mutation($id: ID!) { sendDeviceForRepair(id: $id, repairService: "维修中心") { id } }';
    expect((await q('zhzf.clerk', send, { id })).errors).toBeUndefined();
    const record = 'mutation($id: ID!, $r: String!) { recordDeviceRepair(id: $id, result: $r) { id repairResult } }';
    const row = await holdRow(server.config.databaseUrl!, 'select id from device where id = $1 for update', [id]);
    try {
      const [first, second] = await row.inOrder(
        () => q('zhzf.clerk', record, { id, r: '更换电池' }),
        () => q('zhzf.clerk', record, { id, r: '更换主板' }),
      );
      expect(first.errors).toBeUndefined();
      expect(second.errors![0].extensions).toMatchObject({
        code: 'CONFLICT',
        details: { reason: 'CHANGED_MEANWHILE' },
      });
    } finally {
      await row.end();
    }
    const faults = await server.em().find(DeviceFault, { device: id });
    expect(faults.map((f) => f.repairResult)).toEqual(['更换电池']);
    const audited = await server.em().find(AuditEvent, { action: 'device.recordRepair', subjectId: id });
    expect(audited.map((e) => e.details.result)).toEqual(['更换电池']);
  });
});
