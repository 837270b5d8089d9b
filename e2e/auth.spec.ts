import { expect, loginAs, test } from './fixtures';

test.describe('signing in', () => {
  test('the login page says it is a demo and lists the demo accounts', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByRole('heading', { name: 'Bản trình diễn' })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'hp.danvan' })).toBeVisible();
  });

  test('an unknown page without a session leads to the login page', async ({ page }) => {
    await page.goto('/dashboard');
    await expect(page).toHaveURL(/\/login/);
  });

  test('a wrong password and an unknown login get the same message, in Vietnamese @smoke', async ({
    page,
    loginPage,
  }) => {
    await loginPage.goto();
    await loginPage.signIn('hp.danvan', 'wrong-password');
    await expect(loginPage.errorMessage()).toBeVisible();
    await loginPage.signIn('nobody-here', 'wrong-password');
    await expect(loginPage.errorMessage()).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
  });

  test('empty, huge and hostile login fields get a clear message, never an error page', async ({
    page,
    loginPage,
  }) => {
    await loginPage.goto();
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByText('Vui lòng nhập tên đăng nhập và mật khẩu.')).toBeVisible();
    await loginPage.signIn('x'.repeat(5000), 'y'.repeat(5000));
    await expect(loginPage.errorMessage()).toBeVisible();
    await loginPage.signIn("' OR 1=1 --<script>alert(1)</script>", 'whatever');
    await expect(loginPage.errorMessage()).toBeVisible();
  });

  test('a tampered session cookie leads back to the login page', async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: 'authjs.session-token', value: 'tampered.value.here', url: baseURL! }]);
    await page.goto('/dashboard');
    await expect(page).toHaveURL(/\/login/);
  });
});

test.describe('the application shell', () => {
  test('an official of HP-BDV sees only their unit’s tasks, in Vietnamese @smoke', async ({ page }) => {
    await loginAs(page, 'hp.danvan');
    await expect(page).toHaveURL(/\/my-work/); // officials start with their work
    await expect(page.getByRole('heading', { name: 'Việc của tôi', level: 1 })).toBeVisible();
    await page.getByRole('link', { name: 'Tổng quan' }).click();
    await expect(page).toHaveURL(/\/dashboard/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('heading', { name: 'Tổng quan', level: 1 })).toBeVisible();
    const user = page.getByTestId('user-card');
    await expect(user).toContainText('Cán bộ Ban Dân vận Thành ủy');
    await expect(user).toContainText('Ban Dân vận Thành ủy Hải Phòng');
    await expect(user).toContainText('Cán bộ');
    // NV-HP-08 (due in 3 days) and NV-HP-09 (overdue by 10) are dated from the seeding day
    await expect(page.getByTestId('tasks-total-value')).toHaveText('5');
    await expect(page.getByTestId('tasks-not-completed')).toContainText('2 trong hạn · 1 quá hạn');
    await expect(page.getByTestId('recommendations-total-value')).toHaveText('1'); // KN-HP-01, linked to its task
  });

  test('a national leader sees the whole country', async ({ page }) => {
    await loginAs(page, 'lanhdao');
    const total = Number((await page.getByTestId('tasks-total-value').textContent())?.replace(/\D/g, ''));
    expect(total).toBeGreaterThan(100);
    await expect(page.getByTestId('user-card')).toContainText('Lãnh đạo');
  });

  for (const login of ['quantri', 'dieuphoi', 'hp.dieuphoi', 'hp.lanhdao', 'hp.mttq', 'bnv']) {
    test(`${login} signs in and reaches the application`, async ({ page }) => {
      await loginAs(page, login);
      await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeVisible();
    });
  }

  test('the language switch turns the shell into English and is kept', async ({ page }) => {
    await loginAs(page, 'hp.lanhdao');
    await page.getByRole('button', { name: /English/ }).click();
    await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('button', { name: /Tiếng Việt/ }).click();
    await expect(page.getByRole('heading', { name: 'Tổng quan', level: 1 })).toBeVisible();
  });

  test('signing out ends the session, even for a copy of its cookie @smoke', async ({ page, context }) => {
    await loginAs(page, 'hp.mttq');
    const copy = await context.cookies();
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByText('Bạn đã đăng xuất.')).toBeVisible();
    await page.goto('/dashboard');
    await expect(page).toHaveURL(/\/login/);
    await context.addCookies(copy);
    await page.goto('/my-work');
    await expect(page).toHaveURL(/\/login/);
  });

  test('the health check needs no session', async ({ request }) => {
    const response = await request.get('/api/health');
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', db: 'ok' });
  });
});
