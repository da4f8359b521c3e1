import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileAccess } from '../../server/src/files/file-access.entity.js';
import { StoredFile } from '../../server/src/files/stored-file.entity.js';
import { RecordVersion } from '../../server/src/records/record-version.entity.js';
import { EnforcementRecord } from '../../server/src/records/record.entity.js';
import { RecordKind } from '../../server/src/records/record.enums.js';
import { consoleUnderTest, screenshot, signIn } from '../support/browser.js';
import { login } from '../support/graphql.js';
import { digestsOf, pdf } from '../support/media.js';
import { DEMO_PASSWORD } from '../support/server.js';
import { tusClient } from '../support/tus.js';
import { demoCase } from '../support/upload.js';

describe('a new file version of a text record (Art. 21)', () => {
  const ui = consoleUnderTest();

  it('the officer uploads a clearer scan with a reason; the record shows the new file, keeps the old and opens it from the history', async () => {
    const c = await demoCase(ui.server, { cause: '价格违法', partyName: '孙八' });
    const client = tusClient(ui.server.url, await login(ui.server.url, 'zhzf.officer1', DEMO_PASSWORD));
    const first = fs.readFileSync(pdf());
    const { res } = await client.upload(new Uint8Array(first), {
      caseId: c.id,
      kind: RecordKind.SERVICE_RECEIPT,
      filename: '送达回证.pdf',
      title: '送达回证（扫描件）',
    });
    const recordId = res.headers.get('x-record-id')!;
    const clearer = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'er-v2-')), '送达回证-清晰版.pdf');
    fs.writeFileSync(clearer, Buffer.concat([first, randomBytes(4096)]));

    const page = await ui.browser.newPage();
    await signIn(page, 'zhzf.officer1', DEMO_PASSWORD);
    await page.getByRole('heading', { name: '我的工作' }).waitFor();
    await page.goto(`/#/records/${recordId}/show`);
    await page.getByRole('heading', { name: '记录信息' }).waitFor();
    await page.getByRole('button', { name: '上传新版本' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[type=file]').setInputFiles(clearer);
    await dialog.getByTestId('new-version-file').getByText('送达回证-清晰版.pdf').waitFor();
    await dialog.getByRole('textbox', { name: '理由' }).fill('原扫描件字迹不清，重新扫描');
    await screenshot(page, 'officer-new-file-version');
    await dialog.getByRole('button', { name: '上传' }).click();
    await page.getByText('新版本已上传').waitFor();
    await page.getByText(digestsOf(clearer).sha256).waitFor();

    const em = ui.server.em();
    const record = await em.findOneOrFail(EnforcementRecord, { id: recordId });
    expect(record.version).toBe(2);
    const stored = await em.findOneOrFail(StoredFile, { id: record.fileId! });
    expect(stored.sha256).toBe(digestsOf(clearer).sha256);
    const versions = await em.find(RecordVersion, { record: recordId }, { orderBy: { version: 'asc' } });
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions[1]!.reason).toBe('原扫描件字迹不清，重新扫描');
    // The first file is still stored, under its own hash.
    const old = await em.findOneOrFail(StoredFile, { id: versions[0]!.fileId! });
    expect(old.sha256).toBe(digestsOf(pdf()).sha256);

    // …and the officer opens and saves it again from the version history.
    const history = page.getByTestId('record-history');
    await history.getByRole('row').filter({ hasText: '原扫描件字迹不清' }).waitFor();
    const firstRow = history
      .getByRole('row')
      .filter({ hasNotText: '原扫描件字迹不清' })
      .filter({ hasText: '送达回证（扫描件）' });
    // react-admin hides the row's expand button from the accessibility tree (aria-hidden), so it is found by its label.
    await firstRow.locator('[aria-label="展开"]').click();
    const panel = history.getByTestId('version-file');
    await panel.getByText('第 1 版的文件：送达回证.pdf').waitFor();
    await panel.getByRole('button', { name: '查看文件' }).click();
    const player = panel.getByTestId('file-player');
    await player.waitFor();
    // What the page shows is the first file's bytes, served to this viewer.
    const shownSha256 = await player.locator('iframe').evaluate(async (frame) => {
      const src = (frame as unknown as { src: string }).src;
      const bytes = await (await fetch(src, { credentials: 'same-origin' })).arrayBuffer();
      const digest = await crypto.subtle.digest('SHA-256', bytes);
      return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
    });
    expect(shownSha256).toBe(old.sha256);
    // Saving needs a download right (a grant); the officer has none, here as for the present file.
    expect(await panel.getByRole('button', { name: '下载' }).count()).toBe(0);
    await screenshot(page, 'officer-earlier-file-version');
    const opened = await em.find(FileAccess, { record: recordId, version: 1 }, { populate: ['file'] });
    expect(opened.map((a) => [a.mode, a.file.sha256])).toEqual([['VIEW', old.sha256]]);
    expect(ui.browser.errors).toEqual([]);
  });
});
