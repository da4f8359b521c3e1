import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { RetentionPeriod } from '../../server/src/archive/archive.enums.js';
import { AuditEvent } from '../../server/src/audit/audit-event.entity.js';
import type { Case } from '../../server/src/cases/case.entity.js';
import type { EnforcementRecord } from '../../server/src/records/record.entity.js';
import { RecordKind } from '../../server/src/records/record.enums.js';
import { buildRecord, storeFile } from '../factories.js';
import { archivedCase, setRetention } from '../support/archive.js';
import { consoleUnderTest, enterAs, menuEntry, screenshot, signOut } from '../support/browser.js';
import { jpeg, mp4, pdf } from '../support/media.js';

describe('disposal at the end of retention (Art. 14–15): held and long-term records stay, the rest goes after two approvals', () => {
  const ui = consoleUnderTest();
  let theCase: Case;
  let keptCase: Case;
  const rec: Record<string, EnforcementRecord> = {};
  // Titles unique to this run: the candidates page lists every due record of the archive.
  const tag = Date.now().toString(36).slice(-5);
  const title = (name: string) => `${name}-${tag}`;

  let page: Page;
  let number = '';
  let dialog: ReturnType<Page['getByRole']>;

  const enter = (username: string) => enterAs(ui.browser, page, username);
  const row = (name: string) => page.getByRole('row').filter({ hasText: title(name) });
  const items = () => page.getByTestId('disposal-item');
  /** On 到期待销毁: ticks these records and proposes a list of them with the ground given. */
  const propose = async (names: string[], ground: string) => {
    for (const name of names) await row(name).getByRole('checkbox').check();
    await page.getByRole('button', { name: '拟定销毁清单' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: '理由' }).fill(ground);
    await dialog.getByRole('button', { name: '拟定销毁清单' }).click();
    await page.getByText(/已拟定销毁清单 XH-\d{4}-\d{4}/).waitFor();
  };
  const onFailure = (name: string) =>
    onTestFailed(async () => {
      await screenshot(page, name);
      console.log(page.url(), ui.browser.errors, await page.locator('body').innerText());
    });

  beforeAll(async () => {
    const em = ui.server.em();
    theCase = await archivedCase(em, { period: RetentionPeriod.Y10, retainUntil: '2024-12-31' });
    keptCase = await archivedCase(em, { period: RetentionPeriod.Y10, retainUntil: '2024-12-31' });
    const video = await storeFile(ui.server.services, em, mp4(3), 'video/mp4', 'clip.mp4', { durationSeconds: 3 });
    const photo = await storeFile(ui.server.services, em, jpeg('2014:05:01 09:00:00'), 'image/jpeg', 'photo.jpg');
    const doc = await storeFile(ui.server.services, em, pdf(), 'application/pdf', 'doc.pdf');
    rec.video = await buildRecord(em, theCase, {
      kind: RecordKind.VIDEO,
      title: title('现场执法录像'),
      fileId: video.id,
      fileName: 'clip.mp4',
      body: null,
    });
    rec.photo = await buildRecord(em, theCase, {
      kind: RecordKind.PHOTO,
      title: title('现场照片'),
      fileId: photo.id,
      fileName: 'photo.jpg',
      body: null,
    });
    rec.notes = await buildRecord(em, theCase, { title: title('询问笔录') });
    rec.kept = await buildRecord(em, keptCase, {
      kind: RecordKind.ENFORCEMENT_DOCUMENT,
      title: title('处罚决定书'),
      fileId: doc.id,
      fileName: 'doc.pdf',
      body: null,
    });
    for (const r of Object.values(rec)) await setRetention(em, r.id, RetentionPeriod.Y10, '2024-12-31');
  });

  it('the archivist marks one record and one case long-term (Art. 15), then proposes the other due records and submits the list', async () => {
    page = await ui.browser.newPage();
    onFailure('archive-disposal-propose-failed');
    await enter('archivist');

    // Art. 15 on one record: a long-term mark (a hold) with one of the four reasons and its ground.
    await page.goto(`/#/records/${rec.video.id}/show`);
    await page.getByRole('button', { name: '长期保存', exact: true }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: /长期保存情形/ }).click();
    await page.getByRole('option', { name: '当事人有异议、投诉或信访' }).click();
    await dialog.getByRole('textbox', { name: '事实依据' }).fill('当事人对现场执法过程提出投诉，信访件在办');
    await dialog.getByRole('button', { name: '长期保存' }).click();
    await page.getByText('已采取法律保全').waitFor();
    await page.getByRole('cell', { name: '当事人有异议、投诉或信访' }).waitFor();

    // …and on a whole case file, from the case page's holds panel.
    await page.goto(`/#/cases/${keptCase.id}/show`);
    await page.getByText('本案卷未采取保全，也未标记长期保存').waitFor();
    await page.getByRole('button', { name: '长期保存', exact: true }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: /长期保存情形/ }).click();
    await page.getByRole('option', { name: '群体性事件或突发事件' }).click();
    await dialog.getByRole('textbox', { name: '事实依据' }).fill('现场发生群体性聚集事件');
    await dialog.getByRole('button', { name: '长期保存' }).click();
    await page.getByText('已标记长期保存').waitFor();
    const hold = page.getByTestId('case-hold');
    await hold.getByText('群体性事件或突发事件').waitFor();
    await hold.getByText('刘洋').waitFor();
    await screenshot(page, 'archivist-case-long-term');

    // The held record and the long-term case are not offered; the other two are.
    await menuEntry(page, '到期待销毁').click();
    await row('现场照片').waitFor();
    await row('询问笔录').waitFor();
    expect(await row('现场执法录像').count()).toBe(0);
    expect(await row('处罚决定书').count()).toBe(0);
    await propose(['现场照片', '询问笔录'], '保管期限（10年）已满，经鉴定无继续保存价值');
    await page.getByTestId('disposal-status').getByText('草拟').waitFor();
    number = (await page.getByTestId('disposal-number').textContent())!.replace('销毁清单', '').trim();
    expect(number).toMatch(/^XH-\d{4}-\d{4}$/);
    await expect.poll(() => items().count()).toBe(2);
    await items()
      .filter({ hasText: title('现场照片') })
      .getByText(theCase.number)
      .waitFor();
    await items()
      .filter({ hasText: title('现场照片') })
      .getByText(/SHA-256 [0-9a-f]{64}/)
      .waitFor();
    await screenshot(page, 'archivist-disposal-draft');
    await page.getByRole('button', { name: '提交审批' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '提交审批' }).click();
    await page.getByText('已提交审批').first().waitFor();
    await page.getByTestId('disposal-status').getByText('审批中').waitFor();
    await signOut(page);
  }, 60_000);

  // Two sign-ins, two queues and two list pages: more than the default budget on a busy machine.
  it('das.head, then a leader, approve it from their queues, each seeing the list it decides', async () => {
    onFailure('archive-disposal-approve-failed');
    for (const [username, opinion] of [
      ['das.head', '经核对，同意销毁'],
      ['leader', '同意'],
    ] as const) {
      await enter(username);
      await menuEntry(page, '待审批').click();
      const queued = page.getByRole('row').filter({ hasText: number });
      await queued.getByText('销毁审批').first().waitFor();
      // The approval page links to the list it decides.
      await queued.getByText(number).first().click();
      await page.getByTestId('disposal-link').click();
      await page.getByTestId('disposal-number').getByText(number).waitFor();
      await expect.poll(() => items().count()).toBe(2);
      await menuEntry(page, '待审批').click();
      await queued.getByRole('button', { name: '签署意见' }).click();
      dialog = page.getByRole('dialog');
      await dialog.getByRole('radio', { name: '同意' }).check();
      await dialog.getByRole('textbox', { name: '意见说明' }).fill(opinion);
      await dialog.getByRole('button', { name: '提交意见' }).click();
      await page.getByText('审批意见已提交').waitFor();
      await signOut(page);
    }
  }, 60_000);

  it('the archivist executes it after typing its number and downloads the destruction certificate; the held record stays', async () => {
    onFailure('archive-disposal-execute-failed');
    await enter('archivist');
    await menuEntry(page, '销毁清单').click();
    await page.getByRole('row').filter({ hasText: number }).getByText('已批准待执行').click();
    await page.getByTestId('disposal-status').getByText('已批准待执行').waitFor();
    await page.getByRole('button', { name: '执行销毁' }).click();
    dialog = page.getByRole('dialog');
    const execute = dialog.getByRole('button', { name: '执行销毁' });
    expect(await execute.isDisabled()).toBe(true);
    await dialog.getByRole('textbox', { name: '清单编号' }).fill(number);
    await execute.click();
    await page.getByText('已执行销毁，销毁证明已出具').waitFor();
    await page.getByTestId('disposal-status').getByText('已销毁').waitFor();
    await page.getByTestId('disposal-executed').waitFor();
    await screenshot(page, 'archivist-disposal-executed');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '下载销毁证明' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`销毁证明-${number}.pdf`);
    const file = await download.path();
    expect(fs.readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // The held record is still there and still not due for disposal.
    await menuEntry(page, '到期待销毁').click();
    await page.getByText('以下记录保管期限已满').waitFor();
    expect(await row('现场执法录像').count()).toBe(0);
    expect(await row('现场照片').count()).toBe(0);
  });

  it('the archivist releases the hold once its ground is gone, with the reason; the record becomes due again', async () => {
    onFailure('archive-disposal-release-failed');
    await enter('archivist');
    await page.goto(`/#/records/${rec.video.id}/show`);
    await page.getByRole('cell', { name: '当事人有异议、投诉或信访' }).waitFor();
    await page.getByRole('button', { name: '解除保全' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: '理由' }).fill('信访事项已办结，投诉不成立');
    await dialog.getByRole('button', { name: '解除保全' }).click();
    await page.getByText('已解除法律保全').waitFor();
    await page.getByRole('cell', { name: '已解除' }).first().waitFor();
    expect(await page.getByRole('button', { name: '解除保全' }).count()).toBe(0);
    await screenshot(page, 'archivist-hold-released');
    await menuEntry(page, '到期待销毁').click();
    await row('现场执法录像').waitFor();
    const em = ui.server.em();
    const released = await em.findOneOrFail(AuditEvent, { action: 'record.releaseHold', subjectId: rec.video.id });
    expect(released.details).toMatchObject({ reason: '信访事项已办结，投诉不成立' });
  });

  it('the archivist edits a draft list (takes a record out, rewrites its ground), then withdraws it; its records are due again', async () => {
    onFailure('archive-disposal-edit-failed');
    const em = ui.server.em();
    const extra = await buildRecord(em, theCase, { title: title('现场笔录') });
    await setRetention(em, extra.id, RetentionPeriod.Y10, '2024-12-31');
    await enter('archivist');
    await menuEntry(page, '到期待销毁').click();
    await propose(['现场执法录像', '现场笔录'], '保管期限已满');
    await expect.poll(() => items().count()).toBe(2);

    await page.getByRole('button', { name: '修改' }).click();
    dialog = page.getByRole('dialog');
    await dialog
      .getByRole('textbox', { name: /销毁依据|理由/ })
      .fill('保管期限（10年）已满，经鉴定无继续保存价值（复核后调整）');
    await dialog.getByRole('checkbox', { name: new RegExp(title('现场执法录像')) }).uncheck();
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.getByText('清单已修改').waitFor();
    await expect.poll(() => items().count()).toBe(1);
    await items()
      .filter({ hasText: title('现场笔录') })
      .waitFor();
    await page.getByText('（复核后调整）').first().waitFor();
    // Taken out of the list, the video is offered again.
    await menuEntry(page, '到期待销毁').click();
    await row('现场执法录像').waitFor();
    // (the page may first show what it had cached, then the server's answer)
    await expect.poll(() => row('现场笔录').count()).toBe(0);

    await menuEntry(page, '销毁清单').click();
    await page.getByRole('row').filter({ hasText: '复核后调整' }).getByText('草拟').click();
    // Due again, the video can be put back on the list from the same dialog.
    await page.getByRole('button', { name: '修改' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('checkbox', { name: new RegExp(`${title('现场执法录像')}（到期待销毁，可加入）`) }).check();
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.getByText('清单已修改').waitFor();
    await expect.poll(() => items().count()).toBe(2);
    await page.getByRole('button', { name: '撤销清单' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: '理由' }).fill('需重新鉴定保存价值');
    await dialog.getByRole('button', { name: '撤销清单' }).click();
    await page.getByText('清单已撤销').waitFor();
    await page
      .getByTestId('disposal-cancelled')
      .getByText(/撤销，理由：需重新鉴定保存价值/)
      .waitFor();
    await screenshot(page, 'archivist-disposal-cancelled');
    await menuEntry(page, '到期待销毁').click();
    await row('现场笔录').waitFor();
    await row('现场执法录像').waitFor();
  });
});
