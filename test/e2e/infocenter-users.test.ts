import { describe, expect, it } from 'vitest';
import { Unit } from '../../server/src/units/unit.entity.js';
import { buildCase } from '../factories.js';
import { User } from '../../server/src/users/user.entity.js';
import { consoleUnderTest, enterAs, menuEntry, screenshot, signIn } from '../support/browser.js';
import { DEMO_PASSWORD } from '../support/server.js';

describe('infoCenter (信息中心) manages users in the console', () => {
  const ui = consoleUnderTest();

  it('creates a user through the form, then disables them with the Disable button', async () => {
    const page = await ui.browser.newPage();
    await signIn(page, 'infocenter', DEMO_PASSWORD);
    await page.getByRole('heading', { name: '用户与单位' }).waitFor();

    await page.getByRole('menuitem', { name: '用户', exact: true }).click();
    await page.getByRole('cell', { name: 'cgs.officer1' }).waitFor();
    await page.getByRole('link', { name: '新建' }).click();

    await page.getByRole('textbox', { name: '用户名' }).pressSequentially('cgs.officer3');
    await page.getByRole('textbox', { name: '姓名' }).pressSequentially('韩梅');
    await page.getByRole('combobox', { name: '所属单位' }).click();
    await page.getByRole('option', { name: '城关市场监管所' }).click();
    await page.getByRole('checkbox', { name: '行政执法人员' }).check();
    await page.getByRole('textbox', { name: '初始密码' }).pressSequentially('Chengguan2026');
    await page.getByRole('button', { name: '保存' }).click();

    await page.getByText('用户已创建').waitFor();
    await page.getByRole('heading', { name: /韩梅/ }).or(page.getByText('韩梅（cgs.officer3）')).first().waitFor();
    await page.getByText('启用', { exact: true }).waitFor();
    await screenshot(page, 'infocenter-user-created');

    await page.getByRole('button', { name: '停用' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('停用用户 韩梅？').waitFor();
    await dialog.getByRole('button', { name: '停用' }).click();

    await page.getByText('用户已停用，其全部登录会话已结束').waitFor();
    await page.getByText('已停用', { exact: true }).waitFor();
    await page.getByRole('button', { name: '启用' }).waitFor();
    expect(await page.getByRole('button', { name: '停用' }).count()).toBe(0);
    await screenshot(page, 'infocenter-user-disabled');

    const stored = await ui.server.em().findOneOrFail(User, { username: 'cgs.officer3' }, { populate: ['unit'] });
    expect(stored.active).toBe(false);
    expect(stored.displayName).toBe('韩梅');
    expect(stored.unit.name).toBe('城关市场监管所');
    expect(stored.roles).toEqual(['officer']);
    expect(ui.browser.errors).toEqual([]);
  });

  it('creates a unit with its case-number prefix, told when the prefix is taken or fixed by cases', async () => {
    const page = await ui.browser.newPage();
    await enterAs(ui.browser, page, 'infocenter');
    await menuEntry(page, '单位').click();
    await page.getByRole('cell', { name: 'ZHZF' }).waitFor();
    await page.getByRole('link', { name: '新建' }).click();

    await page.getByRole('textbox', { name: '代码' }).pressSequentially('hlw');
    await page.getByRole('textbox', { name: '名称' }).pressSequentially('回龙湾市场监管所');
    await page.getByRole('combobox', { name: '类型' }).click();
    await page.getByRole('option', { name: '市场监管所' }).click();
    const prefix = page.getByRole('textbox', { name: '案号前缀' });
    // Another unit's prefix: refused by the server, shown on the field.
    await prefix.pressSequentially('平市监城');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('该案号前缀已被其他单位使用').waitFor();
    await prefix.fill('');
    await prefix.pressSequentially('平市监回');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('单位已创建').waitFor();
    await page.getByText('平市监回', { exact: true }).waitFor();
    await screenshot(page, 'infocenter-unit-created');
    const created = await ui.server.em().findOneOrFail(Unit, { code: 'HLW' });
    expect([created.name, created.casePrefix]).toEqual(['回龙湾市场监管所', '平市监回']);

    // A unit that has opened cases keeps its prefix: the form says why.
    const em = ui.server.em();
    await buildCase(em, { unit: await em.findOneOrFail(Unit, { code: 'ZHZF' }) });
    await menuEntry(page, '单位').click();
    await page.getByRole('cell', { name: 'ZHZF' }).click();
    await page.getByRole('link', { name: '编辑' }).click();
    await page.getByRole('textbox', { name: '案号前缀' }).fill('平市监新');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('该单位已立案，案号前缀不能再改（已编的案号带有它）').waitFor();
    expect((await ui.server.em().findOneOrFail(Unit, { code: 'ZHZF' })).casePrefix).toBe('平市监综');
    expect(ui.browser.errors).toEqual([]);
  });
});
