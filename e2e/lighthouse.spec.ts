import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from '../playwright.config';
import { freePort } from '../tests/free-port';
import { loginAs } from './fixtures';

/**
 * Lighthouse's accessibility score is at least 95 on the pages leaders and officials open most.
 * Lighthouse drives its own tab through the DevTools port of a Chromium that Playwright started
 * with a persistent profile: the session cookie set by signing in there is the one it sends.
 * Untagged: only the embedded project runs it.
 */
const PAGES = ['/dashboard', '/tasks', '/my-work', '/organizations/P31'];
const MIN_SCORE = 0.95;

test('Lighthouse accessibility is at least 95 on the dashboard, tasks, my work and a province', async ({
  baseURL,
}) => {
  test.setTimeout(240_000);
  const port = await freePort();
  const profile = mkdtempSync(path.join(tmpdir(), 'lighthouse-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    baseURL,
    viewport: { width: 1280, height: 800 },
    args: [`--remote-debugging-port=${port}`, ...CHROMIUM_ARGS],
  });
  try {
    const page = await context.newPage();
    // a coordinator of Hải Phòng opens all four: my work, and the province's own page
    await loginAs(page, 'hp.dieuphoi');
    const scores: string[] = [];
    const failures: string[] = [];
    for (const pagePath of PAGES) {
      const url = new URL(pagePath, baseURL).toString();
      const result = await lighthouse(url, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['accessibility'],
        disableStorageReset: true,
        formFactor: 'desktop',
        screenEmulation: { disabled: true },
        throttlingMethod: 'provided',
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${pagePath}`);
      const { lhr } = result;
      expect(lhr.finalDisplayedUrl, `${pagePath}: signed in, not sent to the login page`).not.toMatch(
        /\/login/,
      );
      const score = lhr.categories.accessibility.score ?? 0;
      scores.push(`${pagePath}: ${Math.round(score * 100)}`);
      if (score < MIN_SCORE) {
        const failing = lhr.categories.accessibility.auditRefs
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit.score !== null && audit.score < 1)
          .map((audit) => `  ${audit.id}: ${audit.title}`);
        failures.push(`${pagePath} scores ${Math.round(score * 100)}:\n${failing.join('\n')}`);
      }
    }
    // the scores, in the report (test-results/playwright.json) and in the list reporter's output
    test.info().annotations.push({ type: 'lighthouse accessibility', description: scores.join(', ') });
    process.stdout.write(`Lighthouse accessibility — ${scores.join(', ')}\n`);
    expect(failures, failures.join('\n')).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
