import path from 'node:path';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const integration = (name: 'pglite' | 'postgres', globalSetup: string): TestProjectInlineConfiguration => ({
  extends: true,
  test: {
    name,
    include: ['**/*.int.test.ts'],
    exclude: ['node_modules/**', 'e2e/**', '.next/**'],
    globalSetup: [globalSetup],
    setupFiles: ['tests/setup/database.ts'],
    env: { TEST_DRIVER: name },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // next-auth imports `next/server` without an extension, which Node's ESM loader refuses
    // outside Next's bundler: vitest transforms it instead (lib/auth/session-cookie.int.test.ts).
    server: { deps: { inline: ['next-auth'] } },
  },
});

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      'server-only': path.resolve(import.meta.dirname, 'tests/empty.ts'),
    },
  },
  test: {
    // Tests never read DATABASE_URL: PGlite always, PostgreSQL only through TEST_DATABASE_URL.
    env: { DATABASE_URL: '' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['**/*.test.ts'],
          exclude: ['**/*.int.test.ts', 'node_modules/**', 'e2e/**', '.next/**'],
        },
      },
      integration('pglite', 'tests/setup/global-pglite.ts'),
      ...(process.env.TEST_DATABASE_URL ? [integration('postgres', 'tests/setup/global-postgres.ts')] : []),
    ],
  },
});
