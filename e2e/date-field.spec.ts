import type { Page } from '@playwright/test';
import { expect as baseExpect, loginAs, test } from './fixtures';
import { TaskPage } from './pages/task-page';
import { pickUnit } from './pages/unit-picker';

// Server actions revalidate the page they come from: on a busy two-core machine that takes a few seconds.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 120_000 });
// An English browser: a native date input would show and take mm/dd/yyyy here.
test.use({ locale: 'en-US' });

const REFUSED =
  'Ngày không hợp lệ. Vui lòng nhập một ngày có thật theo dạng ngày/tháng/năm, ví dụ 31/12/2026.';

/** A new task of Hải Phòng's coordinator, due on the day typed; its code. */
async function newTask(page: Page, title: string, due: string) {
  await page.goto('/tasks/new');
  await page.getByLabel('Tên nhiệm vụ').fill(title);
  await pickUnit(page, 'Đơn vị thực hiện', 'HP-MTTQ');
  await page.getByLabel('Hạn hoàn thành').fill(due);
  await page.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
  await expect(page).toHaveURL(/\/tasks\/NV-2026-\d{4}$/);
  return new URL(page.url()).pathname.split('/').pop() as string;
}

test.describe('dates typed and shown dd/MM/yyyy', () => {
  test('a day typed 31/12/2026 in an English browser is stored as 2026-12-31', async ({ page }) => {
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    await loginAs(page, 'hp.dieuphoi');
    await page.goto('/tasks/new');
    await expect(page.getByLabel('Hạn hoàn thành')).toHaveAttribute('placeholder', 'dd/mm/yyyy');

    const code = await newTask(page, 'Ngày gõ theo kiểu Việt Nam', '31/12/2026');
    await expect(page.getByTestId('task-due')).toContainText('31/12/2026');

    // The list filtered on that one day (compared in SQL, the URL keeps YYYY-MM-DD) finds the task.
    await page.goto(`/tasks?q=${code}`);
    await page.getByText('Bộ lọc', { exact: true }).click();
    await page.getByLabel('Hạn từ ngày').fill('31/12/2026');
    await page.getByLabel('Hạn đến ngày').fill('31/12/2026');
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await expect(page).toHaveURL(/dueFrom=2026-12-31/);
    await expect(page).toHaveURL(/dueTo=2026-12-31/);
    await expect(page.getByRole('link', { name: code })).toBeVisible();
    // the fields show the day of the URL as it was typed
    await expect(page.getByLabel('Hạn từ ngày')).toHaveValue('31/12/2026');

    // and the day before does not hold it
    await page.getByLabel('Hạn đến ngày').fill('30/12/2026');
    await page.getByLabel('Hạn từ ngày').fill('30/12/2026');
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await expect(page).toHaveURL(/dueTo=2026-12-30/);
    await expect(page.getByRole('link', { name: code })).toHaveCount(0);
  });

  test('the calendar opens and picks a day with the keyboard', async ({ page }) => {
    await loginAs(page, 'hp.dieuphoi');
    await page.goto('/tasks/new');
    await page.getByLabel('Tên nhiệm vụ').fill('Ngày chọn trên lịch');
    await pickUnit(page, 'Đơn vị thực hiện', 'HP-MTTQ');
    const due = page.getByLabel('Hạn hoàn thành');
    const calendar = page.getByRole('dialog', { name: 'Lịch chọn ngày' });
    const opener = page.getByRole('button', { name: 'Chọn ngày trên lịch' });
    await due.fill('10/03/2027');

    // Alt+ArrowDown in the field opens the calendar on the typed day; arrows move, Enter picks.
    await due.press('Alt+ArrowDown');
    await expect(calendar).toBeVisible();
    await expect(calendar.getByRole('grid')).toHaveAccessibleName('Tháng Ba 2027');
    await expect(calendar.locator('button:focus')).toHaveText('10');
    await page.screenshot({ path: 'test-results/e2e/date-field-calendar.png' });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expect(calendar.locator('button:focus')).toHaveText('18');
    await page.keyboard.press('Enter');
    await expect(calendar).toBeHidden();
    await expect(due).toHaveValue('18/03/2027');
    await expect(due).toBeFocused();

    // The button opens it too; Escape closes it, changes nothing and gives the focus back.
    await opener.focus();
    await page.keyboard.press('Enter');
    await expect(calendar).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Escape');
    await expect(calendar).toBeHidden();
    await expect(opener).toBeFocused();
    await expect(due).toHaveValue('18/03/2027');

    // PageDown moves a month: 18 April is picked and saved.
    await page.keyboard.press('Enter');
    await expect(calendar).toBeVisible();
    await page.keyboard.press('PageDown');
    await expect(calendar.getByRole('grid')).toHaveAccessibleName('Tháng Tư 2027');
    await page.keyboard.press('Enter');
    await expect(due).toHaveValue('18/04/2027');
    await page.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
    await expect(page).toHaveURL(/\/tasks\/NV-2026-\d{4}$/);
    await expect(page.getByTestId('task-due')).toContainText('18/04/2027');
  });

  test('in English the calendar speaks English and the day is still written dd/MM/yyyy', async ({
    page,
    context,
    baseURL,
  }) => {
    await loginAs(page, 'hp.dieuphoi');
    await context.addCookies([{ name: 'locale', value: 'en', url: baseURL as string }]);
    await page.goto('/tasks/new');
    const due = page.getByLabel('Due date');
    await due.fill('5/3/2027');
    await due.press('Alt+ArrowDown');
    const calendar = page.getByRole('dialog', { name: 'Calendar' });
    await expect(calendar.getByRole('grid')).toHaveAccessibleName('March 2027');
    await expect(calendar.locator('button:focus')).toHaveText('5');
    await page.keyboard.press('Escape');
    await expect(due).toBeFocused();
    await due.blur();
    await expect(due).toHaveValue('05/03/2027');
  });

  test('an invalid date is refused next to the field and the task is unchanged', async ({ page }) => {
    await loginAs(page, 'hp.dieuphoi');
    // a new task refuses a month-first day: nothing is created
    await page.goto('/tasks/new');
    await page.getByLabel('Tên nhiệm vụ').fill('Ngày sai không được lưu');
    await pickUnit(page, 'Đơn vị thực hiện', 'HP-MTTQ');
    await page.getByLabel('Hạn hoàn thành').fill('12/31/2026');
    await page.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
    await expect(page.getByText(REFUSED)).toBeVisible();
    await expect(page.getByLabel('Hạn hoàn thành')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Hạn hoàn thành')).toBeFocused();
    await expect(page).toHaveURL(/\/tasks\/new$/);

    const code = await newTask(page, 'Gia hạn với ngày sai', '31/12/2026');
    const task = new TaskPage(page);
    const form = await task.open('Gia hạn');
    await form.getByLabel('Lý do').fill('Thử một ngày không có thật');
    for (const typed of ['31/02/2027', 'ngày mai', '1/1/27']) {
      await form.getByLabel('Hạn mới').fill(typed);
      await task.submit('Gia hạn');
      await expect(form.getByText(REFUSED)).toBeVisible();
      await expect(form.getByLabel('Hạn mới')).toHaveValue(typed);
    }
    await task.goto(code);
    await expect(page.getByTestId('task-due')).toContainText('31/12/2026');
    await expect(page.getByTestId('task-original-due')).toHaveCount(0);
    await expect(task.timeline()).not.toContainText('Gia hạn');

    // once corrected, the same form is sent
    const extend = await task.open('Gia hạn');
    await extend.getByLabel('Hạn mới').fill('29/02/2028');
    await extend.getByLabel('Lý do').fill('Ngày nhuận');
    await task.submit('Gia hạn');
    await expect(page.getByTestId('task-due')).toContainText('29/02/2028');
  });
});
