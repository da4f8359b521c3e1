import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Case } from '../../server/src/cases/case.entity.js';
import { Disclosure } from '../../server/src/disclosures/disclosure.entity.js';
import { DisclosureItem } from '../../server/src/disclosures/disclosure-item.entity.js';
import type { EnforcementRecord } from '../../server/src/records/record.entity.js';
import { Confidentiality, RecordKind } from '../../server/src/records/record.enums.js';
import { Unit } from '../../server/src/units/unit.entity.js';
import { Clearance } from '../../server/src/users/roles.js';
import { User } from '../../server/src/users/user.entity.js';
import { buildCase, buildRecord, storeFile } from '../factories.js';
import { consoleUnderTest, enterAs, menuEntry, screenshot, signOut } from '../support/browser.js';
import { jpeg, pdf } from '../support/media.js';

const sha256Of = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const scan = (name: string, file: string, mimeType: string) => ({ name, mimeType, buffer: fs.readFileSync(file) });

describe("a party's copy application (Art. 19–20): decided per record, approved, packaged with watermarks", () => {
  const ui = consoleUnderTest({ jobs: true });
  let theCase: Case;
  const rec: Record<string, EnforcementRecord> = {};

  const enter = (page: Page, username: string) => enterAs(ui.browser, page, username);

  beforeAll(async () => {
    const em = ui.server.em();
    const unit = await em.findOneOrFail(Unit, { code: 'ZHZF' });
    const officers = await em.find(User, { username: { $in: ['zhzf.officer1', 'zhzf.officer2'] } });
    // The legal officer holds 秘密 clearance, so the state-secret record is in what they see (Art. 20).
    const legal = await em.findOneOrFail(User, { username: 'legal' });
    legal.clearance = Clearance.SECRET;
    await em.flush();
    theCase = await buildCase(em, { unit, officers, cause: '销售过期食品', partyName: '平安超市有限公司' });
    const photo = await storeFile(ui.server.services, em, jpeg(), 'image/jpeg', '现场照片.jpg');
    const doc = await storeFile(ui.server.services, em, pdf(), 'application/pdf', '决定书.pdf');
    rec.photo = await buildRecord(em, theCase, {
      kind: RecordKind.PHOTO,
      title: '货架现场照片',
      fileId: photo.id,
      fileName: '现场照片.jpg',
    });
    rec.doc = await buildRecord(em, theCase, {
      kind: RecordKind.ENFORCEMENT_DOCUMENT,
      title: '行政处罚决定书',
      fileId: doc.id,
      fileName: '决定书.pdf',
    });
    rec.witness = await buildRecord(em, theCase, {
      title: '举报人询问笔录',
      confidentiality: Confidentiality.PERSONAL_PRIVACY,
      fileId: doc.id,
      fileName: '询问笔录.pdf',
    });
    rec.secret = await buildRecord(em, theCase, {
      title: '涉密检验报告',
      confidentiality: Confidentiality.STATE_SECRET,
      secretLevel: Clearance.SECRET,
      secretRank: 1,
      fileId: doc.id,
      fileName: '检验报告.pdf',
    });
  });

  it('legal registers the application with its scans, withholds a record with a reason, submits; the leader approves; legal builds and downloads the watermarked copy', async () => {
    const page = await ui.browser.newPage();
    onTestFailed(async () => {
      await screenshot(page, 'party-copy-failed');
      console.log(page.url(), ui.browser.errors, await page.locator('body').innerText());
    });
    await enter(page, 'legal');
    await page.getByTestId('disclosures-PARTY_COPY').waitFor();
    expect(await menuEntry(page, '调取登记').count()).toBe(0);
    await menuEntry(page, '复制申请').click();
    await page.getByRole('link', { name: '登记' }).click();

    await page.getByRole('textbox', { name: '申请人姓名或名称' }).fill('平安超市有限公司');
    await page.getByRole('combobox', { name: '证件类型' }).fill('营业执照');
    await page.getByRole('textbox', { name: '证件号码' }).fill('91130102MA0XXXXX1K');
    await page.getByRole('radio', { name: '当事人本人' }).check();
    await page.getByRole('combobox', { name: '涉及案件' }).fill(theCase.number);
    await page.getByRole('option', { name: new RegExp(theCase.number) }).click();
    expect(await page.getByRole('radio', { name: '整个案件' }).isChecked()).toBe(true);
    await page.getByRole('textbox', { name: '用途' }).fill('申请行政复议需要');
    await page
      .getByTestId('upload-applicationFormId')
      .locator('input[type=file]')
      .setInputFiles(scan('复制申请书.pdf', pdf(), 'application/pdf'));
    await page
      .getByTestId('stored-applicationFormId')
      .getByText(`SHA-256 ${sha256Of(pdf())}`)
      .waitFor();
    await page
      .getByTestId('upload-identityDocumentId')
      .locator('input[type=file]')
      .setInputFiles(scan('营业执照.jpg', jpeg(), 'image/jpeg'));
    await page
      .getByTestId('stored-identityDocumentId')
      .getByText(`SHA-256 ${sha256Of(jpeg())}`)
      .waitFor();
    // An agent must bring the party's authorisation: the field appears and is required.
    await page.getByRole('radio', { name: '委托代理人' }).check();
    await page.getByTestId('upload-authorisationId').waitFor();
    await page.getByRole('radio', { name: '当事人本人' }).check();
    await expect.poll(() => page.getByTestId('upload-authorisationId').count()).toBe(0);
    await page.getByRole('button', { name: '保存' }).click();

    await page.getByTestId('disclosure-status').getByText('已登记').waitFor();
    const id = /copyApplications\/([^/]+)\/show/.exec(page.url())![1]!;
    const number = (await page.getByTestId('disclosure-number').textContent())!.replace('当事人复制申请', '').trim();
    expect(number).toMatch(/^FZ-\d{4}-\d{4}$/);
    await page.getByTestId('application-form').getByRole('link', { name: '复制申请书.pdf' }).waitFor();
    const row = (title: string) => page.getByTestId('disclosure-item').filter({ hasText: title });
    await expect.poll(() => page.getByTestId('disclosure-item').count()).toBe(4);
    // The state secret cannot be provided: no choice is offered.
    await row('涉密检验报告').getByTestId('state-secret').getByText('国家秘密，不得向当事人提供').waitFor();
    expect(await row('涉密检验报告').getByRole('radio').count()).toBe(0);
    // Submitting is not possible while records are undecided.
    expect(await page.getByRole('button', { name: '提交审批' }).isDisabled()).toBe(true);
    await row('货架现场照片').getByRole('radio', { name: '提供', exact: true }).check();
    await row('行政处罚决定书').getByRole('radio', { name: '提供', exact: true }).check();
    await row('举报人询问笔录').getByRole('radio', { name: '不予提供' }).check();
    await row('举报人询问笔录').getByText('不予提供时须选择理由').waitFor();
    await row('举报人询问笔录').getByRole('combobox', { name: '不予提供理由' }).selectOption('THIRD_PARTY_PRIVACY');
    await row('举报人询问笔录').getByRole('textbox', { name: '说明' }).fill('含举报人身份信息');
    await screenshot(page, 'legal-party-copy-deciding');
    await page.getByRole('button', { name: '提交审批' }).click();
    await page.getByText('已提交审批').first().waitFor();
    await page.getByTestId('disclosure-status').getByText('审批中').waitFor();
    await row('举报人询问笔录').getByText('第三人个人隐私').waitFor();
    await row('涉密检验报告').getByRole('paragraph').getByText('国家秘密').waitFor();
    await signOut(page);

    await enter(page, 'leader');
    await menuEntry(page, '待审批').click();
    const queued = page.getByRole('row').filter({ hasText: number });
    await queued.getByText('当事人复制申请').first().waitFor();
    await queued.getByRole('button', { name: '签署意见' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: '同意' }).check();
    await dialog.getByRole('textbox', { name: '意见说明' }).fill('同意提供，不含涉密及他人隐私材料');
    await dialog.getByRole('button', { name: '提交意见' }).click();
    await page.getByText('审批意见已提交').waitFor();
    // Leaders read the queue too, but do not act on it.
    await menuEntry(page, '复制申请').click();
    await page.getByRole('row').filter({ hasText: number }).getByText('已批准').waitFor();
    expect(await page.getByRole('link', { name: '登记' }).count()).toBe(0);
    await signOut(page);

    await enter(page, 'legal');
    await page.goto(`/#/copyApplications/${id}/show`);
    await page.getByTestId('disclosure-status').getByText('已批准').waitFor();
    await page.getByTestId('watermark-note').getByText('照片和PDF复制件加盖水印').waitFor();
    await page
      .getByTestId('watermark-note')
      .getByText(/货架现场照片、行政处罚决定书/)
      .waitFor();
    await page.getByRole('button', { name: '生成材料包' }).click();
    const sha = page.getByTestId('package-sha256');
    await sha.waitFor({ timeout: 60_000 });
    await page.getByTestId('disclosure-status').getByText('材料包已生成').waitFor();
    const shown = (await sha.textContent())!.trim();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '下载材料包' }).click(),
    ]);
    expect(sha256Of(await download.path())).toBe(shown);
    await screenshot(page, 'legal-party-copy-package');

    const em = ui.server.em();
    const kept = await em.findOneOrFail(Disclosure, { id });
    expect(kept.status).toBe('PACKAGE_READY');
    const items = await em.find(DisclosureItem, { disclosure: id }, { populate: ['record'] });
    const decision = (r: EnforcementRecord) => items.find((i) => i.record.id === r.id)!;
    expect(decision(rec.witness!).decision).toBe('EXCLUDE');
    expect(decision(rec.witness!).reason).toBe('THIRD_PARTY_PRIVACY');
    expect(decision(rec.secret!).reason).toBe('STATE_SECRET');
    expect(decision(rec.photo!).decision).toBe('INCLUDE');
    await signOut(page);
    expect(ui.browser.errors).toEqual([]);
  }, 180_000);
});
