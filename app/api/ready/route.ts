import { readiness } from '@/db/queries/readiness';
import { serverPhase } from '@/lib/lifecycle';

export const dynamic = 'force-dynamic';

/**
 * Readiness probe (load balancers, orchestrators): 200 only when the server has finished
 * starting, is not draining, the database answers and every migration is applied; 503
 * otherwise. No session needed, no detail beyond these. /api/health stays the liveness probe.
 */
export async function GET() {
  const phase = serverPhase();
  const headers = { 'Cache-Control': 'no-store' };
  if (phase !== 'ready') return Response.json({ status: phase }, { status: 503, headers });
  const { database, pendingMigrations } = await readiness();
  const ok = database && pendingMigrations === 0;
  return Response.json(
    {
      status: ok ? 'ready' : 'not-ready',
      db: database ? 'ok' : 'unreachable',
      migrations: pendingMigrations === 0 ? 'ok' : 'pending',
    },
    { status: ok ? 200 : 503, headers },
  );
}
