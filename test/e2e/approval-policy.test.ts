import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ApprovalPolicy } from '../../server/src/approvals/approval-policy.entity.js';
import { consoleUnderTest, screenshot, signIn } from '../support/browser.js';
import { DEMO_PASSWORD } from '../support/server.js';

const menuEntry = (page: Page, name: string) => page.getByRole('menuitem', { name, exact: true });

describe('approval policies in the console (信息中心)', () => {
  const ui = consoleUnderTest();

  it('shows the viewing policy in force and adds a version, refused first when the last rule has a condition', async () => {
    const page = await ui.browser.newPage();
    await signIn(page, 'infocenter', DEMO_PASSWORD);
    await menuEntry(page, '审批规则').click();
    await page.getByText('第 1 版（现行）').waitFor();
    const rules = page.getByTestId('policy-rules');
    await rules.getByText('其他所有申请').waitFor();
    await rules.getByText(/办案机构负责人.*限案件所属机构/).waitFor();
    await rules.getByText('商业秘密 / 个人隐私').waitFor();
    await screenshot(page, 'infocenter-policy');

    await page.getByRole('button', { name: '新增版本' }).click();
    const av = page.getByRole('combobox', { name: '含音视频' });
    await expect.poll(() => av.count()).toBe(4);
    await av.last().click();
    await page.getByRole('option', { name: '是' }).click();
    await page.getByRole('button', { name: '保存为新版本' }).click();
    await page.getByText('最后一条不得设条件').waitFor();
    expect(await ui.server.em().count(ApprovalPolicy, { requestType: 'VIEWING' } as never)).toBe(1);

    await av.last().click();
    await page.getByRole('option').first().click();
    await page.getByRole('textbox', { name: '环节名称' }).last().fill('本单位负责人');
    await page.getByRole('textbox', { name: '修改说明' }).fill('统一环节名称');
    await page.getByRole('button', { name: '保存为新版本' }).click();
    await page.getByText('审批规则已保存为第 2 版').waitFor();
    await page.getByText('第 2 版（现行）').waitFor();
    await page
      .getByTestId('policy-version')
      .getByText(/统一环节名称/)
      .waitFor();
    await rules.getByText(/本单位负责人/).waitFor();
    const latest = await ui.server.em().findOneOrFail(ApprovalPolicy, { requestType: 'VIEWING', version: 2 } as never);
    expect(latest.rules.at(-1)).toMatchObject({
      av: null,
      steps: [{ role: 'unitHead', sameUnit: true, label: '本单位负责人' }],
    });
    expect(latest.note).toBe('统一环节名称');
    expect(ui.browser.errors).toEqual([]);
  });
});
