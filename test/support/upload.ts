import type { Page } from 'playwright-core';
import type { Case } from '../../server/src/cases/case.entity.js';
import { Unit } from '../../server/src/units/unit.entity.js';
import { User } from '../../server/src/users/user.entity.js';
import { buildCase } from '../factories.js';
import type { TestServer } from './server.js';

/** A case of the demo 综合执法大队 handled by zhzf.officer1 and zhzf.officer2 (the demo seed has no cases). */
export async function demoCase(
  server: TestServer,
  overrides: { cause?: string; partyName?: string } = {},
): Promise<Case> {
  const em = server.em();
  const unit = await em.findOneOrFail(Unit, { code: 'ZHZF' });
  const officers = await em.find(User, { username: { $in: ['zhzf.officer1', 'zhzf.officer2'] } });
  return buildCase(em, { unit, officers, ...overrides });
}

/** Picks an option of a react-admin select or autocomplete by its visible name. */
export async function choose(page: Page, combobox: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: combobox }).click();
  await page.getByRole('option', { name: option }).first().click();
}

/** The audio/video facts of the upload form, as an officer types them after a day's work (Art. 8, 13). */
export async function fillRecordingFacts(page: Page, facts: { from: string; to: string; device: string }) {
  await page.getByLabel('采集开始时间').fill(facts.from);
  await page.getByLabel('采集结束时间').fill(facts.to);
  await page.getByRole('textbox', { name: '执法记录设备编号' }).fill(facts.device);
  await page.getByRole('group', { name: '已告知当事人正在录音录像' }).getByRole('radio', { name: '是' }).check();
}

/** The row of one file on the upload page. */
export const uploadRow = (page: Page, fileName: string) => page.getByRole('listitem', { name: fileName });

/** The tus-js-client entries (upload addresses kept for resuming) in the browser's localStorage. */
export async function storedUploads(page: Page): Promise<string[]> {
  const { origins } = await page.context().storageState();
  return origins.flatMap((o) => o.localStorage.map((entry) => entry.name)).filter((key) => key.startsWith('tus::'));
}

/** A number property of the page's first media element (readyState, currentTime…). */
export const mediaState = (page: Page, property: 'readyState' | 'currentTime') => () =>
  page
    .locator('video, audio')
    .first()
    .evaluate((media, p) => (media as unknown as Record<string, number>)[p], property);
