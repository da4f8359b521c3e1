import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Case } from '../../server/src/cases/case.entity.js';
import type { EnforcementRecord } from '../../server/src/records/record.entity.js';
import { completeCase } from '../support/archive.js';
import { holdRow } from '../support/row-lock.js';
import { consoleUnderTest, enterAs, menuEntry, screenshot, signOut } from '../support/browser.js';

describe('a case file goes to the archive (Art. 13): compiled by the clerk, signed off by the unit head, accepted by the archive', () => {
  const ui = consoleUnderTest();
  let theCase: Case;
  let rec: Record<string, EnforcementRecord>;

  const enter = (page: Page, username: string) => enterAs(ui.browser, page, username);

  beforeAll(async () => {
    ({ c: theCase, r: rec } = await completeCase(ui.server));
  });

  it('the clerk compiles the catalogue and submits it, the unit head approves, the archivist accepts it with an archive number, and the bell tells the clerk', async () => {
    const page = await ui.browser.newPage();
    onTestFailed(async () => {
      await screenshot(page, 'archive-transfer-failed');
      console.log(page.url(), ui.browser.errors, await page.locator('body').innerText());
    });
    await enter(page, 'zhzf.clerk');
    await page.goto(`/#/cases/${theCase.id}/show`);
    await page.getByRole('button', { name: '立卷移交' }).click();
    await page.getByText('已开始立卷，请核对卷内目录').waitFor();
    await page.getByTestId('transfer-status').getByText('立卷中').waitFor();
    const number = (await page.getByTestId('transfer-number').textContent())!.replace('案卷移交', '').trim();
    expect(number).toMatch(/^YJ-\d{4}-\d{4}$/);
    const lines = page.getByTestId('catalogue-line');
    await expect.poll(() => lines.count()).toBe(7);

    // The patrol clip is not evidence: out of the catalogue; the decision gets its document number.
    const lineOf = async (title: string) => {
      const titles = page.getByRole('textbox', { name: /^题名 \d+$/ });
      const values = await Promise.all((await titles.all()).map((t) => t.inputValue()));
      return values.indexOf(title) + 1;
    };
    const patrolLine = await lineOf('巡查录像');
    expect(patrolLine).toBeGreaterThan(0);
    await page.getByRole('button', { name: `移出目录 ${patrolLine}` }).click();
    await expect.poll(() => lines.count()).toBe(6);
    await page
      .getByTestId('unlisted-record')
      .getByText(/巡查录像/)
      .waitFor();
    const decisionLine = await lineOf('行政处罚决定书');
    expect(decisionLine).toBeGreaterThan(1);
    await page.getByRole('textbox', { name: `文号 ${decisionLine}` }).fill('平市监罚〔2026〕12号');
    await page.getByRole('button', { name: `上移 ${decisionLine}` }).click();
    await page.getByText('目录有未保存的修改').waitFor();
    await page.getByRole('button', { name: '保存目录' }).click();
    await page.getByText('卷内目录已保存').waitFor();
    await page
      .getByRole('textbox', { name: `文号 ${decisionLine - 1}` })
      .and(page.locator('[value="平市监罚〔2026〕12号"]'))
      .waitFor();

    // A large case file: the checks outlast the request (here: it waits for nothing while the files
    // are held) and go on in the background, their progress on the page until the result shows.
    const wait = ui.server.config.transferCheckWaitSeconds;
    ui.server.config.transferCheckWaitSeconds = 0;
    const files = await holdRow(
      ui.server.config.databaseUrl!,
      `select id from stored_file where id in
         (select file_id from record_version where record_id in (select id from record where case_id = $1)) for update`,
      [theCase.id],
    );
    try {
      await page.getByRole('button', { name: '运行四性检测' }).click();
      await page.getByText('四性检测已转入后台进行').waitFor();
      await page
        .getByTestId('checks-running')
        .getByText(/正在后台重新计算哈希值：0 \/ 2 个文件/)
        .waitFor();
      await screenshot(page, 'clerk-transfer-checks-running');
    } finally {
      await files.release();
      await files.end();
      ui.server.config.transferCheckWaitSeconds = wait;
    }
    for (const kind of ['AUTHENTICITY', 'INTEGRITY', 'USABILITY', 'SECURITY'])
      await page.getByTestId(`check-${kind}`).getByText('通过').waitFor();
    expect(await page.getByTestId('checks-running').count()).toBe(0);
    await screenshot(page, 'clerk-transfer-catalogue');
    await page.getByRole('button', { name: '提交负责人审核' }).click();
    await page.getByText('已提交办案机构负责人审核').waitFor();
    await page.getByTestId('transfer-status').getByText('待负责人审核').waitFor();
    await signOut(page);

    await enter(page, 'zhzf.head');
    await menuEntry(page, '待审批').click();
    const row = page.getByRole('row').filter({ hasText: number });
    await row.getByText('案卷移交审核').first().waitFor();
    await row.getByRole('button', { name: '签署意见' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: '同意' }).check();
    await dialog.getByRole('textbox', { name: '意见说明' }).fill('卷宗齐全，同意移交');
    await dialog.getByRole('button', { name: '提交意见' }).click();
    await page.getByText('审批意见已提交').waitFor();
    await signOut(page);

    await enter(page, 'archivist');
    // The dashboard counts the case files waiting for the archive, and opens them.
    await page.getByRole('link', { name: /待接收的案卷移交/ }).click();
    await page.getByRole('row').filter({ hasText: number }).waitFor();
    await menuEntry(page, '案卷移交').click();
    // The archive's queue opens on the transfers waiting for it.
    const incoming = page.getByRole('row').filter({ hasText: number });
    await incoming.getByText('待档案室接收').waitFor();
    // By sending unit: another unit's queue does not hold it, its own does.
    await page.getByRole('combobox', { name: '移交单位' }).click();
    await page.getByRole('option', { name: '城关市场监管所' }).click();
    await expect.poll(() => incoming.count()).toBe(0);
    await page.getByRole('combobox', { name: '移交单位' }).click();
    await page.getByRole('option', { name: '综合执法大队' }).click();
    await incoming.getByText(theCase.number).click();
    await page.getByTestId('transfer-status').getByText('待档案室接收').waitFor();
    await page.getByRole('button', { name: '接收归档' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '接收归档' }).click();
    await page.getByText('已接收归档').first().waitFor();
    const archived = page.getByTestId('archive-number');
    await archived.waitFor();
    expect(await archived.textContent()).toMatch(/档号 J001-\d{4}-D30-\d{4}，保管期限 30年/);
    await screenshot(page, 'archivist-transfer-accepted');
    // The case now reads as archived.
    await page.getByRole('link', { name: theCase.number }).click();
    await page.getByText('已归档').first().waitFor();
    expect(rec.patrol).toBeDefined();
    await signOut(page);

    // The clerk learns it from the bell, which leads to the transfer.
    await enter(page, 'zhzf.clerk');
    await page.getByRole('button', { name: /^通知（\d+ 条未读）$/ }).click();
    await page
      .getByRole('menuitem', { name: new RegExp(`档案室已接收移交：${number} ${theCase.number} 已归档`) })
      .click();
    await page.getByTestId('archive-number').waitFor();
    expect(page.url()).toContain('/transfers/');
    expect(ui.browser.errors).toEqual([]);
  });
});
