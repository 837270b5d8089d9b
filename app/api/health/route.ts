import { databaseIsUp } from '@/db/queries/health';

export const dynamic = 'force-dynamic';

/** For load balancers and monitoring: no session needed, no detail given. */
export async function GET() {
  const up = await databaseIsUp();
  return Response.json(
    { status: up ? 'ok' : 'error', db: up ? 'ok' : 'unreachable' },
    { status: up ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
