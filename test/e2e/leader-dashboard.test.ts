import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { consoleUnderTest, screenshot, signIn, signOut } from '../support/browser.js';
import { DEMO_PASSWORD } from '../support/server.js';

const menuEntry = (page: Page, name: string) => page.getByRole('menuitem', { name, exact: true });

describe('leader (机关负责人) in the console', () => {
  const ui = consoleUnderTest();

  it('signs in through the form, sees a Chinese dashboard and only the entries the rules allow, then signs out', async () => {
    const page = await ui.browser.newPage();
    await signIn(page, 'leader', DEMO_PASSWORD);

    await page.getByRole('heading', { name: '欢迎，张伟（局长）' }).waitFor();
    expect(await page.title()).toBe('行政执法全过程记录管理系统');
    await expect(page.getByRole('banner').getByText('行政执法全过程记录管理系统').isVisible()).resolves.toBe(true);
    const welcome = page.locator('.MuiCard-root').first();
    for (const text of ['局领导', '机关负责人', '机密', '本次登录有效至']) {
      expect(await welcome.getByText(text, { exact: true }).count()).toBeGreaterThan(0);
    }
    await page.getByRole('heading', { name: '我的工作' }).waitFor();
    await page.getByText('待您审批的查阅、复制、调取与销毁申请').waitFor();
    await page.getByRole('heading', { name: '我的账户' }).waitFor();

    await menuEntry(page, '工作台').waitFor();
    expect(await menuEntry(page, '用户').count()).toBe(1);
    expect(await menuEntry(page, '单位').count()).toBe(1);
    expect(await menuEntry(page, '审计日志').count()).toBe(0);
    expect(await page.getByRole('heading', { name: '用户与单位' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: '执法监督' }).count()).toBe(0);
    await screenshot(page, 'leader-dashboard');

    await menuEntry(page, '用户').click();
    await page.getByRole('cell', { name: 'cgs.officer1' }).waitFor();
    expect(await page.getByRole('link', { name: '新建' }).count()).toBe(0);

    await page.goto('/#/auditEvents');
    await page.getByText('无权访问').waitFor();

    await signOut(page);
    await page.getByRole('button', { name: '登录' }).waitFor();
    await page.goto('/');
    await page.getByRole('textbox', { name: '用户名' }).waitFor();
    expect(ui.browser.errors).toEqual([]);
  });
});
