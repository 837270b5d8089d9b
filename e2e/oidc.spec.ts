import type { Browser, Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { expect, loginAs, test } from './fixtures';
import { OIDC_TEST } from './oidc/settings';
import { pickUnit } from './pages/unit-picker';

/**
 * Sign-in through the agency's OpenID Connect provider, against a real one (panva's
 * oidc-provider, e2e/oidc/provider.ts) on loopback: its sign-in page lets the test choose the
 * subject and whether the ID token's `amr` says `mfa`. Accounts are made fresh for each run
 * (the PostgreSQL database may outlive one), in serial: the first test makes them.
 */
test.describe.configure({ mode: 'serial' });

const run = Date.now().toString(36);
const OFFICIAL = `oidc.in.${run}`;
const DEACTIVATED = `oidc.off.${run}`;
const ADMIN = `oidc.admin.${run}`;
const sub = (login: string) => `sub-${login}`;
let secret = '';

const BUTTON = `Tiếp tục với ${OIDC_TEST.name}`;
const FAILED = 'Không đăng nhập được qua cổng định danh. Vui lòng thử lại.';

async function createAccount(admin: Page, login: string, role: 'official' | 'admin', unit: string) {
  await admin.goto('/admin/users/new');
  await admin.getByLabel('Tên đăng nhập', { exact: true }).fill(login);
  await admin.getByLabel('Họ và tên').fill(`Cán bộ ${login}`);
  await admin.getByLabel('Vai trò').selectOption(role);
  await pickUnit(admin, 'Đơn vị', unit);
  await pickUnit(admin, 'Phạm vi theo dõi', unit);
  await admin.getByLabel('Mật khẩu ban đầu').fill('Tam-Thoi-Cho-E2E-9');
  await admin.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(admin.getByText('Đã tạo tài khoản.')).toBeVisible();
  // The identity at the provider, linked on the account's page.
  await admin.getByLabel('Mã định danh (sub)').fill(sub(login));
  await admin.getByRole('button', { name: 'Liên kết danh tính' }).click();
  await expect(admin.getByText('Đã liên kết danh tính.')).toBeVisible();
  await expect(admin.getByRole('cell', { name: sub(login), exact: true })).toBeVisible();
}

/** From the tracker's login page through the provider's sign-in page and back. */
async function providerSignIn(page: Page, subject: string, options: { mfa?: boolean } = {}) {
  await page.goto('/login');
  await page.getByRole('button', { name: BUTTON }).click();
  await expect(page.getByRole('heading', { name: 'Cổng định danh thử nghiệm' })).toBeVisible();
  await page.getByLabel('Subject').fill(subject);
  if (options.mfa) await page.getByLabel('Second factor').check();
  await page.getByRole('button', { name: 'Sign in at provider' }).click();
}

async function signedIn(page: Page) {
  await expect(page).not.toHaveURL(/\/login/);
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
}

async function notSignedIn(page: Page) {
  await page.goto('/my-work');
  await expect(page).toHaveURL(/\/login/);
}

async function fresh(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

const code = (steps = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + steps * 30_000 });

test.describe('sign-in through the identity provider @smoke', () => {
  test('an admin links identities; a linked account signs in with no password to change', async ({
    page,
    browser,
  }) => {
    test.slow();
    await loginAs(page, 'quantri');
    await createAccount(page, OFFICIAL, 'official', 'BNV');
    await createAccount(page, DEACTIVATED, 'official', 'BNV');
    await createAccount(page, ADMIN, 'admin', 'BCD23');
    // An identity links to one account only, an account to one identity.
    await page.getByLabel('Mã định danh (sub)').fill(sub(OFFICIAL));
    await page.getByRole('button', { name: 'Liên kết danh tính' }).click();
    await expect(page.getByText('Danh tính này đã được liên kết với một tài khoản khác.')).toBeVisible();
    await page.getByLabel('Mã định danh (sub)').fill(`sub-other-${run}`);
    await page.getByRole('button', { name: 'Liên kết danh tính' }).click();
    await expect(
      page.getByText('Tài khoản này đã có một danh tính ở cổng định danh.', { exact: false }),
    ).toBeVisible();
    await page.goto(`/admin/users/${DEACTIVATED}`);
    await page.getByRole('button', { name: 'Khóa tài khoản' }).click();
    await expect(page.getByRole('button', { name: 'Mở lại tài khoản' })).toBeVisible();

    const { context, page: user } = await fresh(browser);
    await providerSignIn(user, sub(OFFICIAL));
    await signedIn(user);
    // The account's temporary password is not asked for: no password was used.
    await user.goto('/my-work');
    await expect(user).toHaveURL(/\/my-work/);
    await context.close();

    // The sign-in is on the account's page and in the audit log.
    await page.goto(`/admin/users/${OFFICIAL}`);
    await expect(page.getByRole('row', { name: new RegExp(sub(OFFICIAL)) })).not.toContainText(
      'Chưa đăng nhập',
    );
    await page.goto(`/audit?entity=${OFFICIAL}&action=auth.login`);
    await expect(page.getByRole('cell', { name: 'auth.login', exact: true })).toHaveCount(1);
  });

  test('an identity linked to no account is refused, in Vietnamese', async ({ page }) => {
    await providerSignIn(page, `sub-nobody-${run}`);
    await expect(page).toHaveURL(/\/login\?oidc=unlinked/);
    await expect(
      page.getByText(
        'Tài khoản của bạn ở cổng định danh chưa được liên kết với tài khoản nào của hệ thống.',
        {
          exact: false,
        },
      ),
    ).toBeVisible();
    await notSignedIn(page);
  });

  test('a deactivated account stays out whatever the provider says', async ({ page }) => {
    await providerSignIn(page, sub(DEACTIVATED), { mfa: true });
    await expect(page).toHaveURL(/\/login\?oidc=inactive/);
    await expect(
      page.getByText('Tài khoản của bạn trên hệ thống đã bị khóa.', { exact: false }),
    ).toBeVisible();
    await notSignedIn(page);
  });

  test('an answer whose state was tampered with is refused', async ({ page }) => {
    // The provider's answer reaches the browser through redirects, which routes do not see: the
    // test follows them itself (with the browser's cookies) and hands the browser the callback
    // with its state altered.
    const finish = `${OIDC_TEST.issuer}/interaction/**`;
    await page.route(finish, async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      const submitted = await route.fetch({ maxRedirects: 0 });
      const resume = new URL(submitted.headers().location, OIDC_TEST.issuer).toString();
      const resumed = await page.request.get(resume, { maxRedirects: 0 });
      const callback = new URL(resumed.headers().location);
      expect(callback.pathname).toBe('/api/auth/callback/oidc');
      callback.searchParams.set('state', `${callback.searchParams.get('state')}x`);
      await route.fulfill({ status: 302, headers: { location: callback.toString() } });
    });
    await providerSignIn(page, sub(OFFICIAL));
    await expect(page).toHaveURL(/\/login\?error=/);
    await expect(page.getByText(FAILED)).toBeVisible();
    await notSignedIn(page);
  });

  test('an ID token for another nonce is refused', async ({ page }) => {
    // The authorization request reaches the provider with another nonce: the token it signs
    // then carries a nonce that is not the one in this browser's cookie.
    const authorize = `${OIDC_TEST.issuer}/auth?**`;
    await page.route(authorize, async (route) => {
      const url = new URL(route.request().url());
      expect(url.searchParams.get('nonce')).toBeTruthy();
      url.searchParams.set('nonce', 'a-nonce-of-the-attacker-0123456789');
      await route.fulfill({ status: 302, headers: { location: url.toString() } });
      await page.unroute(authorize);
    });
    await providerSignIn(page, sub(OFFICIAL));
    await expect(page).toHaveURL(/\/login\?error=/);
    await expect(page.getByText(FAILED)).toBeVisible();
    await notSignedIn(page);
  });

  test('an admin with the tracker’s two-factor sign-in: amr=mfa skips the code, without it the code is asked', async ({
    browser,
  }) => {
    test.slow();
    // The new admin signs in through the provider and sets up the tracker's own second factor.
    const setUp = await fresh(browser);
    await providerSignIn(setUp.page, sub(ADMIN), { mfa: true });
    await signedIn(setUp.page);
    await setUp.page.goto('/account/security');
    await setUp.page.getByRole('button', { name: 'Bật xác thực hai bước' }).click();
    secret = ((await setUp.page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s/g, '');
    await setUp.page.getByLabel('Mã xác thực').fill(code());
    await setUp.page.getByRole('button', { name: 'Xác nhận và bật' }).click();
    await expect(setUp.page.getByText('Đã bật xác thực hai bước.')).toBeVisible();
    await setUp.context.close();

    // The provider asserts multi-factor sign-in: straight in.
    const trusted = await fresh(browser);
    await providerSignIn(trusted.page, sub(ADMIN), { mfa: true });
    await signedIn(trusted.page);
    await expect(trusted.page.getByLabel('Mã xác thực')).toHaveCount(0);
    await trusted.context.close();

    // A password alone at the provider: the tracker's code step, which opens nothing by itself.
    const asked = await fresh(browser);
    await providerSignIn(asked.page, sub(ADMIN));
    await expect(asked.page).toHaveURL(/\/login\?step=code/);
    await expect(asked.page.getByLabel('Mã xác thực')).toBeVisible();
    await asked.page.goto('/my-work');
    await expect(asked.page).toHaveURL(/\/login/);
    // Still signed in at the provider (its session, without a second factor): the code again.
    await asked.page.getByRole('button', { name: BUTTON }).click();
    await expect(asked.page).toHaveURL(/\/login\?step=code/);
    await asked.page.getByLabel('Mã xác thực').fill(code(1));
    await asked.page.getByRole('button', { name: 'Xác nhận' }).click();
    await signedIn(asked.page);
    await asked.context.close();
  });
});
