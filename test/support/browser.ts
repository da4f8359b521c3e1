import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Config } from '../../server/src/config.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from './server.js';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface TestBrowser {
  context: BrowserContext;
  /** A new tab on `baseUrl`, with browser console errors collected in `errors`. */
  newPage(): Promise<Page>;
  /** Uncaught page errors seen so far, for assertions. */
  errors: string[];
  close(): Promise<void>;
}

/** Debian's chromium through playwright-core, in a fresh temporary profile that is removed on close. */
export async function launchBrowser(opts: { baseUrl: string; locale?: string }): Promise<TestBrowser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`No chromium at ${CHROMIUM_PATH}: apt-get install -y chromium fonts-wqy-zenhei`);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'er-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    baseURL: opts.baseUrl,
    locale: opts.locale ?? 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 900 },
  });
  const errors: string[] = [];
  return {
    context,
    errors,
    async newPage() {
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      page.on('pageerror', (error) => errors.push(error.message));
      return page;
    },
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Signs in through the console's login form, typing and clicking as a person would. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/');
  const usernameBox = page.getByRole('textbox', { name: '用户名' });
  await usernameBox.click();
  await usernameBox.pressSequentially(username);
  const passwordBox = page.getByRole('textbox', { name: '密码' });
  await passwordBox.click();
  await passwordBox.pressSequentially(password);
  await page.getByRole('button', { name: '登录' }).click();
}

/** A menu entry of the console's side menu, by its exact name. */
export const menuEntry = (page: Page, name: string) => page.getByRole('menuitem', { name, exact: true });

/** A fresh sign-in as a demo user: no cookie of the previous user survives a failed step. */
export async function enterAs(browser: TestBrowser, page: Page, username: string): Promise<void> {
  await browser.context.clearCookies();
  await signIn(page, username, DEMO_PASSWORD);
  await menuEntry(page, '工作台').waitFor();
}

/** Opens the user menu in the app bar and signs out. */
export async function signOut(page: Page): Promise<void> {
  // The app bar slides away while the page is scrolled down (react-admin's default); scroll up as a person would.
  await page.evaluate('window.scrollTo(0, 0)');
  await page.getByRole('button', { name: '个人设置' }).click();
  await page.getByRole('menuitem', { name: '退出' }).click();
}

/** Saves a full-page PNG under /tmp (or SCREENSHOT_DIR) for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = process.env.SCREENSHOT_DIR ?? os.tmpdir();
  const file = path.join(dir, `er-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * The real server with the built console and a browser on it, for one test file: started before
 * its tests, closed after. Read `server` and `browser` inside tests, once they have started.
 */
export function consoleUnderTest(config: Partial<Config> = {}): { server: TestServer; browser: TestBrowser } {
  const ui = {} as { server: TestServer; browser: TestBrowser };
  beforeAll(async () => {
    ui.server = await startTestServer({ consoleDir: path.resolve('dist/admin'), seed: true, config });
    ui.browser = await launchBrowser({ baseUrl: ui.server.url });
  });
  afterAll(async () => {
    await ui.browser?.close();
    await ui.server?.close();
  });
  return ui;
}
