import type { Browser } from '@playwright/test';
import { expect as baseExpect, loginAs, test } from './fixtures';

// Server actions revalidate the page they come from: on a busy two-core machine that takes a few seconds.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 120_000 });

async function signedIn(browser: Browser, login: string) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await loginAs(page, login);
  return { context, page };
}

// On E2E_NOW (15/11/2026) NV-HP-05 — Mặt trận Tổ quốc thành phố (official hp.mttq), due
// 30/09/2026, in progress — is overdue; Hải Phòng's coordinator hp.dieuphoi decides its extensions.
const TASK = 'NV-HP-05';
const REASON = 'Chờ số liệu tổng hợp của các huyện, xã.';
const REFUSAL = 'Ban Chỉ đạo đã ấn định hạn, không gia hạn thêm.';

test('an official asks for an extension, the coordinator refuses it, the official is told why', async ({
  browser,
}) => {
  const official = await signedIn(browser, 'hp.mttq');
  await official.page.goto(`/tasks/${TASK}`);
  const asked = official.page.getByTestId('extensions');
  // a date before today is refused with a message, nothing is sent
  await asked.getByLabel('Hạn mới đề nghị', { exact: true }).fill('01/11/2026');
  await asked.getByLabel('Lý do đề nghị', { exact: true }).fill(REASON);
  await asked.getByRole('button', { name: 'Đề nghị gia hạn', exact: true }).click();
  await expect(asked).toContainText('Hạn mới không được trước hôm nay.');
  await expect(asked.getByTestId('extension')).toHaveCount(0);

  await asked.getByLabel('Hạn mới đề nghị', { exact: true }).fill('31/01/2027');
  await asked.getByRole('button', { name: 'Đề nghị gia hạn', exact: true }).click();
  const request = asked.getByTestId('extension').first();
  await expect(request).toContainText('Chờ quyết định');
  await expect(request).toContainText('Hạn 30/09/2026 → đề nghị 31/01/2027');
  await expect(official.page.getByTestId('timeline')).toContainText(REASON);
  // one pending request at a time: the form is gone
  await expect(asked.getByLabel('Hạn mới đề nghị', { exact: true })).toHaveCount(0);

  const coordinator = await signedIn(browser, 'hp.dieuphoi');
  await coordinator.page.goto('/my-work');
  const pending = coordinator.page.getByTestId('extensions');
  await expect(pending).toContainText('Đề nghị gia hạn đang chờ quyết định');
  await pending.getByRole('link', { name: TASK }).click();
  await expect(coordinator.page).toHaveURL(new RegExp(`/tasks/${TASK}$`));
  const decide = coordinator.page.getByTestId('extensions');
  // a refusal needs a reason
  await decide.getByRole('button', { name: 'Không chấp thuận', exact: true }).click();
  await expect(decide).toContainText('Vui lòng nêu lý do không chấp thuận.');
  await decide.getByLabel('Lý do không chấp thuận', { exact: true }).fill(REFUSAL);
  await decide.getByRole('button', { name: 'Không chấp thuận', exact: true }).click();
  await expect(decide.getByTestId('extension').first()).toContainText('Không được chấp thuận');
  await expect(decide.getByTestId('extension-refusal').first()).toHaveText(
    `Lý do không chấp thuận: ${REFUSAL}`,
  );
  await expect(coordinator.page.getByTestId('task-due')).toContainText('30/09/2026');
  await coordinator.context.close();

  await official.page.goto('/notifications');
  const item = official.page
    .getByRole('listitem')
    .filter({ hasText: 'Đề nghị gia hạn không được chấp thuận' });
  await expect(item.first()).toContainText(`Lý do: ${REFUSAL}`);
  await expect(item.first()).toContainText('Hạn đề nghị: 31/01/2027');
  await item
    .first()
    .getByRole('button', { name: `Đề nghị gia hạn không được chấp thuận: Mở ${TASK}` })
    .click();
  await expect(official.page).toHaveURL(new RegExp(`/tasks/${TASK}$`));
  await expect(official.page.getByTestId('extension-refusal').first()).toContainText(REFUSAL);
  await official.context.close();
});
