import { Client } from 'pg';
import { expect, loginAs, test } from './fixtures';

/**
 * On PostgreSQL the test can reach the server's database while it runs (the embedded one is
 * single-process): an account deactivated directly in the database is out at its next request.
 */
test('a user deactivated in the database is thrown out on the next request @smoke', async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'postgres', 'needs the server’s database: PostgreSQL only');
  const client = new Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`INSERT INTO users (login, display_name, password_hash, role, organization_id, scope_id)
      SELECT 'e2e.pg', 'Cán bộ thử nghiệm', password_hash, role, organization_id, scope_id FROM users WHERE login = 'hp.mttq'
      ON CONFLICT DO NOTHING`);
    await client.query(`UPDATE users SET active = true WHERE login = 'e2e.pg'`);
    await loginAs(page, 'e2e.pg');
    await page.goto('/tasks');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await client.query(`UPDATE users SET active = false WHERE login = 'e2e.pg'`);
    await page.goto('/tasks');
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByText('Phiên làm việc đã kết thúc. Vui lòng đăng nhập lại.')).toBeVisible();
  } finally {
    await client.end();
  }
});
