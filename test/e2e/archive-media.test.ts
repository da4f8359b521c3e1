import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { MediaVolume } from '../../server/src/archive/media.entity.js';
import type { Case } from '../../server/src/cases/case.entity.js';
import { today } from '../../server/src/common/dates.js';
import { RecordKind } from '../../server/src/records/record.enums.js';
import { User } from '../../server/src/users/user.entity.js';
import { buildRecord, storeFile } from '../factories.js';
import { archivedCase } from '../support/archive.js';
import { consoleUnderTest, enterAs, menuEntry, screenshot, signOut } from '../support/browser.js';

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function choose(page: Page, combobox: string, option: string) {
  await page.getByRole('combobox', { name: combobox }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('long-term media (Art. 15): made from an archived case, downloaded, registered, read back', () => {
  const ui = consoleUnderTest({ jobs: true });
  let theCase: Case;
  let work: string;

  const enter = (page: Page, username: string) => enterAs(ui.browser, page, username);

  beforeAll(async () => {
    const em = ui.server.em();
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'er-media-e2e-'));
    theCase = await archivedCase(em, { retainUntil: '2044-12-31' });
    const officer = await em.findOneOrFail(User, { username: 'zhzf.officer1' });
    // Three clips that do not fit two to a 1 MB stick: three volumes.
    for (const [name, size] of [
      ['现场执法录像 1', 700_000],
      ['现场执法录像 2', 600_000],
      ['现场执法录像 3', 500_000],
    ] as const) {
      const file = path.join(work, `${size}.mp4`);
      fs.writeFileSync(file, randomBytes(size));
      const stored = await storeFile(ui.server.services, em, file, 'video/mp4', `${size}.mp4`);
      await buildRecord(em, theCase, {
        kind: RecordKind.VIDEO,
        title: name,
        fileId: stored.id,
        fileName: `${size}.mp4`,
        officer,
      });
    }
  });

  afterAll(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('the archivist makes a USB set, downloads a volume, registers it and reads it back; a damaged copy does not match', async () => {
    const page = await ui.browser.newPage();
    onTestFailed(async () => {
      await screenshot(page, 'archive-media-failed');
      console.log(page.url(), ui.browser.errors, await page.locator('body').innerText());
    });
    await enter(page, 'archivist');
    await menuEntry(page, '长期保存介质').click();
    await page.getByRole('link', { name: '新建' }).click();
    const cases = page.getByRole('combobox', { name: '整案写入（已归档案件）' });
    await cases.click();
    await cases.pressSequentially(theCase.number.slice(-6));
    await page.getByRole('option', { name: theCase.number }).click();
    await choose(page, '介质类型', 'U 盘');
    await page.getByRole('spinbutton', { name: '每个 U 盘容量（MB）' }).fill('1');
    await screenshot(page, 'archivist-media-form');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('已开始制作介质，完成后可逐卷下载').waitFor();

    // The set builds in the background; the page follows it to the end.
    const number = page.getByTestId('media-set-number');
    await number.waitFor();
    const setNumber = (await number.textContent())!.replace('长期保存介质', '').trim();
    expect(setNumber).toMatch(/^CC-\d{4}-\d{4}$/);
    await page.getByTestId('media-set-status').getByText('已制作').waitFor({ timeout: 60_000 });
    const volumes = page.getByTestId('media-volume');
    await expect.poll(() => volumes.count()).toBe(3);
    const first = volumes.first();
    await first.getByText('第 1 卷（共 3 卷）').waitFor();
    const shown = (await first.getByTestId('volume-sha256').textContent())!.trim();
    expect(shown).toMatch(/^[0-9a-f]{64}$/);
    await screenshot(page, 'archivist-media-ready');

    // Downloaded for burning: the very bytes whose SHA-256 the page shows.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      first.getByRole('link', { name: `下载 ${setNumber}-1.zip 用于刻录或写入` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${setNumber}-1.zip`);
    const burnt = await download.path();
    const bytes = fs.readFileSync(burnt);
    expect(sha256Of(bytes)).toBe(shown);

    // The written medium registered: its label and where it is kept.
    await first.getByRole('button', { name: '登记介质' }).click();
    const register = page.getByRole('dialog');
    await expect.poll(() => register.getByRole('textbox', { name: '介质标签' }).inputValue()).toBe(`${setNumber}-1/3`);
    await register.getByRole('textbox', { name: '介质标签' }).fill(`${setNumber}-1/3 长期保存`);
    await register.getByRole('textbox', { name: '存放位置' }).fill('档案室 3 号柜 2 层');
    await register.getByRole('button', { name: '登记介质' }).click();
    await page.getByText('介质已登记').waitFor();
    await first.getByTestId('volume-label').getByText(`${setNumber}-1/3 长期保存`).waitFor();
    await first.getByTestId('volume-location').getByText('档案室 3 号柜 2 层').waitFor();

    // Read back from the medium: the same file matches.
    await first.getByRole('button', { name: '读取校验' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: '刻录后回读' }).waitFor();
    expect(await dialog.getByRole('radio', { name: '刻录后回读' }).isChecked()).toBe(true);
    await dialog.getByLabel('从介质读取的文件').setInputFiles(burnt);
    const result = dialog.getByTestId('readback-result');
    await result.getByText('校验一致：介质上的文件与本卷完全相同').waitFor();
    expect(await result.textContent()).toContain(shown);
    await dialog.getByRole('button', { name: '关闭' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const history = first.getByTestId('verification-history');
    await history.getByRole('row').filter({ hasText: '刻录后回读' }).getByText('一致').waitFor();
    await first.getByTestId('volume-last-verification').getByText('一致').waitFor();

    // A damaged copy (one byte flipped) is a mismatch, shown and kept.
    const damaged = Buffer.from(bytes);
    damaged[damaged.length >> 1]! ^= 0xff;
    await first.getByRole('button', { name: '读取校验' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: '年度复检' }).check();
    await dialog.getByLabel('从介质读取的文件').setInputFiles({
      name: `${setNumber}-1.zip`,
      mimeType: 'application/zip',
      buffer: damaged,
    });
    const mismatch = dialog.getByTestId('readback-result');
    await mismatch.getByText('校验不一致：介质上的文件与本卷不同，请重新刻录').waitFor();
    expect(await mismatch.textContent()).toContain(sha256Of(damaged));
    await screenshot(page, 'archivist-media-mismatch');
    await dialog.getByRole('button', { name: '关闭' }).click();
    await history.getByRole('row').filter({ hasText: '年度复检' }).getByText('不一致').waitFor();
    await first.getByTestId('volume-last-verification').getByText('不一致').waitFor();
    expect(ui.browser.errors).toEqual([]);

    // A year on, the medium is due for its re-check: listed, and the list leads back to the set.
    const em = ui.server.em();
    const volume = await em.findOneOrFail(MediaVolume, { sha256: shown });
    await em.nativeUpdate(MediaVolume, { id: volume.id }, { recheckDue: today(new Date(Date.now() - 86_400_000)) });
    expect(await ui.server.services.media.notifyDue(ui.server.em())).toEqual([volume.id]);
    // The archivist is told, and the notice opens the media due for re-check.
    await page.reload();
    await page.getByRole('button', { name: /^通知（[1-9]\d* 条未读）$/ }).click();
    await page.getByRole('menuitem', { name: new RegExp(`长期保存介质到期复检：.*${setNumber} 第 1 卷`) }).click();
    await page.waitForURL(/#\/mediaRechecks/);
    const due = page.getByRole('row').filter({ hasText: setNumber });
    await due.getByText('档案室 3 号柜 2 层').waitFor();
    await due.getByText(setNumber, { exact: true }).click();
    await page.getByTestId('media-set-number').getByText(setNumber).waitFor();
    await signOut(page);

    // A leader follows the register but neither fetches nor checks media.
    await enter(page, 'leader');
    await menuEntry(page, '长期保存介质').click();
    // The register sorts by its number, on the server, both ways.
    await page.getByRole('button', { name: '介质编号' }).click();
    await expect.poll(() => page.url()).toMatch(/sort=number/);
    await page.getByRole('row').filter({ hasText: setNumber }).waitFor();
    await page.getByRole('button', { name: '介质编号' }).click();
    await expect.poll(() => page.url()).toMatch(/order=(DESC|ASC)/);
    await page.getByRole('row').filter({ hasText: setNumber }).getByText('已制作').click();
    await page.getByTestId('media-volume').first().getByTestId('volume-sha256').getByText(shown).waitFor();
    expect(await page.getByRole('link', { name: /用于刻录/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '读取校验' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '登记介质' }).count()).toBe(0);
  }, 180_000);
});
