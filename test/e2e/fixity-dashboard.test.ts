import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FixityTrigger } from '../../server/src/files/fixity-check.entity.js';
import { StoredFile } from '../../server/src/files/stored-file.entity.js';
import { EnforcementRecord } from '../../server/src/records/record.entity.js';
import { RecordKind } from '../../server/src/records/record.enums.js';
import { consoleUnderTest, screenshot, signIn, signOut } from '../support/browser.js';
import { login } from '../support/graphql.js';
import { pdf } from '../support/media.js';
import { DEMO_PASSWORD } from '../support/server.js';
import { tusClient } from '../support/tus.js';
import { demoCase } from '../support/upload.js';
import { rawStore } from '../support/store.js';

describe('storage fixity on the dashboard', () => {
  const ui = consoleUnderTest();

  it('shows a changed file to the information centre as a count and to a leader as the record it belongs to', async () => {
    const c = await demoCase(ui.server, { cause: '商标侵权', partyName: '钱七' });
    const client = tusClient(ui.server.url, await login(ui.server.url, 'zhzf.officer1', DEMO_PASSWORD));
    const { res } = await client.upload(new Uint8Array(fs.readFileSync(pdf())), {
      caseId: c.id,
      kind: RecordKind.OTHER_TEXT,
      filename: '检查笔录.pdf',
      title: '现场检查笔录（扫描件）',
    });
    const recordId = res.headers.get('x-record-id')!;
    const em = ui.server.em();
    const record = await em.findOneOrFail(EnforcementRecord, { id: recordId });
    const stored = await em.findOneOrFail(StoredFile, { id: record.fileId! });
    // Someone with disk access changes one byte behind the application's back; the scheduled check finds it.
    const raw = rawStore(ui.server.services.intake.store);
    const bytes = await raw.read(stored.sha256);
    bytes[bytes.length - 10]! ^= 0x01;
    await raw.write(stored.sha256, bytes);
    const report = await ui.server.services.fixity.checkAll(ui.server.em(), null, FixityTrigger.MANUAL);
    expect(report.failures.map((f) => f.sha256)).toEqual([stored.sha256]);

    const page = await ui.browser.newPage();
    await signIn(page, 'infocenter', DEMO_PASSWORD);
    await page.getByRole('heading', { name: '存储完整性（定期哈希校验）' }).waitFor();
    await expect.poll(() => page.getByTestId('fixity-failed').textContent()).toBe('1');
    expect(Number(await page.getByTestId('fixity-files').textContent())).toBeGreaterThanOrEqual(1);
    await page.getByText(/^最近一次校验：/).waitFor();
    await screenshot(page, 'infocenter-fixity');
    await signOut(page);

    await signIn(page, 'leader', DEMO_PASSWORD);
    await page.getByRole('heading', { name: '存储完整性（定期哈希校验）' }).waitFor();
    const failed = page.getByTestId('stat-er.dashboard.fixity.failed_records');
    await expect.poll(() => failed.textContent()).toBe('1');
    await failed.click();
    await page.getByRole('cell', { name: '现场检查笔录（扫描件）' }).waitFor();
    await signOut(page);

    await signIn(page, 'zhzf.officer1', DEMO_PASSWORD);
    await page.getByRole('heading', { name: '我的工作' }).waitFor();
    expect(await page.getByRole('heading', { name: '存储完整性（定期哈希校验）' }).count()).toBe(0);
    expect(ui.browser.errors).toEqual([]);
  });
});
