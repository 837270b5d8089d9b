import { expect, loginAs, test } from './fixtures';

// E2E_NOW is 15/11/2026: the start of its quarter is 01/10/2026.
const COMPARE = '2026-10-01';

/** A headline figure as the page writes it ("1.234" in Vietnamese) back to a number. */
const figure = async (page: import('@playwright/test').Page, testId: string) =>
  Number((await page.getByTestId(`${testId}-value`).textContent())?.replace(/\./g, ''));

test.describe('comparison over time on the dashboard', () => {
  test('the headline says what changed since the start of the quarter, as asOf=compare counted it', async ({
    page,
  }, testInfo) => {
    test.slow();
    await loginAs(page, 'lanhdao');
    await page.goto(`/dashboard?asOf=${COMPARE}`);
    const thenCompleted = await figure(page, 'tasks-completed');
    const thenTotal = await figure(page, 'tasks-total');

    await page.goto('/dashboard');
    const compare = page.getByRole('navigation', { name: 'So sánh với' });
    await compare.getByRole('link', { name: 'Đầu quý (01/10/2026)' }).click();
    await expect(page).toHaveURL(/compare=2026-10-01/);
    await expect(compare.getByRole('link', { name: 'Đầu quý (01/10/2026)' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    const nowCompleted = await figure(page, 'tasks-completed');
    const nowTotal = await figure(page, 'tasks-total');
    const line = (change: number, what: string) =>
      change === 0
        ? 'Không đổi so với 01/10/2026'
        : `${change > 0 ? '+' : '-'}${Math.abs(change).toLocaleString('vi-VN')} ${what} so với 01/10/2026`;
    // the direction in words for screen readers, the arrow and the sign for the eye
    await expect(page.getByTestId('tasks-completed-since')).toContainText(
      line(nowCompleted - thenCompleted, 'hoàn thành'),
    );
    await expect(page.getByTestId('tasks-completed-since')).toContainText(
      nowCompleted > thenCompleted ? 'Tăng' : nowCompleted < thenCompleted ? 'Giảm' : 'Không đổi',
    );
    await expect(page.getByTestId('tasks-total-since')).toContainText(line(nowTotal - thenTotal, 'nhiệm vụ'));
    await expect(page.getByTestId('rate-completion-since')).toContainText(
      /điểm phần trăm so với 01\/10\/2026|Không đổi/,
    );
    await expect(page.getByTestId('compare-day')).toHaveText('Thay đổi so với ngày 01/10/2026');
    await page.getByTestId('tasks-total').scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath('headline-compare.png') });

    // the filters form keeps the comparison; "none" drops it
    await page.getByRole('button', { name: 'Áp dụng' }).click();
    await expect(page).toHaveURL(/compare=2026-10-01/);
    await compare.getByRole('link', { name: 'Không so sánh' }).click();
    await expect(page).not.toHaveURL(/compare=/);
    await expect(page.getByTestId('tasks-completed-since')).toHaveCount(0);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/dashboard?compare=${COMPARE}`);
    await expect(page.getByTestId('tasks-completed-since')).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(400);
    await page.screenshot({ path: testInfo.outputPath('headline-compare-phone.png'), fullPage: true });
  });

  test('a compare day that is not before the as-of day is ignored, and said so', async ({ page }) => {
    await loginAs(page, 'lanhdao');
    await page.goto('/dashboard?asOf=2026-10-01&compare=2026-10-05');
    await expect(page.getByText(/Ngày so sánh phải là một ngày trước ngày tính số liệu/)).toBeVisible();
    await expect(page.getByText('Số liệu tính đến ngày 01/10/2026')).toBeVisible();
    await expect(page.getByTestId('tasks-completed-since')).toHaveCount(0);
  });

  test('a malformed compare day is said to be malformed; a malformed as-of day keeps a valid compare', async ({
    page,
  }) => {
    await loginAs(page, 'lanhdao');
    await page.goto('/dashboard?compare=01/10/2026');
    await expect(page.getByText(/Ngày so sánh không hợp lệ \(dùng YYYY-MM-DD\)/)).toBeVisible();
    await expect(page.getByText(/phải là một ngày trước ngày tính số liệu/)).toHaveCount(0);
    await page.goto(`/dashboard?asOf=01/12/2026&compare=${COMPARE}`);
    await expect(page.getByText(/đã được bỏ qua: asOf\./)).toBeVisible();
    await expect(page.getByTestId('compare-day')).toHaveText('Thay đổi so với ngày 01/10/2026');
  });

  test('the reports compare too, and their downloads carry the compare day', async ({ page }) => {
    await loginAs(page, 'hp.lanhdao');
    await page.goto(`/reports?compare=${COMPARE}`);
    const table = page.getByTestId('report-task-results');
    await expect(table.getByRole('columnheader', { name: 'Tại ngày 01/10/2026' })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Thay đổi so với ngày 01/10/2026' })).toBeVisible();
    const xlsx = page.getByRole('link', { name: 'Excel (XLSX)' }).first();
    await expect(xlsx).toHaveAttribute('href', /compare=2026-10-01/);
    const response = await page.request.get((await xlsx.getAttribute('href')) ?? '');
    expect(response.status()).toBe(200);
    // the other downloads do not compare, and do not carry the day
    for (const report of ['recommendations-by-addressee', 'support-by-unit', 'recommendations', 'tasks']) {
      const link = page.locator(`a[href^="/api/export/${report}?"]`).first();
      await expect(link, report).toHaveAttribute('href', /format=xlsx/);
      expect(await link.getAttribute('href'), report).not.toContain('compare=');
    }
    const refused = await page.request.get(
      '/api/export/task-results?format=csv&asOf=2026-10-01&compare=2026-10-02',
    );
    expect(refused.status()).toBe(400);
    expect(await refused.text()).toContain('Ngày so sánh (compare) phải trước ngày tính số liệu.');
    const malformed = await page.request.get('/api/export/task-results?format=csv&compare=01/10/2026');
    expect(malformed.status()).toBe(400);
    const reason = await malformed.text();
    expect(reason).toContain('Ngày so sánh (compare) không hợp lệ');
    expect(reason).not.toContain('phải trước ngày tính số liệu');
  });
});

test('the organization page, which has no compare control, does not compare', async ({ page }) => {
  await loginAs(page, 'lanhdao');
  await page.goto(`/organizations/P31?compare=${COMPARE}`);
  await expect(page.getByTestId('tasks-total')).toBeVisible();
  await expect(page.getByTestId('tasks-completed-since')).toHaveCount(0);
  await expect(page.getByTestId('compare-day')).toHaveCount(0);
});

test.describe('the ranked bar of a province', () => {
  for (const login of ['hp.lanhdao', 'hp.dieuphoi']) {
    test(`${login} sees its direct units ranked, each bar opening the unit's page`, async ({
      page,
    }, testInfo) => {
      test.slow();
      await loginAs(page, login);
      await page.goto('/dashboard');
      const card = page.getByTestId('chart-unit-ranking');
      await expect(card.getByRole('heading', { name: 'Xếp hạng các đơn vị trực thuộc' })).toBeVisible();
      await expect(page.getByTestId('province-map')).toHaveCount(0);
      const bars = card.getByTestId('ranked-bar').locator('a');
      expect(await bars.count()).toBeGreaterThan(1);
      // highest first; each bar named "rank. unit: value", its value written at its end
      const values = await card
        .getByTestId('ranked-bar')
        .locator('rect')
        .evaluateAll((rects) => rects.map((r) => r.getAttribute('data-value')));
      const numbers = values.map((v) => (v === '' || v === null ? -1 : Number(v)));
      expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
      const first = bars.first();
      await expect(first).toHaveAttribute('aria-label', /^1\. .+: (\d+(,\d)?\s?%|—)$/);
      const href = (await first.getAttribute('href')) ?? '';
      // a unit of the city, or the city's own level
      expect(href).toMatch(/^\/organizations\/(HP-[A-Z0-9-]+|P31)$/);
      // every direct unit, even one without a counted task (the People's Council: "no data")
      await expect(card.getByTestId('ranked-bar').locator('a[href="/organizations/HP-HDND"]')).toHaveCount(1);
      // the same ranking as a table, with the same links
      await card.getByText('Xem bảng số liệu xếp hạng').click();
      await expect(card.getByTestId('unit-ranking-table').getByRole('row')).toHaveCount(
        (await bars.count()) + 1,
      );
      await card.scrollIntoViewIfNeeded();
      await card.screenshot({ path: testInfo.outputPath(`ranked-bar-${login}.png`) });
      // keyboard: a bar is a link that takes the focus and opens the unit's page
      await first.focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`${href}$`));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  }

  test('on a phone, and coloured by another figure', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await loginAs(page, 'hp.lanhdao');
    await page.goto('/dashboard?map=repliesOverdue');
    const card = page.getByTestId('chart-unit-ranking');
    await expect(card.getByRole('link', { name: 'Kiến nghị quá hạn trả lời' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await expect(card.getByTestId('ranked-bar').locator('a').first()).toHaveAttribute(
      'aria-label',
      /^1\. .+: \d+$/,
    );
    // the city raises every seeded recommendation itself: its own bar holds them, and the bars add
    // up to the headline
    const own = card.getByTestId('ranked-bar').locator('a[href="/organizations/P31"]');
    await expect(own).toHaveAttribute('aria-label', /^\d+\. Hải Phòng \(chính đơn vị\): [1-9]\d*$/);
    const values = await card
      .getByTestId('ranked-bar')
      .locator('rect')
      .evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('data-value'))));
    expect(values.reduce((a, b) => a + b, 0)).toBe(await figure(page, 'recommendations-reply-overdue'));
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(400);
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: testInfo.outputPath('ranked-bar-phone.png') });
  });
});
