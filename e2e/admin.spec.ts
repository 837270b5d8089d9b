import { expect, loginAs, test } from './fixtures';
import { pickUnit } from './pages/unit-picker';

test.describe('security headers', () => {
  test('a signed-in page has a nonce CSP, HSTS, nosniff, a referrer policy and no-store @smoke', async ({
    page,
  }) => {
    await loginAs(page, 'hp.lanhdao');
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const response = await page.goto('/dashboard');
    const headers = response!.headers();
    const csp = headers['content-security-policy'];
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
      expect(csp).toContain(directive);
    }
    expect(headers['strict-transport-security']).toContain('max-age=');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['x-powered-by']).toBeUndefined();
    expect(headers['cache-control']).toContain('no-store');
    // The page still hydrates under the policy: the language switch works without a reload.
    await page.getByRole('button', { name: /English/ }).click();
    await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: /Tiếng Việt/ }).click();
    expect(errors.filter((text) => text.includes('Content Security Policy'))).toEqual([]);
  });

  test('the nonce changes on every request, and the health check has the headers too', async ({
    request,
  }) => {
    const first = await request.get('/login');
    const second = await request.get('/login');
    const nonce = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? '')?.[1];
    expect(nonce(first.headers()['content-security-policy'])).toBeTruthy();
    expect(nonce(first.headers()['content-security-policy'])).not.toBe(
      nonce(second.headers()['content-security-policy']),
    );
    const health = await request.get('/api/health');
    expect(health.headers()['x-content-type-options']).toBe('nosniff');
    expect(health.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(health.headers()['strict-transport-security']).toBeTruthy();
  });
});

