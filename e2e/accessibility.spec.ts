import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { loginAs } from './fixtures';

/**
 * Every page of the application, for each role that may open it (a page that is the same for
 * everyone, for one role), at desktop and phone width:
 * axe (WCAG 2.0/2.1 A and AA rules) finds no serious or critical violation. Untagged, so only the
 * embedded project runs it (the PostgreSQL one runs @smoke and @postgres only). One test per
 * role × width visits its pages one after the other, signed in once per role.
 */

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const WIDTHS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

/** What every signed-in role may open, with content of its own scope. */
const EVERYONE = ['/dashboard', '/tasks', '/recommendations', '/reports', '/notifications'];
/**
 * The same page whoever opens it (one's own account, the not-found page inside the shell):
 * audited for one role, which keeps CI's time for the pages that differ.
 */
const SAME_FOR_ALL = [
  '/account/password',
  '/account/email',
  '/account/email/confirm?token=e2e-not-a-token',
  '/account/notifications',
  '/account/security',
  '/not-a-page',
];
const COORDINATOR = [
  '/my-work',
  '/sessions',
  '/sessions/KS-HP',
  '/sessions/KS-HP/edit',
  '/sessions/new',
  '/tasks/NV-HP-06',
  '/tasks/NV-HP-06/edit',
  '/tasks/new',
  '/tasks/import',
  '/recommendations/KN-HP-01',
  '/recommendations/new',
  '/recommendations/import',
  '/organizations/P31',
  '/organizations/HP-BDV',
  '/audit',
];

const PAGES: Record<string, string[]> = {
  // the administrator: the accounts, the units, the reviews, the mail queue
  quantri: [
    ...EVERYONE,
    '/sessions',
    '/sessions/KS-HP',
    '/tasks/NV-HP-06',
    '/recommendations/KN-HP-03',
    '/organizations/P31',
    '/admin/users',
    '/admin/users/new',
    '/admin/users/hp.mttq',
    '/admin/organizations',
    '/admin/organizations/new',
    '/admin/organizations/BNV',
    '/admin/reviews',
    '/admin/reviews/new',
    '/admin/reviews/TK20-NQ23',
    '/admin/reviews/resolution',
    '/admin/system',
    '/audit',
  ],
  // the national leader: the map of the provinces, a ministry's page
  lanhdao: [
    ...EVERYONE,
    '/sessions',
    '/sessions/KS-HP',
    '/tasks/NV-BNV-01',
    '/recommendations/KN-HP-03',
    '/organizations/P31',
    '/organizations/BNV',
  ],
  // a province's coordinator: the forms and the imports
  'hp.dieuphoi': [...EVERYONE, ...COORDINATOR],
  // a province's leader: its units as a ranked bar
  'hp.lanhdao': [...EVERYONE, '/sessions', '/sessions/KS-HP', '/tasks/NV-HP-05', '/organizations/P31'],
  // an official: my work, a task to update, a recommendation to read
  'hp.danvan': [
    ...EVERYONE,
    ...SAME_FOR_ALL,
    '/my-work',
    '/tasks/NV-HP-06',
    '/recommendations/KN-HP-01',
    '/recommendations/new',
    '/organizations/HP-BDV',
  ],
  // a ministry's official: the recommendations addressed to it
  bnv: [...EVERYONE, '/my-work', '/tasks/NV-BNV-01', '/recommendations/KN-HP-03', '/organizations/BNV'],
};

type Found = { page: string; id: string; impact: string; help: string; targets: string[] };

/**
 * Shows what a page keeps out of sight until asked: opens every <details> (the tables behind the
 * charts render on opening) and scrolls to the end (whatever loads as it comes into view).
 */
async function revealAll(page: Page) {
  await page.evaluate(async () => {
    for (const details of document.querySelectorAll('details')) details.open = true;
    const step = Math.max(200, window.innerHeight - 100);
    for (let y = 0; y < document.body.scrollHeight; y += step) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
    window.scrollTo(0, 0);
  });
  // the charts and tables just asked for: let React draw them
  await page.waitForTimeout(300);
}

async function audit(page: Page, path: string): Promise<Found[]> {
  const response = await page.goto(path);
  const status = response?.status() ?? 0;
  expect(status, `${path} opens (HTTP ${status})`).toBe(path === '/not-a-page' ? 404 : 200);
  await expect(page.locator('h1').first(), `${path} has its heading`).toBeVisible();
  await revealAll(page);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      page: path,
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
}

function report(found: Found[]) {
  return found
    .map((f) => `${f.page} — ${f.id} (${f.impact}): ${f.help}\n    ${f.targets.join('\n    ')}`)
    .join('\n');
}

async function signedInState(browser: Browser, login: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await loginAs(page, login);
  const state = await context.storageState();
  await context.close();
  return state;
}

test.describe.configure({ mode: 'parallel' });

for (const [name, size] of Object.entries(WIDTHS)) {
  test(`the login page has no serious accessibility violation (${name})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: size });
    const page = await context.newPage();
    const found = await audit(page, '/login');
    await context.close();
    expect(found, report(found)).toEqual([]);
  });
}

for (const [login, paths] of Object.entries(PAGES)) {
  test.describe(`as ${login}`, () => {
    let state: Awaited<ReturnType<typeof signedInState>>;
    test.beforeAll(async ({ browser }) => {
      state = await signedInState(browser, login);
    });

    for (const [name, size] of Object.entries(WIDTHS)) {
      test(`every page has no serious accessibility violation (${name})`, async ({ browser }) => {
        test.setTimeout(paths.length * 15_000);
        const context = await browser.newContext({ viewport: size, storageState: state });
        const page = await context.newPage();
        const found: Found[] = [];
        for (const path of paths) found.push(...(await audit(page, path)));
        await context.close();
        expect(found, `axe at ${size.width}×${size.height} as ${login}:\n${report(found)}`).toEqual([]);
      });
    }
  });
}
