import { request } from '@playwright/test';
import { E2E_METRICS_TOKEN } from '../playwright.config';
import { parsePrometheusText, type Sample } from '../tests/observe/prometheus-text';
import { expect, test } from './fixtures';
import { callAction } from './security/action-client';

/**
 * /api/metrics on the real server (started as `npm start` starts it, with METRICS_TOKEN set):
 * outside the session gate, 401 without the bearer token, and figures that move with requests.
 * The 404 without METRICS_TOKEN is lib/metrics.test.ts's.
 */
const auth = { Authorization: `Bearer ${E2E_METRICS_TOKEN}` };

const value = (samples: Sample[], name: string, labels: Record<string, string> = {}) =>
  samples
    .filter(
      (sample) =>
        sample.name === name &&
        Object.entries(labels).every(([key, wanted]) => sample.labels[key] === wanted),
    )
    .reduce((sum, sample) => sum + sample.value, 0);

test('without the bearer token: 401, and no session asked for', async ({ baseURL }) => {
  const api = await request.newContext({ baseURL });
  try {
    for (const headers of [
      {},
      { Authorization: 'Bearer wrong' },
      { Authorization: E2E_METRICS_TOKEN },
    ] as Record<string, string>[]) {
      const response = await api.get('/api/metrics', { headers, maxRedirects: 0 });
      expect(response.status()).toBe(401);
      expect(await response.text()).not.toContain('# TYPE');
    }
  } finally {
    await api.dispose();
  }
});

test('with the token: Prometheus text whose counters move with requests, by route pattern', async ({
  baseURL,
}) => {
  const api = await request.newContext({ baseURL });
  try {
    const scrape = async () => {
      const response = await api.get('/api/metrics', { headers: auth });
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('text/plain');
      const text = await response.text();
      return { text, samples: parsePrometheusText(text) };
    };
    const before = await scrape();

    // a failed sign-in, and pages of one route under two codes (redirected to the login page)
    const login = `e2e.metrics.${Date.now()}`;
    const outcome = await callAction(api, baseURL!, '/login', 'app/(auth)/login/actions.ts#login', {
      login,
      password: 'not-the-password',
    });
    expect(outcome.state?.message).toBe('login.failed');
    const page = await api.get('/tasks/NQ23-METRICS-1', { maxRedirects: 0 });
    expect(page.headers()['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    await api.get('/tasks/NQ23-METRICS-2', { maxRedirects: 0 });

    const after = await scrape();
    const failures = (s: Sample[]) => value(s, 'auth_sign_in_failures_total', { reason: 'unknown_login' });
    expect(failures(after.samples)).toBeGreaterThanOrEqual(failures(before.samples) + 1);
    const taskPages = (s: Sample[]) =>
      value(s, 'http_request_duration_seconds_count', { route: '/tasks/[code]' });
    expect(taskPages(after.samples)).toBeGreaterThanOrEqual(taskPages(before.samples) + 2);
    expect(
      value(after.samples, 'http_request_duration_seconds_count', { route: '/api/metrics' }),
    ).toBeGreaterThan(0);
    // bounded labels: the codes themselves never become a label
    expect(after.text).not.toContain('NQ23-METRICS');
    for (const name of [
      'db_pool_connections',
      'jobs_queue_depth',
      'mails_sent_total',
      'db_query_errors_total',
    ])
      expect(after.text).toContain(`# TYPE ${name} `);
    expect(value(after.samples, 'db_pool_connections', { state: 'idle' })).toBe(1); // PGlite: one, idle
  } finally {
    await api.dispose();
  }
});
