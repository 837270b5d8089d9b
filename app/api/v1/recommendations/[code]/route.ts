import { recommendationDetail } from '@/db/queries/recommendation-detail';
import { etagOf, noneMatch } from '@/lib/api/etag';
import { apiRoute } from '@/lib/api/handler';
import { recommendationResource } from '@/lib/api/recommendations';
import { today } from '@/lib/clock';
import { codeFromParam } from '@/lib/domain/codes';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ code: string }> };

/**
 * GET /api/v1/recommendations/{code}: the recommendation with each addressee's answer, if the
 * token's user may read it (else 404); ETag = its version and body digest.
 */
export async function GET(request: Request, { params }: Params) {
  return apiRoute(request, { write: false }, async (context) => {
    const code = codeFromParam((await params).code);
    if (!code) return context.problem('not_found');
    const detail = await recommendationDetail(context.viewer, code, today());
    if (!detail) return context.problem('not_found');
    const resource = recommendationResource(detail);
    const etag = etagOf(detail.version, JSON.stringify(resource));
    if (noneMatch(request.headers.get('if-none-match'), etag))
      return new Response(null, { status: 304, headers: { ETag: etag, 'Cache-Control': 'no-store' } });
    return context.json(resource, { headers: { ETag: etag } });
  });
}
