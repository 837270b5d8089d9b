import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { loginAs } from './fixtures';

const CHARTS = [
  'chart-classes',
  'chart-progress',
  'chart-province-map',
  'chart-organizations',
  'chart-addressees',
  'chart-categories',
];

test('the national dashboard prints every chart, with its table, on A4 landscape pages', async ({
  page,
}, info) => {
  test.setTimeout(120_000);
  await loginAs(page, 'lanhdao');
  await page.emulateMedia({ media: 'print' });
  // opened for printing: nothing is scrolled to, every chart must still be drawn
  await page.goto('/dashboard?print=1');
  for (const id of CHARTS) {
    const card = page.getByTestId(id);
    // bars, lines, sectors or tiles: the shapes of a drawn chart (a path may hold many: bars of a
    // series are one path, a rectangle per subpath)
    const shapes = card.locator('svg').locator('path, rect');
    await expect(shapes.first(), id).toBeAttached();
    const drawn = await shapes.evaluateAll((elements) =>
      elements.reduce(
        (sum, e) => sum + (e.tagName === 'path' ? (e.getAttribute('d')?.match(/M/gi)?.length ?? 0) : 1),
        0,
      ),
    );
    expect(drawn, id).toBeGreaterThan(2);
    // the numbers behind it, printed under it
    await expect(card.locator('details'), id).toHaveAttribute('open', '');
    await expect(card.locator('details table').first(), id).toBeAttached();
  }
  await expect(page.getByTestId('print-header')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeHidden();

  const dir = info.outputPath('print');
  mkdirSync(dir, { recursive: true });
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
  writeFileSync(path.join(dir, 'dashboard.pdf'), pdf);
  // every page renders: poppler draws each one, none blank
  execFileSync('pdftoppm', ['-r', '40', '-png', path.join(dir, 'dashboard.pdf'), path.join(dir, 'page')]);
  const pages = readdirSync(dir).filter((f) => f.startsWith('page') && f.endsWith('.png'));
  expect(pages.length).toBeGreaterThanOrEqual(2);
  for (const file of pages) expect(statSync(path.join(dir, file)).size, file).toBeGreaterThan(3_000);
  const text = execFileSync('pdftotext', ['-layout', path.join(dir, 'dashboard.pdf'), '-']).toString();
  expect(text).toContain('Bản đồ 34 tỉnh, thành phố');
  expect(text).toContain('In lúc');
});
