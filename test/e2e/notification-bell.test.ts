import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RetentionPeriod } from '../../server/src/archive/archive.enums.js';
import { Device } from '../../server/src/devices/device.entity.js';
import { DeviceKind } from '../../server/src/devices/device.enums.js';
import { Notification, NotificationKind } from '../../server/src/notifications/notification.entity.js';
import { Unit } from '../../server/src/units/unit.entity.js';
import { User } from '../../server/src/users/user.entity.js';
import { buildCase, buildRecord } from '../factories.js';
import { archivedCase, setRetention } from '../support/archive.js';
import { consoleUnderTest, screenshot, signIn, signOut } from '../support/browser.js';
import { askToView, gql, login } from '../support/graphql.js';
import { DEMO_PASSWORD } from '../support/server.js';

const bell = (page: Page) => page.getByRole('button', { name: /^通知（\d+ 条未读）$/ });
const unreadOf = async (page: Page) => Number((await bell(page).getAttribute('aria-label'))!.match(/\d+/)![0]);

describe('the notification bell', () => {
  const ui = consoleUnderTest();

  it('tells the clerk and the information centre of a fault reported in the console, and leads to the device', async () => {
    const em = ui.server.em();
    const unit = await em.findOneOrFail(Unit, { code: 'ZHZF' });
    const clerk = await login(ui.server.url, 'zhzf.clerk', DEMO_PASSWORD);
    const input = { number: 'ZHZF-DSJ-301', kind: 'BODY_CAMERA', model: 'DSJ-V9', serial: 'SN301', unitId: unit.id };
    const registered = await gql(
      ui.server.url,
      'mutation($input: RegisterDeviceInput!) { registerDevice(input: $input) { id } }',
      { input },
      clerk,
    );
    expect(registered.errors).toBeUndefined();

    const page = await ui.browser.newPage();
    await signIn(page, 'zhzf.clerk', DEMO_PASSWORD);
    await bell(page).waitFor();
    const before = await unreadOf(page);
    await signOut(page);

    await signIn(page, 'zhzf.officer1', DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: '执法记录设备', exact: true }).click();
    await page.getByRole('cell', { name: 'ZHZF-DSJ-301' }).click();
    await page.getByRole('button', { name: '报告故障' }).click();
    await page.getByRole('dialog').getByRole('textbox', { name: '故障情况' }).fill('无法开机');
    await page.getByRole('dialog').getByRole('button', { name: '报告故障' }).click();
    await page.getByText('故障已报告，设备已暂停领用').waitFor();
    await signOut(page);

    await signIn(page, 'zhzf.clerk', DEMO_PASSWORD);
    await page.getByRole('button', { name: `通知（${before + 1} 条未读）` }).waitFor();
    await bell(page).click();
    const item = page.getByRole('menuitem', { name: /设备故障：ZHZF-DSJ-301: 无法开机/ });
    expect(await item.getAttribute('data-unread')).toBe('true');
    await screenshot(page, 'clerk-notification-bell');
    await item.click();
    await page.getByRole('heading', { name: '设备信息' }).waitFor();
    expect(page.url()).toContain(`/devices/`);
    await page.getByRole('button', { name: `通知（${before} 条未读）` }).waitFor();
    await signOut(page);

    await signIn(page, 'infocenter', DEMO_PASSWORD);
    await bell(page).waitFor();
    expect(await unreadOf(page)).toBeGreaterThan(0);
    await bell(page).click();
    await page.getByRole('menuitem', { name: /设备故障：ZHZF-DSJ-301/ }).waitFor();
    await page.getByRole('button', { name: '全部标为已读' }).click();
    await page.getByRole('button', { name: '通知（0 条未读）' }).waitFor();
    await signOut(page);
    expect(ui.browser.errors).toEqual([]);
  });

  it('keeps every notification on its own page: more than the bell shows, unread only, marked read a few at a time', async () => {
    await ui.browser.context.clearCookies();
    const em = ui.server.em();
    const infocenter = await em.findOneOrFail(User, { username: 'infocenter' });
    const device = em.create(Device, {
      number: 'ZHZF-DSJ-399',
      kind: DeviceKind.BODY_CAMERA,
      model: 'DSJ-V9',
      serial: 'SN399',
      unit: await em.findOneOrFail(Unit, { code: 'ZHZF' }),
    });
    // Twelve notices about the device (more than the bell's ten), the oldest first.
    for (let i = 1; i <= 12; i++)
      em.create(Notification, {
        user: infocenter,
        kind: NotificationKind.DEVICE_FAULT,
        subjectType: 'Device',
        subjectId: device.id,
        summary: `ZHZF-DSJ-${String(400 + i)}: 电池鼓包`,
        createdAt: new Date(Date.now() - (13 - i) * 60_000),
      });
    await em.flush();
    const page = await ui.browser.newPage();
    await signIn(page, 'infocenter', DEMO_PASSWORD);
    await bell(page).click();
    await page.getByRole('menuitem', { name: /ZHZF-DSJ-412:/ }).waitFor();
    expect(await page.getByRole('menuitem').count()).toBe(10);
    expect(await page.getByRole('menuitem', { name: /ZHZF-DSJ-401:/ }).count()).toBe(0);
    await page.getByRole('button', { name: '查看全部通知' }).click();
    // The oldest, which the bell leaves out, is on the page.
    await page.getByRole('row').filter({ hasText: 'ZHZF-DSJ-401: 电池鼓包' }).waitFor();
    await expect.poll(() => page.getByRole('row').filter({ hasText: '电池鼓包' }).count()).toBe(12);
    await screenshot(page, 'infocenter-all-notifications');

    // Two marked read: the unread filter leaves them out.
    for (const n of ['401', '402'])
      await page
        .getByRole('row')
        .filter({ hasText: `ZHZF-DSJ-${n}:` })
        .getByRole('checkbox')
        .check();
    await page.getByRole('button', { name: '标为已读', exact: true }).click();
    await page.getByLabel('只看未读').check();
    await expect.poll(() => page.getByRole('row').filter({ hasText: '电池鼓包' }).count()).toBe(10);
    expect(await page.getByRole('row').filter({ hasText: 'ZHZF-DSJ-401:' }).count()).toBe(0);
    const stored = await ui.server
      .em()
      .find(Notification, { user: infocenter.id, readAt: { $ne: null }, summary: { $like: '%电池鼓包' } });
    expect(stored.map((n) => n.summary).sort()).toEqual(['ZHZF-DSJ-401: 电池鼓包', 'ZHZF-DSJ-402: 电池鼓包']);

    // Opening one marks it read and leads to what it is about.
    await page
      .getByRole('row')
      .filter({ hasText: 'ZHZF-DSJ-412:' })
      .getByText(/电池鼓包/)
      .click();
    await page.getByRole('heading', { name: '设备信息' }).waitFor();
    expect(page.url()).toContain(`/devices/${device.id}/show`);
    const opened = await ui.server.em().findOneOrFail(Notification, { summary: 'ZHZF-DSJ-412: 电池鼓包' });
    expect(opened.readAt).not.toBeNull();
    await signOut(page);
  });

  it('calls the unit head to a viewing request waiting for a decision', async () => {
    await ui.browser.context.clearCookies();
    const em = ui.server.em();
    const unit = await em.findOneOrFail(Unit, { code: 'ZHZF' });
    const handler = await em.findOneOrFail(User, { username: 'zhzf.officer1' });
    const theCase = await buildCase(em, { unit, officers: [handler] });
    const record = await buildRecord(em, theCase, { title: '询问笔录', body: '问：……' });
    const officer = await login(ui.server.url, 'zhzf.officer2', DEMO_PASSWORD);
    await askToView(ui.server.url, officer, [record.id]);
    const page = await ui.browser.newPage();
    await signIn(page, 'zhzf.head', DEMO_PASSWORD);
    await bell(page).click();
    await page.getByRole('menuitem', { name: new RegExp(`待您审批：${theCase.number}`) }).waitFor();
    expect(ui.browser.errors).toEqual([]);
  });

  it('tells the archivist that records came due for disposal, and leads to them', async () => {
    await ui.browser.context.clearCookies();
    const em = ui.server.em();
    const due = await archivedCase(em, { retainUntil: '2024-12-31' });
    const record = await buildRecord(em, due, { title: '保管期满的询问笔录' });
    await setRetention(em, record.id, RetentionPeriod.Y10, '2024-12-31');
    // The morning scan (a pg-boss job in the server) finds it.
    expect(await ui.server.services.disposals.notifyDue(ui.server.em())).toContain(record.id);
    const page = await ui.browser.newPage();
    await signIn(page, 'archivist', DEMO_PASSWORD);
    await bell(page).click();
    const item = page.getByRole('menuitem', { name: /保管期满待销毁：\d+ 件材料保管期限已满（最早 2024-12-31 到期）/ });
    await item.click();
    await page.getByRole('cell', { name: '保管期满的询问笔录' }).waitFor();
    expect(page.url()).toContain('/disposalCandidates');
    expect(ui.browser.errors).toEqual([]);
    await signOut(page);
  });
});
