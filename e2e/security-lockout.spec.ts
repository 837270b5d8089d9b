import { request } from '@playwright/test';
import { Client } from 'pg';
import { expect, test } from './fixtures';
import { callAction, DEMO_PASSWORD } from './security/action-client';

/**
 * Throttling lives in PostgreSQL, so that it holds across application instances: two
 * `next start` servers on one database (playwright.config.ts starts the second one beside the
 * PostgreSQL server) see the same counters. PostgreSQL only: the embedded database is
 * single-process. Those servers trust one proxy (TRUST_PROXY_HOPS=1): the X-Forwarded-For
 * each request sends is the address "the proxy" saw.
 */
const port = Number(process.env.E2E_PORT || 3100);
const instances = [`http://localhost:${port + 1}`, `http://localhost:${port + 12}`];
const LOGIN = 'app/(auth)/login/actions.ts#login';

async function signIn(instance: number, login: string, password: string, address: string) {
  const api = await request.newContext({ baseURL: instances[instance] });
  try {
    const outcome = await callAction(
      api,
      instances[instance],
      '/login',
      LOGIN,
      { login, password },
      {
        headers: { 'X-Forwarded-For': address },
      },
    );
    const cookie = /authjs\.session-token=/.test(outcome.headers['set-cookie'] ?? '');
    return { signedIn: !!outcome.redirect && !outcome.redirect.includes('/login') && cookie, outcome };
  } finally {
    await api.dispose();
  }
}

test.describe('throttling across two instances @postgres', () => {
  // One worker, in order: a beforeAll in a second worker would clear the counters of a test
  // running in the first.
  test.describe.configure({ mode: 'serial' });
  let db: Client;
  test.beforeAll(async () => {
    db = new Client({ connectionString: process.env.E2E_DATABASE_URL });
    await db.connect();
    // Accounts of this spec alone (the demo ones are signed in by other tests meanwhile).
    for (const login of ['e2e.lock', 'e2e.lock.addr', 'e2e.burst']) {
      await db.query(
        `INSERT INTO users (login, display_name, password_hash, role, organization_id, scope_id)
         SELECT $1, 'Tài khoản thử khóa', password_hash, role, organization_id, scope_id FROM users WHERE login = 'hp.mttq'
         ON CONFLICT DO NOTHING`,
        [login],
      );
    }
    await db.query(
      `DELETE FROM login_throttles WHERE key LIKE 'login:e2e.%' OR key LIKE 'addr:192.0.2.%' OR key LIKE 'addr:198.18.%'`,
    );
  });
  test.afterAll(async () => {
    await db.end();
  });

  test('an account locks after 5 failures in a row, counted on both instances, and stays locked on both', async () => {
    test.slow();
    const failures = async () =>
      (await db.query(`SELECT failures, locked_until FROM login_throttles WHERE key = 'login:e2e.lock'`))
        .rows;
    for (let attempt = 1; attempt <= 4; attempt++) {
      const result = await signIn(attempt % 2, 'e2e.lock', `wrong-${attempt}`, `192.0.2.${attempt}`);
      expect(result.signedIn).toBe(false);
      expect(result.outcome.state?.message).toBe('login.failed');
    }
    const [counter] = await failures();
    expect(counter.failures).toBe(4);
    expect(counter.locked_until).toBeNull();

    const fifth = await signIn(1, 'e2e.lock', 'wrong-5', '192.0.2.5');
    expect(fifth.outcome.state?.message).toBe('login.failed');
    const [locked] = await failures();
    expect(locked.locked_until).not.toBeNull();

    // The right password, from a new address, on either instance: still refused, same message.
    for (const instance of [0, 1]) {
      const result = await signIn(instance, 'e2e.lock', DEMO_PASSWORD, `192.0.2.${10 + instance}`);
      expect(result.signedIn, `instance ${instance + 1} lets the locked account in`).toBe(false);
      expect(result.outcome.state?.message).toBe('login.failed');
    }
  });

  test('a client address locks after 30 failures across both instances; other addresses still sign in', async () => {
    test.slow();
    const address = '192.0.2.200';
    for (let attempt = 1; attempt <= 30; attempt++) {
      const result = await signIn(attempt % 2, `e2e.nobody${attempt}`, 'wrong-password', address);
      expect(result.signedIn).toBe(false);
    }
    for (const instance of [0, 1]) {
      const refused = await signIn(instance, 'e2e.lock.addr', DEMO_PASSWORD, address);
      expect(refused.signedIn, `instance ${instance + 1} lets the locked address in`).toBe(false);
      expect(refused.outcome.state?.message).toBe('login.failed');
    }
    const elsewhere = await signIn(1, 'e2e.lock.addr', DEMO_PASSWORD, '192.0.2.201');
    expect(elsewhere.signedIn).toBe(true);
  });

  test('100 parallel wrong passwords over both instances: at most 5 verified, the rest throttled; the right one waits for the lock', async () => {
    test.slow();
    const apis = await Promise.all(instances.map((baseURL) => request.newContext({ baseURL })));
    try {
      const burst = await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          callAction(
            apis[i % 2],
            instances[i % 2],
            '/login',
            LOGIN,
            { login: 'e2e.burst', password: `wrong-${i}` },
            // each from an address of its own: the account alone has to hold
            { headers: { 'X-Forwarded-For': `198.18.${Math.floor(i / 250)}.${(i % 250) + 1}` } },
          ),
        ),
      );
      expect(burst.every((outcome) => outcome.state?.message === 'login.failed')).toBe(true);
    } finally {
      await Promise.all(apis.map((api) => api.dispose()));
    }
    const { rows } = await db.query(
      `SELECT data->>'reason' AS reason, count(*)::int AS n FROM events
        WHERE action = 'auth.login_failed' AND data->>'login' = 'e2e.burst' GROUP BY 1`,
    );
    const reasons = Object.fromEntries(rows.map((row) => [row.reason, row.n]));
    expect(reasons.wrong_password).toBeGreaterThanOrEqual(1);
    expect(reasons.wrong_password).toBeLessThanOrEqual(5);
    // One refusal of the lock is written, the others are counted on it.
    expect(reasons.throttled).toBe(1);
    const [lock] = (await db.query(`SELECT refused FROM login_throttles WHERE key = 'login:e2e.burst'`)).rows;
    expect(lock.refused).toBe(100 - reasons.wrong_password);

    for (const instance of [0, 1]) {
      const result = await signIn(instance, 'e2e.burst', DEMO_PASSWORD, `198.18.1.${instance + 1}`);
      expect(result.signedIn, `instance ${instance + 1} lets the locked account in`).toBe(false);
    }
    // The lock ends (its time is moved into the past: the servers run on the real clock).
    await db.query(
      `UPDATE login_throttles SET locked_until = now() - interval '1 second' WHERE key = 'login:e2e.burst'`,
    );
    expect((await signIn(1, 'e2e.burst', DEMO_PASSWORD, '198.18.1.3')).signedIn).toBe(true);
  });
});
