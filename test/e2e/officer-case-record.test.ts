import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Case } from '../../server/src/cases/case.entity.js';
import { today } from '../../server/src/common/dates.js';
import { RecordVersion } from '../../server/src/records/record-version.entity.js';
import { EnforcementRecord } from '../../server/src/records/record.entity.js';
import { User } from '../../server/src/users/user.entity.js';
import { consoleUnderTest, screenshot, signIn, signOut } from '../support/browser.js';
import { gql, login } from '../support/graphql.js';
import { DEMO_PASSWORD } from '../support/server.js';

const NUMBER = /平市监综〔\d{4}〕\d+号/;
const menuEntry = (page: Page, name: string) => page.getByRole('menuitem', { name, exact: true });

async function choose(page: Page, combobox: string, option: string) {
  await page.getByRole('combobox', { name: combobox }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('cases and records in the console', () => {
  const ui = consoleUnderTest();

  it('an officer opens a case, writes a record, reads and corrects it, then concludes the case', async () => {
    const page = await ui.browser.newPage();
    await signIn(page, 'zhzf.officer1', DEMO_PASSWORD);
    await page.getByRole('heading', { name: '本单位案件（综合执法大队）' }).waitFor();

    await menuEntry(page, '案件').click();
    await page.getByRole('link', { name: '立案' }).click();
    await page.getByRole('combobox', { name: '办案机构' }).getByText('综合执法大队（平市监综）').waitFor();
    await page.getByRole('textbox', { name: '案由' }).fill('销售标签不符合规定的预包装食品');
    await choose(page, '程序', '一般程序');
    await page.getByRole('button', { name: '吴浩（zhzf.officer1）' }).waitFor();
    await page.getByRole('combobox', { name: '承办人员' }).click();
    await page.getByRole('option', { name: '郑涛（zhzf.officer2）' }).click();
    await page.getByRole('radio', { name: '自然人' }).check();
    await page.getByRole('textbox', { name: '姓名' }).fill('陈国栋');
    await page.getByRole('textbox', { name: '公民身份号码' }).fill('13053319850215123x');
    await page.getByRole('textbox', { name: '联系电话' }).fill('13931901234');
    await page.getByRole('textbox', { name: '住址' }).fill('平乡县城关镇解放路9号');
    await screenshot(page, 'officer-case-form');
    await page.getByRole('button', { name: '保存' }).click();

    const opened = page.getByText(/^已立案：/);
    const number = (await opened.textContent())!.match(NUMBER)![0];
    expect(number).toBe(`平市监综〔${today().slice(0, 4)}〕1号`);
    await page.getByRole('heading', { name: '案件信息' }).waitFor();
    await page.getByText(number, { exact: true }).first().waitFor();
    await page.getByText('13053319850215123X').waitFor();
    await page.getByText('尚无执法记录').waitFor();
    await screenshot(page, 'officer-case-opened');

    await page.getByRole('link', { name: '新增执法记录' }).click();
    const caseInput = page.getByRole('combobox', { name: '所属案件' });
    await expect.poll(() => caseInput.inputValue()).toContain(number);
    await choose(page, '记录类型', '调查取证文书');
    await page.getByRole('textbox', { name: '标题' }).fill('现场检查笔录');
    await choose(page, '执法环节', '现场检查');
    await page.getByRole('textbox', { name: '正文' }).fill('检查发现货架上摆放标签未标明生产日期的饼干20盒。');
    await page.getByRole('button', { name: '保存' }).click();

    await page.getByText('执法记录已保存').waitFor();
    await page.getByRole('heading', { name: '记录信息' }).waitFor();
    await page.getByRole('button', { name: '查看内容' }).click();
    await page.getByTestId('record-body').getByText('检查发现货架上摆放标签未标明生产日期的饼干20盒。').waitFor();
    await screenshot(page, 'officer-record-content');

    await page.getByRole('link', { name: '更正' }).click();
    const title = page.getByRole('textbox', { name: '标题' });
    await title.fill('现场检查笔录（陈国栋）');
    await page.getByRole('textbox', { name: '更正理由' }).fill('标题补写当事人姓名');
    await page.getByRole('button', { name: '更正' }).click();

    await page.getByText('已更正，新版本已保存').waitFor();
    const history = page.getByTestId('record-history');
    await history.getByRole('cell', { name: '标题补写当事人姓名' }).waitFor();
    await expect(history.locator('tbody tr').count()).resolves.toBe(2);
    await history.getByRole('cell', { name: '首次录入' }).waitFor();
    await screenshot(page, 'officer-record-corrected');

    await page.getByRole('link', { name: '查看案件' }).click();
    await page.getByRole('link', { name: '现场检查笔录（陈国栋）' }).waitFor();
    await page.getByRole('button', { name: '终结' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(`终结案件 ${number}`).waitFor();
    await dialog.getByRole('button', { name: '终结' }).click();

    await page.getByText('案件已终结，移交期限已计算').waitFor();
    await page.getByText('已终结', { exact: true }).waitFor();
    await page.getByTestId('deadline-badge').getByText('剩余 30 天').waitFor();
    expect(await page.getByRole('button', { name: '终结' }).count()).toBe(0);
    await screenshot(page, 'officer-case-concluded');

    const em = ui.server.em();
    const stored = await em.findOneOrFail(Case, { number });
    const officer2 = await em.findOneOrFail(User, { username: 'zhzf.officer2' });
    expect(stored.status).toBe('CONCLUDED');
    expect(stored.concludedOn).toBe(today());
    expect(stored.handlingOfficerIds).toContain(officer2.id);
    expect(stored.partyIdNumber).toBe('13053319850215123X');
    const record = await em.findOneOrFail(EnforcementRecord, { case: stored });
    expect(record.title).toBe('现场检查笔录（陈国栋）');
    const versions = await em.find(RecordVersion, { record }, { orderBy: { version: 'asc' } });
    expect(versions.map((v) => [v.version, v.title, v.reason])).toEqual([
      [1, '现场检查笔录', null],
      [2, '现场检查笔录（陈国栋）', '标题补写当事人姓名'],
    ]);
    expect(ui.browser.errors).toEqual([]);
  });

  it('a leader finds a case by a Chinese search and sees the party ID in full; the unit clerk sees it masked', async () => {
    const token = await login(ui.server.url, 'zhzf.officer1', DEMO_PASSWORD);
    const em = ui.server.em();
    const officers = await em.find(User, { username: { $in: ['zhzf.officer1', 'zhzf.officer2'] } });
    const opened = await gql<{ openCase: { number: string } }>(
      ui.server.url,
      'mutation($input: OpenCaseInput!) { openCase(input: $input) { number } }',
      {
        input: {
          unitId: officers[0].unit.id,
          cause: '经营无中文标签的进口食品',
          procedure: 'GENERAL_PENALTY',
          handlingOfficerIds: officers.map((o) => o.id),
          party: { kind: 'PERSON', name: '孟庆华', idNumber: '13053319850127123X', phone: '13831905678' },
        },
      },
      token,
    );
    const number = opened.data!.openCase.number;

    const findCase = async (page: Page) => {
      await menuEntry(page, '案件').click();
      await page.getByRole('textbox', { name: '搜索' }).fill('中文标签');
      await page.getByRole('cell', { name: number }).click();
      await page.getByRole('heading', { name: '当事人' }).waitFor();
    };

    await ui.browser.context.clearCookies();
    const page = await ui.browser.newPage();
    await signIn(page, 'leader', DEMO_PASSWORD);
    await findCase(page);
    await page.getByTestId('partyIdNumber').getByText('13053319850127123X', { exact: true }).waitFor();
    await page.getByTestId('partyPhone').getByText('13831905678', { exact: true }).waitFor();
    await screenshot(page, 'leader-case-party');
    await signOut(page);

    await signIn(page, 'zhzf.clerk', DEMO_PASSWORD);
    await findCase(page);
    await page.getByTestId('partyIdNumber').getByText('130533********123X').waitFor();
    await page.getByTestId('partyIdNumber').getByText('（已脱敏）').waitFor();
    expect(await page.getByText('13053319850127123X').count()).toBe(0);
    await screenshot(page, 'clerk-case-party');
    expect(ui.browser.errors).toEqual([]);
  });
});
