import { describe, expect, it, onTestFailed } from 'vitest';
import { AuditEvent } from '../../server/src/audit/audit-event.entity.js';
import { RetentionRule } from '../../server/src/archive/retention-rule.entity.js';
import { Procedure } from '../../server/src/cases/case.enums.js';
import { consoleUnderTest, enterAs, menuEntry, screenshot, signOut } from '../support/browser.js';

describe('the retention schedule (Art. 13–14): the archive edits a procedure’s rule', () => {
  const ui = consoleUnderTest();

  it('the archivist sets the transfer limit for "other" cases; a clerk only reads the schedule', async () => {
    const page = await ui.browser.newPage();
    onTestFailed(async () => {
      await screenshot(page, 'retention-schedule-failed');
      console.log(page.url(), ui.browser.errors, await page.locator('body').innerText());
    });
    await enterAs(ui.browser, page, 'archivist');
    await menuEntry(page, '保管期限表').click();
    const row = page.getByRole('row').filter({ hasText: '其他' }).first();
    await row.getByText('10年').waitFor();
    await row.click();
    const days = page.getByRole('spinbutton', { name: '移交期限（天）' });
    await days.fill('45');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('row').filter({ hasText: '其他' }).first().getByText('45').waitFor();
    await screenshot(page, 'archivist-retention-schedule');
    const rule = await ui.server.em().findOneOrFail(RetentionRule, { procedure: Procedure.OTHER });
    expect(rule.transferDays).toBe(45);
    expect(await ui.server.em().count(AuditEvent, { action: 'retention.setRule' })).toBe(1);
    await signOut(page);

    // The unit reads the schedule (its deadlines come from it) but cannot change it.
    await enterAs(ui.browser, page, 'zhzf.clerk');
    await menuEntry(page, '保管期限表').click();
    const clerkRow = page.getByRole('row').filter({ hasText: '其他' }).first();
    await clerkRow.getByText('45').waitFor();
    // A row is not a link for them: clicking it keeps the schedule open instead of a refused form.
    await clerkRow.click();
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/#\/retentionRules$/);
    await page.getByRole('spinbutton', { name: '移交期限（天）' }).waitFor({ state: 'detached' });
    await page.goto(`/#/retentionRules/OTHER`);
    await page.getByText('无权访问').waitFor();
  });
});
