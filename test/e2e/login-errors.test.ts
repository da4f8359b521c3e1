import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchBrowser, signIn, type TestBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';

describe('sign-in errors in the console', () => {
  let server: TestServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    server = await startTestServer({
      consoleDir: path.resolve('dist/admin'),
      seed: true,
      config: { loginMaxFailures: 3 },
    });
    browser = await launchBrowser({ baseUrl: server.url });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('tells a wrong password apart from a locked account, in Chinese', async () => {
    const page = await browser.newPage();
    await signIn(page, 'cgs.clerk', 'not-the-password1');
    await page.getByText('用户名或密码错误').waitFor();

    for (let attempt = 2; attempt <= 3; attempt++) {
      await page.reload();
      await signIn(page, 'cgs.clerk', 'not-the-password1');
      await page
        .getByText(/用户名或密码错误|账户因连续登录失败已被锁定/)
        .first()
        .waitFor();
    }
    await page.reload();
    await signIn(page, 'cgs.clerk', 'not-the-password1');
    await page.getByText('账户因连续登录失败已被锁定，请稍后再试或联系信息中心解锁').waitFor();
  });
});
