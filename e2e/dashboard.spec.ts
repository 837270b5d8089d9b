import { expect, loginAs, test } from './fixtures';

test.describe('the leadership dashboard', () => {
  test('a national leader sees the charts, and a segment opens the list behind it @smoke', async ({
    page,
  }, testInfo) => {
    test.slow();
    await loginAs(page, 'lanhdao');
    await expect(page).toHaveURL(/\/dashboard/);
    for (const id of ['chart-classes', 'chart-progress', 'chart-organizations', 'chart-categories']) {
      // widgets stream in on their own: give a busy server time; a chart comes drawn in the page's HTML
      await page.getByTestId(id).scrollIntoViewIfNeeded({ timeout: 30_000 });
      await expect(page.getByTestId(id).getByTestId('chart-svg').first()).toBeVisible({
        timeout: 30_000,
      });
    }
    await expect(page.getByTestId('ranking').getByRole('row')).toHaveCount(36); // header, 34 provinces, central bodies
    await page.screenshot({ path: testInfo.outputPath('dashboard.png'), fullPage: true });

    // The numbers behind the chart, and the drill-down from Hải Phòng's overdue segment.
    const chart = page.getByTestId('chart-organizations');
    await chart.getByText('Xem bảng số liệu').click();
    const cell = chart.getByTestId('cell-P31-overdue');
    const count = Number(await cell.textContent());
    await cell.click();
    await expect(page).toHaveURL(
      /\/tasks\?.*province=P31.*class=overdue|\/tasks\?.*class=overdue.*province=P31/,
    );
    await expect(page.getByTestId('task-total')).toHaveText(`${count} nhiệm vụ`);
  });

  test("a click on a bar opens the list behind it: the class chart's third row, an organization's overdue segment", async ({
    page,
  }) => {
    test.slow();
    await loginAs(page, 'lanhdao');
    // The bars of a series are one path: the row is found from where the click falls.
    const classes = page.getByTestId('chart-classes');
    await classes.scrollIntoViewIfNeeded({ timeout: 30_000 });
    const box = await classes.getByTestId('chart-svg').boundingBox();
    if (!box) throw new Error('the class chart has no box');
    await page.mouse.click(box.x + 2, box.y + box.height * (2.5 / 4));
    await expect(page).toHaveURL(/\/tasks\?.*class=in_progress_on_time/);

    // tall enough for the whole chart (35 rows) to be on the screen
    await page.setViewportSize({ width: 1280, height: 2400 });
    await page.goto('/dashboard');
    const organizations = page.getByTestId('chart-organizations');
    await organizations.scrollIntoViewIfNeeded({ timeout: 30_000 });
    const plot = await organizations.getByTestId('chart-svg').boundingBox();
    if (!plot) throw new Error('the organizations chart has no box');
    // the middle of the widest overdue segment: a rectangle of its path, in percent of the plot
    const d = await organizations.locator('path[data-series="overdue"]').getAttribute('d');
    const [x, y, w, h] = [...(d ?? '').matchAll(/M([\d.]+) ([\d.]+)h([\d.]+)v([\d.]+)/g)]
      .map((m) => m.slice(1).map(Number))
      .reduce((widest, rect) => (rect[2] > widest[2] ? rect : widest));
    const [px, py] = [plot.x + ((x + w / 2) / 100) * plot.width, plot.y + ((y + h / 2) / 100) * plot.height];
    // the chart is live (its tooltip follows the pointer) before the click
    await expect(async () => {
      await page.mouse.move(px, py + 1);
      await page.mouse.move(px, py);
      await expect(organizations.getByTestId('chart-tooltip')).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await page.mouse.down();
    await page.mouse.up();
    await expect(page).toHaveURL(/\/tasks\?.*class=overdue/);
  });

  test('as of a past day, a segment opens the list of that day, and narrowing it keeps the day', async ({
    page,
  }) => {
    test.slow();
    await loginAs(page, 'lanhdao');
    // Every level: at the top level NV-HP-02 counts in its parent NV-HP-00, within its deadline then.
    await page.goto('/dashboard?asOf=2024-06-18&level=all');
    const chart = page.getByTestId('chart-organizations');
    await chart.scrollIntoViewIfNeeded({ timeout: 30_000 });
    await chart.getByText('Xem bảng số liệu').click();
    // On 18/06/2024 NV-HP-02 (due 15/06, completed on 20/06) was overdue; today it is completed late.
    const cell = chart.getByTestId('cell-P31-overdue');
    await expect(cell).toHaveText('1');
    await cell.click();
    await expect(page).toHaveURL(/\/tasks\?.*asOf=2024-06-18/);
    await expect(page.getByText('Nhiệm vụ như tại cuối ngày 18/06/2024', { exact: false })).toBeVisible();
    await expect(page.getByTestId('task-total')).toHaveText('1 nhiệm vụ');
    await expect(page.getByRole('link', { name: 'NV-HP-02' })).toBeVisible();
    await page.getByRole('button', { name: 'Lọc' }).click();
    await expect(page).toHaveURL(/asOf=2024-06-18/);
    await expect(page.getByTestId('task-total')).toHaveText('1 nhiệm vụ');
  });

  test('the addressees table, opened, links each reply status to its list of recommendations', async ({
    page,
  }) => {
    test.slow();
    await loginAs(page, 'lanhdao');
    const chart = page.getByTestId('chart-addressees');
    await chart.scrollIntoViewIfNeeded({ timeout: 30_000 });
    await expect(chart.getByTestId('chart-svg').first()).toBeVisible({ timeout: 30_000 });
    await expect(chart.getByRole('table')).toHaveCount(0); // rendered when first opened
    await chart.getByText('Xem bảng số liệu').click();
    const firstRow = chart.getByRole('row').nth(1);
    const rowHref = await firstRow.getByRole('link').first().getAttribute('href');
    // the submitted primaries addressed to it, then those it has not answered yet
    expect(rowHref).toMatch(/^\/recommendations\?status=[^&]+&addressee=[^&]+&primaries=1$/);
    const cell = firstRow.getByRole('link').nth(1);
    expect(await cell.getAttribute('href')).toBe(`${rowHref}&answer=submitted`);
    const count = (await cell.textContent())?.trim();
    await cell.click();
    await expect(page).toHaveURL(/\/recommendations\?.*addressee=.+&answer=submitted/);
    await expect(page.getByText(`${count} kiến nghị`, { exact: true })).toBeVisible();
  });

  test('a chart tells the figures under the pointer, and stops when it leaves', async ({ page }) => {
    test.slow();
    await loginAs(page, 'lanhdao');
    // The class bars: four rows; the third is "within the deadline", its count as in the table.
    const classes = page.getByTestId('chart-classes');
    await classes.scrollIntoViewIfNeeded({ timeout: 30_000 });
    await classes.getByText('Xem bảng số liệu').click();
    const count = (await classes.getByRole('row').nth(3).getByRole('cell').nth(1).textContent())?.trim();
    const bars = classes.getByTestId('chart-svg');
    const box = await bars.boundingBox();
    if (!box) throw new Error('the class chart has no box');
    await page.mouse.move(box.x + box.width * 0.05, box.y + box.height * (2.5 / 4));
    const tooltip = classes.getByTestId('chart-tooltip');
    await expect(tooltip).toContainText('Chưa hoàn thành, trong hạn');
    await expect(tooltip).toContainText(`Số lượng : ${count?.replaceAll('.', '')}`);
    await page.mouse.move(box.x + box.width * 0.05, box.y - 40);
    await expect(tooltip).toHaveCount(0);

    // The progress lines: at the plot's right end, the last point, both lines.
    const progress = page.getByTestId('chart-progress');
    const plot = await progress.getByTestId('chart-svg').boundingBox();
    if (!plot) throw new Error('the progress chart has no box');
    await page.mouse.move(plot.x + plot.width - 2, plot.y + plot.height / 2);
    const point = progress.getByTestId('chart-tooltip');
    await expect(point).toContainText(/\d\d\/\d\d\/\d{4}/);
    await expect(point).toContainText(/Nhiệm vụ đã đến hạn : \d+/);
    await expect(point).toContainText(/Nhiệm vụ đã hoàn thành : \d+/);
    await page.mouse.move(plot.x + plot.width / 2, plot.y - 40);
    await expect(point).toHaveCount(0);
  });

  test('figures follow the "as of" day and the province filter', async ({ page }) => {
    test.slow();
    await loginAs(page, 'lanhdao');
    await page.goto('/dashboard?province=P31');
    // Hải Phòng's ten tasks (NV-HP-08 and 09 dated from the seeding day), NV-HP-01 and NV-HP-02
    // counted in their parent NV-HP-00 (issue 17)
    await expect(page.getByTestId('tasks-total-value')).toHaveText('8');
    await page.goto('/dashboard?province=P31&asOf=2024-06-01');
    // On 01/06/2024 the Hải Phòng tasks existed and none was completed yet.
    await expect(page.getByTestId('tasks-completed-value')).toHaveText('0');
    await expect(page.getByText('Số liệu tính đến ngày 01/06/2024')).toBeVisible();
    await page.goto('/dashboard?asOf=not-a-day');
    await expect(page.getByText(/không hợp lệ và đã được bỏ qua: asOf/)).toBeVisible();
  });

  test('a Hải Phòng leader sees the city by unit, on a phone too', async ({ page }, testInfo) => {
    test.slow();
    await page.setViewportSize({ width: 390, height: 844 });
    await loginAs(page, 'hp.lanhdao');
    await expect(page.getByRole('heading', { name: 'Nhiệm vụ theo đơn vị' })).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(400);
    await page.screenshot({ path: testInfo.outputPath('dashboard-phone.png'), fullPage: true });
  });

  test('officials and coordinators start with their work, with counts in the navigation', async ({
    page,
  }) => {
    await loginAs(page, 'hp.mttq');
    await expect(page).toHaveURL(/\/my-work/);
    await expect(page.getByTestId('due-soon').getByRole('link', { name: 'NV-HP-05' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Việc của tôi/ })).toContainText('1');
  });
});

test.describe('reports', () => {
  test('the task results table matches the dashboard, and its exports download @smoke', async ({ page }) => {
    test.slow();
    await loginAs(page, 'hp.lanhdao');
    await page.goto('/reports');
    const table = page.getByTestId('report-task-results');
    // Hải Phòng's tasks and NV-BNV-01 (NV-HP-08 and 09 dated from the seeding day), NV-HP-01 and
    // NV-HP-02 counted in their parent NV-HP-00
    await expect(table.locator('tfoot td').nth(2)).toHaveText('9');
    for (const [name, type] of [
      ['Excel (XLSX)', 'spreadsheetml'],
      ['CSV', 'text/csv'],
    ] as const) {
      const section = page.locator('section', { has: page.getByTestId('report-task-results') });
      const link = section.getByRole('link', { name });
      const response = await page.request.get((await link.first().getAttribute('href'))!);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain(type);
      expect(response.headers()['cache-control']).toContain('no-store');
    }
    const csv = await (await page.request.get('/api/export/tasks?format=csv')).text();
    // header and Hải Phòng's tasks it follows (NV-HP-08 and 09 dated from the seeding day), every
    // level (a list's default): NV-HP-00 and its children
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1 + 11);
    expect((await page.request.get('/api/export/tasks?format=docx')).status()).toBe(400);
    expect((await page.request.get('/api/export/task-results?format=csv&province=P01')).status()).toBe(404);
  });
});
