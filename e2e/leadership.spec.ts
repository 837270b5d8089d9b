import { expect, test } from '@playwright/test';
import { loginAs } from './fixtures';

test.describe('for leadership', () => {
  test('the tile map shows Hải Phòng with its figure and opens its page', async ({ page }) => {
    await loginAs(page, 'lanhdao');
    await page.goto('/dashboard');
    const map = page.getByTestId('province-map');
    await expect(map.locator('rect')).toHaveCount(34);
    const tile = map.locator('a[href="/organizations/P31"]');
    // the tile's accessible name carries its name and value, as written on it
    await expect(tile).toHaveAttribute('aria-label', /^Hải Phòng: \d+(,\d)?\s?%$/);
    const value = (await tile.getAttribute('aria-label'))?.split(': ')[1] ?? '';
    await expect(tile.locator('text').nth(1)).toHaveText(value);
    // colour by another figure: the choice is a link that keeps the page's parameters
    await page.getByRole('link', { name: 'Kiến nghị quá hạn trả lời' }).click();
    await expect(page).toHaveURL(/map=repliesOverdue/);
    await expect(map.locator('a[href="/organizations/P31"]')).toHaveAttribute(
      'aria-label',
      /^Hải Phòng: \d+$/,
    );
    await map.locator('a[href="/organizations/P31"]').click();
    await expect(page).toHaveURL(/\/organizations\/P31$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Thành phố Hải Phòng' })).toBeVisible();
    await expect(page.getByTestId('organization-rank')).toContainText(/Xếp hạng \d+\/34/);
    await expect(page.getByTestId('tasks-total')).toBeVisible();
  });

  test("a ministry's page shows the recommendations addressed to it; out of scope is a 404", async ({
    page,
  }) => {
    await loginAs(page, 'lanhdao');
    await page.goto('/organizations/BNV');
    const received = page.getByTestId('organization-received');
    await expect(received.getByRole('link', { name: 'KN-HP-03' })).toBeVisible();
  });

  test('a unit out of the viewer scope is a 404, as an unknown one', async ({ page }) => {
    await loginAs(page, 'hp.danvan');
    for (const code of ['BNV', 'P01', 'NOPE']) {
      const response = await page.goto(`/organizations/${code}`);
      expect(response?.status(), code).toBe(404);
    }
  });
});
