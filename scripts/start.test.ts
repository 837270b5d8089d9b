import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** `npm start` refuses a configuration it cannot honour before it builds or serves anything. */
async function start(env: Record<string, string>) {
  const root = path.resolve(import.meta.dirname, '..');
  const child = spawn(
    path.join(root, 'node_modules/.bin/tsx'),
    ['--conditions=react-server', 'scripts/start.ts'],
    { cwd: root, env: { ...process.env, DATABASE_URL: '', AUTH_SECRET: 'start-test-secret', ...env } },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  // A start that got past the checks would build and serve: stop it, the test has failed.
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearTimeout(timer);
  return { code, stderr };
}

describe('npm start', () => {
  it('stops with a clear message when TRUST_PROXY_HOPS is not a whole number from 0 to 10', async () => {
    for (const bad of ['abc', '11']) {
      const { code, stderr } = await start({ TRUST_PROXY_HOPS: bad });
      expect(code, bad).toBe(1);
      expect(stderr).toContain(`Cannot start: TRUST_PROXY_HOPS must be a whole number from 0 to 10`);
      expect(stderr).toContain(`"${bad}"`);
    }
  }, 60_000);
});
