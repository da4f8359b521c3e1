import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoredFile } from '../../server/src/files/stored-file.entity.js';
import { Upload, UploadStatus } from '../../server/src/files/upload.entity.js';
import { EnforcementRecord } from '../../server/src/records/record.entity.js';
import { consoleUnderTest, screenshot, signIn } from '../support/browser.js';
import { digestsOf, wav } from '../support/media.js';
import { DEMO_PASSWORD } from '../support/server.js';
import { choose, demoCase, fillRecordingFacts, storedUploads, uploadRow } from '../support/upload.js';

describe('an upload survives a network drop and a page reload', () => {
  const ui = consoleUnderTest();

  it('resumes the earlier upload where the server stopped when the same file is added after a reload', async () => {
    const c = await demoCase(ui.server, { cause: '未按规定公示价格', partyName: '赵丽' });
    // Two minutes of WAV (about 10 MB): more than one 8 MiB tus chunk, so the drop falls mid-file.
    const audio = wav(120);
    const name = path.basename(audio);
    const page = await ui.browser.newPage();
    await signIn(page, 'zhzf.officer1', DEMO_PASSWORD);
    await page.getByRole('heading', { name: '本单位案件（综合执法大队）' }).waitFor();
    await page.goto(`/#/uploads/create?caseId=${c.id}`);
    await expect.poll(() => page.getByRole('combobox', { name: '所属案件' }).inputValue()).toContain('赵丽');
    await choose(page, '记录类型', '录音');
    await choose(page, '执法环节', '调查询问');
    await fillRecordingFacts(page, { from: '2026-11-22T09:00', to: '2026-11-22T09:02', device: 'LYB-007' });
    await page.getByLabel('选择文件').setInputFiles(audio);
    await uploadRow(page, name).getByRole('textbox', { name: '标题' }).fill('询问赵丽录音');

    // The network drops after the first piece: every later PATCH fails as if the cable were pulled.
    await page.route('**/files/*', (route) =>
      route.request().method() === 'PATCH' && route.request().headers()['upload-offset'] !== '0'
        ? route.abort('internetdisconnected')
        : route.continue(),
    );
    await page.getByRole('button', { name: '开始上传' }).click();
    const before = uploadRow(page, name);
    await before.getByText(/网络中断/).waitFor();
    await screenshot(page, 'upload-interrupted');
    await before.getByRole('button', { name: '暂停' }).click();
    await expect(before.getByTestId('upload-progress').textContent()).resolves.toMatch(
      /^已暂停 · 79% · 8\.0 MB \/ 10 MB/,
    );
    await before.getByRole('button', { name: '继续' }).click();
    await before.getByText(/网络中断/).waitFor();
    expect(await storedUploads(page)).toHaveLength(1);

    await page.unroute('**/files/*');
    await page.reload();
    const unfinished = page.getByTestId('unfinished-uploads');
    await unfinished.getByText('此浏览器中有 1 个未完成的上传').waitFor();
    await unfinished.getByText(`${name}（询问赵丽录音`).waitFor();

    await page.getByLabel('选择文件').setInputFiles(audio);
    const row = uploadRow(page, name);
    await row
      .getByTestId('upload-resumed')
      .getByText(/^已恢复此前中断的上传（开始于 .+），从 79% 处继续/)
      .waitFor();
    await row.getByTestId('upload-resumed').getByText(`；案件：${c.number}`).waitFor();
    await row.getByRole('link', { name: '查看记录：询问赵丽录音' }).waitFor();
    await expect(unfinished.count()).resolves.toBe(0);
    expect(await storedUploads(page)).toEqual([]);
    await screenshot(page, 'upload-resumed');

    const em = ui.server.em();
    const uploads = await em.find(Upload, { case: c.id });
    expect(uploads.map((u) => [u.fileName, u.status])).toEqual([[name, UploadStatus.COMPLETED]]);
    const record = await em.findOneOrFail(EnforcementRecord, { case: c.id });
    expect([record.kind, record.title, record.stage, record.deviceNumber]).toEqual([
      'AUDIO',
      '询问赵丽录音',
      'INQUIRY',
      'LYB-007',
    ]);
    const stored = await em.findOneOrFail(StoredFile, { id: record.fileId! });
    expect(stored.sha256).toBe(digestsOf(audio).sha256);
    expect(ui.browser.errors).toEqual([]);
  });
});
