import { openApiDocument } from '@/lib/api/openapi';

export const dynamic = 'force-dynamic';

/** GET /api/v1/openapi.json: the API's description, public (it holds no data). */
export async function GET() {
  return Response.json(openApiDocument(), { headers: { 'Cache-Control': 'public, max-age=300' } });
}
