import { expect as baseExpect, loginAs, test } from './fixtures';

const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 90_000 });

/**
 * The demo data holds NV-HP-09, Ban Dân vận Hải Phòng's task overdue by 10 days on the seeding
 * day; the server ran that day's reminders at start, before answering: its official finds the
 * reminder behind the bell at first sign-in.
 */
test('an official sees the bell count, opens the overdue reminder and lands on the task', async ({
  page,
}) => {
  await loginAs(page, 'hp.danvan');
  const bell = page.getByRole('link', { name: /^Thông báo: \d+ thông báo chưa đọc$/ });
  await expect(bell).toBeVisible();
  const unread = Number((await bell.getAttribute('aria-label'))!.match(/(\d+) thông báo/)![1]);
  expect(unread).toBeGreaterThan(0);

  await bell.click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Thông báo' })).toBeVisible();
  await page.getByRole('button', { name: 'Nhiệm vụ đã quá hạn: Mở NV-HP-09' }).click();

  await expect(page).toHaveURL(/\/tasks\/NV-HP-09$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Tổng hợp ý kiến của Mặt trận Tổ quốc và các đoàn thể về dự thảo báo cáo tổng kết',
  );
  await expect(page.getByRole('link', { name: /^Thông báo: / })).toHaveAttribute(
    'aria-label',
    unread - 1 === 0
      ? 'Thông báo: không có thông báo chưa đọc'
      : `Thông báo: ${unread - 1} thông báo chưa đọc`,
  );
});
