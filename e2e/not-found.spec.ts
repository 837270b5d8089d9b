import { expect, loginAs, test } from './fixtures';

/** Segments no record can be named by: a lone "%" (sent as %25), a broken escape, a long code. */
const MALFORMED = ['%25', '%E0%A4%A', `${'A'.repeat(300)}`, 'NV%2FHP'];

const pages = (segment: string) => [
  `/tasks/${segment}`,
  `/tasks/${segment}/edit`,
  `/recommendations/${segment}`,
  `/recommendations/${segment}/edit`,
  `/sessions/${segment}`,
  `/sessions/${segment}/edit`,
];
const adminPages = (segment: string) => [
  `/admin/organizations/${segment}`,
  `/admin/reviews/${segment}`,
  `/admin/users/${segment}`,
];

test.describe('a malformed code in an address', () => {
  test('is "not found" on every page named by a code, never a server error', async ({ page }) => {
    await loginAs(page, 'dieuphoi');
    for (const segment of MALFORMED) {
      for (const url of pages(segment)) {
        expect.soft((await page.request.get(url, { maxRedirects: 0 })).status(), url).toBe(404);
      }
    }
    // a real code still opens its page
    expect((await page.request.get('/tasks/NV-HP-01')).status()).toBe(200);
  });

  test('is "not found" on the administration pages too', async ({ page }) => {
    await loginAs(page, 'quantri');
    for (const segment of MALFORMED) {
      for (const url of adminPages(segment)) {
        expect.soft((await page.request.get(url, { maxRedirects: 0 })).status(), url).toBe(404);
      }
    }
    expect((await page.request.get('/admin/organizations/P31')).status()).toBe(200);
    expect((await page.request.get('/admin/users/hp.dieuphoi')).status()).toBe(200);
  });
});
