import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuditEvent } from '../../server/src/audit/audit-event.entity.js';
import { StoredFile } from '../../server/src/files/stored-file.entity.js';
import { Upload, UploadStatus } from '../../server/src/files/upload.entity.js';
import { EnforcementRecord } from '../../server/src/records/record.entity.js';
import { User } from '../../server/src/users/user.entity.js';
import { addDays, today } from '../../server/src/common/dates.js';
import { DeviceCheckout } from '../../server/src/devices/checkout.entity.js';
import { Device } from '../../server/src/devices/device.entity.js';
import { DeviceKind } from '../../server/src/devices/device.enums.js';
import { gql, login } from '../support/graphql.js';
import { consoleUnderTest, screenshot, signIn } from '../support/browser.js';
import { digestsOf, jpeg, mp4, pdf } from '../support/media.js';
import { DEMO_PASSWORD } from '../support/server.js';
import { choose, demoCase, fillRecordingFacts, mediaState, storedUploads, uploadRow } from '../support/upload.js';

describe('an officer uploads evidence in the console', () => {
  const ui = consoleUnderTest();

  it('uploads a video and a photo at once, then plays the video and shows the photo under a watermark', async () => {
    const c = await demoCase(ui.server, { cause: '销售过期食品', partyName: '李明' });
    const video = mp4();
    const photo = jpeg();
    const page = await ui.browser.newPage();
    await signIn(page, 'zhzf.officer1', DEMO_PASSWORD);

    await page.getByRole('menuitem', { name: '上传证据', exact: true }).click();
    await page.getByText('一次可拖入多个文件').waitFor();
    const caseBox = page.getByRole('combobox', { name: '所属案件' });
    await caseBox.fill('李明');
    await page.getByRole('option', { name: new RegExp(c.number.replace(/[〔〕]/g, '.')) }).click();
    await expect.poll(() => caseBox.inputValue()).toContain('销售过期食品');
    await choose(page, '执法环节', '现场检查');
    await page.getByRole('combobox', { name: '记录人' }).getByText('吴浩（zhzf.officer1）').waitFor();
    // Half an hour entered for the files of a card: a two-second clip fits in it, with no warning.
    await fillRecordingFacts(page, { from: '2026-11-20T09:30', to: '2026-11-20T10:01', device: 'ZFJLY-023' });

    await page.getByLabel('选择文件').setInputFiles([video, photo]);
    const videoRow = uploadRow(page, path.basename(video));
    const photoRow = uploadRow(page, path.basename(photo));
    await expect.poll(() => videoRow.getByRole('combobox', { name: '记录类型' }).textContent()).toBe('录像');
    await expect.poll(() => photoRow.getByRole('combobox', { name: '记录类型' }).textContent()).toBe('照片');
    await videoRow.getByRole('textbox', { name: '标题' }).fill('现场检查执法记录仪录像');
    await screenshot(page, 'officer-upload-form');
    await page.getByRole('button', { name: '开始上传' }).click();

    const videoLink = videoRow.getByRole('link', { name: '查看记录：现场检查执法记录仪录像' });
    await videoLink.waitFor();
    await photoRow.getByRole('link', { name: `查看记录：${path.basename(photo, '.jpg')}` }).waitFor();
    await expect(videoRow.getByTestId('upload-progress').textContent()).resolves.toMatch(/^上传完成 · 100%/);
    await screenshot(page, 'officer-upload-done');

    await videoLink.click();
    await page.getByRole('heading', { name: '记录信息' }).waitFor();
    const { sha256, sm3 } = digestsOf(video);
    await page.getByText(sha256).waitFor();
    await page.getByText(sm3).waitFor();
    await page.getByText('video/mp4').waitFor();
    expect(await page.getByText('时长超出采集时段').count()).toBe(0);
    expect(await page.getByText('设备时间与录制时间不符').count()).toBe(0);
    expect(await page.getByText('设备未登记', { exact: true }).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: '播放' }).click();
    const player = page.getByTestId('file-player');
    const videoElement = player.locator('video');
    await expect.poll(mediaState(page, 'readyState')).toBeGreaterThanOrEqual(2);
    // The player's own play control, from the keyboard (the native controls live in a closed shadow root).
    await videoElement.focus();
    await page.keyboard.press('Space');
    await expect.poll(mediaState(page, 'currentTime')).toBeGreaterThan(0);
    await expect(player.getByTestId('watermark').textContent()).resolves.toContain('吴浩 (zhzf.officer1)');
    expect(await page.getByRole('button', { name: '下载' }).count()).toBe(0);
    await screenshot(page, 'officer-upload-playing');

    // The list of uploads outlives leaving the page: back on it, the photo's link leads to its record.
    await page.goBack();
    await photoRow.getByRole('link', { name: `查看记录：${path.basename(photo, '.jpg')}` }).click();
    await page.getByText('image/jpeg').waitFor();
    expect(await page.getByText('时长超出采集时段').count()).toBe(0);
    await page.getByRole('button', { name: '查看文件' }).click();
    const image = page.getByTestId('file-player').getByRole('img', { name: path.basename(photo) });
    await expect
      .poll(() => image.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth))
      .toBe(640);
    await expect(page.getByTestId('watermark').textContent()).resolves.toContain('吴浩 (zhzf.officer1)');

    const em = ui.server.em();
    const records = await em.find(EnforcementRecord, { case: c.id }, { orderBy: { kind: 'asc' } });
    const officer = await em.findOneOrFail(User, { username: 'zhzf.officer1' });
    expect(records.map((r) => [r.kind, r.title, r.officer?.id, r.partyNotified, r.deviceNumber])).toEqual([
      ['PHOTO', path.basename(photo, '.jpg'), officer.id, true, 'ZFJLY-023'],
      ['VIDEO', '现场检查执法记录仪录像', officer.id, true, 'ZFJLY-023'],
    ]);
    const stored = await em.findOneOrFail(StoredFile, { id: records[1]!.fileId! });
    expect(stored.sha256).toBe(sha256);
    const views = await em.find(AuditEvent, { action: 'record.view', actorId: officer.id });
    expect(views.map((e) => e.subjectId).sort()).toEqual(records.map((r) => r.id).sort());
    expect(ui.browser.errors).toEqual([]);
  });

  it('offers the devices the recording officer checked out on the capture day, and links the record to that checkout', async () => {
    const c = await demoCase(ui.server, { cause: '虚假宣传', partyName: '赵六' });
    const em = ui.server.em();
    const officer = await em.findOneOrFail(User, { username: 'zhzf.officer1' }, { populate: ['unit'] });
    const day = addDays(today(), -1);
    const device = em.create(Device, {
      number: 'ZHZF-DSJ-088',
      kind: DeviceKind.BODY_CAMERA,
      model: 'DSJ-V9',
      serial: 'SN088',
      unit: officer.unit,
    });
    const checkout = em.create(DeviceCheckout, {
      device,
      officer,
      day,
      batteryPercent: 95,
      freeStorageGb: 60,
      clockCorrect: true,
      checkPassed: true,
    });
    await em.flush();

    await ui.browser.context.clearCookies();
    const page = await ui.browser.newPage();
    await signIn(page, 'zhzf.officer1', DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: '上传证据', exact: true }).click();
    const caseBox = page.getByRole('combobox', { name: '所属案件' });
    await caseBox.fill('赵六');
    await page.getByRole('option', { name: new RegExp(c.number.replace(/[〔〕]/g, '.')) }).click();
    await page.getByRole('combobox', { name: '记录人' }).getByText('吴浩（zhzf.officer1）').waitFor();
    await page.getByLabel('采集开始时间').fill(`${day}T10:00`);
    await page.getByLabel('采集结束时间').fill(`${day}T10:01`);
    await page.getByText('记录人当天领用的设备（点选填入）：').waitFor();
    await page.getByRole('button', { name: 'ZHZF-DSJ-088' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: '执法记录设备编号' }).inputValue()).toBe('ZHZF-DSJ-088');
    await page.getByRole('group', { name: '已告知当事人正在录音录像' }).getByRole('radio', { name: '是' }).check();
    // Another day: no checkout to offer.
    await page.getByLabel('采集开始时间').fill(`${addDays(day, -3)}T10:00`);
    await page.getByText('记录人当天没有领用设备的登记').waitFor();
    await page.getByLabel('采集开始时间').fill(`${day}T10:00`);
    await page.getByRole('button', { name: 'ZHZF-DSJ-088' }).waitFor();
    await screenshot(page, 'officer-upload-held-devices');

    const video = mp4();
    await page.getByLabel('选择文件').setInputFiles(video);
    await page.getByRole('button', { name: '开始上传' }).click();
    const link = uploadRow(page, path.basename(video)).getByRole('link', { name: /^查看记录：/ });
    await link.waitFor();
    const record = await em.fork().findOneOrFail(EnforcementRecord, { case: c.id });
    expect(record.deviceNumber).toBe('ZHZF-DSJ-088');
    await link.click();
    await page.getByRole('heading', { name: '记录信息' }).waitFor();
    await page.getByText('video/mp4').waitFor();
    for (const flag of ['设备未登记', '记录人当天未领用该设备']) expect(await page.getByText(flag).count()).toBe(0);
    const facts = await gql(
      ui.server.url,
      'query($id: ID!) { record(id: $id) { captureFlags deviceCheckout { id } } }',
      { id: record.id },
      await login(ui.server.url, 'zhzf.officer1', DEMO_PASSWORD),
    );
    expect(facts.data!.record.deviceCheckout).toEqual({ id: checkout.id });
    expect(facts.data!.record.captureFlags).not.toContain('DEVICE_NOT_HELD');
    expect(ui.browser.errors).toEqual([]);
  });

  it('shows the server refusal in Chinese when a PDF is uploaded as a video', async () => {
    const c = await demoCase(ui.server, { cause: '无照经营', partyName: '王强' });
    await ui.browser.context.clearCookies();
    const page = await ui.browser.newPage();
    await signIn(page, 'zhzf.officer1', DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: '案件', exact: true }).click();
    await page.getByRole('cell', { name: c.number }).click();
    await page.getByRole('heading', { name: '案件信息' }).waitFor();
    await page.getByRole('link', { name: '上传证据' }).click();
    await expect.poll(() => page.getByRole('combobox', { name: '所属案件' }).inputValue()).toContain('无照经营');
    await page.getByRole('combobox', { name: '记录类型' }).getByText('录像').waitFor();
    await fillRecordingFacts(page, { from: '2026-11-21T14:00', to: '2026-11-21T14:20', device: 'ZFJLY-023' });

    await page.getByLabel('选择文件').setInputFiles(pdf());
    const row = uploadRow(page, 'doc.pdf');
    await expect.poll(() => row.getByRole('combobox', { name: '记录类型' }).textContent()).toBe('录像');
    await page.getByRole('button', { name: '开始上传' }).click();

    const refusal = row.getByTestId('upload-refusal');
    await refusal.getByText('服务器拒收：文件内容与记录类型不符').waitFor();
    await expect(refusal.textContent()).resolves.toContain('“录像”只接受视频文件');
    await expect(refusal.textContent()).resolves.toContain('本文件实为：application/pdf');
    await screenshot(page, 'officer-upload-refused');

    const em = ui.server.em();
    const upload = await em.findOneOrFail(Upload, { case: c.id });
    expect(upload.status).toBe(UploadStatus.REJECTED);
    expect(await em.count(EnforcementRecord, { case: c.id })).toBe(0);
    expect(await storedUploads(page)).toEqual([]);
  });
});
