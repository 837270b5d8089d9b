import { type APIRequestContext, test as base } from '@playwright/test';
import { Client } from 'pg';
import { type Evidence, VIEWERS, type ViewerName } from '../../tests/security/registry';
import { signedIn } from './action-client';

type Contexts = Record<ViewerName, APIRequestContext>;

/**
 * For the specs that read the server's own database (PostgreSQL only): a client on it, and one
 * signed-in request context per viewer of the matrix, made once per worker.
 */
export const test = base.extend<object, { db: Client; viewers: Contexts; origin: string }>({
  origin: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
    async ({}, use, workerInfo) => {
      await use(String(workerInfo.project.use.baseURL));
    },
    { scope: 'worker' },
  ],
  db: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
    async ({}, use) => {
      const client = new Client({ connectionString: process.env.E2E_DATABASE_URL });
      await client.connect();
      await use(client);
      await client.end();
    },
    { scope: 'worker' },
  ],
  viewers: [
    async ({ origin, db }, use) => {
      // The matrix's own accounts, with the demo password (copied from a demo account's hash).
      for (const viewer of Object.values(VIEWERS)) {
        if (!viewer?.made) continue;
        await db.query(
          `INSERT INTO users (login, display_name, password_hash, role, organization_id, scope_id)
           SELECT $1, $1, password_hash, $2,
             (SELECT id FROM organizations WHERE code = $3), (SELECT id FROM organizations WHERE code = $4)
           FROM users WHERE login = 'hp.mttq'
           ON CONFLICT DO NOTHING`,
          [viewer.login, viewer.role, viewer.organization, viewer.scope],
        );
      }
      const entries = await Promise.all(
        (Object.keys(VIEWERS) as ViewerName[]).map(
          async (name) => [name, await signedIn(origin, VIEWERS[name]?.login ?? null)] as const,
        ),
      );
      const contexts = Object.fromEntries(entries) as Contexts;
      await use(contexts);
      await Promise.all(Object.values(contexts).map((context) => context.dispose()));
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';

/** The evidence's rows as one string: equal strings, nothing changed. */
export async function snapshot(db: Client, evidence: Evidence): Promise<string> {
  const { rows } = await db.query(evidence.sql, evidence.params);
  return JSON.stringify(rows);
}
