import type { Browser } from '@playwright/test';
import { expect as baseExpect, loginAs, test } from './fixtures';
import { TaskPage } from './pages/task-page';
import { pickUnit } from './pages/unit-picker';

// Server actions revalidate the page they come from: on a busy two-core machine that takes a few seconds.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 120_000 });

async function signedIn(browser: Browser, login: string) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await loginAs(page, login);
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeVisible();
  return { context, page, task: new TaskPage(page) };
}

test.describe('task workflow', () => {
  test('an official updates progress and reports completion; the coordinator confirms @smoke', async ({
    browser,
  }) => {
    const official = await signedIn(browser, 'hp.danvan');
    await official.task.goto('NV-HP-06');
    await expect(official.task.status()).toHaveText('Đang thực hiện');

    const progress = await official.task.open('Cập nhật tiến độ');
    await progress.getByLabel('Tiến độ (%)').fill('80');
    await progress.getByLabel('Ghi chú').fill('Đã rà soát 8/10 nghị quyết');
    await official.task.submit('Cập nhật tiến độ');
    await expect(official.task.progress()).toHaveText('80%');
    await expect(official.task.timeline()).toContainText('Đã rà soát 8/10 nghị quyết');

    const report = await official.task.open('Báo cáo hoàn thành');
    await report.getByLabel('Ngày hoàn thành').fill('14/11/2026');
    await report.getByLabel('Kết quả đã thực hiện').fill('Đã gửi báo cáo rà soát');
    await report.getByLabel(/Số, ký hiệu văn bản/).fill('45/BC-BDVTU');
    await official.task.submit('Báo cáo hoàn thành');
    await expect(official.task.status()).toHaveText('Chờ xác nhận hoàn thành');
    await expect(
      official.page.getByText('Lúc này bạn không có thao tác cập nhật nào cho nhiệm vụ này.'),
    ).toBeVisible();
    await official.context.close();

    const coordinator = await signedIn(browser, 'hp.dieuphoi');
    await coordinator.task.goto('NV-HP-06');
    await coordinator.task.open('Xác nhận hoàn thành');
    await coordinator.task.submit('Xác nhận hoàn thành');
    await expect(coordinator.task.status()).toHaveText('Đã hoàn thành');
    await expect(coordinator.task.timeline()).toContainText('Xác nhận hoàn thành');
    await expect(coordinator.task.timeline()).toContainText('Văn bản: 45/BC-BDVTU');
    await coordinator.context.close();
  });

  test('a deadline extension keeps the original date and shows in the timeline', async ({ page }) => {
    await loginAs(page, 'hp.dieuphoi');
    const task = new TaskPage(page);
    await task.goto('NV-HP-07');
    const extend = await task.open('Gia hạn');
    await task.submit('Gia hạn');
    await expect(extend.getByText('Vui lòng nhập lý do.')).toBeVisible();
    await extend.getByLabel('Hạn mới').fill('30/09/2027');
    await extend.getByLabel('Lý do').fill('Chờ hướng dẫn của Trung ương');
    await task.submit('Gia hạn');
    await expect(page.getByTestId('task-due')).toContainText('30/09/2027');
    await expect(page.getByTestId('task-original-due')).toHaveText('30/06/2027');
    await expect(task.timeline()).toContainText('Gia hạn: 30/06/2027 → 30/09/2027');
    await expect(task.timeline()).toContainText('Chờ hướng dẫn của Trung ương');
  });

  test('two people update the same task: the second is told and overwrites nothing', async ({ browser }) => {
    const first = await signedIn(browser, 'bnv');
    const second = await signedIn(browser, 'bnv');
    await first.task.goto('NV-BNV-01');
    await second.task.goto('NV-BNV-01');

    const a = await first.task.open('Cập nhật tiến độ');
    await a.getByLabel('Tiến độ (%)').fill('65');
    await a.getByLabel('Ghi chú').fill('Cập nhật của người thứ nhất');
    await first.task.submit('Cập nhật tiến độ');
    await expect(first.task.progress()).toHaveText('65%');

    const b = await second.task.open('Cập nhật tiến độ');
    await b.getByLabel('Tiến độ (%)').fill('20');
    await b.getByLabel('Ghi chú').fill('Cập nhật của người thứ hai');
    await second.task.submit('Cập nhật tiến độ');
    await expect(second.page.getByText('Nhiệm vụ này vừa được người khác thay đổi')).toBeVisible();
    await expect(second.page.getByTestId('conflict-current')).toContainText('tiến độ 65%');
    await expect(second.task.progress()).toHaveText('65%');
    await expect(second.task.timeline()).not.toContainText('Cập nhật của người thứ hai');
    await first.context.close();
    await second.context.close();
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('an official updates progress, with clear errors for bad values @smoke', async ({ page }) => {
    await loginAs(page, 'hp.mttq');
    const task = new TaskPage(page);
    await task.goto('NV-HP-05');
    const form = await task.open('Cập nhật tiến độ');
    const input = form.getByLabel('Tiến độ (%)');
    await form.getByLabel('Ghi chú').fill('Thử');
    for (const bad of ['101', '-5']) {
      await input.fill(bad);
      await task.submit('Cập nhật tiến độ');
      await expect(form.getByText('Tiến độ phải là số nguyên từ 0 đến 100.')).toBeVisible();
      await expect(task.progress()).toHaveText('60%');
      await expect(form.getByLabel('Ghi chú')).toHaveValue('Thử'); // a refused form keeps what was typed
    }
    await input.fill('75');
    await form.getByLabel('Ghi chú').fill('<script>alert(1)</script> =HYPERLINK("http://x","y")');
    await task.submit('Cập nhật tiến độ');
    await expect(task.progress()).toHaveText('75%');
    await expect(page.getByTestId('task-last-note')).toHaveText(
      '<script>alert(1)</script> =HYPERLINK("http://x","y")',
    );
    // the whole form fits the screen: no sideways scrolling
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
  });
});

test.describe('reach and reading', () => {
  test('an official cannot open another unit’s task: not found', async ({ page }) => {
    await loginAs(page, 'hp.mttq');
    const response = await page.goto('/tasks/NV-HP-06');
    expect(response?.status()).toBe(404);
    await expect(page.getByText('Không tìm thấy trang hoặc nội dung này.')).toBeVisible();
  });

  test('a leader reads a task with its timeline and recommendations, and may only comment', async ({
    page,
  }) => {
    await loginAs(page, 'hp.lanhdao');
    await page.goto('/tasks/NV-HP-03');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Tổng hợp, gửi các kiến nghị');
    await expect(page.getByText('Bạn chỉ có quyền xem nhiệm vụ này.')).toBeVisible();
    // leaders write comments and requests for explanation only (NV-HP-03 was completed: none to request)
    await expect(page.locator('main form')).toHaveCount(1);
    await expect(page.getByTestId('discussion').locator('form')).toHaveCount(1);
    await expect(page.getByRole('link', { name: 'KN-HP-01' })).toHaveAttribute(
      'href',
      '/recommendations/KN-HP-01',
    );
    await expect(page.getByTestId('timeline')).toContainText('Giao nhiệm vụ');
  });

  test('search without diacritics, filters in the URL and class counts that apply themselves', async ({
    page,
  }) => {
    await loginAs(page, 'lanhdao');
    await page.getByRole('link', { name: 'Nhiệm vụ' }).first().click();
    await expect(page.getByRole('heading', { name: 'Nhiệm vụ', level: 1 })).toBeVisible();
    await page.getByLabel('Tìm theo mã, tên nhiệm vụ').fill('dan van');
    await page.getByRole('button', { name: 'Lọc' }).click();
    await expect(page).toHaveURL(/q=dan\+van/);
    const titles = page.locator('tbody tr td:nth-child(2)');
    await expect(titles.first()).toBeVisible();
    for (const title of await titles.allTextContents()) expect(title.toLowerCase()).toContain('dân vận');

    await page.goto('/tasks?q=hai%20phong');
    await expect(page.getByRole('link', { name: 'NV-HP-02' })).toBeVisible();
    // a row is styled by its table's class (globals.css): the bar is drawn and says its value
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'NV-HP-02' }) });
    const bar = row.getByRole('progressbar', { name: 'Tiến độ' });
    await expect(bar).toHaveAttribute('aria-valuenow', /^\d+$/);
    await expect(bar).toHaveCSS('width', '96px');
    await row.getByRole('link', { name: 'NV-HP-02' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page).toHaveURL(/\/tasks\/NV-HP-02$/);

    await page.goto('/tasks?province=P31');
    const overdue = page.getByTestId('class-link-overdue');
    const count = Number((await overdue.locator('span').last().textContent())?.replace(/\D/g, ''));
    await overdue.click();
    await expect(page).toHaveURL(/province=P31/);
    await expect(page).toHaveURL(/class=overdue/);
    await expect(page.locator('tbody tr')).toHaveCount(count);
    for (const cell of await page.locator('tbody tr td:nth-child(7)').allTextContents()) {
      expect(cell).toBe('Chưa hoàn thành, quá hạn');
    }
  });

  test('the list pages forwards and back from row to row, keeping its sort and filters', async ({ page }) => {
    await loginAs(page, 'lanhdao');
    await page.goto('/tasks?sort=-code');
    const pager = page.getByRole('navigation', { name: 'Phân trang' });
    const codes = () => page.locator('tbody tr td:first-child').allTextContents();
    await expect(pager).toContainText(/Trang 1\/\d+/);
    await expect(pager.getByRole('link', { name: 'Trang trước' })).toHaveCount(0);
    const first = await codes();
    expect(first).toHaveLength(50);

    await pager.getByRole('link', { name: 'Trang sau' }).click();
    await expect(pager).toContainText(/Trang 2\/\d+/);
    await expect(page).toHaveURL(/sort=-code/);
    await expect(page).toHaveURL(/after=/);
    const second = await codes();
    // the next page starts where the first ended: no row twice
    expect(second.length).toBeGreaterThan(0);
    expect(second.some((code) => first.includes(code))).toBe(false);

    await pager.getByRole('link', { name: 'Trang trước' }).click();
    await expect(pager).toContainText(/Trang 1\/\d+/);
    expect(await codes()).toEqual(first);

    // an edited cursor is reported and the list starts again from its first page
    await page.goto('/tasks?sort=-code&after=bm90LWEtY3Vyc29y');
    await expect(page.getByText('Một số tham số lọc không hợp lệ đã được bỏ qua: after.')).toBeVisible();
    expect(await codes()).toEqual(first);
  });

  test('a coordinator assigns a task; hostile text is shown as text', async ({ page }) => {
    await loginAs(page, 'hp.dieuphoi');
    await page.goto('/tasks/new');
    await page.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
    await expect(page.getByText('Vui lòng nhập tên nhiệm vụ.')).toBeVisible();
    const title = '<script>alert("x")</script> =HYPERLINK("http://evil","bấm")';
    await page.getByLabel('Tên nhiệm vụ').fill(title);
    await pickUnit(page, 'Đơn vị thực hiện', 'HP-MTTQ');
    await page.getByLabel('Hạn hoàn thành').fill('31/03/2027');
    await page.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
    await expect(page).toHaveURL(/\/tasks\/NV-2026-\d{4}$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByTestId('task-status')).toHaveText('Chưa thực hiện');
  });
});

test.describe('survey sessions', () => {
  test('a coordinator records a session and its page lists what came out of it', async ({ page }) => {
    await loginAs(page, 'hp.dieuphoi');
    await page.goto('/sessions/KS-HP');
    await expect(page.getByRole('link', { name: 'NV-HP-01' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'KN-HP-02' })).toHaveAttribute(
      'href',
      '/recommendations/KN-HP-02',
    );

    await page.goto('/sessions/new');
    await page.getByLabel('Mã đợt khảo sát').fill('KS-HP-SNV');
    await page.getByLabel('Tên đợt khảo sát').fill('Làm việc với Sở Nội vụ');
    await page.getByLabel('Ngày khảo sát').fill('12/11/2026');
    await pickUnit(page, 'Đơn vị được khảo sát', 'HP-SNV');
    await page.getByLabel(/Thành phần làm việc/).fill('Giám đốc Sở Nội vụ\nPhó Giám đốc Sở Nội vụ');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect(page).toHaveURL(/\/sessions\/KS-HP-SNV$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Làm việc với Sở Nội vụ');
    await expect(page.getByText('Phó Giám đốc Sở Nội vụ')).toBeVisible();
  });
});
