import type { Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { expect, loginAs, test } from './fixtures';
import { LoginPage } from './pages/login-page';
import { pickUnit } from './pages/unit-picker';

/**
 * Two-factor sign-in on an account of its own (other specs sign in with the demo accounts in
 * parallel). Codes are computed here from the secret the page shows, as a phone would, from
 * the real clock: the server checks codes against the wall clock, not APP_NOW.
 */
test.describe.configure({ mode: 'serial' });

const LOGIN = 'e2e.2fa';
const PASSWORD = 'Hai-Buoc-Cho-E2E-2026';
let secret = '';
let recoveryCodes: string[] = [];

const code = (steps = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + steps * 30_000 });

async function passwordStep(page: Page, password = PASSWORD) {
  const loginPage = new LoginPage(page);
  await loginPage.goto();
  await loginPage.signIn(LOGIN, password);
  await expect(page.getByLabel('Mã xác thực')).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
}

async function codeStep(page: Page, value: string) {
  await page.getByLabel('Mã xác thực').fill(value);
  await page.getByRole('button', { name: 'Xác nhận' }).click();
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/login/);
}

const refused = (page: Page) =>
  page.getByText('Tên đăng nhập, mật khẩu hoặc mã xác thực không đúng. Vui lòng đăng nhập lại.');

test('a user sets up two-factor sign-in with the QR code or the key as text', async ({ page, browser }) => {
  test.slow();
  await loginAs(page, 'quantri');
  await page.goto('/admin/users/new');
  await page.getByLabel('Tên đăng nhập', { exact: true }).fill(LOGIN);
  await page.getByLabel('Họ và tên').fill('Cán bộ hai bước');
  await pickUnit(page, 'Đơn vị', 'BNV');
  await pickUnit(page, 'Phạm vi theo dõi', 'BNV');
  await page.getByLabel('Mật khẩu ban đầu').fill('Tam-Thoi-Cho-E2E-3');
  await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(page.getByText('Đã tạo tài khoản.')).toBeVisible();

  const context = await browser.newContext();
  const user = await context.newPage();
  const loginPage = new LoginPage(user);
  await loginPage.goto();
  await loginPage.signIn(LOGIN, 'Tam-Thoi-Cho-E2E-3');
  await user.getByLabel('Mật khẩu hiện tại').fill('Tam-Thoi-Cho-E2E-3');
  await user.getByLabel('Mật khẩu mới', { exact: true }).fill(PASSWORD);
  await user.getByLabel('Nhập lại mật khẩu mới').fill(PASSWORD);
  await user.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(user).toHaveURL(/\/login\?reason=password_changed/);
  await loginPage.signIn(LOGIN, PASSWORD);
  await expect(user).toHaveURL(/\/my-work/);
  // Another session of the same account (opened with the password alone), to end at set-up.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await new LoginPage(other).goto();
  await new LoginPage(other).signIn(LOGIN, PASSWORD);
  await expect(other).toHaveURL(/\/my-work/);

  // Set-up: from the account area, a QR code and the same key as text.
  await user.getByRole('link', { name: 'Tài khoản', exact: true }).click();
  await user.getByRole('link', { name: 'Xác thực hai bước' }).click();
  await expect(user.getByRole('heading', { name: 'Xác thực hai bước', level: 1 })).toBeVisible();
  await expect(user.getByTestId('two-factor-status')).toHaveText('Chưa bật.');
  await user.getByRole('button', { name: 'Bật xác thực hai bước' }).click();
  await expect(
    user.getByRole('img', { name: 'Mã QR để thêm tài khoản vào ứng dụng xác thực' }),
  ).toBeVisible();
  secret = ((await user.getByTestId('totp-secret').textContent()) ?? '').replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await user.getByLabel('Mã xác thực').fill('000000' === code() ? '111111' : '000000');
  await user.getByRole('button', { name: 'Xác nhận và bật' }).click();
  await expect(user.getByText('Mã xác thực không đúng.', { exact: false })).toBeVisible();
  await user.getByLabel('Mã xác thực').fill(code());
  await user.getByRole('button', { name: 'Xác nhận và bật' }).click();
  await expect(user.getByText('Đã bật xác thực hai bước.')).toBeVisible();
  recoveryCodes = await user.getByTestId('recovery-codes').getByRole('listitem').allTextContents();
  expect(recoveryCodes).toHaveLength(10);
  await user.getByRole('link', { name: 'Tôi đã lưu các mã — tiếp tục' }).click();
  // This session goes on; the other one has ended.
  await expect(user.getByTestId('two-factor-status')).toHaveText(
    'Đang bật từ ngày 15/11/2026. Còn 10 mã khôi phục chưa dùng.',
  );
  await other.reload();
  await expect(other).toHaveURL(/\/login/);
  await user.goto('/my-work');
  await expect(user).toHaveURL(/\/my-work/);
  await otherContext.close();
  await context.close();
});

