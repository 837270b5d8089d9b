import { request } from '@playwright/test';
import { Client } from 'pg';
import { expect, test } from './fixtures';
import { callAction, DEMO_PASSWORD } from './security/action-client';

/**
 * Throttling lives in PostgreSQL, so that it holds across application instances: two
 * `next start` servers on one database (playwright.config.ts starts the second one beside the
 * PostgreSQL server) see the same counters. PostgreSQL only: the embedded database is
 * single-process.
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
  let db: Client;
  test.beforeAll(async () => {
    db = new Client({ connectionString: process.env.E2E_DATABASE_URL });
    await db.connect();
    // Accounts of this spec alone (the demo ones are signed in by other tests meanwhile).
    for (const login of ['e2e.lock', 'e2e.lock.addr']) {
      await db.query(
        `INSERT INTO users (login, display_name, password_hash, role, organization_id, scope_id)
         SELECT $1, 'Tài khoản thử khóa', password_hash, role, organization_id, scope_id FROM users WHERE login = 'hp.mttq'
         ON CONFLICT DO NOTHING`,
        [login],
      );
    }
    await db.query(`DELETE FROM login_throttles WHERE key LIKE 'login:e2e.%' OR key LIKE 'addr:192.0.2.%'`);
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
});
