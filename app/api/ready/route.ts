import { readiness } from '@/db/queries/readiness';
import { jobsReady } from '@/lib/jobs';
import { serverPhase } from '@/lib/lifecycle';

export const dynamic = 'force-dynamic';

/**
 * Readiness probe (load balancers, orchestrators): 200 only when the server has finished
 * starting, is not draining, the database answers, every migration is applied and the job
 * queue runs; 503 otherwise. No session needed, no detail beyond these. /api/health stays the liveness probe.
 */
export async function GET() {
  const phase = serverPhase();
  const headers = { 'Cache-Control': 'no-store' };
  if (phase !== 'ready') return Response.json({ status: phase }, { status: 503, headers });
  const [{ database, pendingMigrations }, queue] = await Promise.all([readiness(), jobsReady()]);
  const ok = database && pendingMigrations === 0 && queue;
  return Response.json(
    {
      status: ok ? 'ready' : 'not-ready',
      db: database ? 'ok' : 'unreachable',
      migrations: pendingMigrations === 0 ? 'ok' : 'pending',
      queue: queue ? 'ok' : 'down',
    },
    { status: ok ? 200 : 503, headers },
  );
}
