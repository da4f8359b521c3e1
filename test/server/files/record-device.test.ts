import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../../server/src/cases/case.entity.js';
import { today } from '../../../server/src/common/dates.js';
import { DeviceKind } from '../../../server/src/devices/device.enums.js';
import { RecordKind } from '../../../server/src/records/record.enums.js';
import { Role } from '../../../server/src/users/roles.js';
import type { User } from '../../../server/src/users/user.entity.js';
import { buildCase, buildUnit, buildUser, TEST_PASSWORD } from '../../factories.js';
import { gql, login } from '../../support/graphql.js';
import { mp4 } from '../../support/media.js';
import { startTestServer, type TestServer } from '../../support/server.js';
import { tusClient } from '../../support/tus.js';

let server: TestServer;
let officer: User;
let theCase: Case;
let token: string;
let clerk: string;
const day = today();

beforeAll(async () => {
  server = await startTestServer();
  const em = server.em();
  const unit = await buildUnit(em);
  officer = await buildUser(em, { unit, username: 'rd.officer' });
  await buildUser(em, { unit, username: 'rd.clerk', roles: [Role.unitClerk] });
  theCase = await buildCase(em, { unit, officers: [officer] });
  token = await login(server.url, 'rd.officer', TEST_PASSWORD);
  clerk = await login(server.url, 'rd.clerk', TEST_PASSWORD);
  for (const n of ['RD-001', 'RD-002']) {
    const r = await gql(
      server.url,
      'mutation($in: RegisterDeviceInput!) { registerDevice(input: $in) { id } }',
      { in: { number: n, kind: DeviceKind.BODY_CAMERA, model: 'DSJ-V9', serial: `SN-${n}`, unitId: unit.id } },
      clerk,
    );
    expect(r.errors).toBeUndefined();
  }
});
afterAll(() => server?.close());

const deviceId = async (number: string) =>
  (await server.em().execute<{ id: string }[]>('select id from device where number = ?', [number]))[0]!.id;

async function upload(deviceNumber: string) {
  const from = new Date(Date.now() - 60_000);
  const { res } = await tusClient(server.url, token).upload(
    new Uint8Array(fs.readFileSync(mp4(2, from.toISOString()))),
    {
      filename: `${deviceNumber}.mp4`,
      caseId: theCase.id,
      kind: RecordKind.VIDEO,
      title: `录像 ${deviceNumber}`,
      capturedFrom: from.toISOString(),
      capturedTo: new Date(from.getTime() + 2000).toISOString(),
      officerId: officer.id,
      partyNotified: 'true',
      deviceNumber,
    },
  );
  expect(res.status).toBe(204);
  const r = await gql(
    server.url,
    'query($id: ID!) { record(id: $id) { captureFlags deviceCheckout { id day device { number } } } }',
    { id: res.headers.get('x-record-id') },
    token,
  );
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.record as {
    captureFlags: string[];
    deviceCheckout: { day: string; device: { number: string } } | null;
  };
}

describe('records and the devices that made them', () => {
  it('links a recording to the checkout of its device by the officer that day', async () => {
    const check = { batteryPercent: 90, freeStorageGb: 20, clockCorrect: true };
    const r = await gql(
      server.url,
      'mutation($id: ID!, $check: PreUseCheckInput!) { checkoutDevice(id: $id, check: $check) { id } }',
      { id: await deviceId('RD-001'), check },
      token,
    );
    expect(r.errors).toBeUndefined();
    const record = await upload('RD-001');
    expect(record.captureFlags).toEqual([]);
    expect(record.deviceCheckout).toMatchObject({ day, device: { number: 'RD-001' } });
  });

  it('flags a device the officer did not hold that day, one not in the register, and one recorded while faulty', async () => {
    expect((await upload('RD-002')).captureFlags).toEqual(['DEVICE_NOT_HELD']);
    expect((await upload('NOT-IN-REGISTER')).captureFlags).toEqual(['DEVICE_UNREGISTERED']);
    const fault = await gql(
      server.url,
      'mutation($id: ID!) { reportDeviceFault(id: $id, description: "镜头进水，画面模糊") { id } }',
      { id: await deviceId('RD-001') },
      token,
    );
    expect(fault.errors).toBeUndefined();
    await new Promise((r) => setTimeout(r, 10));
    // A clip captured before the fault was reported stays clean; one captured after is flagged.
    const after = await (async () => {
      const from = new Date(Date.now() + 1000);
      const { res } = await tusClient(server.url, token).upload(
        new Uint8Array(fs.readFileSync(mp4(2, from.toISOString()))),
        {
          filename: 'after.mp4',
          caseId: theCase.id,
          kind: RecordKind.VIDEO,
          title: '故障后录像',
          capturedFrom: from.toISOString(),
          capturedTo: new Date(from.getTime() + 2000).toISOString(),
          officerId: officer.id,
          partyNotified: 'true',
          deviceNumber: 'RD-001',
        },
      );
      const r = await gql(
        server.url,
        'query($id: ID!) { record(id: $id) { captureFlags } }',
        { id: res.headers.get('x-record-id') },
        token,
      );
      return r.data!.record.captureFlags as string[];
    })();
    expect(after).toContain('DEVICE_FAULTY');
  });
});
