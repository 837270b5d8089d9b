import { expect, loginAs, test } from './fixtures';

/**
 * The e-mail side of issue 15 as people use it. The end-to-end servers run without SMTP_URL, so
 * they send no mail: the pages say so, and choices and addresses are still kept. Mails themselves
 * are tested against a real SMTP server in db/queries/mail-outbox.int.test.ts.
 */
test.describe('e-mail settings', () => {
  // several pages each, on two cores shared by every server and browser
  test.setTimeout(90_000);

  test('a leader chooses, per kind, how notifications are mailed, and the digest of their scope', async ({
    page,
  }) => {
    await loginAs(page, 'hp.lanhdao');
    await page.goto('/account/notifications');
    await expect(page.getByRole('heading', { name: 'Cách nhận thông báo', level: 1 })).toBeVisible();
    await expect(page.getByText('chưa có địa chỉ thư điện tử đã xác nhận')).toBeVisible();
    await page.getByLabel('Nhiệm vụ sắp đến hạn').selectOption({ label: 'Bản tin hằng ngày' });
    await page.getByLabel('Yêu cầu giải trình').selectOption({ label: 'Không gửi thư' });
    await page
      .getByLabel('Bản tin tình hình trong phạm vi theo dõi (lãnh đạo)')
      .selectOption({ label: 'Hằng tuần' });
    await page.getByRole('button', { name: 'Lưu lựa chọn' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã lưu cách nhận thông báo.' })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Nhiệm vụ sắp đến hạn')).toHaveValue('digest');
    await expect(page.getByLabel('Yêu cầu giải trình')).toHaveValue('off');
    // reminders come in the daily digest unless chosen otherwise; other kinds at once
    await expect(page.getByLabel('Nhiệm vụ quá hạn')).toHaveValue('digest');
    await expect(page.getByLabel('Nhiệm vụ mới giao cho đơn vị')).toHaveValue('immediate');
    await expect(page.getByLabel('Bản tin tình hình trong phạm vi theo dõi (lãnh đạo)')).toHaveValue(
      'weekly',
    );

    await page.getByRole('link', { name: 'Thư điện tử' }).click();
    await expect(page.getByRole('heading', { name: 'Địa chỉ thư điện tử', level: 1 })).toBeVisible();
    await expect(page.getByTestId('confirmed-email')).toHaveText('Chưa có');
    await expect(page.getByText('Máy chủ chưa được cấu hình gửi thư điện tử')).toBeVisible();
  });

  test('an admin records an address for an account, and sees the mail queue on /admin/system', async ({
    page,
  }) => {
    await loginAs(page, 'quantri');
    await page.goto('/admin/users/hp.mttq');
    const email = page.getByRole('textbox', { name: 'Địa chỉ thư điện tử' });
    await email.fill('not an address');
    await page.getByRole('button', { name: 'Lưu địa chỉ' }).click();
    await expect(page.getByText('Địa chỉ thư điện tử không hợp lệ.')).toBeVisible();
    await email.fill('mttq@example.test');
    await page.getByRole('button', { name: 'Lưu địa chỉ' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã lưu địa chỉ thư điện tử.' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Địa chỉ thư điện tử' })).toHaveValue('mttq@example.test');

    await page.getByRole('link', { name: 'Hệ thống', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Tình trạng hệ thống', level: 1 })).toBeVisible();
    await expect(page.getByTestId('mail-counts')).toContainText('Đang chờ gửi');
    await expect(page.getByText('Chưa cấu hình SMTP_URL')).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'Lần chạy gần nhất của các tác vụ định kỳ' }),
    ).toBeVisible();
  });

  test('nobody but a national admin finds /admin/system', async ({ page }) => {
    await loginAs(page, 'hp.dieuphoi');
    expect((await page.request.get('/admin/system', { maxRedirects: 0 })).status()).toBe(404);
    await expect(page.getByRole('link', { name: 'Hệ thống', exact: true })).toHaveCount(0);
  });
});
