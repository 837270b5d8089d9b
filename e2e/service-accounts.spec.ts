import { type APIRequestContext, type Page, request as playwrightRequest } from '@playwright/test';
import { expect, loginAs, test } from './fixtures';
import { LoginPage } from './pages/login-page';
import { pickUnit } from './pages/unit-picker';
import { DEMO_PASSWORD } from './security/action-client';

/**
 * Issue 21, the administrator's side: a service account for a province's document system,
 * a token issued to it (shown once) that opens /api/v1 as that account, the account itself
 * refused at the sign-in page, every token of the scope listed with its use, revoked there,
 * and the account deactivated with its tokens.
 */
async function issueToken(page: Page, name: string): Promise<string> {
  await page.getByLabel('Tên để nhận biết').fill(name);
  await page.getByLabel('Mật khẩu hiện tại').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Tạo mã' }).click();
  const secret = page.getByLabel('Mã truy cập mới');
  await expect(secret).toHaveValue(/^nq23_[A-Za-z0-9_-]{43}$/);
  return secret.inputValue();
}

const tasksOf = (api: APIRequestContext, token: string) =>
  api.get('/api/v1/tasks?org=P31&limit=5', { headers: { Authorization: `Bearer ${token}` } });

test.describe('service accounts', () => {
  test.setTimeout(120_000);

  test('an admin makes one, issues it tokens, sees their use, revokes one and deactivates it; it never signs in', async ({
    page,
    browser,
    baseURL,
  }) => {
    await loginAs(page, 'quantri');
    await page.getByRole('link', { name: 'Tài khoản dịch vụ' }).first().click();
    await expect(page.getByRole('heading', { name: 'Tài khoản dịch vụ', level: 1 })).toBeVisible();

    // a refused form keeps what was typed and says why
    await page.getByRole('button', { name: 'Tạo tài khoản dịch vụ' }).click();
    await expect(page.getByText('Vui lòng nhập tên hệ thống.')).toBeVisible();
    await page.getByLabel('Tên hệ thống').fill('Hệ thống quản lý văn bản Hải Phòng');
    await page.getByLabel('Mô tả (dùng để làm gì)').fill('Đồng bộ nhiệm vụ sang hệ thống văn bản');
    await page.getByLabel('Vai trò').selectOption('coordinator');
    await expect(page.getByLabel('Vai trò').locator('option', { hasText: 'Quản trị' })).toHaveCount(0);
    await pickUnit(page, 'Đơn vị', 'P31');
    await page.getByRole('button', { name: 'Tạo tài khoản dịch vụ' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã tạo tài khoản dịch vụ' })).toBeVisible();
    await expect(page).toHaveURL(/\/admin\/service-accounts\/svc\.p31\.[0-9a-f]{6}\?saved=created$/);
    const login = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');

    const first = await issueToken(page, 'Đồng bộ 1');
    const api = await playwrightRequest.newContext({ baseURL });
    const listed = await tasksOf(api, first);
    expect(listed.status()).toBe(200);
    expect((await listed.json()).data.length).toBeGreaterThan(0);

    // it has no password: the sign-in page refuses it whatever is typed
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    const loginPage = new LoginPage(otherPage);
    await loginPage.goto();
    await loginPage.signIn(login, DEMO_PASSWORD);
    await expect(loginPage.errorMessage()).toBeVisible();
    await expect(otherPage).toHaveURL(/\/login/);
    await other.close();

    // every token of the scope, with its owner and its use; the day's log behind it
    await page.getByRole('link', { name: '← Các tài khoản dịch vụ' }).click();
    await page.getByRole('link', { name: 'Mã truy cập API trong phạm vi' }).click();
    await expect(
      page.getByRole('heading', { name: 'Mã truy cập API trong phạm vi', level: 1 }),
    ).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: login });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Đồng bộ 1');
    await expect(row).toContainText('dịch vụ');
    await expect(row.getByRole('cell').nth(7)).toHaveText('1');
    await row.getByRole('link', { name: 'Đồng bộ 1' }).click();
    await expect(page.getByRole('heading', { name: /Nhật ký sử dụng mã Đồng bộ 1/ })).toBeVisible();
    await expect(page.getByRole('row').nth(1).getByRole('cell').nth(1)).toHaveText('1');

    // revoked from the list of the scope: the API refuses it
    await page.getByRole('link', { name: '← Mã truy cập API trong phạm vi' }).click();
    await page.getByRole('button', { name: 'Thu hồi mã Đồng bộ 1' }).click();
    await expect(row).toContainText('Đã thu hồi');
    expect((await tasksOf(api, first)).status()).toBe(401);

    // deactivated: every token of it goes with it
    await page.goto(`/admin/service-accounts/${login}`);
    const second = await issueToken(page, 'Đồng bộ 2');
    expect((await tasksOf(api, second)).status()).toBe(200);
    await page.getByRole('button', { name: 'Ngừng hoạt động và thu hồi mọi mã' }).click();
    await expect(page.getByText('Đã ngừng hoạt động', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Tạo mã' })).toHaveCount(0);
    await expect(page.getByRole('row').filter({ hasText: 'Đồng bộ 2' })).toContainText('Đã thu hồi');
    const refused = await tasksOf(api, second);
    expect(refused.status()).toBe(401);
    expect(refused.headers()['content-type']).toBe('application/problem+json');
    await api.dispose();
  });
});
