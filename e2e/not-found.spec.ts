import type { Page } from '@playwright/test';
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

/** Signs in as `login` and expects every malformed variant of `urls` to be "not found". */
async function expectNotFound(page: Page, login: string, urls: (segment: string) => string[]) {
  await loginAs(page, login);
  for (const segment of MALFORMED) {
    for (const url of urls(segment)) {
      expect.soft((await page.request.get(url, { maxRedirects: 0 })).status(), url).toBe(404);
    }
  }
}

test.describe('a malformed code in an address', () => {
  test('is "not found" on every page named by a code, never a server error', async ({ page }) => {
    await expectNotFound(page, 'dieuphoi', pages);
    // a real code still opens its page
    expect((await page.request.get('/tasks/NV-HP-01')).status()).toBe(200);
  });

  test('is "not found" on the administration pages too', async ({ page }) => {
    await expectNotFound(page, 'quantri', adminPages);
    expect((await page.request.get('/admin/organizations/P31')).status()).toBe(200);
    expect((await page.request.get('/admin/users/hp.dieuphoi')).status()).toBe(200);
  });

  test('is the API\'s own "not found" on /api/v1: problem details in the caller\'s language', async ({
    request,
  }) => {
    for (const resource of ['tasks', 'recommendations', 'sessions', 'organizations']) {
      const url = `/api/v1/${resource}/%E0%A4%A`;
      const english = await request.get(url, { headers: { 'Accept-Language': 'en' } });
      expect.soft(english.status(), url).toBe(404);
      expect.soft(english.headers()['content-type'], url).toBe('application/problem+json');
      expect.soft((await english.json()).title, url).toBe('Not found');
      const vietnamese = await request.get(url);
      expect.soft((await vietnamese.json()).status, url).toBe(404);
    }
  });
});
