import { Client } from 'pg';

/** Creating and dropping throwaway databases on the server named by TEST_DATABASE_URL. */

export function testServerUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  return url;
}

export function urlForDatabase(name: string, base = testServerUrl()): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const safe = (name: string) => {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unsafe database name ${name}`);
  return name;
};

export async function createDatabase(name: string, template?: string): Promise<string> {
  await withAdmin(async (client) => {
    const sql = `CREATE DATABASE ${safe(name)}${template ? ` TEMPLATE ${safe(template)}` : ''}`;
    // Two workers copying one template at once may briefly see each other: try again.
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(sql);
        return;
      } catch (error) {
        if (attempt >= 20 || !String(error).includes('being accessed by other users')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 + attempt * 50));
      }
    }
  });
  return urlForDatabase(name);
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${safe(name)} WITH (FORCE)`));
}
