import type { Browser } from '@playwright/test';
import { expect as baseExpect, loginAs, test } from './fixtures';
import { TaskPage } from './pages/task-page';
import { pickUnit } from './pages/unit-picker';

// Server actions revalidate the page they come from: on a busy two-core machine that takes a few seconds.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 150_000 });

async function signedIn(browser: Browser, login: string) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await loginAs(page, login);
  return { context, page, task: new TaskPage(page) };
}

test.describe('lead and supporting units', () => {
  test('a coordinator names a supporting unit; its official updates its part; the lead reports completion with a note', async ({
    browser,
  }) => {
    // The coordinator assigns a task to the Mass Mobilisation Commission, the Front supporting.
    const coordinator = await signedIn(browser, 'hp.dieuphoi');
    await coordinator.page.goto('/tasks/new');
    await coordinator.page.getByLabel('Tên nhiệm vụ').fill('Tổng hợp ý kiến đoàn viên, hội viên (phối hợp)');
    await pickUnit(coordinator.page, 'Đơn vị thực hiện', 'HP-BDV');
    // Each unit chosen joins the list, and the picker starts empty again for the next one.
    const add = coordinator.page.getByRole('combobox', { name: 'Thêm đơn vị phối hợp', exact: true });
    await add.fill('HP-MTTQ');
    await coordinator.page.getByRole('option', { name: /\(HP-MTTQ\)$/ }).click();
    await expect(coordinator.page.getByTestId('supporting-units')).toContainText('(HP-MTTQ)');
    await expect(add).toHaveValue('');
    await coordinator.page.getByLabel('Hạn hoàn thành').fill('31/03/2027');
    await coordinator.page.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
    await expect(coordinator.page).toHaveURL(/\/tasks\/NV-2026-\d{4}$/);
    const code = coordinator.page.url().split('/').pop()!;
    await expect(coordinator.page.getByTestId('task-supporting')).toContainText('Ủy ban MTTQ Việt Nam');
    await expect(coordinator.page.getByText('Đơn vị chủ trì')).toBeVisible();
    await coordinator.context.close();

    // The Front's official reads the task, updates only its part, and has no action on the task itself.
    const front = await signedIn(browser, 'hp.mttq');
    await front.task.goto(code);
    await expect(
      front.page.getByText('Lúc này bạn không có thao tác cập nhật nào cho nhiệm vụ này.'),
    ).toBeVisible();
    const part = front.page.getByRole('form', { name: /Cập nhật phần việc của Ủy ban MTTQ/ });
    await part.getByLabel('Trạng thái phần việc').selectOption('in_progress');
    await part.getByLabel('Ghi chú phần việc').fill('Đã lấy ý kiến 12 tổ chức thành viên');
    await part.getByRole('button', { name: 'Lưu phần việc' }).click();
    await expect(part.getByText('Đã lưu phần việc.')).toBeVisible();
    await expect(front.page.getByTestId('support-parts')).toContainText('Đang thực hiện');
    await expect(front.task.timeline()).toContainText('Cập nhật phần việc phối hợp');
    await front.context.close();

    // The lead starts and reports completion; the Front's part is open, so the form asks why.
    const lead = await signedIn(browser, 'hp.danvan');
    await lead.task.goto(code);
    await lead.task.open('Bắt đầu thực hiện');
    await lead.task.submit('Bắt đầu thực hiện');
    await expect(lead.task.status()).toHaveText('Đang thực hiện');
    const report = await lead.task.open('Báo cáo hoàn thành');
    await expect(report.getByRole('note')).toContainText('Ủy ban MTTQ Việt Nam');
    await report.getByLabel('Ngày hoàn thành').fill('15/11/2026');
    await report.getByLabel('Kết quả đã thực hiện').fill('Đã gửi báo cáo tổng hợp');
    await lead.task.submit('Báo cáo hoàn thành');
    await expect(
      report.getByText('Phần việc phối hợp chưa xong: vui lòng ghi lý do vẫn báo cáo hoàn thành.'),
    ).toBeVisible();
    await report.getByLabel(/Lý do báo cáo hoàn thành/).fill('Mặt trận gửi bổ sung số liệu sau');
    await lead.task.submit('Báo cáo hoàn thành');
    await expect(lead.task.status()).toHaveText('Chờ xác nhận hoàn thành');
    await expect(lead.task.timeline()).toContainText('Mặt trận gửi bổ sung số liệu sau');
    await lead.context.close();
  });

  test('a user of another body gets the same 404 for a supported task', async ({ page }) => {
    await loginAs(page, 'bnv');
    expect((await page.request.get('/tasks/NV-HP-01')).status()).toBe(404);
  });
});
