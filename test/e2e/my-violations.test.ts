import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Violation } from '../../server/src/supervision/violation.entity.js';
import { Unit } from '../../server/src/units/unit.entity.js';
import { User } from '../../server/src/users/user.entity.js';
import { buildCase, buildRecord } from '../factories.js';
import { consoleUnderTest, enterAs, menuEntry, screenshot, signOut } from '../support/browser.js';
import { gql, login } from '../support/graphql.js';
import { DEMO_PASSWORD } from '../support/server.js';

const bell = (page: Page) => page.getByRole('button', { name: /^通知（\d+ 条未读）$/ });
const FINDING = '未按规定当日上传现场检查录像，并删除了其中一段';

/** Picks an option of a select; opens it again if the page re-rendered under the open menu. */
async function choose(page: Page, combobox: string, option: string | RegExp, nth = 0) {
  await expect
    .poll(
      async () => {
        if (!(await page.getByRole('listbox').isVisible())) {
          await page.getByRole('combobox', { name: combobox }).nth(nth).click();
        }
        return page
          .getByRole('option', { name: option })
          .click({ timeout: 2_000 })
          .then(
            () => true,
            () => false,
          );
      },
      { timeout: 10_000 },
    )
    .toBe(true);
}

describe('the responsible person’s own register entries (我的违规登记)', () => {
  const ui = consoleUnderTest();

  it('a supervisor records an outcome about an officer; the officer is told, opens the entry, sees finding, outcome and the evidence they may read', async () => {
    const em = ui.server.em();
    const [zhzf, cgs] = await Promise.all([
      em.findOneOrFail(Unit, { code: 'ZHZF' }),
      em.findOneOrFail(Unit, { code: 'CGS' }),
    ]);
    const officer = await em.findOneOrFail(User, { username: 'zhzf.officer1' });
    const theirs = await buildRecord(em, await buildCase(em, { unit: zhzf, officers: [officer] }), {
      title: '现场检查录像说明',
    });
    // Another unit's record: the officer may not read it, so its title must not reach them.
    const elsewhere = await buildRecord(em, await buildCase(em, { unit: cgs }), { title: '城关所当事人询问笔录' });

    const page = await ui.browser.newPage();
    await enterAs(ui.browser, page, 'supervisor');
    await menuEntry(page, '责任追究登记').click();
    await page.getByRole('link', { name: '登记' }).click();
    await choose(page, '违规情形', /（一）不制作/);
    const person = page.getByRole('combobox', { name: '责任人' });
    await person.click();
    await person.fill('吴浩');
    await page.getByRole('option', { name: /吴浩/ }).click();
    await page.getByLabel('发生日期').fill('2026-11-02');
    await page.getByRole('textbox', { name: '认定事实' }).fill(FINDING);
    await choose(page, '处理结果', '批评教育');
    for (const [i, ref] of [theirs.id, elsewhere.id].entries()) {
      await page.locator('.button-add').click();
      await choose(page, '证据类型', '执法记录', i);
      await page.getByRole('textbox', { name: '编号' }).nth(i).fill(ref);
    }
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('link', { name: '执法记录 城关所当事人询问笔录' }).waitFor(); // the supervisor reads both
    await signOut(page);
    const entry = await ui.server.em().findOneOrFail(Violation, { person: officer.id, finding: FINDING });

    await enterAs(ui.browser, page, 'zhzf.officer1');
    await bell(page).click();
    await page.getByRole('menuitem', { name: new RegExp(`关于您的违规登记已作出处理：2026-11-02 ${FINDING}`) }).click();
    await expect.poll(() => page.url()).toContain(`/myViolations/${entry.entry.id}/show`);
    await page.getByText(FINDING).first().waitFor();
    await page.getByText('批评教育').first().waitFor();
    await page.getByText('（一）不制作或者不按要求制作执法全过程记录').first().waitFor();
    await page.getByRole('link', { name: '执法记录 现场检查录像说明' }).first().waitFor();
    await page.getByText('执法记录（您无权查看）').first().waitFor();
    expect(await page.getByText('城关所当事人询问笔录').count()).toBe(0);
    expect(await page.getByText(elsewhere.id).count()).toBe(0);
    expect(await page.getByRole('button', { name: '更正' }).count()).toBe(0);
    await screenshot(page, 'officer-my-violation');

    // The same entry from the menu: one row, with its finding and outcome.
    await menuEntry(page, '我的违规登记').click();
    const rows = page.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('批评教育');
    await rows.first().getByText(FINDING).click();
    // Evidence they may read opens as itself (the officer does not read the trail).
    await page.getByRole('link', { name: '执法记录 现场检查录像说明' }).first().click();
    await expect.poll(() => page.url()).toContain(`/records/${theirs.id}/show`);
    await page.getByText('现场检查录像说明').first().waitFor();
    expect(ui.browser.errors).toEqual([]);
    await signOut(page);
  }, 60_000); // two people sign in and a whole form is filled: slow on a busy machine

  it('an officer whose only entry is undecided sees an empty list, no notification, and not the entry itself', async () => {
    const em = ui.server.em();
    const officer = await em.findOneOrFail(User, { username: 'zhzf.officer2' });
    const supervisor = await login(ui.server.url, 'supervisor', DEMO_PASSWORD);
    const registered = await gql(
      ui.server.url,
      `mutation($input: ViolationInput!) { registerViolation(input: $input) { id } }`,
      {
        input: {
          kind: 'IMPROPER_STORAGE',
          personId: officer.id,
          occurredOn: '2026-11-05',
          finding: '执法记录仪存储卡未按规定保管，致使录像丢失',
          evidence: [],
        },
      },
      supervisor,
    );
    expect(registered.errors).toBeUndefined();
    const id = registered.data!.registerViolation.id as string;

    const page = await ui.browser.newPage();
    await enterAs(ui.browser, page, 'zhzf.officer2');
    await bell(page).click(); // the count is shown once the bell has its answer
    await page.getByRole('menu').waitFor();
    expect(await page.getByRole('menuitem', { name: /违规登记/ }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await menuEntry(page, '我的违规登记').click();
    await page.getByText('没有关于您的违规登记。').waitFor();
    expect(await page.locator('tbody tr').count()).toBe(0);
    await screenshot(page, 'officer-no-violations');

    await page.goto(`/#/myViolations/${id}/show`);
    // As if it did not exist: react-admin says so and goes back to the (empty) list.
    await page.getByText('条目不存在').first().waitFor();
    await page.getByText('没有关于您的违规登记。').waitFor();
    expect(await page.getByText('执法记录仪存储卡未按规定保管').count()).toBe(0);
    expect(ui.browser.errors).toEqual([]);
  });
});
