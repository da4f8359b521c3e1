import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { AccessGrant } from '../../server/src/access-requests/access-grant.entity.js';
import { ApprovalRequest } from '../../server/src/approvals/approval-request.entity.js';
import type { Case } from '../../server/src/cases/case.entity.js';
import type { EnforcementRecord } from '../../server/src/records/record.entity.js';
import { Confidentiality, RecordKind } from '../../server/src/records/record.enums.js';
import { Unit } from '../../server/src/units/unit.entity.js';
import { User } from '../../server/src/users/user.entity.js';
import { buildCase, buildRecord } from '../factories.js';
import { consoleUnderTest, screenshot, signIn, signOut } from '../support/browser.js';
import { gql, login } from '../support/graphql.js';
import { mp4 } from '../support/media.js';
import { DEMO_PASSWORD } from '../support/server.js';
import { tusClient } from '../support/tus.js';
import { mediaState } from '../support/upload.js';

const menuEntry = (page: Page, name: string) => page.getByRole('menuitem', { name, exact: true });
/** Signs in and waits for the console to be there. */
async function enter(page: Page, username: string) {
  await signIn(page, username, DEMO_PASSWORD);
  await menuEntry(page, '工作台').waitFor();
}

const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString();

describe('approving viewing requests in the console (Art. 18)', () => {
  const ui = consoleUnderTest();
  /** A case of 综合执法大队 handled by zhzf.officer2 and zhzf.head: zhzf.officer1 reads its metadata only. */
  let theCase: Case;
  let videoId: string;
  let trade: EnforcementRecord;
  const texts: EnforcementRecord[] = [];

  /** A viewing request made through the API, as `username`; its id. */
  async function ask(username: string, recordIds: string[], purpose: string) {
    const token = await login(ui.server.url, username, DEMO_PASSWORD);
    const r = await gql(
      ui.server.url,
      'mutation($in: RequestViewingInput!) { requestViewing(input: $in) { id } }',
      { in: { recordIds, actions: ['VIEW'], purpose, validUntil: inAWeek() } },
      token,
    );
    expect(r.errors).toBeUndefined();
    return r.data!.requestViewing.id as string;
  }

  beforeAll(async () => {
    const em = ui.server.em();
    const unit = await em.findOneOrFail(Unit, { code: 'ZHZF' });
    const officers = await em.find(User, { username: { $in: ['zhzf.officer2', 'zhzf.head'] } });
    theCase = await buildCase(em, { unit, officers, cause: '销售不合格电动自行车充电器' });
    const officer2 = officers.find((o) => o.username === 'zhzf.officer2')!;
    const token = await login(ui.server.url, 'zhzf.officer2', DEMO_PASSWORD);
    const { res } = await tusClient(ui.server.url, token).upload(new Uint8Array(fs.readFileSync(mp4(2))), {
      filename: '现场检查录像.mp4',
      caseId: theCase.id,
      kind: RecordKind.VIDEO,
      title: '现场检查执法记录仪录像',
      capturedFrom: '2026-11-20T10:00:00+08:00',
      capturedTo: '2026-11-20T10:00:02+08:00',
      officerId: officer2.id,
      partyNotified: 'true',
    });
    expect(res.status).toBe(204);
    videoId = res.headers.get('x-record-id')!;
    trade = await buildRecord(em, theCase, {
      title: '进货台账及供货合同',
      body: '供货价格清单……',
      confidentiality: Confidentiality.TRADE_SECRET,
    });
    for (const title of ['现场检查笔录', '询问笔录'])
      texts.push(await buildRecord(em, theCase, { title, body: `${title}正文` }));
  });

  it('an officer asks to view a case’s video; the leader approves it from the queue with a comment; the officer opens it, then revokes the grant and it no longer opens', async () => {
    const page = await ui.browser.newPage();
    await enter(page, 'zhzf.officer1');
    await page.goto(`/#/records/${videoId}/show`);
    await page.getByText('无权查看').first().waitFor();
    await page.getByRole('link', { name: '申请查阅' }).click();
    await page.getByTestId('viewing-case').getByText(theCase.number, { exact: false }).waitFor();
    await page.getByRole('checkbox', { name: /现场检查执法记录仪录像/ }).waitFor();
    expect(await page.getByRole('checkbox', { name: /现场检查执法记录仪录像/ }).isChecked()).toBe(true);
    await page.getByRole('checkbox', { name: '下载' }).check();
    // Too short a purpose is refused on the field, in Chinese, as the server would.
    await page.getByRole('textbox', { name: '用途' }).fill('复核');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('请写明用途（至少 4 个字）').waitFor();
    await page.getByRole('textbox', { name: '用途' }).fill('核查投诉人反映的现场检查程序问题');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('heading', { name: '审批流程' }).waitFor();
    await page.getByTestId('request-status').getByText('审批中').waitFor();
    await page.getByTestId('approval-chain').getByText('第 1 步 · 机关负责人').waitFor();
    await screenshot(page, 'officer-viewing-requested');
    await menuEntry(page, '我的申请').click();
    await page.getByRole('cell', { name: '第 1 步 · 机关负责人' }).waitFor();
    expect(await menuEntry(page, '待审批').count()).toBe(0);
    await signOut(page);

    await enter(page, 'leader');
    // The dashboard counts what waits and links the oldest.
    await expect.poll(() => page.getByTestId('approvals-waiting').textContent()).toBe('1');
    await page.getByTestId('approvals-oldest').getByText(/吴浩/).waitFor();
    await screenshot(page, 'leader-dashboard-approvals');
    await page.getByTestId('approvals-oldest').click();
    await page.getByTestId('requested-records').getByText('现场检查执法记录仪录像').waitFor();
    await page.getByRole('button', { name: '签署意见' }).waitFor();
    await menuEntry(page, '待审批').click();
    const row = page.getByRole('row').filter({ hasText: '核查投诉人反映的现场检查程序问题' });
    await row.getByText('吴浩').waitFor();
    await row.getByText('含音视频').waitFor();
    await screenshot(page, 'leader-queue');
    await row.getByRole('button', { name: '签署意见' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: '同意' }).check();
    await dialog.getByRole('textbox', { name: '意见说明' }).fill('同意查阅，限本次核查使用');
    await dialog.getByRole('button', { name: '提交意见' }).click();
    await page.getByText('审批意见已提交').waitFor();
    await expect.poll(() => row.count()).toBe(0);
    await signOut(page);

    await enter(page, 'zhzf.officer1');
    await menuEntry(page, '我的申请').click();
    await page.getByRole('cell', { name: '已批准' }).waitFor();
    await page.getByRole('cell', { name: '已批准' }).click();
    await page.getByTestId('approval-chain').getByText('同意查阅，限本次核查使用').waitFor();
    await page
      .getByTestId('approval-chain')
      .getByText(/张伟.*（leader）/)
      .waitFor();
    await menuEntry(page, '我的授权').click();
    const grantRow = page.getByRole('row').filter({ hasText: '现场检查执法记录仪录像' });
    await grantRow.getByText('查阅').waitFor();
    await grantRow.getByText('下载').waitFor();
    await grantRow.getByText(/剩余 \d+ 天/).waitFor();
    await screenshot(page, 'officer-grants');
    await grantRow.getByRole('link', { name: '现场检查执法记录仪录像' }).click();
    await page.getByRole('button', { name: '播放' }).click();
    await expect.poll(mediaState(page, 'readyState'), { timeout: 10_000 }).toBeGreaterThan(0);
    await screenshot(page, 'officer-opens-granted-video');

    // (d) Revoking: the grant stops at once, and the record no longer opens.
    await menuEntry(page, '我的授权').click();
    await grantRow.getByRole('button', { name: '撤销授权' }).click();
    await page.getByRole('dialog').getByRole('textbox').fill('核查已完成');
    await page.getByRole('dialog').getByRole('button', { name: '撤销授权' }).click();
    await page.getByText('授权已撤销').waitFor();
    await expect.poll(() => grantRow.count()).toBe(0);
    await page.goto(`/#/records/${videoId}/show`);
    await page.getByText('无权查看').first().waitFor();
    expect(await page.getByRole('button', { name: '播放' }).count()).toBe(0);
    const grant = await ui.server.em().findOneOrFail(AccessGrant, { record: videoId });
    expect(grant.revokeReason).toBe('核查已完成');
    const t = await login(ui.server.url, 'zhzf.officer1', DEMO_PASSWORD);
    const open = await gql(
      ui.server.url,
      'mutation($id: ID!) { openRecordFile(recordId: $id, mode: VIEW) { id } }',
      { id: videoId },
      t,
    );
    expect(open.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await signOut(page);
    expect(ui.browser.errors).toEqual([]);
  });

  it('a trade secret goes to legal, then the leader, who rejects it with a reason the requester then reads', async () => {
    const id = await ask('zhzf.officer1', [trade.id], '核对供货价格是否与申报一致');
    const page = await ui.browser.newPage();
    await enter(page, 'legal');
    await menuEntry(page, '待审批').click();
    const row = page.getByRole('row').filter({ hasText: '核对供货价格是否与申报一致' });
    await row.getByText('商业秘密').waitFor();
    await row.getByText('第 1 步 · 法制机构').waitFor();
    await row.getByRole('button', { name: '同意' }).click();
    await page.getByText('已同意').waitFor();
    await expect.poll(() => row.count()).toBe(0);
    await signOut(page);

    await enter(page, 'leader');
    await menuEntry(page, '待审批').click();
    await row.getByText('第 2 步 · 机关负责人').waitFor();
    // The request page shows the chain so far and the records asked for.
    await row.getByText('核对供货价格是否与申报一致').click();
    await page.getByTestId('requested-records').getByText('进货台账及供货合同').waitFor();
    await page
      .getByTestId('approval-chain')
      .getByText(/王芳.*（legal）/)
      .waitFor();
    await page.getByRole('button', { name: '签署意见' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: '驳回' }).check();
    await dialog.getByRole('button', { name: '提交意见' }).click();
    await dialog.getByText('驳回或退回修改时请写明理由').first().waitFor();
    await dialog.getByRole('textbox', { name: '意见说明' }).fill('与核查事项无关，不予查阅商业秘密');
    await dialog.getByRole('button', { name: '提交意见' }).click();
    await page.getByText('审批意见已提交').waitFor();
    await page.getByTestId('request-status').getByText('已驳回').waitFor();
    await screenshot(page, 'leader-rejected');
    await signOut(page);

    await enter(page, 'zhzf.officer1');
    await menuEntry(page, '我的申请').click();
    const mine = page.getByRole('row').filter({ hasText: '核对供货价格是否与申报一致' });
    await mine.getByText('已驳回').waitFor();
    await mine.click();
    await page.getByTestId('approval-chain').getByText('与核查事项无关，不予查阅商业秘密').waitFor();
    await page.getByTestId('approval-chain').getByText('驳回').first().waitFor();
    expect(await page.getByRole('button', { name: '修改后重新提交' }).count()).toBe(0);
    const request = await ui.server.em().findOneOrFail(ApprovalRequest, { id });
    expect(request.status).toBe('REJECTED');
    expect(await ui.server.em().count(AccessGrant, { request: id })).toBe(0);
    await signOut(page);
    expect(ui.browser.errors).toEqual([]);
  });

  it('the leader approves two requests at once from the queue, with one comment', async () => {
    const first = await ask('zhzf.officer1', [videoId], '批量审批一：复核现场检查');
    const second = await ask('zhzf.clerk', [videoId, texts[0]!.id], '批量审批二：整理卷宗核对');
    const page = await ui.browser.newPage();
    await enter(page, 'leader');
    await menuEntry(page, '待审批').click();
    for (const purpose of ['批量审批一：复核现场检查', '批量审批二：整理卷宗核对'])
      await page.getByRole('row').filter({ hasText: purpose }).getByRole('checkbox').check();
    await page.getByRole('button', { name: '批量同意' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('同意所选的 2 件申请').waitFor();
    await dialog.getByRole('textbox', { name: '意见说明' }).fill('同意，按期归还');
    await dialog.getByRole('button', { name: '提交意见' }).click();
    await page.getByText('已批量同意').waitFor();
    await expect.poll(() => page.getByRole('row').filter({ hasText: '批量审批' }).count()).toBe(0);
    const em = ui.server.em();
    for (const id of [first, second]) {
      const request = await em.findOneOrFail(ApprovalRequest, { id });
      expect(request.status).toBe('APPROVED');
    }
    expect(await em.count(AccessGrant, { request: second })).toBe(2);
    await signOut(page);
    expect(ui.browser.errors).toEqual([]);
  });

  it('a whole-case request from the case page is returned by legal, resubmitted with a new purpose, then withdrawn', async () => {
    const page = await ui.browser.newPage();
    await enter(page, 'zhzf.officer1');
    await page.goto(`/#/cases/${theCase.id}/show`);
    await page.getByRole('link', { name: '申请查阅' }).click();
    await page.getByTestId('viewing-case').getByText(theCase.number, { exact: false }).waitFor();
    expect(await page.getByRole('radio', { name: /整个案件/ }).isChecked()).toBe(true);
    await page.getByRole('textbox', { name: '用途' }).fill('整理全案材料');
    await page.getByRole('button', { name: '保存' }).click();
    await page
      .getByTestId('requested-scope')
      .getByText(/共 4 件记录 · 查阅/)
      .waitFor();
    await page.getByTestId('approval-chain').getByText('第 1 步 · 法制机构').waitFor();
    await page.getByTestId('approval-chain').getByText('第 2 步 · 机关负责人').waitFor();
    await signOut(page);

    await enter(page, 'legal');
    await menuEntry(page, '待审批').click();
    const row = page.getByRole('row').filter({ hasText: '整理全案材料' });
    await row.getByRole('button', { name: '签署意见' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: '退回修改' }).check();
    await dialog.getByRole('textbox', { name: '意见说明' }).fill('请写明对应的复议案号');
    await dialog.getByRole('button', { name: '提交意见' }).click();
    await page.getByText('审批意见已提交').waitFor();
    await signOut(page);

    await enter(page, 'zhzf.officer1');
    await menuEntry(page, '我的申请').click();
    const mine = page.getByRole('row').filter({ hasText: '整理全案材料' });
    await mine.getByText('已退回').waitFor();
    await mine.getByRole('button', { name: '修改后重新提交' }).click();
    const resubmit = page.getByRole('dialog');
    await resubmit.getByText(/请写明对应的复议案号/).waitFor();
    await resubmit.getByRole('textbox', { name: '用途' }).fill('整理全案材料，答复平市监复〔2026〕7号行政复议');
    await resubmit.getByRole('button', { name: '修改后重新提交' }).click();
    await page.getByText('申请已重新提交').waitFor();
    const again = page.getByRole('row').filter({ hasText: '平市监复〔2026〕7号' });
    await again.getByText('审批中').waitFor();
    await again.getByText('第 3 步 · 法制机构').waitFor();
    await screenshot(page, 'officer-my-requests');
    // The wide list scrolls inside its frame; the page keeps the 1366 px window's width (the menu stays clear).
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1366);
    await again.getByRole('button', { name: '撤回' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await page.getByText('申请已撤回').waitFor();
    await again.getByText('已撤回').waitFor();
    await signOut(page);
    expect(ui.browser.errors).toEqual([]);
  });

  it('in a case of more than 200 records, every record can be picked for a viewing request', async () => {
    const em = ui.server.em();
    const unit = await em.findOneOrFail(Unit, { code: 'ZHZF' });
    const officers = await em.find(User, { username: { $in: ['zhzf.officer2', 'zhzf.head'] } });
    const big = await buildCase(em, { unit, officers, cause: '批量抽检不合格食品' });
    // A day's footage in short clips: more records than one page of the largest size the server gives.
    const clips: EnforcementRecord[] = [];
    for (let i = 1; i <= 205; i++)
      clips.push(await buildRecord(em, big, { title: `抽检现场笔录第${String(i).padStart(3, '0')}段` }));
    const page = await ui.browser.newPage();
    await enter(page, 'zhzf.officer1');
    await page.goto(`/#/cases/${big.id}/show`);
    await page.getByRole('link', { name: '申请查阅' }).click();
    await page.getByRole('radio', { name: '选定的记录' }).check();
    const last = page.getByRole('checkbox', { name: /抽检现场笔录第205段/ });
    await last.check();
    await page.getByRole('textbox', { name: '用途' }).fill('核对最后一段笔录的时间');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByTestId('approval-chain').waitFor();
    const [asked] = await em.getConnection().execute<{ id: string; record_ids: string[] }[]>(
      `select r.id, v.record_ids from viewing_request v join approval_request r on r.id = v.approval_id
          where r.purpose = ?`,
      ['核对最后一段笔录的时间'],
    );
    expect(asked!.record_ids).toEqual([clips[204]!.id]);
    // Withdrawn again, so the unit head's queue holds only what the next test asks.
    const token = await login(ui.server.url, 'zhzf.officer1', DEMO_PASSWORD);
    const CANCEL = 'mutation($id: ID!) { cancelRequest(id: $id) { status } }';
    const cancelled = await gql(ui.server.url, CANCEL, { id: asked!.id }, token);
    expect(cancelled.data?.cancelRequest.status).toBe('CANCELLED');
    await signOut(page);
    expect(ui.browser.errors).toEqual([]);
  });

  it('the unit head approves a text-only request from its page and goes back to the queue', async () => {
    const id = await ask('zhzf.clerk', [texts[1]!.id], '核对询问笔录页码');
    const page = await ui.browser.newPage();
    await enter(page, 'zhzf.head');
    await expect.poll(() => page.getByTestId('approvals-waiting').textContent()).toBe('1');
    await page.getByTestId('approvals-oldest').click();
    await page.getByTestId('requested-records').getByText('询问笔录').waitFor();
    await page.getByTestId('approval-chain').getByText('第 1 步 · 办案机构负责人').waitFor();
    await page.getByRole('button', { name: '同意', exact: true }).click();
    await page.getByText('已同意').waitFor();
    await expect.poll(() => page.url()).toMatch(/#\/approvals$/);
    const request = await ui.server.em().findOneOrFail(ApprovalRequest, { id });
    expect(request.status).toBe('APPROVED');
    await signOut(page);
    expect(ui.browser.errors).toEqual([]);
  });
});
