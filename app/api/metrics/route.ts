import { poolUsage } from '@/db/index';
import { collectPoolUsage, defineMetrics, metricsAccess, metricsRegistry, metricsText } from '@/lib/metrics';

export const dynamic = 'force-dynamic';

/**
 * Prometheus metrics (lib/metrics.ts), outside the session gate: it does not exist (404) while
 * METRICS_TOKEN is unset, and answers 401 without `Authorization: Bearer <METRICS_TOKEN>`.
 */
export async function GET(request: Request) {
  const access = metricsAccess(request.headers.get('authorization'));
  const headers = { 'Cache-Control': 'no-store' };
  if (access === 'absent') return new Response('Not Found', { status: 404, headers });
  if (access === 'denied') {
    return new Response('Unauthorized', {
      status: 401,
      headers: { ...headers, 'WWW-Authenticate': 'Bearer realm="metrics"' },
    });
  }
  defineMetrics();
  collectPoolUsage(poolUsage);
  return new Response(await metricsText(), {
    headers: { ...headers, 'Content-Type': metricsRegistry().contentType },
  });
}
