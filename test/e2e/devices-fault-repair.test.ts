import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DeviceCheckout } from '../../server/src/devices/checkout.entity.js';
import { Device } from '../../server/src/devices/device.entity.js';
import { DeviceFault } from '../../server/src/devices/fault.entity.js';
import { Unit } from '../../server/src/units/unit.entity.js';
import { consoleUnderTest, screenshot, signIn, signOut } from '../support/browser.js';
import { codeOf, gql, login } from '../support/graphql.js';
import { DEMO_PASSWORD } from '../support/server.js';

const CHECKOUT =
  'mutation($id: ID!) { checkoutDevice(id: $id, check: { batteryPercent: 95, freeStorageGb: 60, clockCorrect: true }) { id } }';

async function openDevice(page: Page, number: string) {
  await page.getByRole('menuitem', { name: '执法记录设备', exact: true }).click();
  await page.getByRole('cell', { name: number }).click();
  await page.getByRole('heading', { name: '设备信息' }).waitFor();
}

async function step(page: Page, button: string, fill: Record<string, string>, done: string) {
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog');
  for (const [label, value] of Object.entries(fill)) await dialog.getByRole('textbox', { name: label }).fill(value);
  await dialog.getByRole('button', { name: button }).click();
  await page.getByText(done).waitFor();
}

const status = (page: Page, text: string) =>
  page.getByTestId('device-status').getByText(text, { exact: true }).waitFor();

describe('faults and repair in the console (Art. 10)', () => {
  const ui = consoleUnderTest();

  it('a fault blocks the device at once; the clerk takes it back, has it repaired and checked, and it returns to service', async () => {
    const em = ui.server.em();
    const unit = await em.findOneOrFail(Unit, { code: 'ZHZF' });
    const clerk = await login(ui.server.url, 'zhzf.clerk', DEMO_PASSWORD);
    const officer = await login(ui.server.url, 'zhzf.officer1', DEMO_PASSWORD);
    const input = { number: 'ZHZF-DSJ-201', kind: 'BODY_CAMERA', model: 'DSJ-V9', serial: 'SN201', unitId: unit.id };
    const registered = await gql(
      ui.server.url,
      'mutation($input: RegisterDeviceInput!) { registerDevice(input: $input) { id } }',
      { input },
      clerk,
    );
    const id = registered.data!.registerDevice.id as string;
    expect((await gql(ui.server.url, CHECKOUT, { id }, officer)).errors).toBeUndefined();

    const page = await ui.browser.newPage();
    await signIn(page, 'zhzf.officer1', DEMO_PASSWORD);
    await openDevice(page, 'ZHZF-DSJ-201');
    await page.getByTestId('device-holder').getByText('吴浩').waitFor();
    await step(page, '报告故障', { 故障情况: '开机后画面花屏，无法正常录像' }, '故障已报告，设备已暂停领用');
    await status(page, '故障');
    await page.getByText('设备已报告故障，暂停领用').waitFor();
    await page.getByTestId('device-faults').getByText('待送修').waitFor();
    for (const absent of ['报告故障', '送修', '报废'])
      expect(await page.getByRole('button', { name: absent }).count()).toBe(0);
    await screenshot(page, 'officer-device-faulty');
    await signOut(page);

    await signIn(page, 'zhzf.clerk', DEMO_PASSWORD);
    await page.getByTestId('held-devices').getByRole('link', { name: 'ZHZF-DSJ-201' }).waitFor();
    await page.getByTestId('held-devices').getByRole('button', { name: '归还' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '归还' }).click();
    await page.getByText('设备已归还').waitFor();
    await expect.poll(() => page.getByTestId('held-devices-count').textContent()).toBe('0');

    await openDevice(page, 'ZHZF-DSJ-201');
    expect(await page.getByRole('button', { name: '领用' }).count()).toBe(0);
    expect(codeOf(await gql(ui.server.url, CHECKOUT, { id }, officer))).toBe('INVALID_STATE');
    await step(page, '送修', { 专业维修机构: '平乡县华安数码维修中心' }, '已登记送修');
    await status(page, '维修中');
    await step(page, '登记维修结果', { 维修结果: '更换主板排线，测试录像正常' }, '维修结果已登记，请检查后恢复使用');
    await status(page, '维修中');
    await page.getByTestId('device-faults').getByText('待检查').waitFor();
    await page.getByRole('button', { name: '维修后检查' }).click();
    const check = page.getByRole('dialog');
    await check.getByRole('radio', { name: '合格，恢复使用' }).check();
    await check.getByRole('textbox', { name: '检查情况' }).fill('开机录像 10 分钟，画面、声音、时间均正常');
    await check.getByRole('button', { name: '维修后检查' }).click();
    await page.getByText('检查结果已登记').waitFor();
    await status(page, '在用');
    await page.getByTestId('device-faults').getByText('已修复').waitFor();
    expect(await page.getByText('设备已报告故障，暂停领用').count()).toBe(0);
    await screenshot(page, 'clerk-device-repaired');

    expect((await gql(ui.server.url, CHECKOUT, { id }, officer)).errors).toBeUndefined();
    const device = await em.findOneOrFail(Device, { id });
    expect(device.status).toBe('IN_SERVICE');
    const [fault] = await em.find(DeviceFault, { device });
    expect(fault).toMatchObject({
      repairService: '平乡县华安数码维修中心',
      repairResult: '更换主板排线，测试录像正常',
    });
    expect(fault.closedAt).toBeTruthy();
    const checkouts = await em.find(
      DeviceCheckout,
      { device },
      { populate: ['returnedBy'], orderBy: { checkedOutAt: 'asc' } },
    );
    expect(checkouts.map((c) => c.returnedBy?.username ?? null)).toEqual(['zhzf.clerk', null]);
    expect(ui.browser.errors).toEqual([]);
  });
});