test('the password alone opens nothing; a wrong code or password is refused; a code opens once', async ({
  page,
}) => {
  test.slow();
  const user = page;
  // The password alone asks for the code and opens nothing.
  await passwordStep(user);
  await user.goto('/my-work');
  await expect(user).toHaveURL(/\/login/);

  // A wrong code: refused, and back to the password.
  await passwordStep(user);
  await codeStep(user, code(-3));
  await expect(refused(user)).toBeVisible();
  await expect(user.getByLabel('Mật khẩu')).toBeVisible();

  // A wrong password is refused at once, as for an unknown login: the code step tells that
  // the password was right, never that the login exists.
  const loginPage = new LoginPage(user);
  await loginPage.goto();
  await loginPage.signIn(LOGIN, 'not-the-password');
  await expect(loginPage.errorMessage()).toBeVisible();
  await expect(user.getByLabel('Mã xác thực')).toHaveCount(0);

  // The step after the one used at set-up (a code is never taken twice).
  await passwordStep(user);
  await codeStep(user, code(1));
  await expect(user).toHaveURL(/\/my-work/);
});

test('a recovery code opens once', async ({ page }) => {
  test.slow();
  const user = page;
  await passwordStep(user);
  await codeStep(user, recoveryCodes[0]);
  await expect(user).toHaveURL(/\/my-work/);
  await user.goto('/account/security');
  await expect(user.getByTestId('two-factor-status')).toContainText('Còn 9 mã khôi phục chưa dùng.');
  await signOut(user);
  await passwordStep(user);
  await codeStep(user, recoveryCodes[0]);
  await expect(refused(user)).toBeVisible();
  await passwordStep(user);
  await codeStep(user, recoveryCodes[1]);
  await expect(user).toHaveURL(/\/my-work/);
});

test('an admin resets the two-factor sign-in of a user who lost their phone', async ({ page, browser }) => {
  test.slow();
  const context = await browser.newContext();
  const user = await context.newPage();
  await passwordStep(user);
  await codeStep(user, recoveryCodes[2]);
  await expect(user).toHaveURL(/\/my-work/);

  await loginAs(page, 'quantri');
  await page.goto(`/admin/users/${LOGIN}`);
  const section = page.getByRole('region', { name: 'Xác thực hai bước' });
  await expect(section).toContainText('Đang bật.');
  await section.getByRole('button', { name: 'Đặt lại xác thực hai bước' }).click();
  await expect(page.getByText('Đã đặt lại xác thực hai bước của tài khoản.')).toBeVisible();
  await expect(section).toContainText('Chưa bật.');

  // Their sessions end; the password alone signs them in again.
  await user.reload();
  await expect(user).toHaveURL(/\/login/);
  await new LoginPage(user).signIn(LOGIN, PASSWORD);
  await expect(user).toHaveURL(/\/my-work/);
  await user.goto('/account/security');
  await expect(user.getByTestId('two-factor-status')).toHaveText('Chưa bật.');
  await context.close();
});
