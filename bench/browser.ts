/**
 * npm run bench:browser -- --base http://localhost:3500 [--login lanhdao] [--password …]
 *   [--path /dashboard] [--runs 5] [--skip-lighthouse] [--screenshots DIR]
 *
 * What a browser pays for a page, measured in a browser (Debian's Chromium, as the end-to-end
 * tests find it), signed in as `--login` (default: the demo's national leader; on a bench database
 * `--login bench.leader --password BenchNQ23-2024`):
 * - JavaScript: every script the page fetches — its script tags, and the chunks loaded after
 *   (dynamic imports) while the page is scrolled to its end — each body gzipped as `next start`
 *   sends it; "initial" is what was fetched by the load event, "all" what was fetched by the end.
 *   Scripts marked `nomodule` (Next's polyfills for old browsers) are not fetched by a browser
 *   that runs modules, so they count nowhere.
 * - Lighthouse 12 (`--preset=desktop`: its desktop config, simulated throttling) `--runs` times:
 *   the median performance score, with total blocking time, script start-up (bootup-time) and the
 *   paint metrics of each run.
 * `--screenshots DIR`: a full-page picture of each page once everything on it is drawn, and one of
 * each chart (to compare a page before and after a change).
 * Prints one JSON line per figure (with the machine's 1-minute load) and a summary.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { DEMO_PASSWORD } from '@/db/seed/data';
import { freePort } from '@/tests/free-port';
import { CHROMIUM_ARGS, chromiumPath } from '../playwright.config';
import { login } from './http';
import { median } from './stats';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    login: { type: 'string', default: 'lanhdao' },
    password: { type: 'string', default: DEMO_PASSWORD },
    path: { type: 'string', multiple: true },
    runs: { type: 'string', default: '5' },
    'skip-lighthouse': { type: 'boolean', default: false },
    screenshots: { type: 'string' },
  },
});
if (!values.base)
  throw new Error('--base http://localhost:PORT (a production server: next build, npm start)');
const base = values.base;
const paths = values.path?.length ? values.path : ['/dashboard'];
const runs = Number(values.runs);

function report(name: string, value: Record<string, unknown>) {
  console.log(JSON.stringify({ name, load: loadavg()[0].toFixed(2), ...value }));
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

const cookie = await login(base, values.login, values.password);
const port = await freePort();
const profile = mkdtempSync(path.join(tmpdir(), 'bench-browser-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath(),
  viewport: { width: 1350, height: 940 },
  args: [`--remote-debugging-port=${port}`, ...CHROMIUM_ARGS],
});
const { hostname } = new URL(base);
await context.addCookies(
  cookie.split('; ').map((pair) => {
    const at = pair.indexOf('=');
    return { name: pair.slice(0, at), value: pair.slice(at + 1), domain: hostname, path: '/' };
  }),
);

try {
  for (const pagePath of paths) {
    const page = await context.newPage();
    const scripts = new Map<string, { gzip: number; raw: number; initial: boolean }>();
    let loaded = false;
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      const initial = !loaded;
      pending.push(
        response
          .body()
          .then((body) => {
            scripts.set(response.url(), { gzip: gzipSync(body).length, raw: body.length, initial });
          })
          .catch(() => undefined),
      );
    });
    await page.goto(base + pagePath, { waitUntil: 'load' });
    loaded = true;
    if (page.url().includes('/login')) throw new Error(`${pagePath}: sent to the login page`);
    // nomodule scripts are in the HTML but never fetched by this browser: nothing to leave out here
    await page.waitForLoadState('networkidle');
    // down to the end of the page, a screen at a time, so that whatever loads on the way loads
    for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 800) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(150);
    }
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    if (values.screenshots) {
      mkdirSync(values.screenshots, { recursive: true });
      const name = pagePath.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(values.screenshots, `${name}.png`), fullPage: true });
      // and each chart alone, at full size
      for (const card of await page.locator('section[data-testid^="chart-"]').all()) {
        const id = await card.getAttribute('data-testid');
        await card.screenshot({ path: path.join(values.screenshots, `${name}-${id}.png`) });
      }
    }
    const all = [...scripts.values()];
    const initial = all.filter((s) => s.initial);
    const sum = (list: typeof all, key: 'gzip' | 'raw') => list.reduce((n, s) => n + s[key], 0);
    report(`javascript ${pagePath}`, {
      initialScripts: initial.length,
      initialGzipKb: kb(sum(initial, 'gzip')),
      allScripts: all.length,
      allGzipKb: kb(sum(all, 'gzip')),
      allRawKb: kb(sum(all, 'raw')),
      largestGzipKb: all
        .map((s) => kb(s.gzip))
        .sort((a, b) => b - a)
        .slice(0, 5),
    });
    await page.close();

    if (values['skip-lighthouse']) continue;
    const scores: number[] = [];
    for (let run = 1; run <= runs; run++) {
      const result = await lighthouse(
        base + pagePath,
        {
          port,
          output: 'json',
          logLevel: 'error',
          disableStorageReset: true,
          onlyCategories: ['performance'],
        },
        desktopConfig,
      );
      if (!result) throw new Error(`Lighthouse returned nothing for ${pagePath}`);
      const { lhr } = result;
      if (lhr.finalDisplayedUrl.includes('/login')) throw new Error(`${pagePath}: sent to the login page`);
      if (lhr.runtimeError || lhr.categories.performance.score === null) {
        // a run Lighthouse could not finish (NO_FCP on a starved machine…) scores nothing: left out
        report(`lighthouse ${pagePath}`, { run, error: lhr.runtimeError?.code ?? 'no score' });
        continue;
      }
      const score = Math.round((lhr.categories.performance.score ?? 0) * 100);
      scores.push(score);
      const ms = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? Number.NaN);
      report(`lighthouse ${pagePath}`, {
        run,
        performance: score,
        tbtMs: ms('total-blocking-time'),
        bootupMs: ms('bootup-time'),
        mainThreadMs: ms('mainthread-work-breakdown'),
        fcpMs: ms('first-contentful-paint'),
        lcpMs: ms('largest-contentful-paint'),
        cls: Math.round((lhr.audits['cumulative-layout-shift']?.numericValue ?? 0) * 1000) / 1000,
        totalKb: kb(lhr.audits['total-byte-weight']?.numericValue ?? 0),
      });
    }
    report(`lighthouse ${pagePath} median`, {
      runs,
      scored: scores.length,
      performance: median(scores),
      scores,
    });
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