test.describe('account administration', () => {
  test('an admin creates an account whose user must change the password before anything else @smoke', async ({
    page,
    browser,
  }) => {
    test.slow();
    await loginAs(page, 'quantri');
    await page.getByRole('link', { name: 'Quản trị tài khoản' }).click();
    await expect(page.getByRole('heading', { name: 'Tài khoản người dùng', level: 1 })).toBeVisible();
    await page.getByRole('link', { name: 'Tạo tài khoản' }).click();
    await expect(page.getByRole('heading', { name: 'Tạo tài khoản', level: 1 })).toBeVisible();
    await page.getByLabel('Tên đăng nhập', { exact: true }).fill('e2e.moi');
    await page.getByLabel('Họ và tên').fill('Cán bộ <b>Mới</b>');
    await page.getByLabel('Vai trò').selectOption('official');
    await pickUnit(page, 'Đơn vị', 'HP-BDV');
    await pickUnit(page, 'Phạm vi theo dõi', 'HP-BDV');
    await page.getByLabel('Mật khẩu ban đầu').fill('password1');
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await expect(page.getByText('Mật khẩu này quá phổ biến')).toBeVisible();
    await page.getByLabel('Mật khẩu ban đầu').fill('Tam-Thoi-Cho-E2E-1');
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await expect(page.getByText('Đã tạo tài khoản.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Cán bộ <b>Mới</b>');

    const context = await browser.newContext();
    const user = await context.newPage();
    await user.goto('/login');
    await user.getByLabel('Tên đăng nhập').fill('e2e.moi');
    await user.getByLabel('Mật khẩu').fill('Tam-Thoi-Cho-E2E-1');
    await user.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(user).toHaveURL(/\/account\/password/);
    await expect(user.getByText('Bạn cần đổi mật khẩu trước khi tiếp tục làm việc.')).toBeVisible();
    await user.goto('/dashboard');
    await expect(user).toHaveURL(/\/account\/password/);
    await user.getByLabel('Mật khẩu hiện tại').fill('Tam-Thoi-Cho-E2E-1');
    await user.getByLabel('Mật khẩu mới', { exact: true }).fill('Mat-Khau-Rieng-Cua-Toi');
    await user.getByLabel('Nhập lại mật khẩu mới').fill('Mat-Khau-Rieng-Cua-Toi');
    await user.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await expect(user).toHaveURL(/\/login\?reason=password_changed/);
    await expect(user.getByText('Đã đổi mật khẩu.')).toBeVisible();
    await user.getByLabel('Tên đăng nhập').fill('e2e.moi');
    await user.getByLabel('Mật khẩu').fill('Mat-Khau-Rieng-Cua-Toi');
    await user.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(user).toHaveURL(/\/my-work/); // an official starts with their work
    await context.close();
  });

  test('a deactivated user is thrown out on their next request', async ({ page, browser }) => {
    test.slow();
    // An account of its own, so that no other test signing in as a demo account is disturbed.
    await loginAs(page, 'quantri');
    await page.goto('/admin/users/new');
    await page.getByLabel('Tên đăng nhập', { exact: true }).fill('e2e.khoa');
    await page.getByLabel('Họ và tên').fill('Tài khoản sẽ bị khóa');
    await pickUnit(page, 'Đơn vị', 'BNV');
    await pickUnit(page, 'Phạm vi theo dõi', 'BNV');
    await page.getByLabel('Mật khẩu ban đầu').fill('Tam-Thoi-Cho-E2E-2');
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await expect(page.getByText('Đã tạo tài khoản.')).toBeVisible();

    const context = await browser.newContext();
    const victim = await context.newPage();
    await victim.goto('/login');
    await victim.getByLabel('Tên đăng nhập').fill('e2e.khoa');
    await victim.getByLabel('Mật khẩu').fill('Tam-Thoi-Cho-E2E-2');
    await victim.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(victim).toHaveURL(/\/account\/password/);

    await page.getByRole('button', { name: 'Khóa tài khoản' }).click();
    await expect(page.getByText('Đã khóa tài khoản.')).toBeVisible();
    await victim.reload();
    await expect(victim).toHaveURL(/\/login/);
    await context.close();
  });

  test('an admin cannot change their own role, and others see no administration', async ({ page }) => {
    await loginAs(page, 'quantri');
    await page.goto('/admin/users/quantri');
    await expect(page.getByText('bạn không tự đổi vai trò của mình')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Khóa tài khoản' })).toHaveCount(0);
  });

  test('officials and coordinators get not found on the administration pages', async ({ page }) => {
    await loginAs(page, 'hp.dieuphoi');
    await expect(page.getByRole('link', { name: 'Quản trị tài khoản' })).toHaveCount(0);
    const response = await page.goto('/admin/users');
    expect(response?.status()).toBe(404);
  });
});

test.describe('audit log', () => {
  test('a provincial coordinator reads the log of their scope and exports it as CSV', async ({ page }) => {
    await loginAs(page, 'hp.dieuphoi');
    await page.getByRole('link', { name: 'Nhật ký hệ thống' }).click();
    await expect(page.getByRole('heading', { name: 'Nhật ký hệ thống', level: 1 })).toBeVisible();
    await page.getByLabel('Người thực hiện (tên đăng nhập)').fill('hp.dieuphoi');
    await page.getByLabel('Thao tác').fill('auth.login');
    await page.getByRole('button', { name: 'Lọc' }).click();
    await expect(page).toHaveURL(/actor=hp.dieuphoi/);
    await expect(page.getByRole('cell', { name: 'auth.login', exact: true }).first()).toBeVisible();

    const href = await page.getByRole('link', { name: 'Tải về CSV (theo bộ lọc)' }).getAttribute('href');
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers()['cache-control']).toContain('no-store');
    expect(response.headers()['content-disposition']).toMatch(/attachment; filename="audit-2026-11-15\.csv"/);
    const body = await response.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines[0]).toBe('id,at_utc,actor,organization,entity_type,entity_code,action,from,to,data');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((line) => line.includes(',hp.dieuphoi,'))).toBe(true);
  });

  test('the export refuses anonymous requests and officials', async ({ page, request }) => {
    expect((await request.get('/api/export/audit', { maxRedirects: 0 })).status()).not.toBe(200);
    await loginAs(page, 'hp.danvan');
    expect((await page.request.get('/api/export/audit')).status()).toBe(404);
    expect((await page.goto('/audit'))?.status()).toBe(404);
  });
});
