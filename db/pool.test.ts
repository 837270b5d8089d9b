import { describe, expect, it } from 'vitest';
import { openPool, POOL_IDLE_MS } from './index';

describe('the application’s pool', () => {
  it('keeps an idle connection five minutes (not pg’s ten seconds), without holding a script open, with TCP keepalive', async () => {
    const handle = openPool('postgres://nobody@127.0.0.1:9/none', 2);
    expect(POOL_IDLE_MS).toBe(300_000);
    expect(handle.pool?.options).toMatchObject({
      max: 2,
      idleTimeoutMillis: 300_000,
      allowExitOnIdle: true,
      keepAlive: true,
    });
    await handle.close();
  });
});
