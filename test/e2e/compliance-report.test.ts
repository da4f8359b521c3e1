import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AuditEvent } from '../../server/src/audit/audit-event.entity.js';
import { EnforcementStage, RecordKind } from '../../server/src/records/record.enums.js';
import { Unit } from '../../server/src/units/unit.entity.js';
import { User } from '../../server/src/users/user.entity.js';
import { buildCase, buildRecord } from '../factories.js';
import { consoleUnderTest, enterAs, menuEntry, screenshot, signOut } from '../support/browser.js';

describe('compliance reports (合规报告) in the console', () => {
  const ui = consoleUnderTest();

  it('an officer explains a stage without recording; the supervisor finds it in the report, drills down and exports it', async () => {
    const em = ui.server.em();
    const unit = await em.findOneOrFail(Unit, { code: 'ZHZF' });
    const officers = await em.find(User, { username: { $in: ['zhzf.officer1', 'zhzf.officer2'] } });
    officers.sort((a, b) => a.username.localeCompare(b.username));
    const c = await buildCase(em, { unit, officers, cause: '无照经营食品' });
    const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000);
    await buildRecord(em, c, {
      title: '现场检查笔录',
      stage: EnforcementStage.ON_SITE_INSPECTION,
      capturedFrom: tenDaysAgo,
      officer: officers[0],
    });
    // A photo of the inquiry taken without telling the party (Art. 8), uploaded in time.
    const photo = await buildRecord(em, c, {
      kind: RecordKind.PHOTO,
      title: '询问现场照片',
      stage: EnforcementStage.INQUIRY,
      capturedFrom: tenDaysAgo,
      partyNotified: false,
      officer: officers[1],
    });
    await em.execute('update record set created_at = ? where id = ?', [
      new Date(tenDaysAgo.getTime() + 3_600_000),
      photo.id,
    ]);

    // The handling officer sees the gap on the case's page and explains it.
    const page = await ui.browser.newPage();
    await enterAs(ui.browser, page, 'zhzf.officer1');
    await page.goto(`/#/cases/${c.id}/show`);
    const gaps = page.getByTestId('recording-gaps');
    await expect.poll(() => gaps.textContent()).toContain('现场检查');
    await expect.poll(() => gaps.textContent()).toContain('未说明');
    await gaps.getByRole('button', { name: '填写说明' }).click();
    const dialog = page.getByRole('dialog');
    const explanation = '执法记录仪当日故障送修，已以照片和现场笔录记录检查过程';
    await dialog.getByRole('textbox', { name: '书面说明' }).fill(explanation);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => gaps.textContent()).toContain(explanation);
    await expect.poll(() => gaps.getByRole('button', { name: '补充说明' }).count()).toBe(1);
    await screenshot(page, 'officer-explains-gap');
    await signOut(page);

    // The supervisor sees the figures on the home page and opens the report from the menu.
    await enterAs(ui.browser, page, 'supervisor');
    await expect.poll(() => page.getByRole('heading', { name: /合规概况/ }).count()).toBe(1);
    await expect
      .poll(async () => Number(await page.getByTestId('compliance-count-MISSING_RECORDING').first().textContent()))
      .toBeGreaterThanOrEqual(1);
    await screenshot(page, 'supervisor-dashboard-compliance');
    await menuEntry(page, '合规报告').click();
    await expect.poll(() => page.getByTestId('compliance-trend').locator('svg').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('compliance-officers').locator('tbody tr').count()).toBeGreaterThan(0);

    // A click on a figure narrows the list to that kind: the case is there with the explanation.
    await page
      .getByTestId('compliance-figures')
      .getByRole('button', { name: /应录未录/ })
      .click();
    const row = page.locator('tbody tr', { hasText: c.number });
    await expect.poll(() => row.count()).toBe(1);
    await expect.poll(() => row.textContent()).toContain(explanation);
    await expect.poll(() => row.textContent()).toContain('现场检查环节有 1 份文字记录，无录音录像');
    await expect.poll(() => page.locator('tbody tr', { hasText: '询问现场照片' }).count()).toBe(0);
    await screenshot(page, 'supervisor-compliance-report');

    // The other figure: the photo without the notice, by the second officer.
    await page
      .getByTestId('compliance-figures')
      .getByRole('button', { name: /未告知当事人/ })
      .click();
    const photoRow = page.locator('tbody tr', { hasText: '询问现场照片' });
    await expect.poll(() => photoRow.count()).toBe(1);
    await expect.poll(() => photoRow.textContent()).toContain(officers[1].displayName);

    // The export is exactly what the page shows, and it is audited.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '导出 CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^compliance-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('类型,时间,单位,人员,案件,记录,情况,书面说明');
    expect(lines.filter((l) => l.includes(c.number))).toHaveLength(1);
    expect(lines.every((l, i) => i === 0 || l.startsWith('未告知当事人,'))).toBe(true);
    const pdfHref = await page.getByRole('link', { name: '打印 PDF' }).getAttribute('href');
    expect(pdfHref).toContain('kinds=NO_NOTICE');
    const pdf = await page.request.get(pdfHref!);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const exports = await ui.server.em().find(AuditEvent, { action: 'compliance.export' }, { orderBy: { id: 'asc' } });
    expect(exports.map((e) => e.details.format)).toEqual(['csv', 'pdf']);
    expect(ui.browser.errors).toEqual([]);
    await signOut(page);
  });

  it('is not offered to an officer', async () => {
    const page = await ui.browser.newPage();
    await enterAs(ui.browser, page, 'zhzf.officer1');
    expect(await menuEntry(page, '合规报告').count()).toBe(0);
    expect(await page.getByRole('heading', { name: /合规概况/ }).count()).toBe(0);
    await signOut(page);
  });
});
