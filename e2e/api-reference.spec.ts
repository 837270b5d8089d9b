import AxeBuilder from '@axe-core/playwright';
import { request } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * /developers/api (issue 21): the API's reference for developers, public (outside the session
 * gate, as /api/v1/openapi.json), rendered on the server from that very document: every operation
 * it describes is on the page.
 */
test('lists every operation of the OpenAPI document, without a session', async ({ baseURL }) => {
  const api = await request.newContext({ baseURL });
  try {
    const document = await (await api.get('/api/v1/openapi.json')).json();
    const operations = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.length).toBeGreaterThan(8);
    const page = await api.get('/developers/api', { maxRedirects: 0 });
    expect(page.status()).toBe(200);
    const html = await page.text();
    for (const operation of operations) {
      const [method, path] = operation.split(' ');
      expect(html, operation).toContain(`>${method}</span>`);
      expect(html, operation).toContain(`>${path}</code>`);
    }
    expect(html).toContain('Tài liệu API cho nhà phát triển');
  } finally {
    await api.dispose();
  }
});

test('reads as a page: operations, problem kinds and data structures linked, and the curl example', async ({
  page,
}) => {
  await page.goto('/developers/api');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Tài liệu API cho nhà phát triển' }),
  ).toBeVisible();
  const paths = page.getByTestId('operation-path');
  expect(await paths.count()).toBeGreaterThan(8);
  await expect(page.getByRole('heading', { name: 'GET /api/v1/figures' })).toBeVisible();
  await expect(page.getByTestId('curl-example')).toContainText('Authorization: Bearer');
  await page.getByRole('link', { name: 'GET /api/v1/figures' }).click();
  await expect(page).toHaveURL(/#getFigures$/);
  await expect(page.locator('#schema-Figures')).toBeVisible();
  await expect(page.locator('#problem-not_found')).toContainText('Không tìm thấy');
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'API reference for developers' })).toBeVisible();
  await expect(page.locator('#problem-not_found')).toContainText('Not found');
});

for (const [name, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  test(`has no serious accessibility violation (${name})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto('/developers/api');
    await expect(page.locator('h1')).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    await context.close();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${v.help} — ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      );
    expect(serious).toEqual([]);
  });
}
