import { describe, it } from 'vitest';
import { consoleUnderTest, signIn } from '../support/browser.js';

describe('sign-in errors in the console', () => {
  const ui = consoleUnderTest({ loginMaxFailures: 3 });

  it('tells a wrong password apart from a locked account, in Chinese', async () => {
    const page = await ui.browser.newPage();
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
