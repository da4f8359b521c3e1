import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AuditEvent } from '../../server/src/audit/audit-event.entity.js';
import { DeviceCheckout } from '../../server/src/devices/checkout.entity.js';
import { Device } from '../../server/src/devices/device.entity.js';
import { DeviceMaintenance } from '../../server/src/devices/maintenance.entity.js';
import { consoleUnderTest, screenshot, signIn, signOut } from '../support/browser.js';
import { DEMO_PASSWORD } from '../support/server.js';

const menuEntry = (page: Page, name: string) => page.getByRole('menuitem', { name, exact: true });

async function choose(page: Page, combobox: string, option: string) {
  await page.getByRole('combobox', { name: combobox }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('recording devices in the console (Art. 9)', () => {
  const ui = consoleUnderTest();

  it('the clerk registers a device and logs its upkeep; an officer checks it out after the pre-use check and returns it', async () => {
    const page = await ui.browser.newPage();
    await signIn(page, 'zhzf.clerk', DEMO_PASSWORD);
    await menuEntry(page, '执法记录设备').click();
    await page.getByRole('link', { name: '登记设备' }).click();
    await page.getByRole('combobox', { name: '所属单位' }).getByText('综合执法大队（ZHZF）').waitFor();
    await page.getByRole('textbox', { name: '设备编号' }).fill('zhzf-dsj-001');
    await choose(page, '设备类型', '执法记录仪');
    await page.getByRole('textbox', { name: '型号' }).fill('DSJ-V9');
    await page.getByRole('textbox', { name: '序列号' }).fill('SN2026-0001');
    await choose(page, '保管人', '何敏（zhzf.clerk）');
    await page.getByRole('button', { name: '保存' }).click();

    await page.getByText('设备已登记：ZHZF-DSJ-001').waitFor();
    await page.getByRole('heading', { name: '设备信息' }).waitFor();
    await page.getByTestId('device-status').getByText('在用').waitFor();
    await page.getByText('尚无维护记录').waitFor();

    await page.getByRole('button', { name: '登记维护' }).click();
    const upkeep = page.getByRole('dialog');
    await choose(page, '维护项目', '充电');
    await upkeep.getByRole('textbox', { name: '备注' }).fill('已充满');
    await upkeep.getByRole('button', { name: '登记维护' }).click();
    await page.getByText('维护已登记').waitFor();
    await page.getByTestId('maintenance-log').getByRole('cell', { name: '已充满' }).waitFor();
    expect(await page.getByRole('button', { name: '领用' }).count()).toBe(0);
    await screenshot(page, 'clerk-device-registered');

    // The clerk hands the device to another custodian of the unit and corrects its serial.
    await page.getByRole('link', { name: '编辑' }).click();
    await page.getByRole('textbox', { name: '序列号' }).fill('SN2026-0001A');
    await choose(page, '保管人', '吴浩（zhzf.officer1）');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('设备信息已保存：ZHZF-DSJ-001').waitFor();
    await page.getByText('吴浩').first().waitFor();
    const changed = await ui.server.em().findOneOrFail(Device, { number: 'ZHZF-DSJ-001' }, { populate: ['custodian'] });
    expect([changed.serial, changed.custodian?.username]).toEqual(['SN2026-0001A', 'zhzf.officer1']);
    await signOut(page);

    await signIn(page, 'zhzf.officer1', DEMO_PASSWORD);
    await page.getByRole('heading', { name: '设备与每日导出' }).waitFor();
    await expect.poll(() => page.getByTestId('held-devices-count').textContent()).toBe('0');
    await menuEntry(page, '执法记录设备').click();
    await page.getByRole('cell', { name: 'ZHZF-DSJ-001' }).click();
    await page.getByRole('button', { name: '领用' }).click();
    const check = page.getByRole('dialog');
    await check.getByRole('spinbutton', { name: '电量（%）' }).fill('30');
    await check.getByRole('spinbutton', { name: '剩余存储空间（GB）' }).fill('32');
    await check.getByRole('switch', { name: '设备时钟准确' }).check();
    await check.getByTestId('pre-use-failed').waitFor();
    await check.getByRole('button', { name: '领用' }).click();
    await check.getByText('使用前检查未通过（电量、剩余存储或时钟不符合要求），须填写仍要领用的理由').waitFor();
    await screenshot(page, 'officer-pre-use-refused');
    expect(await ui.server.em().count(DeviceCheckout, {})).toBe(0);

    await check.getByRole('spinbutton', { name: '电量（%）' }).fill('90');
    await expect.poll(() => check.getByTestId('pre-use-failed').count()).toBe(0);
    await check.getByRole('button', { name: '领用' }).click();
    await page.getByText('已领用，请当日按时上传音视频').waitFor();
    await page.getByTestId('device-holder').getByText('吴浩').waitFor();
    await page.getByTestId('device-checkouts').getByText('合格').waitFor();
    expect(await page.getByRole('button', { name: '领用' }).count()).toBe(0);

    await menuEntry(page, '工作台').click();
    await page.getByTestId('held-devices').getByRole('link', { name: 'ZHZF-DSJ-001' }).waitFor();
    await expect.poll(() => page.getByTestId('held-devices-count').textContent()).toBe('1');
    await expect.poll(() => page.getByTestId('stat-er.dashboard.devices.pending_today').textContent()).toBe('1');
    await screenshot(page, 'officer-dashboard-holding');
    await page.getByTestId('held-devices').getByRole('button', { name: '归还' }).click();
    await page.getByRole('dialog').getByText('确认 吴浩 领用的设备 ZHZF-DSJ-001 已交回。').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: '归还' }).click();
    await page.getByText('设备已归还').waitFor();
    await expect.poll(() => page.getByTestId('held-devices-count').textContent()).toBe('0');

    const em = ui.server.em();
    const device = await em.findOneOrFail(Device, { number: 'ZHZF-DSJ-001' }, { populate: ['unit', 'custodian'] });
    expect([device.unit.code, device.custodian?.username, device.model]).toEqual(['ZHZF', 'zhzf.officer1', 'DSJ-V9']);
    const checkouts = await em.find(DeviceCheckout, { device }, { populate: ['officer'] });
    expect(checkouts.map((c) => [c.officer.username, c.batteryPercent, c.checkPassed, !!c.returnedAt])).toEqual([
      ['zhzf.officer1', 90, true, true],
    ]);
    expect((await em.find(DeviceMaintenance, { device })).map((m) => [m.kind, m.note])).toEqual([
      ['CHARGING', '已充满'],
    ]);
    const actions = (await em.find(AuditEvent, { subjectId: device.id }, { orderBy: { id: 'asc' } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual([
      'device.register',
      'device.maintain',
      'device.update',
      'device.checkout',
      'device.return',
    ]);
    expect(ui.browser.errors).toEqual([]);
  });
});
