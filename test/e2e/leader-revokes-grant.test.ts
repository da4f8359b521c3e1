import { describe, expect, it } from 'vitest';
import { ApprovalStep } from '../../server/src/approvals/approval-step.entity.js';
import { Unit } from '../../server/src/units/unit.entity.js';
import { User } from '../../server/src/users/user.entity.js';
import { buildCase, buildRecord } from '../factories.js';
import { consoleUnderTest, screenshot, signIn, signOut } from '../support/browser.js';
import { askToView, codeOf, gql, login } from '../support/graphql.js';
import { DEMO_PASSWORD } from '../support/server.js';

describe('a leader oversees grants (Art. 18)', () => {
  const ui = consoleUnderTest();

  it('finds an officer’s grant in 授权管理 and revokes it early; the record stops opening at once', async () => {
    const em = ui.server.em();
    const unit = await em.findOneOrFail(Unit, { code: 'ZHZF' });
    const handler = await em.findOneOrFail(User, { username: 'zhzf.officer1' });
    const theCase = await buildCase(em, { unit, officers: [handler] });
    const record = await buildRecord(em, theCase, { title: '当事人陈述笔录', body: '我承认……' });
    const other = await buildRecord(em, theCase, { title: '现场检查笔录', body: '现场……' });
    const officer = await login(ui.server.url, 'zhzf.officer2', DEMO_PASSWORD);
    const head = await login(ui.server.url, 'zhzf.head', DEMO_PASSWORD);
    for (const r of [record, other]) {
      const requestId = await askToView(ui.server.url, officer, [r.id], '复议答复需要核实');
      const step = await ui.server.em().findOneOrFail(ApprovalStep, { request: requestId, waiting: true });
      expect(
        (
          await gql(
            ui.server.url,
            'mutation($id: ID!) { decideApproval(stepId: $id, decision: APPROVE) { id } }',
            { id: step.id },
            head,
          )
        ).errors,
      ).toBeUndefined();
    }
    const CONTENT = 'query($id: ID!) { recordContent(id: $id) { body } }';
    expect((await gql(ui.server.url, CONTENT, { id: record.id }, officer)).data?.recordContent.body).toContain(
      '我承认',
    );

    const page = await ui.browser.newPage();
    await signIn(page, 'leader', DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: '授权管理', exact: true }).click();
    const row = page.getByRole('row').filter({ hasText: '郑涛' }).filter({ hasText: '当事人陈述笔录' });
    const otherRow = page.getByRole('row').filter({ hasText: '郑涛' }).filter({ hasText: '现场检查笔录' });
    await row.waitFor();
    await otherRow.waitFor();
    // Who may open this record now: the grants of one record, found by its title.
    await page.getByRole('combobox', { name: '执法记录（按标题查找）' }).pressSequentially('当事人陈述');
    await page.getByRole('option', { name: /当事人陈述笔录/ }).click();
    await expect.poll(() => otherRow.count()).toBe(0);
    await row.waitFor();
    await screenshot(page, 'leader-all-grants');
    await row.getByRole('button', { name: '撤销授权' }).click();
    await page.getByRole('dialog').getByRole('textbox').fill('案件已办结，无需继续查阅');
    await page.getByRole('dialog').getByRole('button', { name: '撤销授权' }).click();
    await page.getByText('授权已撤销').waitFor();
    await expect.poll(() => row.count()).toBe(0);
    expect(codeOf(await gql(ui.server.url, CONTENT, { id: record.id }, officer))).toBe('FORBIDDEN');
    await signOut(page);

    // An officer has no such page: only their own grants.
    await signIn(page, 'zhzf.officer2', DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: '我的授权', exact: true }).waitFor();
    expect(await page.getByRole('menuitem', { name: '授权管理', exact: true }).count()).toBe(0);
    expect(ui.browser.errors).toEqual([]);
  });
});
