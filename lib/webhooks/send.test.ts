import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postWebhook } from './send';

let server: Server;
let base = '';
const seen: { path: string; headers: Record<string, unknown>; body: string }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      seen.push({ path: request.url ?? '', headers: request.headers, body });
      if (request.url === '/redirect') {
        response.writeHead(302, { location: '/ok' }).end();
      } else if (request.url === '/slow') {
        setTimeout(() => response.writeHead(200).end(), 2_000);
      } else {
        response.writeHead(request.url === '/fail' ? 500 : 204).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('postWebhook', () => {
  it('POSTs the body with the headers and answers the status', async () => {
    const outcome = await postWebhook(
      `${base}/ok`,
      '{"a":1}',
      { 'webhook-id': 'msg_x' },
      { allowPrivate: true },
    );
    expect(outcome).toMatchObject({ status: 204, error: null });
    expect(seen.at(-1)).toMatchObject({ path: '/ok', body: '{"a":1}' });
    expect(seen.at(-1)?.headers['webhook-id']).toBe('msg_x');
    expect(seen.at(-1)?.headers['content-type']).toBe('application/json');
  });

  it('does not follow a redirect', async () => {
    const before = seen.length;
    const outcome = await postWebhook(`${base}/redirect`, '{}', {}, { allowPrivate: true });
    expect(outcome.status).toBe(302);
    expect(seen.length).toBe(before + 1);
  });

  it('gives up after the timeout', async () => {
    const outcome = await postWebhook(`${base}/slow`, '{}', {}, { allowPrivate: true, timeoutMs: 300 });
    expect(outcome.status).toBeNull();
    expect(outcome.error).toMatch(/timeout/);
  });

  it('refuses a private address, written or resolved, without WEBHOOK_ALLOW_PRIVATE', async () => {
    const before = seen.length;
    const written = await postWebhook(`${base}/ok`, '{}', {}, { allowPrivate: false });
    expect(written).toMatchObject({ status: null, error: 'address not allowed: 127.0.0.1' });
    const port = new URL(base).port;
    const resolved = await postWebhook(`http://localhost:${port}/ok`, '{}', {}, { allowPrivate: false });
    expect(resolved.status).toBeNull();
    expect(resolved.error).toMatch(/address not allowed/);
    expect(seen.length).toBe(before);
  });
});
