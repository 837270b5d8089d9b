import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_NOW } from '../playwright.config';
import { loginAs } from './fixtures';

/**
 * The production artifact alone: `.next/standalone` (npm run build) copied into an empty folder,
 * started with the container's command (deploy/Dockerfile's CMD) and only the environment a
 * container gets — no repository, no node_modules, no dev toolchain beside it.
 */
const port = Number(process.env.E2E_PORT || 3100) + 11;
const baseURL = `http://127.0.0.1:${port}`;
const artifact = path.resolve(import.meta.dirname, '..', '.next', 'standalone');

let folder: string;
let server: ChildProcess;
let output = '';

test.describe.configure({ mode: 'serial' });
test.use({ baseURL });

test.beforeAll(async () => {
  test.skip(
    test.info().project.name !== 'embedded',
    'one run is enough: the artifact on its embedded database',
  );
  test.setTimeout(120_000);
  folder = mkdtempSync(path.join(os.tmpdir(), 'tracker-artifact-'));
  cpSync(artifact, folder, { recursive: true, dereference: true });
  server = spawn(process.execPath, ['scripts/serve.cjs'], {
    cwd: folder,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      PGLITE_DIR: path.join(folder, '.data', 'pglite'),
      SEED_DEMO: '1',
      APP_NOW: E2E_NOW,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [server.stdout, server.stderr]) {
    stream?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
  }
  for (const started = Date.now(); ; ) {
    const status = await fetch(`${baseURL}/api/ready`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) break;
    if (server.exitCode !== null || Date.now() - started > 100_000) {
      throw new Error(`the artifact did not become ready (status ${status}):\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = once(server, 'exit');
    server.kill('SIGTERM');
    const [code] = (await exited) as [number | null];
    expect(code, output).toBe(0);
  }
  if (folder) rmSync(folder, { recursive: true, force: true });
});

test('the artifact copied alone serves the application with its styles, data and sign-in', async ({
  page,
}) => {
  expect(existsSync(path.join(folder, 'node_modules', 'next')), 'Next travels inside the artifact').toBe(
    true,
  );
  expect(
    existsSync(path.join(folder, '.data', 'auth-secret')),
    'the embedded secret is made beside its data',
  ).toBe(true);
  await page.goto('/login');
  const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
  expect(stylesheet).toBeTruthy();
  const css = await page.request.get(stylesheet as string);
  expect(css.status()).toBe(200);
  expect(css.headers()['content-type']).toContain('text/css');
  await loginAs(page, 'hp.dieuphoi');
  await page.goto('/tasks');
  await expect(page.getByRole('link', { name: 'NV-HP-01' }).first()).toBeVisible();
});
