import { defineConfig } from 'drizzle-kit';

// Only for `npm run db:generate`: migrations are applied by the application itself (db/migrate.ts).
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema.ts',
  out: './db/migrations',
});
