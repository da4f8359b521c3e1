import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Case } from '../../server/src/cases/case.entity.js';
import { Disclosure } from '../../server/src/disclosures/disclosure.entity.js';
import type { EnforcementRecord } from '../../server/src/records/record.entity.js';
import { RecordKind } from '../../server/src/records/record.enums.js';
import { Unit } from '../../server/src/units/unit.entity.js';
import { User } from '../../server/src/users/user.entity.js';
import { buildCase, buildRecord, storeFile } from '../factories.js';
import { consoleUnderTest, enterAs, menuEntry, screenshot, signOut } from '../support/browser.js';
import { jpeg, mp4, pdf } from '../support/media.js';

const sha256Of = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
/** A datetime-local value (Asia/Shanghai, as the browser runs) `days` from now. */
const localIn = (days: number) => new Date(Date.now() + days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 16);

describe('a court asks for records (Art. 16–17): registered, approved, packaged, delivered, closed', () => {
  const ui = consoleUnderTest({ jobs: true });
  let theCase: Case;
  const rec: Record<string, EnforcementRecord> = {};

  const enter = (page: Page, username: string) => enterAs(ui.browser, page, username);

  beforeAll(async () => {
    const em = ui.server.em();
    const unit = await em.findOneOrFail(Unit, { code: 'ZHZF' });
    const officers = await em.find(User, { username: { $in: ['zhzf.officer1', 'zhzf.officer2'] } });
    theCase = await buildCase(em, { unit, officers, cause: '销售不合格燃气灶具' });
    const photo = await storeFile(ui.server.services, em, jpeg(), 'image/jpeg', '现场照片.jpg');
    const doc = await storeFile(ui.server.services, em, pdf(), 'application/pdf', '处罚决定书.pdf');
    rec.photo = await buildRecord(em, theCase, {
      kind: RecordKind.PHOTO,
      title: '现场检查照片',
      fileId: photo.id,
      fileName: '现场照片.jpg',
    });
    rec.doc = await buildRecord(em, theCase, {
      kind: RecordKind.ENFORCEMENT_DOCUMENT,
      title: '行政处罚决定书',
      fileId: doc.id,
      fileName: '处罚决定书.pdf',
    });
    rec.other = await buildRecord(em, theCase, { title: '询问笔录', fileId: doc.id, fileName: '询问笔录.pdf' });
  });

  it('the archivist registers the letter with two records, the leader approves, the archivist builds, downloads, delivers and closes', async () => {
    const page = await ui.browser.newPage();
    onTestFailed(async () => {
      await screenshot(page, 'court-request-failed');
      console.log(page.url(), ui.browser.errors, await page.locator('body').innerText());
    });
    await enter(page, 'archivist');
    // The dashboard has the archive's queue card.
    await page.getByTestId('disclosures-EXTERNAL').waitFor();
    expect(await menuEntry(page, '复制申请').count()).toBe(0);
    await menuEntry(page, '调取登记').click();
    await page.getByRole('link', { name: '登记' }).click();

    await page.getByRole('textbox', { name: '调取单位名称' }).fill('某某县人民法院');
    await page.getByRole('textbox', { name: '来函函号' }).fill('（2026）冀0102行初15号调取函');
    await page.getByLabel('来函日期').fill('2026-11-25');
    // A video is not a letter scan: refused, in Chinese.
    const letter = page.getByTestId('upload-letterId');
    await letter.locator('input[type=file]').setInputFiles(mp4(1));
    await letter.getByText('文件类型不符合要求').waitFor();
    await letter.locator('input[type=file]').setInputFiles({
      name: '调取函.pdf',
      mimeType: 'application/pdf',
      buffer: fs.readFileSync(pdf()),
    });
    await page
      .getByTestId('stored-letterId')
      .getByText(`SHA-256 ${sha256Of(pdf())}`)
      .waitFor();
    await page.getByTestId('stored-letterId').getByText('调取函.pdf', { exact: false }).waitFor();
    await page.getByRole('textbox', { name: '涉及的诉讼或复议案件' }).fill('（2026）冀0102行初15号');
    await page.getByRole('textbox', { name: '用途' }).fill('行政诉讼案件审理需要，调取现场检查照片及处罚决定书');
    await page.getByRole('combobox', { name: '涉及案件' }).fill(theCase.number);
    await page.getByRole('option', { name: new RegExp(theCase.number) }).click();
    await page.getByRole('checkbox', { name: /现场检查照片/ }).check();
    await page.getByRole('checkbox', { name: /行政处罚决定书/ }).check();
    await page.getByLabel('办理期限').fill(localIn(10));
    await page.getByRole('button', { name: '保存' }).click();

    await page.getByTestId('disclosure-status').getByText('已登记').waitFor();
    const id = /externalRequests\/([^/]+)\/show/.exec(page.url())![1]!;
    const number = (await page.getByTestId('disclosure-number').textContent())!.replace('调取', '').trim();
    expect(number).toMatch(/^DQ-\d{4}-\d{4}$/);
    await page.getByTestId('letter').getByRole('link', { name: '调取函.pdf' }).waitFor();
    const items = page.getByTestId('disclosure-item');
    await expect.poll(() => items.count()).toBe(2);
    await screenshot(page, 'archivist-court-request-registered');
    await page.getByRole('button', { name: '提交审批' }).click();
    await page.getByText('已提交审批').first().waitFor();
    await page.getByTestId('disclosure-status').getByText('审批中').waitFor();
    // The queue shows it, and the list filters find it.
    await menuEntry(page, '调取登记').click();
    await page.getByRole('row').filter({ hasText: number }).getByText('审批中').waitFor();
    await signOut(page);

    await enter(page, 'leader');
    await menuEntry(page, '待审批').click();
    const row = page.getByRole('row').filter({ hasText: number });
    await row.getByText('调取').first().waitFor();
    // The approval page links to the request it decides.
    await row.getByText(number).first().click();
    await page.getByTestId('disclosure-link').click();
    await page.getByTestId('disclosure-number').getByText(number).waitFor();
    await page.getByTestId('letter').getByRole('link', { name: '调取函.pdf' }).waitFor();
    await menuEntry(page, '待审批').click();
    await row.getByRole('button', { name: '签署意见' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: '同意' }).check();
    await dialog.getByRole('textbox', { name: '意见说明' }).fill('同意向法院提供');
    await dialog.getByRole('button', { name: '提交意见' }).click();
    await page.getByText('审批意见已提交').waitFor();
    await signOut(page);

    await enter(page, 'archivist');
    await page.goto(`/#/externalRequests/${id}/show`);
    await page.getByTestId('disclosure-status').getByText('已批准').waitFor();
    await page.getByRole('button', { name: '生成材料包' }).click();
    const sha = page.getByTestId('package-sha256');
    await sha.waitFor({ timeout: 60_000 });
    await page.getByTestId('disclosure-status').getByText('材料包已生成').waitFor();
    const shown = (await sha.textContent())!.trim();
    expect(shown).toMatch(/^[0-9a-f]{64}$/);
    await screenshot(page, 'archivist-package-ready');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '下载材料包' }).click(),
    ]);
    const file = await download.path();
    expect(sha256Of(file)).toBe(shown);
    expect(download.suggestedFilename()).toBe(`${number}.zip`);

    await page.getByRole('button', { name: '登记交付' }).click();
    const deliver = page.getByRole('dialog');
    await deliver.getByRole('textbox', { name: '接收人' }).fill('某某县人民法院 李法官');
    await deliver
      .getByTestId('upload-receiptId')
      .locator('input[type=file]')
      .setInputFiles({ name: '送达回证.jpg', mimeType: 'image/jpeg', buffer: fs.readFileSync(jpeg()) });
    await deliver
      .getByTestId('stored-receiptId')
      .getByText(`SHA-256 ${sha256Of(jpeg())}`)
      .waitFor();
    await deliver.getByRole('button', { name: '登记交付' }).click();
    await page.getByText('交付情况已登记').waitFor();
    await page.getByTestId('disclosure-status').getByText('已交付').waitFor();
    await page.getByTestId('receipt').getByRole('link', { name: '送达回证.jpg' }).waitFor();

    await page.getByRole('button', { name: '办结' }).click();
    await page.getByRole('dialog').getByRole('textbox', { name: '办结说明' }).fill('法院已签收');
    await page.getByRole('dialog').getByRole('button', { name: '办结' }).click();
    await page.getByTestId('disclosure-status').getByText('已办结').waitFor();
    const stepper = page.getByTestId('status-stepper');
    await expect.poll(() => stepper.getAttribute('data-status')).toBe('CLOSED');
    expect(await page.getByTestId('step-CLOSED').getAttribute('data-done')).toBe('true');
    await stepper.getByText('已办结').waitFor();
    await screenshot(page, 'archivist-court-request-closed');

    const kept = await ui.server.em().findOneOrFail(Disclosure, { id });
    expect(kept.status).toBe('CLOSED');
    expect(kept.deliveredTo).toBe('某某县人民法院 李法官');
    await signOut(page);
    expect(ui.browser.errors).toEqual([]);
  }, 180_000);
});
