import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';
import { OIDC_TEST } from './e2e/oidc/settings';

/**
 * The browser: CHROMIUM_PATH, else Debian's chromium (Playwright cannot download its own browser on
 * this network), else Playwright's own Chromium when `npx playwright install chromium` put it there.
 */
export function chromiumPath(): string {
  const bundled = chromium.executablePath();
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', bundled]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error(
    'No Chromium found for the end-to-end tests. Either install one:\n' +
      "  npx playwright install chromium          (Playwright's own browser)\n" +
      "  apt-get install -y chromium              (Debian's; or set CHROMIUM_PATH to any Chromium binary)",
  );
}

/**
 * The flags every Chromium started here gets (the end-to-end tests, the Lighthouse spec, the
 * browser bench): no sandbox (it needs privileges a container does not give), no GPU, and none of
 * the background traffic (updates, sync, first-run pages) that would add requests to a measure.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The fixed "now" of the end-to-end servers: the demo data shows all four deadline classes on it. */
export const E2E_NOW = '2026-11-15T10:00:00+07:00';
const port = Number(process.env.E2E_PORT || 3100);
const pgPort = port + 1;
/** A second server on the same PostgreSQL database: throttles must hold across instances. */
export const pgSecondPort = port + 12;
const pgUrl = process.env.E2E_DATABASE_URL;
/**
 * The PostgreSQL servers reach their database through a PgBouncer in transaction mode (as a
 * deployment for many users would), the queue and migrations directly (DATABASE_DIRECT_URL).
 * Without Debian's pgbouncer installed they connect directly, with a warning.
 */
const pgbouncer = ['/usr/sbin/pgbouncer', '/usr/bin/pgbouncer'].find((candidate) => existsSync(candidate));
const bouncerPort = port + 13;
const pooledUrl = (() => {
  if (!pgUrl || !pgbouncer) return pgUrl;
  const url = new URL(pgUrl);
  url.hostname = '127.0.0.1';
  url.port = String(bouncerPort);
  return url.toString();
})();
if (pgUrl && !pgbouncer) {
  console.warn(
    'pgbouncer is not installed (apt-get install -y pgbouncer): the PostgreSQL servers connect directly',
  );
}
const secret = 'e2e-only-secret-e2e-only-secret-e2e-only';
/** The bearer token of /api/metrics on the test servers (e2e/metrics.spec.ts). */
export const E2E_METRICS_TOKEN = 'e2e-only-metrics-token-0123456789';
/**
 * Every server signs in through the test provider too (e2e/oidc/provider.ts, started below): the
 * password form stays (PASSWORD_LOGIN is on), so the specs that use it are not concerned.
 */
const oidcEnv = {
  OIDC_ISSUER: OIDC_TEST.issuer,
  OIDC_CLIENT_ID: OIDC_TEST.clientId,
  OIDC_CLIENT_SECRET: OIDC_TEST.clientSecret,
  OIDC_NAME: OIDC_TEST.name,
  OIDC_MATCH_CLAIM: 'preferred_username',
};
const common = {
  APP_NOW: E2E_NOW,
  AUTH_SECRET: secret,
  SEED_DEMO: '1',
  LOG_LEVEL: 'warn',
  METRICS_TOKEN: E2E_METRICS_TOKEN,
  // the webhook specs' receivers listen on loopback (e2e/webhooks.spec.ts, the security matrix)
  WEBHOOK_ALLOW_PRIVATE: '1',
  ...oidcEnv,
};
const pgEnv = {
  ...common,
  DATABASE_URL: pooledUrl ?? '',
  DATABASE_DIRECT_URL: pgUrl ?? '',
  TRUST_PROXY_HOPS: '1',
};
/**
 * The servers run as `npm start` runs them (scripts/start.ts: `next start` with the preload that
 * appends the socket's address to X-Forwarded-For). The embedded one trusts no proxy
 * (TRUST_PROXY_HOPS=0, the default: a header sent by a test cannot choose its address); the
 * PostgreSQL ones trust one, as behind nginx: the tests play that proxy, so that the throttle
 * specs can give each request an address of its own.
 */
const serve = (serverPort: number) =>
  `node_modules/.bin/tsx --conditions=react-server scripts/start.ts -p ${serverPort}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  // Two servers and two browsers share two cores: a page may take a few seconds to settle.
  expect: { timeout: 10_000 },
  // Not test-results itself: Playwright empties its output folder, and vitest's report is there.
  outputDir: 'test-results/e2e',
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'en-US', // the application must answer in Vietnamese whatever the browser asks
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    {
      name: 'embedded',
      // @postgres specs read the server's database: only the PostgreSQL server lets them.
      grepInvert: /@postgres/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${port}`, channel: undefined },
    },
    ...(pgUrl
      ? [
          {
            name: 'postgres',
            grep: /@smoke|@postgres/,
            use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${pgPort}`, channel: undefined },
          },
        ]
      : []),
  ],
  webServer: [
    {
      // The OpenID Connect provider of e2e/oidc.spec.ts, on loopback; it knows every server's callback.
      command: `node_modules/.bin/tsx e2e/oidc/provider.ts ${OIDC_TEST.port}`,
      url: `${OIDC_TEST.issuer}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 30_000,
      env: {
        OIDC_TEST_REDIRECT_URIS: [port, pgPort, pgSecondPort]
          .map((p) => `http://localhost:${p}/api/auth/callback/oidc`)
          .join(','),
      },
    },
    {
      // A fresh embedded database every run, seeded by the server at start-up.
      command: `rm -rf .data/e2e-${port} && ${serve(port)}`,
      url: `http://localhost:${port}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: { ...common, PGLITE_DIR: `.data/e2e-${port}/pglite`, DATABASE_URL: '' },
    },
    ...(pgUrl && pgbouncer
      ? [
          {
            command: `node scripts/e2e-pgbouncer.mjs ${pgbouncer} ${bouncerPort}`,
            port: bouncerPort,
            reuseExistingServer: false,
            timeout: 20_000,
            env: { E2E_DATABASE_URL: pgUrl },
            gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 5_000 },
          },
        ]
      : []),
    ...(pgUrl
      ? [
          {
            command: serve(pgPort),
            url: `http://localhost:${pgPort}/api/health`,
            reuseExistingServer: false,
            timeout: 120_000,
            env: pgEnv,
          },
          {
            command: serve(pgSecondPort),
            url: `http://localhost:${pgSecondPort}/api/health`,
            reuseExistingServer: false,
            timeout: 120_000,
            env: pgEnv,
          },
        ]
      : []),
  ],
});
