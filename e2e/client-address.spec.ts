import { request } from '@playwright/test';
import { expect, loginAs, test } from './fixtures';
import { callAction } from './security/action-client';

/**
 * The embedded server runs as `npm start` does, trusting no proxy (TRUST_PROXY_HOPS=0): an
 * X-Forwarded-For header sent by the client cannot choose the address the sign-in throttle and
 * the log record — the socket's address is. Read back from the audit log's CSV export.
 */
test('a client-sent X-Forwarded-For does not choose the recorded address', async ({ page, baseURL }) => {
  const login = `e2e.xff.${Date.now()}`;
  const api = await request.newContext({ baseURL });
  try {
    const outcome = await callAction(
      api,
      baseURL!,
      '/login',
      'app/(auth)/login/actions.ts#login',
      { login, password: 'not-the-password' },
      { headers: { 'X-Forwarded-For': '203.0.113.250' } },
    );
    expect(outcome.state?.message).toBe('login.failed');
  } finally {
    await api.dispose();
  }

  await loginAs(page, 'quantri');
  const response = await page.request.get('/api/export/audit?action=auth.login_failed');
  expect(response.status()).toBe(200);
  const line = (await response.text()).split('\n').find((row) => row.includes(login));
  expect(line, 'the failed sign-in is in the log').toBeTruthy();
  expect(line).not.toContain('203.0.113.250');
  // the event's data as PostgreSQL writes JSON text (`{"address": "…"}`), the same in both paths
  expect(line).toMatch(/""address"": ?""(127\.0\.0\.1|::1)""/);
});
