import { describe, expect, it } from 'vitest';
import { addDays, today } from '../../server/src/common/dates.js';
import { DeviceCheckout } from '../../server/src/devices/checkout.entity.js';
import { Device } from '../../server/src/devices/device.entity.js';
import { DeviceKind } from '../../server/src/devices/device.enums.js';
import { EnforcementRecord } from '../../server/src/records/record.entity.js';
import { RecordKind } from '../../server/src/records/record.enums.js';
import { User } from '../../server/src/users/user.entity.js';
import { buildCase, buildRecord } from '../factories.js';
import { consoleUnderTest, screenshot, signIn, signOut } from '../support/browser.js';
import { DEMO_PASSWORD } from '../support/server.js';

const RED = 'rgb(211, 47, 47)';
/** The browser's own, inside `evaluate` (the tests compile without the DOM library). */
declare const getComputedStyle: (el: unknown) => { backgroundColor: string };

describe('the offload board (Art. 13)', () => {
  const ui = consoleUnderTest();

  it('shows a past checkout day without uploads as missing in red, beside uploaded and pending days', async () => {
    const em = ui.server.em();
    const officer = await em.findOneOrFail(User, { username: 'zhzf.officer1' }, { populate: ['unit'] });
    const device = em.create(Device, {
      number: 'ZHZF-DSJ-301',
      kind: DeviceKind.BODY_CAMERA,
      model: 'DSJ-V9',
      serial: 'SN301',
      unit: officer.unit,
    });
    const day = today();
    const [missed, uploaded] = [addDays(day, -3), addDays(day, -2)];
    // The API only checks out for today: past days are written as the service would have.
    const checkout = (date: string, returned = true) =>
      em.create(DeviceCheckout, {
        device,
        officer,
        day: date,
        batteryPercent: 88,
        freeStorageGb: 40,
        clockCorrect: true,
        checkPassed: true,
        checkedOutAt: new Date(`${date}T08:30:00+08:00`),
        returnedAt: returned ? new Date(`${date}T17:30:00+08:00`) : null,
      });
    checkout(missed);
    checkout(uploaded);
    checkout(day, false);
    await em.flush();
    const c = await buildCase(em, {
      unit: officer.unit,
      officers: [officer, await em.findOneOrFail(User, { username: 'zhzf.officer2' })],
    });
    const video = await buildRecord(em, c, {
      kind: RecordKind.VIDEO,
      title: '现场检查录像',
      body: null,
      officer,
      partyNotified: true,
      deviceNumber: device.number,
      capturedFrom: new Date(`${uploaded}T10:00:00+08:00`),
      capturedTo: new Date(`${uploaded}T10:20:00+08:00`),
    });
    await em.nativeUpdate(EnforcementRecord, { id: video.id }, { createdAt: new Date(`${uploaded}T18:00:00+08:00`) });
    // Recorded the next day, when nobody had checked the device out: the device page flags it.
    await buildRecord(em, c, {
      kind: RecordKind.VIDEO,
      title: '补充取证录像',
      body: null,
      officer,
      partyNotified: true,
      deviceNumber: device.number,
      capturedFrom: new Date(`${addDays(day, -1)}T15:00:00+08:00`),
    });

    const page = await ui.browser.newPage();
    await signIn(page, 'zhzf.clerk', DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: '每日导出看板', exact: true }).click();
    const cell = (date: string) => page.getByTestId(`offload-ZHZF-DSJ-301-${date}`);
    await cell(missed).waitFor();
    expect(await cell(missed).getAttribute('data-state')).toBe('MISSING');
    await cell(missed).getByText('缺失').waitFor();
    expect(await cell(missed).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(RED);
    expect(await cell(uploaded).getAttribute('data-state')).toBe('UPLOADED');
    expect(await cell(day).getAttribute('data-state')).toBe('PENDING');
    expect(await cell(addDays(day, -1)).getAttribute('data-state')).toBe('NONE');
    for (const count of ['未上传 1', '逾期上传 0', '待上传 1', '按时上传 1']) {
      await page.getByTestId('offload-legend').getByText(count, { exact: true }).waitFor();
    }
    await screenshot(page, 'clerk-offload-board');

    await cell(uploaded).click();
    await page.getByRole('cell', { name: '现场检查录像' }).waitFor();
    await page.goBack();
    await page.getByTestId('offload-board').getByRole('link', { name: 'ZHZF-DSJ-301' }).click();
    const made = page.getByTestId('device-records');
    await made.getByRole('row').filter({ hasText: '补充取证录像' }).getByText('当日未领用').waitFor();
    expect(await made.getByRole('row').filter({ hasText: '现场检查录像' }).getByText('当日未领用').count()).toBe(0);
    await screenshot(page, 'clerk-device-records');
    await signOut(page);

    await signIn(page, 'supervisor', DEMO_PASSWORD);
    const history = page.getByTestId('offload-history');
    const row = history.getByRole('row').filter({ hasText: '综合执法大队' });
    await row.waitFor();
    expect(await row.getByRole('cell').allTextContents()).toEqual(['综合执法大队', '0', '0', '0', '1', '1', '0', '3']);
    await screenshot(page, 'supervisor-offload-history');
    await row.getByRole('link', { name: '综合执法大队' }).click();
    await cell(missed).waitFor();
    expect(await cell(uploaded).getAttribute('data-state')).toBe('NONE');
    expect(await page.getByTestId('offload-board').getByRole('row').count()).toBe(2);
    expect(ui.browser.errors).toEqual([]);
  });
});
