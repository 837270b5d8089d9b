import type { Browser, Page } from '@playwright/test';
import { expect as baseExpect, loginAs, test } from './fixtures';
import { TaskPage } from './pages/task-page';
import { pickUnit } from './pages/unit-picker';

// Server actions revalidate the page they come from: on a busy two-core machine that takes a few seconds.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 180_000 });

async function signedIn(browser: Browser, login: string) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await loginAs(page, login);
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeVisible();
  return { context, page, task: new TaskPage(page) };
}

/** Fills the new-task form and submits it; returns the new task's code (from the page it lands on). */
async function assign(page: Page, title: string, unit: string, dueOn: string) {
  await page.getByLabel('Tên nhiệm vụ').fill(title);
  await pickUnit(page, 'Đơn vị thực hiện', unit);
  await page.getByLabel('Hạn hoàn thành').fill(dueOn);
  await page.getByRole('button', { name: 'Giao nhiệm vụ', exact: true }).click();
  await expect(page).toHaveURL(/\/tasks\/NV-2026-\d{4}$/);
  return new URL(page.url()).pathname.split('/').pop()!;
}

// The demo has no commune with accounts: the city's office cascades to two of its units that have
// officials (the Mass Mobilisation board and the Front), as it would to two communes.
test('a province coordinator cascades a task to two units; the parent’s roll-up moves when one completes', async ({
  browser,
}) => {
  const coordinator = await signedIn(browser, 'hp.dieuphoi');
  const { page } = coordinator;
  await page.goto('/tasks/new');
  const parent = await assign(page, 'Tổng hợp kết quả tổng kết của các đơn vị', 'P31', '2027-03-31');

  await page.getByRole('link', { name: 'Giao nhiệm vụ con' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Giao nhiệm vụ con của ${parent}`);
  // Due after the parent: refused with the reason, next to the field.
  await page.getByLabel('Tên nhiệm vụ').fill('Báo cáo của Ban Dân vận');
  await pickUnit(page, 'Đơn vị thực hiện', 'HP-BDV');
  await page.getByLabel('Hạn hoàn thành').fill('30/04/2027');
  await page.getByRole('button', { name: 'Giao nhiệm vụ', exact: true }).click();
  await expect(
    page.getByText('Hạn của nhiệm vụ con không được sau hạn hiện tại của nhiệm vụ cha.'),
  ).toBeVisible();
  await page.getByLabel('Hạn hoàn thành').fill('28/02/2027');
  await page.getByRole('button', { name: 'Giao nhiệm vụ', exact: true }).click();
  await expect(page).toHaveURL(/\/tasks\/NV-2026-\d{4}$/);
  const first = new URL(page.url()).pathname.split('/').pop()!;
  await expect(page.getByTestId('task-parent')).toHaveText(parent);

  await page.goto(`/tasks/new?parent=${parent}`);
  const second = await assign(page, 'Báo cáo của Mặt trận', 'HP-MTTQ', '2027-02-28');

  await coordinator.task.goto(parent);
  await expect(page.getByTestId('child-rollup')).toHaveText('0/2 hoàn thành');
  const children = page.getByTestId('child-tasks');
  await expect(children.getByRole('link', { name: first })).toBeVisible();
  await expect(children.getByRole('link', { name: second })).toBeVisible();
  await expect(coordinator.task.timeline()).toContainText(`Giao nhiệm vụ con: ${first}`);

  // The Mass Mobilisation board reports its part done; the city's office confirms it.
  const official = await signedIn(browser, 'hp.danvan');
  await official.task.goto(first);
  const report = await official.task.open('Báo cáo hoàn thành');
  await report.getByLabel('Ngày hoàn thành').fill('15/11/2026');
  await report.getByLabel('Kết quả đã thực hiện').fill('Đã gửi báo cáo của Ban');
  await official.task.submit('Báo cáo hoàn thành');
  await expect(official.task.status()).toHaveText('Chờ xác nhận hoàn thành');
  await official.context.close();

  await coordinator.task.goto(first);
  await coordinator.task.open('Xác nhận hoàn thành');
  await coordinator.task.submit('Xác nhận hoàn thành');
  await expect(coordinator.task.status()).toHaveText('Đã hoàn thành');
  await page.getByTestId('task-parent').getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/tasks/${parent}$`));
  await expect(page.getByTestId('child-rollup')).toHaveText('1/2 hoàn thành');
  await coordinator.context.close();
});
