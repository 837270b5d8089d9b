import { createServer } from 'node:net';

/**
 * A port nobody listens on now, chosen by the system (listen on port 0, read the port, close):
 * for a child that binds it a moment later — Chromium's DevTools port for Lighthouse, clamd, a
 * standby cluster. Used by tests, end-to-end specs and benches alike.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
