import { afterEach, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/api/metrics/route';
import { parsePrometheusText } from '@/tests/observe/prometheus-text';
import { logMixin } from './logger';
import { metricsAccess, signInFailures } from './metrics';
import { requestContextStorage } from './request-context';

afterEach(() => vi.unstubAllEnvs());

const scrape = (authorization?: string) =>
  GET(new Request('http://localhost/api/metrics', { headers: authorization ? { authorization } : {} }));

describe('who may read /api/metrics', () => {
  it('is absent without METRICS_TOKEN, denied without the right bearer token', () => {
    expect(metricsAccess('Bearer x', '')).toBe('absent');
    expect(metricsAccess(null, 'secret-token')).toBe('denied');
    expect(metricsAccess('secret-token', 'secret-token')).toBe('denied');
    expect(metricsAccess('Bearer secret-toke', 'secret-token')).toBe('denied');
    expect(metricsAccess('Bearer secret-token2', 'secret-token')).toBe('denied');
    expect(metricsAccess('Basic secret-token', 'secret-token')).toBe('denied');
    expect(metricsAccess('Bearer secret-token', 'secret-token')).toBe('allowed');
  });

  it('answers 404 without METRICS_TOKEN, 401 without the token, the metrics with it', async () => {
    vi.stubEnv('METRICS_TOKEN', '');
    expect((await scrape('Bearer anything')).status).toBe(404);
    vi.stubEnv('METRICS_TOKEN', 'scrape-me-0123456789');
    const denied = await scrape('Bearer wrong');
    expect(denied.status).toBe(401);
    expect(denied.headers.get('www-authenticate')).toContain('Bearer');
    expect(await denied.text()).not.toContain('# HELP');

    signInFailures().inc({ reason: 'wrong_password' });
    const allowed = await scrape('Bearer scrape-me-0123456789');
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('content-type')).toContain('text/plain');
    const text = await allowed.text();
    const samples = parsePrometheusText(text);
    for (const [name, type] of [
      ['db_pool_connections', 'gauge'],
      ['db_query_errors_total', 'counter'],
      ['jobs_queue_depth', 'gauge'],
      ['jobs_failures_total', 'counter'],
      ['mails_sent_total', 'counter'],
      ['mails_failed_total', 'counter'],
      ['auth_sign_in_locks_total', 'counter'],
      ['process_resident_memory_bytes', 'gauge'],
    ])
      expect(text).toContain(`# TYPE ${name} ${type}\n`);
    expect(samples.find((s) => s.name === 'mails_sent_total')?.value).toBe(0);
    expect(samples.find((s) => s.name === 'db_pool_connections' && s.labels.state === 'waiting')?.value).toBe(
      0,
    );
    expect(
      samples.find((s) => s.name === 'auth_sign_in_failures_total' && s.labels.reason === 'wrong_password')
        ?.value,
    ).toBe(1);
  });
});

describe('log lines of a request', () => {
  it('carry the request id set around it, and none outside', async () => {
    expect(logMixin()).toEqual({});
    await requestContextStorage().run({ reqId: 'req-1' }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      expect(logMixin()).toEqual({ reqId: 'req-1' });
    });
  });
});
