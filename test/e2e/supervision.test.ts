import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AuditEvent } from '../../server/src/audit/audit-event.entity.js';
import { EnforcementRecord } from '../../server/src/records/record.entity.js';
import { Unit } from '../../server/src/units/unit.entity.js';
import { User } from '../../server/src/users/user.entity.js';
import { buildCase, buildRecord } from '../factories.js';
import { consoleUnderTest, screenshot, signIn, signOut } from '../support/browser.js';
import { DEMO_PASSWORD } from '../support/server.js';
import { appendSealed, sealAll } from '../support/audit.js';

const menuEntry = (page: Page, name: string) => page.getByRole('menuitem', { name, exact: true });

describe('supervisor (执法监督) in the console', () => {
  const ui = consoleUnderTest();

  it('filters the trail by a record and exports exactly those events, with their hashes, as CSV', async () => {
    const em = ui.server.em();
    const unit = await em.findOneOrFail(Unit, { code: 'ZHZF' });
    const officers = await em.find(User, { username: { $in: ['zhzf.officer1', 'zhzf.officer2'] } });
    const c = await buildCase(em, { unit, officers });
    const record = await buildRecord(em, c, { title: '现场检查录像说明' });
    const other = await buildRecord(em, c, { title: '询问笔录' });
    const actor = { id: officers[0].id, username: officers[0].username, clientAddress: '10.0.0.8' };
    const audit = ui.server.services.audit;
    const mine = [
      (
        await appendSealed(ui.server, actor, {
          action: 'record.view',
          subjectType: 'Record',
          subjectId: record.id,
        })
      ).seq,
      (
        await appendSealed(ui.server, actor, {
          action: 'upload.finish',
          subjectType: 'Upload',
          subjectId: 'e2e-upload',
          details: { recordId: record.id, fileName: '现场.mp4' },
        })
      ).seq,
    ];
    await audit.append(ui.server.em(), actor, { action: 'record.view', subjectType: 'Record', subjectId: other.id });

    await ui.browser.context.clearCookies();
    const page = await ui.browser.newPage();
    await signIn(page, 'supervisor', DEMO_PASSWORD);
    await menuEntry(page, '审计日志').click();
    await page.getByRole('button', { name: '添加筛选' }).click();
    await page.getByRole('menuitemcheckbox', { name: '执法记录 ID' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('textbox', { name: '执法记录 ID' }).fill(record.id);
    await expect
      .poll(async () => (await page.locator('tbody tr td:nth-child(1)').allTextContents()).map(Number))
      .toEqual([...mine].reverse());
    await screenshot(page, 'supervisor-trail-by-record');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^audit-\d+\.csv$/);
    const text = fs.readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFFseq,at,actor_id')).toBe(true);
    const rows = text.trim().split('\r\n').slice(1);
    const events = await ui.server.em().find(AuditEvent, { seq: { $in: mine } }, { orderBy: { seq: 'asc' } });
    expect(rows).toHaveLength(2);
    rows.forEach((row, i) => {
      expect(row.startsWith(`${events[i].seq},${events[i].at.toISOString()},`)).toBe(true);
      expect(row.endsWith(`,${events[i].prevHash},${events[i].hash}`)).toBe(true);
    });
    expect(rows[1]).toContain('现场.mp4');
    // The export itself went into the trail, with the filter it used.
    const [exported] = await ui.server
      .em()
      .find(AuditEvent, { action: 'auditEvents.export' }, { orderBy: { id: 'desc' }, limit: 1 });
    expect(exported.details).toMatchObject({ filter: { recordId: record.id } });
    expect(ui.browser.errors).toEqual([]);
    await signOut(page);
  });

  it('registers a violation with evidence links, corrects it with a reason, and sees both versions', async () => {
    await sealAll(ui.server);
    const [event] = await ui.server
      .em()
      .find(AuditEvent, { seq: { $ne: null } }, { orderBy: { seq: 'desc' }, limit: 1 });
    const [viewed] = await ui.server.em().find(AuditEvent, { action: 'record.view' }, { limit: 1 });
    const recordId = viewed.subjectId!;
    // A record the supervisor may read is named by its title.
    const { title } = await ui.server.em().findOneOrFail(EnforcementRecord, { id: recordId });
    await ui.browser.context.clearCookies();
    const page = await ui.browser.newPage();
    await signIn(page, 'supervisor', DEMO_PASSWORD);
    await menuEntry(page, '责任追究登记').click();
    await page.getByRole('link', { name: '登记' }).click();

    await page.getByRole('combobox', { name: '违规情形' }).click();
    await page.getByRole('option', { name: /（二）故意损毁/ }).click();
    const person = page.getByRole('combobox', { name: '责任人' });
    await person.click();
    await person.fill('吴浩');
    await page.getByRole('option', { name: /吴浩/ }).click();
    await page.getByLabel('发生日期').fill('2026-11-02');
    await page.getByRole('textbox', { name: '认定事实' }).fill('删除了现场检查录像的片段');
    const links = [
      ['审计事件（序号）', String(event.seq)],
      ['执法记录', recordId],
    ];
    for (const [i, [kind, ref]] of links.entries()) {
      await page.locator('.button-add').click();
      await page.getByRole('combobox', { name: '证据类型' }).nth(i).click();
      await page.getByRole('option', { name: kind }).click();
      await page.getByRole('textbox', { name: '编号' }).nth(i).fill(ref);
    }
    await page.getByRole('button', { name: '保存' }).click();

    await page.getByText('删除了现场检查录像的片段').first().waitFor();
    await page.getByRole('link', { name: `审计事件（序号） #${event.seq}` }).waitFor();
    await page.getByRole('link', { name: `执法记录 ${title}` }).waitFor();
    await page.getByText('待处理').first().waitFor();

    await page.getByRole('button', { name: '更正', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: '处理结果' }).click();
    await page.getByRole('option', { name: '批评教育' }).click();
    await dialog.getByRole('button', { name: '更正', exact: true }).click();
    await dialog.getByText('必填').first().waitFor(); // the reason is required
    await dialog.getByRole('textbox', { name: '更正理由' }).fill('经研究，情节轻微，予以批评教育');
    await dialog.getByRole('button', { name: '更正', exact: true }).click();
    await page.getByText('已更正，现为第 2 版').waitFor();

    const versions = page.locator('tbody tr');
    await expect.poll(() => versions.count()).toBe(2);
    await page.getByRole('cell', { name: '经研究，情节轻微，予以批评教育' }).waitFor();
    const rows = await versions.allTextContents();
    expect(rows[0]).toContain('批评教育');
    expect(rows[1]).toContain('待处理');
    await screenshot(page, 'supervisor-violation-versions');
    const entries = await ui.server
      .em()
      .find(AuditEvent, { action: { $like: 'violation.%' } }, { orderBy: { id: 'asc' } });
    expect(entries.map((e) => e.action)).toEqual(['violation.register', 'violation.correct']);

    // A record named as evidence opens, for the supervisor, the trail of that record.
    await page
      .getByRole('link', { name: `执法记录 ${title}` })
      .first()
      .click();
    await expect.poll(() => page.getByRole('textbox', { name: '执法记录 ID' }).inputValue()).toBe(recordId);
    const about = await ui.server.em().count(AuditEvent, { subjectType: 'Record', subjectId: recordId });
    await expect.poll(() => page.locator('tbody tr').count()).toBeGreaterThanOrEqual(about);
    expect(ui.browser.errors).toEqual([]);
    await signOut(page);
  });

  it('verifies the audit chain from the trail page, sees a row changed behind the system’s back, and prints the checkpoints', async () => {
    await sealAll(ui.server);
    // Today's events get their signed checkpoint (the daily job signs each day after midnight).
    await ui.server.services.checkpoints.signDaysBefore(ui.server.em(), new Date(Date.now() + 86_400_000));
    await ui.browser.context.clearCookies();
    const page = await ui.browser.newPage();
    await signIn(page, 'supervisor', DEMO_PASSWORD);
    await menuEntry(page, '审计日志').click();
    await page.getByRole('button', { name: '校验审计链' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/^完好：已校验 \d+ 条事件/).waitFor();
    await dialog.getByRole('table', { name: /每日签名检查点/ }).waitFor();

    // Someone with database access changes an event: the next verification names it.
    const em = ui.server.em();
    const victim = await em.findOneOrFail(AuditEvent, { seq: { $ne: null } }, { orderBy: { seq: 'asc' } });
    const original = JSON.stringify(victim.details);
    await em.execute('alter table audit_event disable trigger user');
    try {
      await em.execute(`update audit_event set details = '{"changed": true}' where seq = ?`, [victim.seq]);
      await dialog.getByRole('button', { name: '重新校验' }).click();
      await dialog.getByText(/^发现 \d+ 处问题/).waitFor();
      const row = dialog
        .getByRole('table', { name: '哈希链问题' })
        .getByRole('row')
        .filter({ hasText: `#${victim.seq}` });
      await row.getByText('内容被改动（哈希不符）').waitFor();
      await screenshot(page, 'supervisor-chain-broken');

      // The printable page carries the result, the checkpoints and the public key.
      // The print dialog itself is the browser's; the page under test is what the window holds.
      await page.evaluate(`{
        const open = window.open.bind(window);
        window.open = (...args) => {
          const win = open(...args);
          if (win) win.print = () => undefined;
          return win;
        };
      }`);
      const popup = page.waitForEvent('popup');
      await dialog.getByRole('button', { name: '打印检查点' }).click();
      const printed = await (await popup).content();
      expect(printed).toContain('审计链校验结果与每日签名检查点');
      expect(printed).toMatch(/结论：发现 \d+ 处问题/);
      expect(printed).toContain('BEGIN PUBLIC KEY');
      expect(printed).toContain(new Date().toISOString().slice(0, 10));
    } finally {
      await em.execute('update audit_event set details = ?::jsonb where seq = ?', [original, victim.seq]);
      await em.execute('alter table audit_event enable trigger user');
    }
    await dialog.getByRole('button', { name: '重新校验' }).click();
    await dialog.getByText(/^完好：/).waitFor();
    expect(ui.browser.errors).toEqual([]);
  });

  it('registers a violation straight from an audit event: the actor, day and evidence come filled in', async () => {
    await sealAll(ui.server);
    const viewed = await ui.server
      .em()
      .findOneOrFail(AuditEvent, { action: 'record.view', seq: { $ne: null } }, { orderBy: { seq: 'asc' } });
    const actor = await ui.server.em().findOneOrFail(User, { id: viewed.actorId! });
    await ui.browser.context.clearCookies();
    const page = await ui.browser.newPage();
    await signIn(page, 'supervisor', DEMO_PASSWORD);
    await menuEntry(page, '审计日志').click();
    await page.getByRole('textbox', { name: '操作' }).fill('record.view');
    await page
      .getByRole('row')
      .filter({ hasText: String(viewed.subjectId) })
      .first()
      .click();
    await page.getByRole('link', { name: '据此登记违规' }).click();

    // Filled in from the event: the person, the day, and the event and its record as evidence.
    await expect.poll(() => page.getByRole('combobox', { name: '责任人' }).inputValue()).toContain(actor.displayName);
    await expect.poll(() => page.getByRole('textbox', { name: '编号' }).nth(0).inputValue()).toBe(String(viewed.seq));
    await expect.poll(() => page.getByRole('textbox', { name: '编号' }).nth(1).inputValue()).toBe(viewed.subjectId);
    await page.getByRole('combobox', { name: '违规情形' }).click();
    await page.getByRole('option', { name: /（三）私自复制/ }).click();
    await page.getByRole('textbox', { name: '认定事实' }).fill('无正当理由查看他人经办案件的询问录音');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('link', { name: `审计事件（序号） #${viewed.seq}` }).waitFor();

    const [entry] = await ui.server
      .em()
      .getConnection()
      .execute<{ person_id: string; evidence: { kind: string; ref: string }[]; occurred_on: string }[]>(
        `select person_id, evidence, occurred_on::text from violation_version where finding = ?`,
        ['无正当理由查看他人经办案件的询问录音'],
      );
    expect(entry!.person_id).toBe(actor.id);
    expect(entry!.evidence).toEqual([
      { kind: 'AUDIT_EVENT', ref: String(viewed.seq) },
      { kind: 'RECORD', ref: viewed.subjectId },
    ]);
    expect(ui.browser.errors).toEqual([]);
  });

  it('opens a user’s actions from their page, the person named in the trail’s filter, not an ID', async () => {
    await ui.browser.context.clearCookies();
    const page = await ui.browser.newPage();
    await signIn(page, 'supervisor', DEMO_PASSWORD);
    await menuEntry(page, '用户').click();
    await page.getByRole('textbox', { name: '搜索' }).fill('zhzf.officer1');
    await page.getByRole('cell', { name: 'zhzf.officer1' }).click();
    await page.getByRole('link', { name: '该用户的全部操作' }).click();
    await expect.poll(() => page.getByRole('combobox', { name: '操作人' }).inputValue()).toBe('吴浩（zhzf.officer1）');
    const actors = page.locator('tbody tr td:nth-child(3)');
    await expect.poll(() => actors.count()).toBeGreaterThan(0);
    expect(new Set(await actors.allTextContents())).toEqual(new Set(['zhzf.officer1']));
    expect(ui.browser.errors).toEqual([]);
  });

  it('an officer reaches neither the trail nor the register', async () => {
    await ui.browser.context.clearCookies();
    const page = await ui.browser.newPage();
    await signIn(page, 'zhzf.officer1', DEMO_PASSWORD);
    await menuEntry(page, '工作台').waitFor();
    expect(await menuEntry(page, '审计日志').count()).toBe(0);
    expect(await menuEntry(page, '责任追究登记').count()).toBe(0);
    for (const path of ['/#/auditEvents', '/#/violations', '/#/violations/create']) {
      await page.goto(path);
      await page.getByText('无权访问').waitFor();
    }
    const res = await page.request.get('/exports/audit.csv?filter=%7B%7D');
    expect(res.status()).toBe(403);
  });
});
