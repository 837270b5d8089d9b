import { request as playwrightRequest } from '@playwright/test';
import { expect, loginAs, test } from './fixtures';
import { DEMO_PASSWORD } from './security/action-client';

/**
 * Issue 21 as an integrator uses it: a token made on /account/tokens (shown once) opens
 * /api/v1 through the real server and its proxy; the session cookie opens nothing there;
 * a revoked token is refused.
 */
test.describe('API access tokens', () => {
  test.setTimeout(90_000);

  test('an official makes a token, the API answers it (never the session), and a revoked one is refused', async ({
    page,
    baseURL,
  }) => {
    await loginAs(page, 'hp.mttq');
    await page.goto('/account/tokens');
    await expect(page.getByRole('heading', { name: 'Mã truy cập API', level: 1 })).toBeVisible();
    await page.getByLabel('Tên để nhận biết').fill('Hệ thống văn bản');
    await page.getByLabel('Quyền').selectOption({ label: 'Đọc và ghi' });
    // an open session is not enough: the current password is asked
    await page.getByLabel('Mật khẩu hiện tại').fill('mat-khau-sai');
    await page.getByRole('button', { name: 'Tạo mã' }).click();
    await expect(page.getByText('Mật khẩu không đúng.')).toBeVisible();
    await expect(page.getByLabel('Mã truy cập mới')).toHaveCount(0);
    await page.getByLabel('Tên để nhận biết').fill('Hệ thống văn bản');
    await page.getByLabel('Quyền').selectOption({ label: 'Đọc và ghi' });
    await page.getByLabel('Mật khẩu hiện tại').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Tạo mã' }).click();
    const secret = page.getByLabel('Mã truy cập mới');
    await expect(secret).toHaveValue(/^nq23_[A-Za-z0-9_-]{43}$/);
    const token = await secret.inputValue();

    const api = await playwrightRequest.newContext({ baseURL });
    const read = await api.get('/api/v1/tasks/NV-HP-05', { headers: { Authorization: `Bearer ${token}` } });
    expect(read.status()).toBe(200);
    expect(read.headers().etag).toMatch(/^"\d+-[0-9a-f]{16}"$/);
    expect((await read.json()).code).toBe('NV-HP-05');
    // writes go through the proxy too (the seeded task is left as other specs expect it)
    const unconditional = await api.patch('/api/v1/tasks/NV-HP-05', {
      headers: { Authorization: `Bearer ${token}` },
      data: { progress: 65, note: 'Cập nhật qua API' },
    });
    expect(unconditional.status()).toBe(428);
    const stale = await api.patch('/api/v1/tasks/NV-HP-05', {
      headers: { Authorization: `Bearer ${token}`, 'If-Match': '"0"', 'Accept-Language': 'en' },
      data: { progress: 65, note: 'Cập nhật qua API' },
    });
    expect(stale.status()).toBe(412);
    expect(stale.headers()['content-type']).toBe('application/problem+json');
    expect((await stale.json()).title).toBe('The record has changed');

    // the browser's own session is no key to the API
    const withCookie = await page.request.get('/api/v1/tasks', { maxRedirects: 0 });
    expect(withCookie.status()).toBe(401);
    expect((await withCookie.json()).title).toBe('Chưa xác thực');
    // nor is it read there: the session is not renewed by an API call
    expect(withCookie.headers()['set-cookie']).toBeUndefined();

    // listed by its first characters, with its last use; the secret is not shown again
    await page.reload();
    await expect(page.getByLabel('Mã truy cập mới')).toHaveCount(0);
    const row = page.getByRole('row').filter({ hasText: 'Hệ thống văn bản' });
    await expect(row).toContainText(token.slice(0, 9));
    await expect(row).toContainText('Dùng được');
    await expect(row).not.toContainText('Chưa dùng');
    await row.getByRole('button', { name: 'Thu hồi mã Hệ thống văn bản' }).click();
    // the page shows it revoked at once (and after a reload)
    await expect(page.getByRole('row').filter({ hasText: 'Hệ thống văn bản' })).toContainText('Đã thu hồi');
    await page.reload();
    await expect(page.getByRole('row').filter({ hasText: 'Hệ thống văn bản' })).toContainText('Đã thu hồi');

    const refused = await api.get('/api/v1/tasks/NV-HP-05', {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(refused.status()).toBe(401);
    await api.dispose();

    const openapi = await playwrightRequest.newContext({ baseURL });
    const document = await openapi.get('/api/v1/openapi.json');
    expect(document.status()).toBe(200);
    expect((await document.json()).openapi).toBe('3.1.0');
    await openapi.dispose();
  });
});
